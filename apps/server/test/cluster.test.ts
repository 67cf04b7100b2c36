import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedKnowledgeBase } from '@genetrials/ingest';
import { createDb, migrateDb } from '@genetrials/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth.js';
import { loadConfig, readWorkersFor } from '../src/config.js';

// `genetrials serve` with WORKERS=2, launched for real: two server processes share the port through
// node:cluster over one WAL database file. Waits are generous: the machine may be loaded.

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Reply {
  status: number;
  worker: string | undefined;
  cache: string | undefined;
  remaining: number;
  body: { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
  text: string;
}

/**
 * One request on a connection of its own (no keep-alive), so the cluster hands each request to
 * its next worker in turn.
 */
function send(url: string, method: 'GET' | 'POST', payload?: unknown, token?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const body = payload === undefined ? undefined : JSON.stringify(payload);
    const req = httpRequest(
      url,
      {
        method,
        agent: false,
        headers: {
          ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => {
          let parsed: Reply['body'] = {};
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = {};
          }
          const header = (name: string) => {
            const value = res.headers[name];
            return Array.isArray(value) ? value[0] : value;
          };
          resolve({
            status: res.statusCode ?? 0,
            worker: header('x-genetrials-worker'),
            cache: header('x-cache'),
            remaining: Number(header('ratelimit-remaining')),
            body: parsed,
            text,
          });
        });
      },
    );
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error('no answer in 30 s')));
    req.end(body);
  });
}

const FIRST_TRIAL = 'query FirstTrial { trials(first: 1) { nodes { id version summary } } }';
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

type TrialNode = { id: string; version: number; summary: string | null };
const firstTrial = (r: Reply) =>
  (r.body.data?.trials as { nodes: TrialNode[] } | undefined)?.nodes[0] as TrialNode;

