import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

export default defineConfig({
  ...sharedConfig,
  // The end-to-end test builds the app with Vite itself; vitest only runs Node code here.
  test: { ...sharedConfig.test, include: ['test/**/*.test.ts'] },
});
