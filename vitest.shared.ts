import { createRequire } from 'node:module';
import type { ViteUserConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Settings every package's tests share. Node loads graphql's CommonJS entry (graphql-yoga does),
 * while the test bundler would pick its ESM entry for workspace code: two GraphQLError and
 * scalar classes. Pointing `graphql` at the file Node uses keeps exactly one.
 */
export const sharedConfig = {
  resolve: {
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql', { paths: [process.cwd()] }) }],
  },
  // Generous: the suite must hold on a loaded 2-core machine; no test relies on these as timing.
  test: { testTimeout: 120_000, hookTimeout: 300_000 },
} satisfies ViteUserConfig;
