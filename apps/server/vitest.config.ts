import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

export default defineConfig({
  ...sharedConfig,
  test: {
    ...sharedConfig.test,
    // A folder of the run for what several test files share (test/shared-import.ts).
    globalSetup: ['./test/global-setup.ts'],
    // Two files at a time even on 2 cores (vitest's default is one fewer than the cores, so the
    // 42 files ran one by one there): a file spends much of its time waiting on child processes,
    // sockets and SQLite, and each works in its own temp folder on a random port. Alone on 2
    // idle cores the suite took 291 s with one worker and 179 s with two.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
