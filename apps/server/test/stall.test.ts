import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedKnowledgeBase } from '@genetrials/ingest';
import { createDb, type Db, migrateDb } from '@genetrials/schema';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { createToken } from '../src/auth.js';
import { DEFAULT_HARDENING } from '../src/config.js';
import { createPooledDb, createReadPool, type ReadPool, withStatementSignal } from '../src/read-pool.js';
import { startTestServer, type TestServer } from './harness.js';

// "No request stalls others": reads run in worker threads, the execution timeout interrupts the
// statement it waits on, and aliased aggregates are priced before execution. Every assertion is
// about order or outcome, never about milliseconds.

/** Counts to a billion in SQLite: minutes of work, unless interrupted. */
const SLOW =
  'with recursive c(x) as (select 1 union all select x + 1 from c where x < 1000000000) select count(*) as n from c';

const POOLED = 'stats { pooledByTherapy { trials } pooledByModality { trials } }';
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${POOLED}`).join(' ')} }`;

describe('aggregate budget', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('refuses 15 aliases of the pooled stats before execution, with QUERY_TOO_COMPLEX', async () => {
    s.statements.length = 0;
    const { body } = await s.gql(aliases(15), undefined, { anonymous: true });
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors?.[0]?.extensions).toMatchObject({ limit: 'maxAggregateCost' });
    expect(s.statements).toEqual([]);
  });

  it('prices a fragment as often as it is spread', async () => {
    const spreads = Array.from({ length: 15 }, (_, i) => `a${i}: stats { ...P }`).join(' ');
    const { body } = await s.gql(
      `{ ${spreads} } fragment P on Stats { pooledByTherapy { trials } pooledByModality { trials } }`,
      undefined,
      { anonymous: true },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'maxAggregateCost',
    });
  });

  it('lets the README stats query and a whole dashboard through', async () => {
    const readme = await s.gql(`{
      stats(filter: { modalities: [CYTOKINE_GENE_MODIFIED_CELL_VACCINE, TCR_T_CELL] }) {
        trialCount
        byPhase { label count share }
        pooledByModality {
          modality trials trialIds
          outcome { evaluable responders objectiveResponseRate { percent ci95 { lower upper } } }
        }
      }
    }`);
    expect(readme.body.errors).toBeUndefined();
    const dashboard = await s.gql(`{ stats {
      trialCount patientCount byPhase { count } byStatus { count } byCountry { count }
      byStartYear { count } byModality { count } byVector { count }
      pooledByTherapy { trials } pooledByModality { trials }
      pooledRegistryReported { trials } pooledRegistryReportedByTherapy { trials }
    } }`);
    expect(dashboard.body.errors).toBeUndefined();
    expect(DEFAULT_HARDENING.maxAggregateCost).toBeLessThan(15 * 20);
  });
});

