import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

export default defineConfig({
  ...sharedConfig,
  // jsdom keeps Node's own fetch, so the SDK talks to the real server.
  test: { ...sharedConfig.test, environment: 'jsdom' },
});
