import { createDb, runWrite, SYSTEM_ACTORS, tables } from '@genetrials/schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

// The opt-in response cache (RESPONSE_CACHE=on) on a real server over a real SQLite file.

const CACHE = { enabled: true, maxEntries: 100, maxBytes: 1_000_000, ttlSeconds: 300 };

const FIRST_TRIAL = 'query FirstTrial { trials(first: 1) { nodes { id version summary } } }';
const UPDATE_TRIAL = `mutation ($input: UpdateTrialInput!) {
  updateTrial(input: $input) { __typename ... on UpdateTrialSuccess { trial { id version summary } } }
}`;

interface Answer {
  status: number;
  cache: string | null;
  body: { data?: Record<string, unknown>; errors?: unknown[] };
}

let s: TestServer;

async function post(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const res = await fetch(s.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, cache: res.headers.get('x-cache'), body: await res.json() };
}

type TrialNode = { id: string; version: number; summary: string | null };
const firstTrial = (a: Answer) =>
  (a.body.data?.trials as { nodes: TrialNode[] } | undefined)?.nodes[0] as TrialNode;

beforeAll(async () => {
  s = await startTestServer({ config: { responseCache: CACHE } });
});

afterAll(async () => {
  await s?.close();
});

describe('response cache', () => {
  it('serves a repeated anonymous query from the cache without running its SQL', async () => {
    const query = '{ therapies(first: 3) { totalCount nodes { id name } } }';
    const first = await post(query);
    expect(first.cache).toBe('miss');
    s.statements.length = 0;
    const second = await post(query);
    expect(second.cache).toBe('hit');
    expect(second.body).toEqual(first.body);
    expect(s.statements).toEqual([]);
  });

  it('keys on variables (in any key order) and the operation name', async () => {
    const query =
      'query Page($first: Int, $after: String) { trials(first: $first, after: $after) { nodes { id } } }';
    expect((await post(query, { first: 1, after: null })).cache).toBe('miss');
    expect((await post(query, { after: null, first: 1 })).cache).toBe('hit');
    const two = await post(query, { first: 2, after: null });
    expect(two.cache).toBe('miss');
    expect((two.body.data?.trials as { nodes: unknown[] } | undefined)?.nodes).toHaveLength(2);
  });

  it('never caches a request with a token, a mutation, or a result with errors', async () => {
    const query = '{ reviews(first: 2) { nodes { id } } }';
    for (let i = 0; i < 2; i += 1) {
      s.statements.length = 0;
      const answer = await post(query, {}, s.tokens.reader);
      expect(answer.status).toBe(200);
      expect(answer.cache).toBeNull();
      expect(s.statements.length).toBeGreaterThan(0);
    }
    // A result with an error (an ID that names no type) is executed again every time.
    const bad = '{ therapies(first: 1) { totalCount } node(id: "not-an-id") { id } }';
    const once = await post(bad);
    expect(once.body.errors?.length).toBeGreaterThan(0);
    expect(once.cache).toBe('miss');
    expect((await post(bad)).cache).toBe('miss');
  });

  it('a mutation is visible in the very next anonymous read', async () => {
    const before = await post(FIRST_TRIAL);
    const cached = await post(FIRST_TRIAL);
    expect(cached.cache).toBe('hit');
    const trial = firstTrial(cached);
    const update = await post(
      UPDATE_TRIAL,
      { input: { id: trial.id, expectedVersion: trial.version, summary: 'Changed through the API.' } },
      s.tokens.curator,
    );
    expect((update.body.data?.updateTrial as { __typename: string } | undefined)?.__typename).toBe(
      'UpdateTrialSuccess',
    );
    const after = await post(FIRST_TRIAL);
    expect(after.cache).toBe('miss');
    expect(firstTrial(after)).toMatchObject({
      id: trial.id,
      version: trial.version + 1,
      summary: 'Changed through the API.',
    });
    expect(firstTrial(before).summary).not.toBe('Changed through the API.');
    expect((await post(FIRST_TRIAL)).cache).toBe('hit');
  });

  it('a write by another connection to the file (an import, another process) is not served stale', async () => {
    const cached = firstTrial(await post(FIRST_TRIAL));
    expect((await post(FIRST_TRIAL)).cache).toBe('hit');
    // Its own connection to the same file, as `genetrials import` would open: this server's write
    // layer never hears of the write.
    const file = String(
      (await s.db.client.execute("select file from pragma_database_list where name = 'main'")).rows[0]?.file,
    );
    const other = createDb({ url: `file:${file}` });
    try {
      await runWrite(other, SYSTEM_ACTORS.ctgovImport, async ({ tx }) => {
        await tx
          .update(tables.trials)
          .set({ summary: 'Changed by another process.', version: cached.version + 1 })
          .where(eq(tables.trials.id, Number(Buffer.from(cached.id, 'base64').toString().split(':').pop())));
      });
    } finally {
      other.client.close();
    }
    const after = await post(FIRST_TRIAL);
    expect(after.cache).toBe('miss');
    expect(firstTrial(after).summary).toBe('Changed by another process.');
  });
});

describe('response cache off (the default)', () => {
  it('answers without x-cache and runs the SQL every time', async () => {
    const plain = await startTestServer();
    try {
      const query = '{ therapies(first: 1) { nodes { id } } }';
      for (let i = 0; i < 2; i += 1) {
        plain.statements.length = 0;
        const res = await fetch(plain.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        expect(res.headers.get('x-cache')).toBeNull();
        await res.text();
        expect(plain.statements.length).toBeGreaterThan(0);
      }
    } finally {
      await plain.close();
    }
  });
});