describe('read pool', () => {
  let dir: string;
  let db: Db;
  let pool: ReadPool;
  let server: Server;
  let origin: string;
  let curatorToken: string;
  /** Set by a test: the next statement of a GraphQL query first runs SLOW in the same worker. */
  let slowNext = false;
  const poolStatements: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'genetrials-stall-'));
    const url = `file:${join(dir, 'test.db')}`;
    db = createDb({ url });
    await migrateDb(db);
    await seedKnowledgeBase(db);
    curatorToken = (await createToken(db, { name: 'stall curator', role: 'curator' })).token;
    // One worker: whether it is free again shows whether the interrupted statement really ended.
    pool = createReadPool({ url, workers: 1, statementTimeoutMs: 600_000, interruptGraceMs: 600_000 });
    const readDb = createPooledDb(
      async (statement, signal) => {
        if (slowNext) {
          slowNext = false;
          await pool.execute(SLOW, signal);
        }
        return pool.execute(statement, signal);
      },
      undefined,
      undefined,
      (query) => poolStatements.push(query),
    );
    const app = createApp({
      db,
      readDb,
      config: {
        production: true,
        graphiql: false,
        hardening: { executionTimeoutMs: 300, rateLimitPerMinute: 0 },
      },
    });
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await pool.close();
    db.client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const gql = async (query: string, token?: string) => {
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as {
      data?: Record<string, unknown>;
      errors?: { extensions?: { code?: string } }[];
    };
  };

  const idle = async () => {
    while (pool.stats().busy > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  };

  it('answers /health while a slow read runs, before the read ends', async () => {
    const controller = new AbortController();
    let slowDone = false;
    // `.then` inside: drizzle runs a statement when it is awaited, in the caller's context.
    const slow = withStatementSignal(controller.signal, () =>
      pool.db.all(sql.raw(SLOW)).then(
        () => {
          slowDone = true;
        },
        () => {
          slowDone = true;
        },
      ),
    );
    // Wait until the worker has the statement.
    while (pool.stats().busy === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const health = await fetch(`${origin}/health`);
    expect(health.status).toBe(200);
    expect(slowDone).toBe(false);
    controller.abort(new Error('test over'));
    await slow;
    await idle();
  });

  it('interrupts the statement of a request whose execution timeout expires, and the worker serves the next', async () => {
    const before = pool.stats();
    slowNext = true;
    const timedOut = await gql('{ therapies(first: 1) { edges { node { id name } } } }');
    expect(timedOut.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    await idle();
    const after = pool.stats();
    // The worker confirmed it stopped the statement (SQLITE_INTERRUPT): it did not run to its end,
    // and it was not replaced.
    expect(after.interrupted).toBeGreaterThan(before.interrupted);
    expect(after.stopped).toBeGreaterThan(before.stopped);
    expect(after.replaced).toBe(before.replaced);
    const next = await gql('{ therapies(first: 1) { edges { node { id name } } } }');
    expect(next.errors).toBeUndefined();
    expect(next.data?.therapies).toBeTruthy();
  });

  it('issues the same statements through the pool as in-process', async () => {
    const query =
      '{ trials(first: 5) { edges { node { id title } } } therapies(first: 3) { edges { node { id name } } } }';
    const inProcess: string[] = [];
    const direct = createDb({ url: `file:${join(dir, 'test.db')}`, onQuery: (q) => inProcess.push(q) });
    const directApp = createApp({ db: direct, config: { production: true, graphiql: false } });
    const viaDirect = await (
      await directApp.fetch('http://local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      })
    ).json();
    direct.client.close();
    expect(viaDirect.errors).toBeUndefined();
    poolStatements.length = 0;
    const viaPool = await gql(query);
    expect(viaPool).toEqual(viaDirect);
    expect(poolStatements).toEqual(inProcess);
    expect(poolStatements.length).toBeGreaterThan(0);
  });

  it('runs mutations on the main connection (the workers are read-only)', async () => {
    poolStatements.length = 0;
    const result = await gql(
      `mutation { createTherapy(input: { name: "Stall test therapy", modality: CAR_T_CELL }) {
        __typename ... on CreateTherapySuccess { therapy { id name } } } }`,
      curatorToken,
    );
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).toContain('Stall test therapy');
    expect(poolStatements).toEqual([]);
    // A query afterwards reads the committed write through the pool.
    const read = await gql('{ therapies(first: 100) { edges { node { name } } } }');
    expect(JSON.stringify(read.data)).toContain('Stall test therapy');
  });
});

describe('read pool size', () => {
  let dir: string;
  let pool: ReadPool;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'genetrials-pool-size-'));
    const url = `file:${join(dir, 'size.db')}`;
    const db = createDb({ url });
    await migrateDb(db);
    db.client.close();
    pool = createReadPool({ url, workers: 2, statementTimeoutMs: 600_000, interruptGraceMs: 600_000 });
  });
  afterAll(async () => {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts one worker and a second only when a statement finds the first busy, never more than its size', async () => {
    expect(pool.stats()).toMatchObject({ workers: 1, maxWorkers: 2 });
    // One statement at a time never needs a second worker.
    for (let i = 0; i < 3; i++) await pool.execute('select count(*) as n from trials');
    expect(pool.stats().workers).toBe(1);

    const controller = new AbortController();
    const slow = pool.execute(SLOW, controller.signal).catch((error: unknown) => error);
    while (pool.stats().busy === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    // The first worker is stuck in SLOW: this one is answered by a second worker, started for it.
    const quick = await pool.execute('select 42 as n');
    expect(quick.rows[0]?.n).toBe(42);
    expect(pool.stats()).toMatchObject({ workers: 2, maxWorkers: 2 });

    // Both busy: a third statement waits for one of them instead of starting a third worker.
    const second = new AbortController();
    const slow2 = pool.execute(SLOW, second.signal).catch((error: unknown) => error);
    while (pool.stats().busy < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    const waiting = pool.execute('select 7 as n');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pool.stats()).toMatchObject({ workers: 2, busy: 2, queued: 1 });
    controller.abort(new Error('test over'));
    expect((await waiting).rows[0]?.n).toBe(7);
    second.abort(new Error('test over'));
    await Promise.all([slow, slow2]);
    expect(pool.stats()).toMatchObject({ workers: 2, replaced: 0 });
  });
});
