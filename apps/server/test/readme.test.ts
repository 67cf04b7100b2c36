import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

// Every GraphQL example in the README runs without errors against the seeded knowledge base.

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] as string);

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ defaultRole: 'reader' });
});
afterAll(async () => {
  await s.close();
});

describe('README GraphQL examples', () => {
  it('has examples', () => expect(examples.length).toBeGreaterThanOrEqual(5));
  for (const [i, example] of examples.entries()) {
    it(`example ${i + 1} runs: ${example
      .split('\n')
      .find((l) => l.trim())
      ?.trim()
      .slice(0, 60)}`, async () => {
      const vars = example.includes('$id') ? { id: 'VHJpYWw6MQ==' } : {};
      const isMutation = /^\s*mutation\b/m.test(example);
      const { body } = await s.gql<Record<string, { __typename?: string }>>(
        example,
        vars,
        isMutation ? { role: 'curator' } : {},
      );
      expect(body.errors).toBeUndefined();
      if (isMutation)
        for (const result of Object.values(body.data ?? {})) expect(result.__typename).toMatch(/Success$/);
    });
  }
});
