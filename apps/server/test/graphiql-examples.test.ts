import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_EXAMPLES } from '../src/graphiql-examples.js';
import { startTestServer, type TestServer } from './harness.js';

// The example library GraphiQL opens with: at least 8 named queries, each runs on the seeded
// knowledge base with the role it says it needs, without errors and with data in every root field,
// and the GraphiQL page carries every one of them as a tab.

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

describe('GraphiQL example library', () => {
  it('has at least 8 examples with distinct operation names matching their queries', () => {
    expect(GRAPHIQL_EXAMPLES.length).toBeGreaterThanOrEqual(8);
    const names = GRAPHIQL_EXAMPLES.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const e of GRAPHIQL_EXAMPLES) expect(e.query).toMatch(new RegExp(`query ${e.name}\\b`));
  });

  for (const example of GRAPHIQL_EXAMPLES) {
    it(`${example.name} runs and answers with data`, async () => {
      const { status, body } = await s.gql<Record<string, unknown>>(
        example.query,
        example.variables ?? {},
        example.role ? { role: example.role } : {},
      );
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      for (const [field, value] of Object.entries(body.data ?? {})) {
        expect(value, field).not.toBeNull();
        if (Array.isArray(value)) expect(value.length, field).toBeGreaterThan(0);
        const nodes =
          (value as { nodes?: unknown[]; edges?: unknown[] }).nodes ?? (value as { edges?: unknown[] }).edges;
        if (nodes) expect(nodes.length, field).toBeGreaterThan(0);
      }
    });
  }

  it('an example that needs a reader token is refused without one', async () => {
    const needsReader = GRAPHIQL_EXAMPLES.find((e) => e.role === 'reader');
    expect(needsReader).toBeDefined();
    const { body } = await s.gql(needsReader?.query ?? '', {});
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the GraphiQL page offers every example as a tab', async () => {
    const res = await fetch(s.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const page = await res.text();
    for (const e of GRAPHIQL_EXAMPLES) expect(page).toContain(`query ${e.name}`);
  });
});
