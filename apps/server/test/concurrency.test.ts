import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedKnowledgeBase } from '@genetrials/ingest';
import {
  createDb,
  DatabaseBusyError,
  isDatabaseBusy,
  migrateDb,
  runBatch,
  runWrite,
  SYSTEM_ACTORS,
} from '@genetrials/schema';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth.js';

// Writers in other processes: a process holding SQLite's write lock (as an import or a second
// server does), two real server processes on one database file, and a real import running beside
// them. Waits are generous: the machine running the tests may be loaded.

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const holdLockScript = fileURLToPath(new URL('./fixtures/hold-write-lock.ts', import.meta.url));
const ctgovData = fileURLToPath(new URL('../../../data/ctgov', import.meta.url));
const STARTUP_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** This process's environment for a child, without what would change how it runs. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { npm_lifecycle_event: _launcher, NODE_ENV: _mode, ...inherited } = process.env;
  return { ...inherited, LOG_LEVEL: 'info', ...extra };
}

interface Launched {
  child: ChildProcess;
  output: () => string;
  /** The first match of `pattern` in the output; rejects if the process exits first or after `ms`. */
  waitFor: (pattern: RegExp, ms: number, what: string) => Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
  running: () => boolean;
  /** SIGTERM, then SIGKILL to its process group if it has not exited after 20 s. */
  stop: () => Promise<void>;
}

const launched: Launched[] = [];

