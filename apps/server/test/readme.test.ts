import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importCtgov } from '@genetrials/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

// Every GraphQL example in the README runs as shown against the seeded knowledge base: anonymously
// unless the example says it needs a reader token (a `# Needs a reader token` line), mutations with
// a curator token; no errors, and every root field answers with something (no null, no empty list
// or connection), so an example never shows a reader an empty result. Examples marked
// `# Needs the shipped registry records` run on the curated seed plus registry records imported from
// data/ctgov (the first 120 files, so the test stays quick; a filter that finds rows there finds
// them in the whole set too).

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] as string);

const ctgovDir = fileURLToPath(new URL('../../../data/ctgov/', import.meta.url));
let s: TestServer;
let withRegistry: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  withRegistry = await startTestServer();
  const files = readdirSync(ctgovDir)
    .filter((f) => f.endsWith('.json') || f.endsWith('.xml'))
    .sort()
    .slice(0, 120)
    .map((f) => ctgovDir + f);
  const report = await importCtgov(withRegistry.db, files);
  expect(report.totals.failed).toBe(0);
});
afterAll(async () => {
  await s.close();
  await withRegistry.close();
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
      const needsReader = /^\s*# Needs a reader token/m.test(example);
      const server = /^\s*# Needs the shipped registry records/m.test(example) ? withRegistry : s;
      const { body } = await server.gql<Record<string, { __typename?: string }>>(
        example,
        vars,
        isMutation ? { role: 'curator' } : needsReader ? { role: 'reader' } : {},
      );
      expect(body.errors).toBeUndefined();
      if (isMutation)
        for (const result of Object.values(body.data ?? {})) expect(result.__typename).toMatch(/Success$/);
      for (const [field, value] of Object.entries(body.data ?? {})) expect(emptiness(value), field).toBe('');
    });
  }
});

/** Why a root field's answer would look empty to a reader, or '' when it has content. */
function emptiness(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'empty list' : '';
  if (typeof value === 'object') {
    const v = value as { nodes?: unknown[]; edges?: unknown[] };
    if (Array.isArray(v.nodes) && v.nodes.length === 0) return 'empty connection';
    if (Array.isArray(v.edges) && v.edges.length === 0) return 'empty connection';
  }
  return '';
}