let dir: string;
let child: ChildProcess;
let output = '';
let exitCode: number | null | undefined;
let exited: Promise<number | null>;
let url: string;
let curator: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'genetrials-cluster-'));
  const path = join(dir, 'cluster.db');
  const db = createDb({ url: `file:${path}` });
  await migrateDb(db);
  await seedKnowledgeBase(db);
  curator = (await createToken(db, { name: 'curator', role: 'curator' })).token;
  db.client.close();

  const { npm_lifecycle_event: _launcher, NODE_ENV: _mode, ...inherited } = process.env;
  child = spawn(process.execPath, ['--import', 'tsx', cli, 'serve'], {
    cwd: serverDir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...inherited,
      LOG_LEVEL: 'info',
      PORT: '0',
      DATABASE_URL: `file:${path}`,
      WORKERS: '2',
      DB_READ_WORKERS: '1',
      RESPONSE_CACHE: 'on',
      RATE_LIMIT_PER_MINUTE: '100000',
      DB_BUSY_TIMEOUT_MS: '30000',
    },
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  exited = new Promise((resolve) =>
    child.once('exit', (code) => {
      exitCode = code;
      resolve(code);
    }),
  );
  const deadline = Date.now() + 120_000;
  for (;;) {
    const match = /"url":"([^"]+)","workers":2,"msg":"serving with 2 worker processes"/.exec(output);
    if (match?.[1]) {
      url = match[1];
      break;
    }
    if (exitCode !== undefined) throw new Error(`serve exited (${exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`serve did not start in 120 s:\n${output}`);
    await sleep(100);
  }
}, 300_000);

afterAll(() => {
  if (child?.pid !== undefined) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // the group is gone already
    }
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('WORKERS configuration', () => {
  it('reads COMPILED_READS (on unless turned off)', () => {
    expect(loadConfig({}).compiledReads).toBe(true);
    expect(loadConfig({ COMPILED_READS: 'off' }).compiledReads).toBe(false);
    expect(() => loadConfig({ COMPILED_READS: 'sometimes' })).toThrow(/COMPILED_READS/);
  });

  it('reads WORKERS (a number or auto) and RESPONSE_CACHE', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ WORKERS: '3' }).workers).toBe(3);
    expect(loadConfig({ WORKERS: 'auto' }).workers).toBeGreaterThanOrEqual(1);
    expect(() => loadConfig({ WORKERS: 'many' })).toThrow(/WORKERS/);
    expect(() => loadConfig({ WORKERS: '0' })).toThrow(/WORKERS/);
    expect(loadConfig({}).responseCache.enabled).toBe(false);
    expect(loadConfig({ RESPONSE_CACHE: 'on', RESPONSE_CACHE_TTL_SECONDS: '5' }).responseCache).toMatchObject(
      {
        enabled: true,
        ttlSeconds: 5,
      },
    );
  });

  it('shares the cores out among the processes for DB_READ_WORKERS=auto (the default), 1 or 2 threads each', () => {
    expect(readWorkersFor(1, 2)).toBe(2);
    expect(readWorkersFor(2, 2)).toBe(1);
    expect(readWorkersFor(1, 1)).toBe(1);
    expect(readWorkersFor(4, 2)).toBe(1);
    expect(readWorkersFor(1, 16)).toBe(2);
    expect(readWorkersFor(8, 16)).toBe(2);
    const cores = availableParallelism();
    expect(loadConfig({}).readWorkers).toBe(readWorkersFor(1, cores));
    expect(loadConfig({ DB_READ_WORKERS: 'auto', WORKERS: '2' }).readWorkers).toBe(readWorkersFor(2, cores));
    expect(loadConfig({ WORKERS: 'auto' }).readWorkers).toBe(1);
    // A number is taken as is, whatever WORKERS says.
    expect(loadConfig({ DB_READ_WORKERS: '0', WORKERS: '2' }).readWorkers).toBe(0);
    expect(loadConfig({ DB_READ_WORKERS: '3' }).readWorkers).toBe(3);
    for (const bad of ['-1', 'two', '1.5', '65'])
      expect(() => loadConfig({ DB_READ_WORKERS: bad }), bad).toThrow(/DB_READ_WORKERS/);
  });
});

describe('genetrials serve with WORKERS=2', () => {
  it('both workers answer, and they spend one shared rate-limit budget', async () => {
    const replies: Reply[] = [];
    for (let i = 0; i < 8; i += 1)
      replies.push(await send(url, 'POST', { query: '{ therapies(first: 1) { totalCount } }' }));
    expect(replies.map((r) => r.status)).toEqual(replies.map(() => 200));
    expect(new Set(replies.map((r) => r.worker))).toEqual(new Set(['1', '2']));
    // One budget across both processes: every request, whichever worker took it, counts down the same number.
    const remaining = replies.map((r) => r.remaining);
    for (let i = 1; i < remaining.length; i += 1)
      expect(remaining[i]).toBeLessThan(remaining[i - 1] as number);
    expect(output.match(/"msg":"GeneTrials is listening"/g)).toHaveLength(2);
  });

  it('a mutation on one worker is visible in the next read on every worker, with the response cache on', async () => {
    // Fill both workers' caches.
    const hitBy = new Set<string>();
    for (let i = 0; i < 20 && hitBy.size < 2; i += 1) {
      const reply = await send(url, 'POST', { query: FIRST_TRIAL });
      if (reply.cache === 'hit' && reply.worker) hitBy.add(reply.worker);
    }
    expect(hitBy).toEqual(new Set(['1', '2']));
    const trial = firstTrial(await send(url, 'POST', { query: FIRST_TRIAL }));

    const summary = 'Changed on one worker, read on both.';
    const update = await send(
      url,
      'POST',
      {
        query: UPDATE_TRIAL,
        variables: { input: { id: trial.id, expectedVersion: trial.version, summary } },
      },
      curator,
    );
    expect(
      (update.body.data?.updateTrial as { __typename?: string } | undefined)?.__typename,
      update.text,
    ).toBe('UpdateTrialSuccess');
    const after: Reply[] = [];
    for (let i = 0; i < 6; i += 1) after.push(await send(url, 'POST', { query: FIRST_TRIAL }));
    expect(new Set(after.map((r) => r.worker))).toEqual(new Set(['1', '2']));
    for (const reply of after)
      expect(firstTrial(reply)).toMatchObject({ summary, version: trial.version + 1 });
  });

  it('racing mutations across the workers: one success and one typed ConflictError per pair, no untyped errors', async () => {
    const trials: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const created = await send(
        url,
        'POST',
        { query: CREATE_TRIAL, variables: { input: { nctId: `NCT${98_880_000 + i}`, title: `Race ${i}` } } },
        curator,
      );
      const result = created.body.data?.createTrial as
        | { __typename: string; trial?: { id: string } }
        | undefined;
      expect(result?.__typename, created.text).toBe('CreateTrialSuccess');
      trials.push(result?.trial?.id as string);
    }
    const pairs = await Promise.all(
      trials.map((id) =>
        Promise.all(
          [0, 1].map((n) =>
            send(
              url,
              'POST',
              {
                query: UPDATE_TRIAL,
                variables: { input: { id, expectedVersion: 1, summary: `writer ${n}` } },
              },
              curator,
            ),
          ),
        ),
      ),
    );
    const workers = new Set<string | undefined>();
    const failures: string[] = [];
    for (const replies of pairs) {
      for (const reply of replies) workers.add(reply.worker);
      const kinds = replies
        .map((r) => (r.body.data?.updateTrial as { __typename?: string } | undefined)?.__typename ?? 'none')
        .sort();
      const bad = replies.filter((r) => r.status !== 200 || r.body.errors !== undefined);
      if (bad.length > 0 || kinds.join() !== 'ConflictError,UpdateTrialSuccess')
        failures.push(replies.map((r) => `${r.status} ${r.text}`).join(' | '));
    }
    expect(failures).toEqual([]);
    expect(workers).toEqual(new Set(['1', '2']));
  });

  it('a worker that dies is replaced', async () => {
    const first = /"worker":1,"pid":(\d+)/.exec(output);
    expect(first?.[1]).toBeDefined();
    process.kill(Number(first?.[1]), 'SIGKILL');
    const deadline = Date.now() + 90_000;
    while (!/"worker":3,"pid":\d+/.test(output)) {
      if (Date.now() > deadline) throw new Error(`no replacement worker in 90 s:\n${output}`);
      await sleep(200);
    }
    expect(output).toContain('a server worker exited; starting another');
    // The replacement and the surviving worker answer; the dead one never again.
    const seen = new Set<string | undefined>();
    for (let i = 0; i < 6; i += 1) {
      const reply = await send(url, 'POST', { query: '{ therapies(first: 1) { totalCount } }' });
      expect(reply.status).toBe(200);
      seen.add(reply.worker);
    }
    expect(seen).toEqual(new Set(['2', '3']));
  });

  it('SIGTERM to the started process stops every worker gracefully', async () => {
    const pids = [...output.matchAll(/"worker":\d+,"pid":(\d+)/g)].map((m) => Number(m[1]));
    expect(pids).toHaveLength(3);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Each worker finished its requests and exited; nothing answers on the port any more.
    expect(
      output.match(/"msg":"shutting down: finishing in-flight requests"/g)?.length,
    ).toBeGreaterThanOrEqual(2);
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(pids.filter(alive)).toEqual([]);
    await expect(send(url, 'GET')).rejects.toThrow();
  });
});