/** `node --import tsx <args>` in its own process group. */
function launch(args: string[], env: NodeJS.ProcessEnv): Launched {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: serverDir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code;
      resolve(code);
    }),
  );
  const killGroup = () => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // the group is gone already
    }
  };
  const handle: Launched = {
    child,
    output: () => output,
    async waitFor(pattern, ms, what) {
      const deadline = Date.now() + ms;
      for (;;) {
        const match = output.match(pattern);
        if (match) return match;
        if (exitCode !== undefined) throw new Error(`${what}: the process exited (${exitCode}):\n${output}`);
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${output}`);
        await sleep(50);
      }
    },
    exited,
    running: () => exitCode === undefined,
    async stop() {
      if (exitCode === undefined) {
        child.kill('SIGTERM');
        const timer = setTimeout(killGroup, 20_000);
        await exited;
        clearTimeout(timer);
      }
      killGroup();
    },
  };
  launched.push(handle);
  return handle;
}

/** `genetrials serve` on a random port over `dbPath`; resolves with its GraphQL URL once it listens. */
async function startServer(dbPath: string, env: Record<string, string> = {}) {
  const server = launch(
    [cli, 'serve', '--port', '0', '--host', '127.0.0.1'],
    childEnv({ DATABASE_URL: `file:${dbPath}`, ...env }),
  );
  const [, url] = await server.waitFor(/"url":"([^"]+)"/, STARTUP_MS, 'the server to listen');
  return { ...server, url: url as string };
}

/** Another process holding the database's write lock (BEGIN IMMEDIATE) for `ms` after it has it. */
async function holdWriteLock(dbPath: string, ms: number): Promise<Launched> {
  const holder = launch([holdLockScript, dbPath, String(ms)], childEnv({}));
  await holder.waitFor(/^locked$/m, STARTUP_MS, 'the other process to take the write lock');
  return holder;
}

interface GqlResponse {
  status: number;
  retryAfter: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  text: string;
}

async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResponse> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: GqlResponse['body'];
  try {
    body = JSON.parse(text);
  } catch {
    body = {};
  }
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body, text };
}

const UPDATE_TRIAL = `mutation ($input: UpdateTrialInput!) {
  updateTrial(input: $input) {
    __typename
    ... on UpdateTrialSuccess { trial { id version summary } }
    ... on ConflictError { currentVersion }
    ... on Error { message }
  }
}`;
const CREATE_TRIAL = `mutation ($input: CreateTrialInput!) {
  createTrial(input: $input) { __typename ... on CreateTrialSuccess { trial { id version } } ... on Error { message } }
}`;
const FIRST_TRIAL = '{ trials(first: 1) { totalCount nodes { id version title } } }';

interface TrialsPage {
  totalCount: number;
  nodes: { id: string; version: number; title: string }[];
}
const trialsOf = (res: GqlResponse) => (res.body.data?.trials ?? { totalCount: 0, nodes: [] }) as TrialsPage;

type Outcome = { __typename: string; trial?: { id: string; version: number }; currentVersion?: number };

const updateOutcome = (res: GqlResponse) => (res.body.data?.updateTrial ?? null) as Outcome | null;

/** A migrated, seeded database file with a curator and two reader tokens. */
async function prepareDatabase(dir: string, name: string) {
  const path = join(dir, name);
  const db = createDb({ url: `file:${path}` });
  await migrateDb(db);
  await seedKnowledgeBase(db);
  const curator = (await createToken(db, { name: 'curator', role: 'curator' })).token;
  const reader = (await createToken(db, { name: 'reader', role: 'reader' })).token;
  const freshReader = (await createToken(db, { name: 'unused reader', role: 'reader' })).token;
  db.client.close();
  return { path, curator, reader, freshReader };
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'genetrials-concurrency-'));
});

afterAll(async () => {
  await Promise.all(launched.map((l) => l.stop()));
  rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('busy timeout on every connection', () => {
  it('a write transaction on a freshly opened pooled connection has the busy timeout and foreign keys', async () => {
    const db = createDb({ url: `file:${join(dir, 'pragmas.db')}`, busyTimeoutMs: 1234 });
    try {
      await migrateDb(db);
      // Keep connections busy so the pool has to open new ones (each transaction borrows one).
      const held = [await db.client.transaction('read'), await db.client.transaction('read')];
      const inWrite = await runWrite(db, SYSTEM_ACTORS.seed, async (w) => ({
        timeout: await w.tx.all<{ timeout: number }>(sql`PRAGMA busy_timeout`),
        fk: await w.tx.all<{ foreign_keys: number }>(sql`PRAGMA foreign_keys`),
      }));
      expect(inWrite.timeout[0]?.timeout).toBe(1234);
      expect(Number(inWrite.fk[0]?.foreign_keys)).toBe(1);
      const inBatch = await runBatch(db, SYSTEM_ACTORS.seed, ({ tx }) =>
        tx.all<{ timeout: number }>(sql`PRAGMA busy_timeout`),
      );
      expect(inBatch[0]?.timeout).toBe(1234);
      for (const tx of held) {
        expect((await tx.execute('PRAGMA busy_timeout')).rows[0]?.timeout).toBe(1234);
        tx.close();
      }
      expect((await db.client.execute('PRAGMA journal_mode')).rows[0]?.journal_mode).toBe('wal');
    } finally {
      db.client.close();
    }
  });

  it('a write blocked past the busy timeout by another process is a DatabaseBusyError', async () => {
    const { path } = await prepareDatabase(dir, 'write-layer.db');
    const db = createDb({ url: `file:${path}`, busyTimeoutMs: 200 });
    const holder = await holdWriteLock(path, 60_000);
    try {
      const error = await runWrite(db, SYSTEM_ACTORS.seed, (w) =>
        w.tx.run(sql`update trials set title = title where id = 0`),
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseBusyError);
      expect(isDatabaseBusy(error)).toBe(true);
      expect((error as DatabaseBusyError).busyTimeoutMs).toBe(200);
      await holder.stop();
      // The failed BEGIN does not poison the write connection: the next write commits.
      const written = await runWrite(db, SYSTEM_ACTORS.seed, async (w) => {
        await w.tx.run(sql`update trials set title = title where id = 0`);
        return 'committed';
      });
      expect(written).toBe('committed');
    } finally {
      await holder.stop();
      db.client.close();
    }
  }, 120_000);
});

describe('a write lock held by another process', () => {
  let db: Awaited<ReturnType<typeof prepareDatabase>>;
  let patient: Awaited<ReturnType<typeof startServer>>;
  let impatient: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    db = await prepareDatabase(dir, 'locked.db');
    // The default busy timeout (5 s), and one of 200 ms.
    [patient, impatient] = await Promise.all([
      startServer(db.path),
      startServer(db.path, { DB_BUSY_TIMEOUT_MS: '200' }),
    ]);
  }, 180_000);

  async function firstTrial(url: string) {
    const res = await gql(url, FIRST_TRIAL, {}, db.reader);
    expect(res.status, res.text).toBe(200);
    const [trial] = trialsOf(res).nodes;
    if (!trial) throw new Error(`no trial: ${res.text}`);
    return trial;
  }

  it('a mutation waits for a lock held 1.5 s and succeeds; an authenticated read meanwhile answers 200', async () => {
    const trial = await firstTrial(patient.url);
    const holder = await holdWriteLock(db.path, 1500);
    const [mutation, read] = await Promise.all([
      gql(
        patient.url,
        UPDATE_TRIAL,
        { input: { id: trial.id, expectedVersion: trial.version, summary: 'Written after the lock.' } },
        db.curator,
      ),
      gql(patient.url, FIRST_TRIAL, {}, db.reader),
    ]);
    expect(mutation.status, mutation.text).toBe(200);
    expect(mutation.body.errors).toBeUndefined();
    expect(updateOutcome(mutation)).toMatchObject({
      __typename: 'UpdateTrialSuccess',
      trial: { version: trial.version + 1 },
    });
    expect(read.status, read.text).toBe(200);
    expect(read.body.errors).toBeUndefined();
    expect(trialsOf(read).totalCount).toBeGreaterThan(0);
    expect(await holder.exited).toBe(0);
    expect(holder.output()).toContain('released');
  }, 120_000);

  it('past DB_BUSY_TIMEOUT_MS: DATABASE_BUSY with 503 and Retry-After, reads still answer, a retry succeeds', async () => {
    const trial = await firstTrial(impatient.url);
    const input = { id: trial.id, expectedVersion: trial.version, summary: 'Retried after busy.' };
    const holder = await holdWriteLock(db.path, 120_000);
    try {
      const mutations = await Promise.all(
        Array.from({ length: 4 }, () => gql(impatient.url, UPDATE_TRIAL, { input }, db.curator)),
      );
      for (const res of mutations) {
        expect(res.status, res.text).toBe(503);
        expect(res.retryAfter).toBe('1');
        expect(res.body.errors).toHaveLength(1);
        expect(res.body.errors?.[0]?.extensions?.code).toBe('DATABASE_BUSY');
        expect(res.body.errors?.[0]?.message).toMatch(/busy/i);
        expect(res.body.data?.updateTrial ?? null).toBeNull();
      }
      // Reads, authenticated ones included (a token used for the first time too), do not write.
      for (const token of [db.reader, db.freshReader, undefined]) {
        const read = await gql(impatient.url, FIRST_TRIAL, {}, token);
        expect(read.status, read.text).toBe(200);
        expect(read.body.errors).toBeUndefined();
        expect(trialsOf(read).nodes).toHaveLength(1);
      }
      expect(holder.running()).toBe(true);
    } finally {
      await holder.stop();
    }
    // Nothing was written, so the same request succeeds once the lock is gone.
    const retried = await gql(impatient.url, UPDATE_TRIAL, { input }, db.curator);
    expect(retried.status, retried.text).toBe(200);
    expect(updateOutcome(retried)).toMatchObject({
      __typename: 'UpdateTrialSuccess',
      trial: { version: trial.version + 1 },
    });
  }, 180_000);
});

describe('two server processes on one database, with an import running', () => {
  it('20 pairs of concurrent updateTrial with the same expectedVersion: one success and one ConflictError each', async () => {
    const db = await prepareDatabase(dir, 'two-servers.db');
    // Generous busy timeouts: an import batch holds the lock while the machine may be loaded.
    const [a, b] = await Promise.all([
      startServer(db.path, { DB_BUSY_TIMEOUT_MS: '30000' }),
      startServer(db.path, { DB_BUSY_TIMEOUT_MS: '30000' }),
    ]);
    const trials: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const res = await gql(
        a.url,
        CREATE_TRIAL,
        { input: { nctId: `NCT${99_990_000 + i}`, title: `Race ${i}` } },
        db.curator,
      );
      const created = res.body.data?.createTrial as { __typename: string; trial?: { id: string } };
      expect(created?.__typename, res.text).toBe('CreateTrialSuccess');
      trials.push(created.trial?.id as string);
    }
    const before = trialsOf(await gql(b.url, FIRST_TRIAL));

    const importer = launch(
      [
        cli,
        'import',
        'ctgov',
        ctgovData,
        '--batch-size',
        '10',
        '--no-progress',
        '--report',
        join(dir, 'report.json'),
      ],
      childEnv({ DATABASE_URL: `file:${db.path}`, DB_BUSY_TIMEOUT_MS: '60000' }),
    );
    // Race while the import writes: wait for its first committed batch.
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (trialsOf(await gql(b.url, FIRST_TRIAL)).totalCount > before.totalCount) break;
      if (!importer.running()) throw new Error(`the import ended before writing:\n${importer.output()}`);
      if (Date.now() > deadline) throw new Error(`the import wrote nothing in 120 s:\n${importer.output()}`);
      await sleep(200);
    }

    const pairs: { trial: string; responses: GqlResponse[] }[] = [];
    // Five pairs at a time: ten requests in flight across the two servers.
    for (let group = 0; group < 4; group += 1) {
      const results = await Promise.all(
        trials.slice(group * 5, group * 5 + 5).map(async (id) => ({
          trial: id,
          responses: await Promise.all(
            [a, b].map((server, i) =>
              gql(
                server.url,
                UPDATE_TRIAL,
                { input: { id, expectedVersion: 1, summary: `server ${i}` } },
                db.curator,
              ),
            ),
          ),
        })),
      );
      pairs.push(...results);
    }

    const failures: string[] = [];
    for (const { trial, responses } of pairs) {
      const kinds = responses.map((r) => updateOutcome(r)?.__typename ?? 'none').sort();
      const bad = responses.filter((r) => r.status !== 200 || r.body.errors !== undefined);
      if (bad.length > 0 || kinds.join() !== 'ConflictError,UpdateTrialSuccess')
        failures.push(`${trial}: ${responses.map((r) => `${r.status} ${r.text}`).join(' | ')}`);
    }
    expect(failures).toEqual([]);
    // The loser is told the version it lost to.
    for (const { responses } of pairs) {
      const conflict = responses.map(updateOutcome).find((o) => o?.__typename === 'ConflictError');
      expect(conflict?.currentVersion).toBe(2);
    }
    await importer.stop();
    await Promise.all([a.stop(), b.stop()]);
  }, 400_000);
});
