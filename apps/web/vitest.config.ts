import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

export default defineConfig({
  ...sharedConfig,
  // The end-to-end test builds the app with Vite itself; vitest only runs Node code here.
  // Waits for the page are generous: under load (CI runs the whole suite on 2 cores) the first
  // render can take seconds; a poll ends as soon as its condition holds.
  test: {
    ...sharedConfig.test,
    include: ['test/**/*.test.ts'],
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
