import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, migrateDb } from '@genetrials/schema';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { createToken } from '../src/auth.js';
import { loadConfig } from '../src/config.js';
import { startServer } from '../src/server.js';
import { hashToken } from '../src/tokens.js';
import { startTestServer, type TestServer } from './harness.js';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses the Prometheus text exposition format (the parts prom-client writes). */
function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match?.[1] || match[3] === undefined) throw new Error(`unparsable metrics line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
      if (key !== undefined && value !== undefined) labels[key] = value;
    }
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

/** `/metrics` on the main port needs an admin token. */
const asAdmin = (server: TestServer) => ({ headers: { authorization: `Bearer ${server.tokens.admin}` } });

async function scrape(server: TestServer): Promise<Sample[]> {
  const res = await fetch(`${server.origin}/metrics`, asAdmin(server));
  expect(res.status).toBe(200);
  return parseMetrics(await res.text());
}

/** The value of one series (0 when it does not exist yet). */
function value(samples: Sample[], name: string, labels: Record<string, string>): number {
  const found = samples.find(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  return found?.value ?? 0;
}

const requests = 'genetrials_graphql_requests_total';
const durations = 'genetrials_graphql_request_duration_seconds_count';
const errors = 'genetrials_graphql_errors_total';

function post(server: TestServer, payload: unknown, headers: Record<string, string> = {}) {
  return fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  }).then(async (res) => ({ status: res.status, text: await res.text() }));
}

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

describe('/metrics', () => {
  it('serves the Prometheus text format with process metrics and the request metrics', async () => {
    await s.gql('query Warmup { __typename }');
    const res = await fetch(`${s.origin}/metrics`, asAdmin(s));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('# TYPE genetrials_graphql_requests_total counter');
    expect(text).toContain('# TYPE genetrials_graphql_request_duration_seconds histogram');
    expect(text).toContain('# TYPE genetrials_graphql_errors_total counter');
    const names = new Set(parseMetrics(text).map((sample) => sample.name));
    for (const name of [
      'process_cpu_user_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_heap_size_used_bytes',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('counts requests and their durations by operation name and outcome', async () => {
    const labels = { operation: 'TrialCount', outcome: 'ok' };
    const before = await scrape(s);
    for (let i = 0; i < 3; i++) await s.gql('query TrialCount { trials(first: 1) { totalCount } }');
    const after = await scrape(s);
    expect(value(after, requests, labels)).toBe(value(before, requests, labels) + 3);
    expect(value(after, durations, labels)).toBe(value(before, durations, labels) + 3);
    expect(value(after, 'genetrials_graphql_request_duration_seconds_sum', labels)).toBeGreaterThan(0);
    const bucket = after.find(
      (x) =>
        x.name === 'genetrials_graphql_request_duration_seconds_bucket' &&
        x.labels.operation === 'TrialCount' &&
        x.labels.le === '+Inf',
    );
    expect(bucket?.value).toBe(value(after, durations, labels));
  });

  it('names the operation from the document when the client sends no operationName', async () => {
    const before = await scrape(s);
    await post(s, { query: 'query Named { __typename }' });
    await post(s, { query: '{ __typename }' });
    const after = await scrape(s);
    for (const operation of ['Named', 'anonymous']) {
      const labels = { operation, outcome: 'ok' };
      expect(value(after, requests, labels)).toBe(value(before, requests, labels) + 1);
    }
  });

  it('counts execution errors by code', async () => {
    const before = await scrape(s);
    const { body } = await s.gql('query BadPage { trials(first: 101) { nodes { id } } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const after = await scrape(s);
    const labels = { operation: 'BadPage', outcome: 'error' };
    expect(value(after, requests, labels)).toBe(value(before, requests, labels) + 1);
    const codes = { operation: 'BadPage', code: 'BAD_USER_INPUT' };
    expect(value(after, errors, codes)).toBe(value(before, errors, codes) + 1);
  });

  it('counts requests refused before execution as rejected', async () => {
    const before = await scrape(s);
    await post(s, { query: 'query Broken {', operationName: 'Broken' });
    await post(s, {
      query:
        'query TooDeep { trials { nodes { therapies { nodes { trials { nodes { therapies { nodes { trials { nodes { id } } } } } } } } } } }',
    });
    const big = await post(s, { query: '{ __typename }', variables: { pad: 'x'.repeat(200_000) } });
    expect(big.status).toBe(413);
    const after = await scrape(s);
    const cases = [
      { operation: 'Broken', code: 'GRAPHQL_PARSE_FAILED' },
      { operation: 'TooDeep', code: 'QUERY_TOO_COMPLEX' },
      { operation: 'unknown', code: 'REQUEST_ENTITY_TOO_LARGE' },
    ];
    for (const { operation, code } of cases) {
      const labels = { operation, outcome: 'rejected' };
      expect(value(after, requests, labels), operation).toBe(value(before, requests, labels) + 1);
      expect(value(after, errors, { operation, code }), code).toBe(
        value(before, errors, { operation, code }) + 1,
      );
    }
  });

  it('keeps operation labels bounded: malformed names and names past the first 200 are lumped', async () => {
    const server = await startTestServer({ seed: false });
    try {
      await post(server, { query: '{', operationName: 'not a name; drop table' });
      for (let i = 0; i < 205; i++) await post(server, { query: `query Op${i} { __typename }` });
      const samples = (await scrape(server)).filter((x) => x.name === requests);
      const operations = new Set(samples.map((x) => x.labels.operation));
      expect(operations).toContain('invalid');
      expect(operations).toContain('other');
      expect(operations.size).toBeLessThanOrEqual(202);
      expect(value(samples, requests, { operation: 'other' })).toBe(5);
    } finally {
      await server.close();
    }
  });

  it('counts rate-limited requests', async () => {
    const limited = await startTestServer({ seed: false, config: { hardening: { rateLimitPerMinute: 1 } } });
    try {
      await post(limited, { query: '{ __typename }' });
      expect((await post(limited, { query: '{ __typename }' })).status).toBe(429);
      const after = await scrape(limited);
      expect(value(after, requests, { operation: 'unknown', outcome: 'rejected' })).toBe(1);
      expect(value(after, errors, { code: 'HTTP_429' })).toBe(1);
    } finally {
      await limited.close();
    }
  });

  it('keeps one registry per app: two apps in one process count separately', async () => {
    const other = await startTestServer({ seed: false });
    try {
      const labels = { operation: 'OnlyHere', outcome: 'ok' };
      await post(other, { query: 'query OnlyHere { __typename }' });
      expect(value(await scrape(other), requests, labels)).toBe(1);
      expect(value(await scrape(s), requests, labels)).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('can be switched off', async () => {
    const off = await startTestServer({ seed: false, config: { metrics: { enabled: false } } });
    try {
      const res = await fetch(`${off.origin}/metrics`, asAdmin(off));
      await res.text();
      expect(res.status).toBe(404);
    } finally {
      await off.close();
    }
  });

  it('needs an admin token on the main port: 401 without or with a bad one, 403 below admin', async () => {
    const status = async (authorization?: string) => {
      const res = await fetch(`${s.origin}/metrics`, {
        headers: authorization ? { authorization } : {},
      });
      const text = await res.text();
      return { status: res.status, text, authenticate: res.headers.get('www-authenticate') };
    };
    const missing = await status();
    expect(missing.status).toBe(401);
    expect(missing.authenticate).toBe('Bearer');
    expect(missing.text).not.toContain('genetrials_graphql');
    expect((await status('Bearer gt_not-a-real-token')).status).toBe(401);
    expect((await status('Basic abc')).status).toBe(401);
    for (const role of ['reader', 'curator'] as const) {
      const lower = await status(`Bearer ${s.tokens[role]}`);
      expect(lower.status, role).toBe(403);
      expect(lower.text).not.toContain('genetrials_graphql');
    }
    const admin = await status(`Bearer ${s.tokens.admin}`);
    expect(admin.status).toBe(200);
    expect(admin.text).toContain('genetrials_graphql_requests_total');
  });

  it('also accepts the static METRICS_TOKEN scraper secret, and still refuses anyone else', async () => {
    const token = 'metrics-secret-0123456789';
    const guarded = await startTestServer({ seed: false, config: { metrics: { enabled: true, token } } });
    try {
      const missing = await fetch(`${guarded.origin}/metrics`);
      await missing.text();
      expect(missing.status).toBe(401);
      const wrong = await fetch(`${guarded.origin}/metrics`, { headers: { authorization: 'Bearer nope' } });
      await wrong.text();
      expect(wrong.status).toBe(401);
      const reader = await fetch(`${guarded.origin}/metrics`, {
        headers: { authorization: `Bearer ${guarded.tokens.reader}` },
      });
      await reader.text();
      expect(reader.status).toBe(403);
      const right = await fetch(`${guarded.origin}/metrics`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(right.status).toBe(200);
      expect(await right.text()).toContain('genetrials_graphql_requests_total');
    } finally {
      await guarded.close();
    }
  });

  it('with METRICS_PORT: served without a token on a 127.0.0.1 listener, and not on the main port', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genetrials-metrics-port-'));
    const config = loadConfig({
      PORT: '0',
      METRICS_PORT: '0',
      DATABASE_URL: `file:${join(dir, 'metrics.db')}`,
    });
    expect(config.metrics.port).toBe(0);
    const running = await startServer(config, pino({ level: 'silent' }));
    try {
      const admin = (await createToken(running.db, { name: 'metrics admin', role: 'admin' })).token;
      const origin = new URL(running.url).origin;
      const onMain = await fetch(`${origin}/metrics`, { headers: { authorization: `Bearer ${admin}` } });
      await onMain.text();
      expect(onMain.status).toBe(404);

      expect(running.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      const separate = await fetch(running.metricsUrl as string);
      expect(separate.status).toBe(200);
      expect(await separate.text()).toContain('genetrials_graphql_requests_total');
      const elsewhere = await fetch(new URL('/graphql', running.metricsUrl));
      await elsewhere.text();
      expect(elsewhere.status).toBe(404);
    } finally {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    }
    // Closing the server closes the metrics listener too.
    await expect(fetch(running.metricsUrl as string)).rejects.toThrow();
  });
});

describe('request log', () => {
  it('writes one structured line per GraphQL request, rejected ones included', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const server = await startTestServer({ logger, config: { hardening: { rateLimitPerMinute: 5 } } });
    try {
      await server.gql('query Fine { trials(first: 1) { totalCount } }');
      await server.gql('query BadPage { trials(first: 101) { nodes { id } } }');
      await server.gql('query Broken {');
      await post(server, { query: '{ __typename }', variables: { pad: 'x'.repeat(200_000) } });
      await server.gql('{ __typename }');
      expect((await post(server, { query: '{ __typename }' })).status).toBe(429);
      await (await fetch(`${server.origin}/health`)).text();
      const requestLines = lines.filter((line) => line.msg === 'graphql request');
      expect(requestLines.map((l) => [l.operation, l.outcome, l.status])).toEqual([
        ['Fine', 'ok', 200],
        ['BadPage', 'error', 200],
        [null, 'rejected', 200],
        [null, 'rejected', 413],
        [null, 'ok', 200],
        [null, 'rejected', 429],
      ]);
      for (const line of requestLines) {
        expect(typeof line.durationMs).toBe('number');
        expect(line.level).toBe(30);
      }
      expect(requestLines[1]).toMatchObject({ errors: 1, codes: ['BAD_USER_INPUT'] });
      for (const line of requestLines) expect(line).toMatchObject({ tokenId: null, role: 'anonymous' });
    } finally {
      await server.close();
    }
  });

  it('attributes each request to its token id and role, never logging the secret or its hash', async () => {
    const raw: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => raw.push(line) });
    const server = await startTestServer({ logger });
    try {
      const idOf = async (name: string) =>
        Number(
          (await server.db.client.execute({ sql: 'select id from api_tokens where name = ?', args: [name] }))
            .rows[0]?.id,
        );
      const readerId = await idOf('test reader');
      const adminId = await idOf('test admin');
      const read = await server.gql(
        'query ReadPatients { patients(first: 2) { nodes { subjectCode } } }',
        {},
        {
          role: 'reader',
        },
      );
      expect(read.body.errors).toBeUndefined();
      await server.gql('query AdminLook { __typename }', {}, { role: 'admin' });
      await server.gql('query Anonymous { __typename }', {}, { anonymous: true });
      const bad = await server.gql('query BadToken { __typename }', {}, { token: 'gt_unknown-token-value' });
      expect(bad.status).toBe(401);

      const lines = raw.map((line) => JSON.parse(line) as Record<string, unknown>);
      const byOperation = (operation: string) =>
        lines.find((line) => line.msg === 'graphql request' && line.operation === operation);
      expect(byOperation('ReadPatients')).toMatchObject({ tokenId: readerId, role: 'reader', outcome: 'ok' });
      expect(byOperation('AdminLook')).toMatchObject({ tokenId: adminId, role: 'admin' });
      expect(byOperation('Anonymous')).toMatchObject({ tokenId: null, role: 'anonymous' });
      // The token was refused: nobody to attribute the request to, and it is not called anonymous.
      expect(byOperation('BadToken')).toMatchObject({
        tokenId: null,
        role: null,
        codes: ['UNAUTHENTICATED'],
      });

      const text = raw.join('');
      for (const role of ['reader', 'curator', 'admin'] as const) {
        const secret = server.tokens[role];
        expect(text).not.toContain(secret);
        expect(text).not.toContain(secret.slice(3, 13));
        expect(text).not.toContain(hashToken(secret));
      }
      expect(text).not.toContain('gt_unknown-token-value');
    } finally {
      await server.close();
    }
  });
});

describe('/health and /ready', () => {
  it('answers /health and /ready with 200 on a migrated, readable database', async () => {
    const health = await fetch(`${s.origin}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', trials: 3 });
    const ready = await fetch(`${s.origin}/ready`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { status: string; migrations: number };
    expect(body.status).toBe('ready');
    expect(body.migrations).toBeGreaterThan(0);
  });

  it('answers /ready 503 while migrations are pending, and once the database is unreadable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genetrials-ready-'));
    try {
      const db = createDb({ url: `file:${join(dir, 'ready.db')}` });
      const app = createApp({ db, config: { production: true, graphiql: false } });
      const pending = await app.fetch('http://localhost/ready');
      expect(pending.status).toBe(503);
      expect(await pending.json()).toMatchObject({ status: 'unavailable', reason: 'migrations pending' });
      await migrateDb(db);
      expect((await app.fetch('http://localhost/ready')).status).toBe(200);
      db.client.close();
      const closed = await app.fetch('http://localhost/ready');
      expect(closed.status).toBe(503);
      expect(await closed.json()).toEqual({ status: 'unavailable', reason: 'database unreadable' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes an in-flight request when SIGTERM arrives, then exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genetrials-shutdown-'));
    const cli = ['--import', 'tsx', new URL('../src/cli.ts', import.meta.url).pathname];
    const child: ChildProcess = spawn('node', [...cli, 'serve', '--port', '0', '--host', '127.0.0.1'], {
      env: { ...process.env, DATABASE_URL: `file:${join(dir, 'shutdown.db')}`, LOG_LEVEL: 'info' },
    });
    try {
      let output = '';
      const outputContains = (text: string) =>
        new Promise<void>((resolve, reject) => {
          const check = () => {
            if (output.includes(text)) resolve();
          };
          child.stdout?.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            check();
          });
          child.once('exit', (code) =>
            reject(new Error(`server exited (${code}) before "${text}": ${output}`)),
          );
          check();
        });
      await outputContains('GeneTrials is listening');
      const url = new URL(output.match(/"url":"([^"]+)"/)?.[1] ?? '');
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

      // The request is in flight from the moment the server has read its headers (it answers
      // "100 Continue"); its body is only sent after the server has begun shutting down.
      const body = JSON.stringify({
        query: 'query InFlight { trials(first: 10) { totalCount nodes { title } } }',
      });
      const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = httpRequest(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            expect: '100-continue',
          },
        });
        req.on('continue', () => {
          const shuttingDown = outputContains('shutting down');
          child.kill('SIGTERM');
          shuttingDown.then(() => req.end(body), reject);
        });
        req.on('response', (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.on('error', reject);
        req.flushHeaders();
      });

      const answer = await response;
      expect(answer.status).toBe(200);
      const result = JSON.parse(answer.text) as {
        data: { trials: { totalCount: number; nodes: unknown[] } };
      };
      expect(result.data.trials.totalCount).toBe(3);
      expect(result.data.trials.nodes).toHaveLength(3);
      expect(await exited).toBe(0);
      expect(output).toMatch(/"operation":"InFlight".*"outcome":"ok"/);
      // Once closed, the server takes no new connections.
      await expect(fetch(url, { method: 'POST' })).rejects.toThrow();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
