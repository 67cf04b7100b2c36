import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

export default defineConfig({
  ...sharedConfig,
  test: {
    ...sharedConfig.test,
    // A folder of the run for what several test files share (test/shared-import.ts).
    globalSetup: ['./test/global-setup.ts'],
  },
});
