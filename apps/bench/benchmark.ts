// The benchmark: builds synthetic databases (each in a process of its own, for its peak memory),
// starts three contenders as child processes on the same file — the GeneTrials server, a
// conventional graphql-js + DataLoader server and the hand-written SQL baseline — checks that all
// three answer every query of the mix with the same data, loads each with autocannon, and reports
// throughput, latency, SQL statements per request, memory, database size, generator speed and
// memory, how paginated latency scales with the data, throughput at 1 and 2 server processes
// (WORKERS) and cached reads (RESPONSE_CACHE).
import { type ChildProcess, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { importCtgov, type SyntheticResult } from '@genetrials/ingest';
import { createDb, type Db, migrateDb } from '@genetrials/schema';
import { createApp, createToken, loadConfig } from '@genetrials/server';
import { type AttackReport, runAttacks } from './attack.js';
import { BASELINE, type Run, runner } from './baseline.js';
import { createDataLoaderExecutor } from './dataloader.js';
import { type LoadOptions, type LoadResult, runLoad } from './load.js';
import {
  ANONYMOUS,
  CONTENDER_LABELS,
  CONTENDERS,
  type Contender,
  globalId,
  PAGINATED,
  QUERIES,
  QUERY_NAMES,
  type QueryName,
  type QueryVariables,
  READ_MIX,
} from './queries.js';
import { evaluateTargets, renderMarkdown, type Target } from './report.js';

const here = dirname(fileURLToPath(import.meta.url));
const benchDir = here;

export interface BenchmarkOptions {
  /** Trials in the database the query mix runs on. */
  trials: number;
  /** Database sizes at which paginated latency is measured. */
  scales: number[];
  seed: number;
  quick: boolean;
  /** Seconds of each measured load run. */
  duration: number;
  /** Seconds of warm-up before each query's runs. */
  warmup: number;
  /** Concurrent connections of the throughput runs (latency runs use 1). */
  connections: number;
  /** Where latest.json and latest.md go. */
  outDir: string;
  /** Keep the generated databases (in workDir) instead of deleting them. */
  keep: boolean;
  workDir?: string;
  log: (line: string) => void;
}

export interface TargetRun {
  latency: LoadResult;
  throughput: LoadResult;
}

export type { Contender } from './queries.js';
export { CONTENDER_LABELS, CONTENDERS } from './queries.js';

export interface QueryReport {
  name: QueryName;
  description: string;
  statements: Record<Contender, number>;
  responseBytes: Record<Contender, number>;
  graphql: TargetRun;
  dataloader: TargetRun;
  baseline: TargetRun;
  /**
   * GeneTrials against the baseline: throughput (higher is better for GeneTrials) and p50 latency
   * (lower is better); `throughputVsDataloader`: GeneTrials / DataLoader throughput.
   */
  ratio: { throughput: number; p50: number; throughputVsDataloader: number };
}

export interface ScaleReport {
  trials: number;
  databaseBytes: number;
  /** p50 of each contender; at the query mix's size these are the query mix's latency runs. */
  p50Ms: Record<string, Record<Contender, number>>;
  /** `query mix` when the numbers are those of the query mix table, else `own run`. */
  source: 'query mix' | 'own run';
}

/** One read-mix run of `genetrials serve` with WORKERS processes of DB_READ_WORKERS read threads each. */
export interface WorkersRun {
  workers: number;
  readWorkers: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** CPU the server's processes used during the run (every thread), in cores; null without /proc. */
  serverCores: number | null;
  /** Server CPU time per answered request, ms. */
  cpuMsPerRequest: number | null;
  /** CPU the load generator (this process) used during the run, in cores. */
  loadGeneratorCores: number;
  /** RSS of all the server's processes after the run (the started one and its workers). */
  rssBytes: number | null;
}

/** Throughput of the read mix (READ_MIX in turn) at 1 and 2 server processes, per read-thread setting. */
export interface WorkersReport {
  available: boolean;
  note: string;
  runs: WorkersRun[];
  /** The per-process configuration (DB_READ_WORKERS) of the target's pair of runs. */
  targetReadWorkers: number;
  /** rps at 2 processes / rps at 1, both with `targetReadWorkers` read threads per process. */
  speedup: number | null;
  /** The run with the highest throughput. */
  best: WorkersRun | null;
  /** What DB_READ_WORKERS=auto (the default) gives at WORKERS=1 and 2 on this machine. */
  defaults: { workers: number; readWorkers: number }[];
}

/** Anonymous queries with RESPONSE_CACHE=on (never mixed into the targets). */
export interface CachedReport {
  available: boolean;
  note: string;
  queries: { name: QueryName; rps: number; p50Ms: number; p99Ms: number; uncachedRps: number }[];
}

export interface BenchmarkReport {
  version: 2;
  generatedAt: string;
  mode: 'full' | 'quick';
  machine: {
    cpuModel: string;
    cores: number;
    cpuMHz: number;
    memoryGiB: number;
    platform: string;
    release: string;
    node: string;
    loadAverage: { start: number[]; end: number[] };
  };
  settings: {
    trials: number;
    seed: number;
    scales: number[];
    durationSeconds: number;
    warmupSeconds: number;
    connections: { latency: number; throughput: number };
    server: string;
  };
  database: { trials: number; rows: Record<string, number>; totalRows: number; bytes: number };
  generator: {
    trials: number;
    rows: number;
    seconds: number;
    rowsPerSecond: number;
    searchIndex: string;
    /** Peak RSS of the generator's own process (null for a database reused from --work-dir without it). */
    peakRssBytes: number | null;
  }[];
  import: { rowsPerSecond: number | null; note: string };
  /** Memory of each contender's process after the query mix and the attacks. */
  server: Record<Contender, { rssBytes: number | null; peakRssBytes: number | null }>;
  queries: QueryReport[];
  pagination: ScaleReport[];
  workers: WorkersReport;
  cached: CachedReport;
  /** `/health` and the server's event-loop delay while expensive stats requests arrive (attack.ts). */
  attack: AttackReport;
  targets: Target[];
  warnings: string[];
}

function databaseBytes(path: string): number {
  let total = 0;
  for (const suffix of ['', '-wal']) if (existsSync(path + suffix)) total += statSync(path + suffix).size;
  return total;
}

/** Resident and peak resident memory of a process, from /proc (null where there is none). */
function memoryOf(pid: number | undefined): { rssBytes: number | null; peakRssBytes: number | null } {
  if (!pid) return { rssBytes: null, peakRssBytes: null };
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => {
      const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
      return match?.[1] ? Number(match[1]) * 1024 : null;
    };
    return { rssBytes: kb('VmRSS'), peakRssBytes: kb('VmHWM') };
  } catch {
    return { rssBytes: null, peakRssBytes: null };
  }
}

interface Child {
  process: ChildProcess;
  origin: string;
  stop: () => Promise<void>;
}

async function startChild(mode: Contender, databasePath: string): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'child.ts'), mode, databasePath], {
    cwd: benchDir,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`${mode} server did not start in 60 s`)), 60_000);
    child.once('message', (message: { port?: number }) => {
      clearTimeout(timer);
      if (message.port) resolvePort(message.port);
      else reject(new Error(`${mode} server sent ${JSON.stringify(message)}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${mode} server exited with ${code} before listening`));
    });
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  return {
    process: child,
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A free TCP port on 127.0.0.1 (for `genetrials serve`, whose workers share one port). */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/** GET /health on a new connection: its status and the worker that answered (x-genetrials-worker). */
function probeHealth(origin: string): Promise<{ ok: boolean; worker: string | undefined }> {
  return new Promise((resolveProbe) => {
    const request = get(`${origin}/health`, { agent: false }, (response) => {
      response.resume();
      const worker = response.headers['x-genetrials-worker'];
      resolveProbe({ ok: response.statusCode === 200, worker: Array.isArray(worker) ? worker[0] : worker });
    });
    request.on('error', () => resolveProbe({ ok: false, worker: undefined }));
  });
}

/**
 * `genetrials serve` as an operator runs it (`node --import tsx apps/server/src/cli.ts serve`),
 * with the given extra environment (WORKERS, RESPONSE_CACHE); ready when /health answers 200 from
 * every worker process (connections are spread over the workers, each probe opens a new one).
 */
async function startServe(databasePath: string, env: Record<string, string>): Promise<Child> {
  const workers = Number(env.WORKERS ?? 1);
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, '../server/src/cli.ts'), 'serve'], {
    cwd: benchDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${databasePath}`,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
      GRAPHIQL: 'false',
      RATE_LIMIT_PER_MINUTE: '0',
      RATE_LIMIT_IP_PER_MINUTE: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  const answered = new Set<string>();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`genetrials serve exited with ${child.exitCode}`);
    const probe = await probeHealth(origin);
    if (probe.ok) answered.add(probe.worker ?? 'single');
    if (answered.size >= workers) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`genetrials serve: ${answered.size} of ${workers} processes answered /health in 180 s`);
    }
    await new Promise((r) => setTimeout(r, probe.ok ? 20 : 250));
  }
  return {
    process: child,
    origin,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

interface BenchRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
}

function graphqlRequest(
  origin: string,
  name: QueryName,
  variables: QueryVariables,
  token: string,
): BenchRequest {
  return {
    url: `${origin}/graphql`,
    body: JSON.stringify({ query: QUERIES[name].document, variables: variables.graphql }),
    headers: QUERIES[name].reader ? { authorization: `Bearer ${token}` } : {},
  };
}

function baselineRequest(
  origin: string,
  name: QueryName,
  variables: QueryVariables,
  token: string,
): BenchRequest {
  return {
    url: `${origin}/baseline/${name}`,
    body: JSON.stringify({ variables: variables.baseline }),
    headers: QUERIES[name].reader ? { authorization: `Bearer ${token}` } : {},
  };
}

/** The same GraphQL request body for GeneTrials and the DataLoader server. */
function requestFor(
  contender: Contender,
  origin: string,
  name: QueryName,
  variables: QueryVariables,
  token: string,
) {
  return contender === 'baseline'
    ? baselineRequest(origin, name, variables, token)
    : graphqlRequest(origin, name, variables, token);
}

async function post(target: BenchRequest): Promise<unknown> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${target.url} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** The first path at which two JSON values differ, or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = 'data'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length)
      return `${path}: ${a.length} vs ${b.length} items`;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const d = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 200)} vs ${JSON.stringify(b)?.slice(0, 200)}`;
}

/** What the generator reports for one database: its result and the peak RSS of its process. */
export type GeneratorRun = SyntheticResult & { peakRssBytes: number | null };

/** Builds a synthetic database with generate.ts in a process of its own (its peak RSS is the generator's). */
async function buildDatabase(
  path: string,
  trials: number,
  seed: number,
  log: (line: string) => void,
): Promise<GeneratorRun> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(here, 'generate.ts'), path, String(trials), String(seed)],
    { cwd: benchDir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) log(line);
  });
  const code = await new Promise<number | null>((resolveExit) => child.once('exit', resolveExit));
  if (code !== 0) throw new Error(`generator (${trials} trials) exited with ${code}`);
  const last = stdout.trim().split('\n').pop() ?? '';
  const result = JSON.parse(last) as GeneratorRun;
  log(
    `  ${trials.toLocaleString('en-US')} trials: ${result.totalRows.toLocaleString('en-US')} rows in ${result.seconds.toFixed(1)} s = ${result.rowsPerSecond.toLocaleString('en-US')} rows/s, ${(databaseBytes(path) / 1e6).toFixed(0)} MB, generator peak RSS ${((result.peakRssBytes ?? 0) / 1e6).toFixed(0)} MB`,
  );
  return result;
}

/** Picks the records the queries are about and creates a reader token, before any server runs. */
async function prepare(path: string) {
  const db = createDb({ url: `file:${path}` });
  try {
    const [{ n } = { n: 0 }] = (await db.client.execute('select count(*) as n from trials'))
      .rows as unknown as {
      n: number;
    }[];
    const trials = Number(n);
    const detail = await db.client.execute({
      sql: `select t.id from trials t where t.id >= ?
        and (select count(*) from patients p where p.trial_id = t.id) >= 30
        and exists (select 1 from review_trials rt join assessments a on a.review_id = rt.review_id where rt.trial_id = t.id)
        order by t.id limit 1`,
      args: [Math.ceil(trials / 3)],
    });
    const middle = await db.client.execute({
      sql: 'select id, nct_id from trials where id >= ? and nct_id is not null order by id limit 1',
      args: [Math.ceil(trials / 2)],
    });
    const detailId = Number(detail.rows[0]?.id ?? 1);
    const middleRow = middle.rows[0];
    const token = (await createToken(db, { name: 'benchmark reader', role: 'reader' })).token;
    return {
      trials,
      token,
      detailId,
      middleId: Number(middleRow?.id ?? 0),
      middleNct: String(middleRow?.nct_id ?? ''),
    };
  } finally {
    db.client.close();
  }
}

async function variablesFor(
  graphqlOrigin: string,
  prepared: Awaited<ReturnType<typeof prepare>>,
): Promise<Record<QueryName, QueryVariables>> {
  // The Relay cursor of the trial in the middle of the list: the same under any filter.
  const cursorResponse = (await post({
    url: `${graphqlOrigin}/graphql`,
    body: JSON.stringify({
      query: 'query($n: [String!]) { trials(first: 1, filter: { nctIds: $n }) { edges { cursor } } }',
      variables: { n: [prepared.middleNct] },
    }),
    headers: {},
  })) as { data?: { trials?: { edges?: { cursor: string }[] } } };
  const cursor = cursorResponse.data?.trials?.edges?.[0]?.cursor;
  if (!cursor) throw new Error(`no cursor for ${prepared.middleNct}: ${JSON.stringify(cursorResponse)}`);
  const none = { graphql: {}, baseline: {} };
  return {
    trialDetail: {
      graphql: { id: globalId('Trial', prepared.detailId) },
      baseline: { trialId: prepared.detailId },
    },
    trialsPage: { graphql: { after: cursor }, baseline: { afterId: prepared.middleId } },
    filteredPage: none,
    search: { graphql: {}, baseline: { query: 'CD19 lymphoma', first: 10 } },
    stats: none,
    nested4: none,
  };
}

/** SQL statements per request, counted on the libSQL client itself (ORM and raw statements alike). */
async function countStatements(
  path: string,
  variables: Record<QueryName, QueryVariables>,
  token: string,
): Promise<Record<QueryName, Record<Contender, number>>> {
  const db: Db = createDb({ url: `file:${path}` });
  let count = 0;
  const execute = db.client.execute.bind(db.client);
  const batch = db.client.batch.bind(db.client);
  db.client.execute = ((...args: Parameters<typeof execute>) => {
    count++;
    return execute(...args);
  }) as typeof db.client.execute;
  db.client.batch = ((statements: Parameters<typeof batch>[0], mode?: Parameters<typeof batch>[1]) => {
    count += statements.length;
    return batch(statements, mode);
  }) as typeof db.client.batch;
  try {
    const app = createApp({
      db,
      config: {
        production: true,
        graphiql: false,
        hardening: { rateLimitPerMinute: 0, rateLimitIpPerMinute: 0 },
      },
    });
    const run: Run = runner(db.client);
    const dataloader = createDataLoaderExecutor(db.client);
    const result = {} as Record<QueryName, Record<Contender, number>>;
    for (const name of QUERY_NAMES) {
      const request = graphqlRequest('http://bench', name, variables[name], token);
      // Once to warm caches, once counted (a token's last-used stamp is written at most once a minute).
      for (let i = 0; i < 2; i++) {
        count = 0;
        const response = await app.fetch(request.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...request.headers },
          body: request.body,
        });
        await response.text();
      }
      const graphql = count;
      const body = JSON.parse(request.body) as { query: string; variables: Record<string, unknown> };
      await dataloader(body, request.headers.authorization);
      count = 0;
      await dataloader(body, request.headers.authorization);
      const loaded = count;
      count = 0;
      await BASELINE[name](run, variables[name].baseline);
      result[name] = { graphql, dataloader: loaded, baseline: count };
    }
    return result;
  } finally {
    db.client.close();
  }
}

/** CPU time (user + system, clock ticks) a process has used, from /proc; null where there is none. */
function cpuTicks(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/**
 * Waits until a server has finished the requests still in flight when a load run stopped (a
 * slow query leaves up to `connections` of them), so they do not slow the next run down: the
 * process is idle when it uses (almost) no CPU for a quarter of a second.
 */
async function waitIdle(
  pid: number | undefined,
  ticksOf: (pid: number) => number | null = cpuTicks,
): Promise<void> {
  if (!pid || ticksOf(pid) === null) {
    await new Promise((r) => setTimeout(r, 500));
    return;
  }
  const deadline = Date.now() + 300_000;
  let last = ticksOf(pid) ?? 0;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    const now = ticksOf(pid) ?? 0;
    if (now - last <= 2) return;
    last = now;
  }
}

/** A duration-based run; a query too slow to answer a few times in it is run by request count. */
async function loadRun(base: LoadOptions, pid: number | undefined): Promise<LoadResult> {
  let result = await runLoad(base);
  await waitIdle(pid);
  if (result.requests - result.non2xx < MIN_RESPONSES) {
    result = await runLoad({ ...base, amount: Math.max(MIN_RESPONSES, base.connections) });
    await waitIdle(pid);
  }
  return result;
}

const MIN_RESPONSES = 5;

/** Warm-up, then a latency run (one connection) and, unless told otherwise, a throughput run. */
async function measure(
  target: BenchRequest,
  options: BenchmarkOptions,
  pid: number | undefined,
  withThroughput = true,
): Promise<TargetRun> {
  const base = { url: target.url, body: target.body, headers: target.headers };
  if (options.warmup > 0) {
    await runLoad({ ...base, connections: 1, duration: options.warmup });
    await waitIdle(pid);
  }
  const latency = await loadRun({ ...base, connections: 1, duration: options.duration }, pid);
  const throughput = withThroughput
    ? await loadRun({ ...base, connections: options.connections, duration: options.duration }, pid)
    : latency;
  for (const run of [latency, throughput]) {
    if (run.non2xx > 0 || run.errors > 0 || run.timeouts > 0) {
      throw new Error(`${target.url}: ${run.non2xx} non-2xx, ${run.errors} errors, ${run.timeouts} timeouts`);
    }
  }
  return { latency, throughput };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export async function runBenchmark(options: BenchmarkOptions): Promise<BenchmarkReport> {
  const { log } = options;
  const loadStart = os.loadavg();
  log(`Load average at start: ${loadStart.map((l) => l.toFixed(2)).join(' ')}`);
  const warnings: string[] = [];
  if ((loadStart[0] ?? 0) > 1) {
    warnings.push(
      `load average was ${loadStart.map((l) => l.toFixed(2)).join(' ')} at the start: other processes were using the CPU, numbers are noisy`,
    );
  }
  const workDir = options.workDir ?? mkdtempSync(join(os.tmpdir(), 'genetrials-bench-'));
  mkdirSync(workDir, { recursive: true });
  const pathOf = (trials: number) => join(workDir, `synthetic-${trials}-seed-${options.seed}.db`);
  const sizes = [...new Set([options.trials, ...options.scales])].sort((a, b) => a - b);
  const generator: BenchmarkReport['generator'] = [];
  const built = new Map<number, GeneratorRun>();
  const children: Child[] = [];
  const stopAll = async () => {
    for (const child of children.splice(0)) await child.stop();
  };
  try {
    log(
      `Building synthetic databases (${sizes.map((s) => s.toLocaleString('en-US')).join(', ')} trials) in ${workDir}`,
    );
    for (const size of sizes) {
      // With --work-dir, a database built by an earlier run (same size and seed) is reused, with
      // the generator figures measured when it was built.
      const record = `${pathOf(size)}.generator.json`;
      const reused = options.workDir && existsSync(record) && existsSync(pathOf(size));
      const result: GeneratorRun = reused
        ? { peakRssBytes: null, ...JSON.parse(readFileSync(record, 'utf8')) }
        : await buildDatabase(pathOf(size), size, options.seed, log);
      if (reused) log(`  ${size.toLocaleString('en-US')} trials: reusing ${pathOf(size)}`);
      else writeFileSync(record, JSON.stringify(result));
      built.set(size, result);
      generator.push({
        trials: size,
        rows: result.totalRows,
        seconds: round2(result.seconds),
        rowsPerSecond: result.rowsPerSecond,
        searchIndex: result.searchIndex,
        peakRssBytes: result.peakRssBytes,
      });
    }

    // ----- the query mix at the main size, three contenders side by side -----
    const mainPath = pathOf(options.trials);
    const prepared = await prepare(mainPath);
    const servers = {} as Record<Contender, Child>;
    for (const contender of CONTENDERS) {
      servers[contender] = await startChild(contender, mainPath);
      children.push(servers[contender]);
    }
    const variables = await variablesFor(servers.graphql.origin, prepared);
    const statements = await countStatements(mainPath, variables, prepared.token);

    log('Checking that GeneTrials, the DataLoader server and the baseline return the same data');
    const responseBytes = await checkEquality(servers, variables, prepared.token);

    const queries: QueryReport[] = [];
    for (const name of QUERY_NAMES) {
      log(`Loading ${name}`);
      const runs = {} as Record<Contender, TargetRun>;
      for (const contender of CONTENDERS) {
        runs[contender] = await measure(
          requestFor(contender, servers[contender].origin, name, variables[name], prepared.token),
          options,
          servers[contender].process.pid,
        );
      }
      const report: QueryReport = {
        name,
        description: QUERIES[name].description,
        statements: statements[name],
        responseBytes: responseBytes[name],
        graphql: runs.graphql,
        dataloader: runs.dataloader,
        baseline: runs.baseline,
        ratio: {
          throughput: round2(runs.graphql.throughput.rps / runs.baseline.throughput.rps),
          p50: round2(runs.graphql.latency.latencyMs.p50 / runs.baseline.latency.latencyMs.p50),
          throughputVsDataloader: round2(runs.graphql.throughput.rps / runs.dataloader.throughput.rps),
        },
      };
      queries.push(report);
      log(
        `  ${CONTENDERS.map((c) => `${CONTENDER_LABELS[c]} ${runs[c].throughput.rps} req/s p50 ${runs[c].latency.latencyMs.p50} ms`).join(' | ')} | GeneTrials/hand-written ${report.ratio.throughput}x, GeneTrials/DataLoader ${report.ratio.throughputVsDataloader}x`,
      );
    }
    // Memory after the same query mix, before the attacks (which only the GeneTrials server gets).
    const server = {} as BenchmarkReport['server'];
    for (const contender of CONTENDERS) server[contender] = memoryOf(servers[contender].process.pid);

    // ----- under attack: /health and event-loop delay while stats requests pile up -----
    log('Attacking with aliased pooled stats (and the heaviest allowed document)');
    const attack = await runAttacks(servers.graphql, options.quick ? 2 : 10);
    for (const a of attack.scenarios)
      log(
        `  ${a.name}: ${a.requests} requests ${JSON.stringify(a.outcomes)}; /health p99 ${a.health.p99Ms} ms max ${a.health.maxMs} ms; event-loop delay p99 ${a.eventLoopDelayMs?.p99 ?? '?'} ms`,
      );
    await stopAll();

    // ----- paginated latency at each scale (the main size's numbers are the query mix's) -----
    const pagination: ScaleReport[] = [];
    for (const size of [...new Set(options.scales)].sort((a, b) => a - b)) {
      const path = pathOf(size);
      if (size === options.trials) {
        const p50Ms: ScaleReport['p50Ms'] = {};
        for (const name of PAGINATED) {
          const q = queries.find((x) => x.name === name) as QueryReport;
          p50Ms[name] = {
            graphql: q.graphql.latency.latencyMs.p50,
            dataloader: q.dataloader.latency.latencyMs.p50,
            baseline: q.baseline.latency.latencyMs.p50,
          };
        }
        pagination.push({ trials: size, databaseBytes: databaseBytes(path), p50Ms, source: 'query mix' });
        continue;
      }
      log(`Paginated latency at ${size.toLocaleString('en-US')} trials`);
      const p = await prepare(path);
      const at = {} as Record<Contender, Child>;
      for (const contender of CONTENDERS) {
        at[contender] = await startChild(contender, path);
        children.push(at[contender]);
      }
      const vars = await variablesFor(at.graphql.origin, p);
      const p50Ms: ScaleReport['p50Ms'] = {};
      for (const name of PAGINATED) {
        const row = {} as Record<Contender, number>;
        for (const contender of CONTENDERS) {
          const r = await measure(
            requestFor(contender, at[contender].origin, name, vars[name], p.token),
            options,
            at[contender].process.pid,
            false,
          );
          row[contender] = r.latency.latencyMs.p50;
        }
        p50Ms[name] = row;
        log(`  ${name}: ${CONTENDERS.map((c) => `${CONTENDER_LABELS[c]} p50 ${row[c]} ms`).join(', ')}`);
      }
      await stopAll();
      pagination.push({ trials: size, databaseBytes: databaseBytes(path), p50Ms, source: 'own run' });
    }

    // ----- server processes (WORKERS) and the response cache (RESPONSE_CACHE), when the server has them -----
    const features = serverFeatures();
    const workers = await measureWorkers(
      features.workers,
      mainPath,
      prepared,
      variables,
      options,
      log,
      children,
    );
    const cached = await measureCached(
      features.responseCache,
      mainPath,
      prepared,
      variables,
      queries,
      options,
      log,
      children,
    );

    const main = built.get(options.trials) as GeneratorRun;
    const loadEnd = os.loadavg();
    log(`Load average at end: ${loadEnd.map((l) => l.toFixed(2)).join(' ')}`);
    if ((loadEnd[0] ?? 0) > 2 && (loadStart[0] ?? 0) <= 1) {
      warnings.push(`load average rose to ${loadEnd.map((l) => l.toFixed(2)).join(' ')} during the run`);
    }
    const report: BenchmarkReport = {
      version: 2,
      generatedAt: new Date().toISOString(),
      mode: options.quick ? 'quick' : 'full',
      machine: {
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        cores: os.cpus().length,
        cpuMHz: os.cpus()[0]?.speed ?? 0,
        memoryGiB: round2(os.totalmem() / 2 ** 30),
        platform: `${os.platform()} ${os.arch()}`,
        release: os.release(),
        node: process.version,
        loadAverage: { start: loadStart.map(round2), end: loadEnd.map(round2) },
      },
      settings: {
        trials: options.trials,
        seed: options.seed,
        scales: options.scales,
        durationSeconds: options.duration,
        warmupSeconds: options.warmup,
        connections: { latency: 1, throughput: options.connections },
        server:
          'GeneTrials: startServer() in a child process (NODE_ENV=production, logs off, rate limits off); DataLoader: graphql-js with one DataLoader per relation on node:http in a child process; hand-written: node:http + hand-written SQL in a child process; all on the same file with @libsql/client; load: autocannon in the parent process',
      },
      database: {
        trials: options.trials,
        rows: main.rows,
        totalRows: main.totalRows,
        bytes: databaseBytes(mainPath),
      },
      generator,
      import: await measureImport(options.quick),
      server,
      queries,
      pagination,
      workers,
      cached,
      attack,
      targets: [],
      warnings,
    };
    report.targets = evaluateTargets(report);
    mkdirSync(options.outDir, { recursive: true });
    writeFileSync(join(options.outDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(options.outDir, 'latest.md'), renderMarkdown(report));
    return report;
  } finally {
    for (const child of children) await child.stop().catch(() => undefined);
    if (!options.keep && !options.workDir) rmSync(workDir, { recursive: true, force: true });
  }
}

/** Sends every query to the three contenders; GeneTrials' `data` must deep-equal the other two. */
async function checkEquality(
  servers: Record<Contender, Child>,
  variables: Record<QueryName, QueryVariables>,
  token: string,
): Promise<Record<QueryName, Record<Contender, number>>> {
  const responseBytes = {} as Record<QueryName, Record<Contender, number>>;
  for (const name of QUERY_NAMES) {
    const answers = {} as Record<Contender, unknown>;
    for (const contender of CONTENDERS) {
      const answer = await post(
        requestFor(contender, servers[contender].origin, name, variables[name], token),
      );
      if (contender !== 'baseline') {
        const { errors } = answer as { errors?: unknown };
        if (errors)
          throw new Error(
            `${name}: ${CONTENDER_LABELS[contender]} errors ${JSON.stringify(errors).slice(0, 500)}`,
          );
      }
      answers[contender] = answer;
    }
    const graphqlData = (answers.graphql as { data?: unknown }).data;
    const against: [string, unknown][] = [
      ['the hand-written baseline', answers.baseline],
      ['the DataLoader server', (answers.dataloader as { data?: unknown }).data],
    ];
    for (const [label, data] of against) {
      const difference = firstDifference(graphqlData, data);
      if (difference) throw new Error(`${name}: GeneTrials and ${label} differ at ${difference}`);
    }
    responseBytes[name] = {
      graphql: JSON.stringify(answers.graphql).length,
      dataloader: JSON.stringify(answers.dataloader).length,
      baseline: JSON.stringify(answers.baseline).length,
    };
  }
  return responseBytes;
}

/** Whether the server takes WORKERS and RESPONSE_CACHE (read from its own configuration). */
function serverFeatures(): { workers: boolean; responseCache: boolean } {
  const config = loadConfig({ DATABASE_URL: 'file:unused.db' }) as unknown as Record<string, unknown>;
  return {
    workers: typeof config.workers === 'number',
    responseCache: typeof config.responseCache === 'object',
  };
}

/** The process and every process it started (its cluster workers), from /proc; [pid] without /proc. */
function processTree(pid: number): number[] {
  let all: number[];
  try {
    all = readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map(Number);
  } catch {
    return [pid];
  }
  const parentOf = (p: number) => {
    try {
      return Number(readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
    } catch {
      return -1;
    }
  };
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) for (const p of all) if (parentOf(p) === tree[i]) tree.push(p);
  return tree;
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** Read threads per process of the target's pair: the smallest setting that keeps reads off the event loop. */
const TARGET_READ_WORKERS = 1;

/**
 * The read mix (each connection sends the READ_MIX queries in turn) against `genetrials serve` at
 * WORKERS=1 and WORKERS=2 with the same DB_READ_WORKERS each, for 0, 1 and 2 read threads (the
 * target's pair only with --quick): throughput, the CPU the server and the load generator used,
 * and the server's memory. The two runs of a pair follow each other, so both see the same load.
 */
async function measureWorkers(
  available: boolean,
  path: string,
  prepared: Awaited<ReturnType<typeof prepare>>,
  variables: Record<QueryName, QueryVariables>,
  options: BenchmarkOptions,
  log: (line: string) => void,
  children: Child[],
): Promise<WorkersReport> {
  if (!available)
    return {
      available,
      note: 'not available: this server has no WORKERS setting',
      runs: [],
      targetReadWorkers: TARGET_READ_WORKERS,
      speedup: null,
      best: null,
      defaults: [],
    };
  const runs: WorkersRun[] = [];
  const settings = options.quick ? [TARGET_READ_WORKERS] : [TARGET_READ_WORKERS, 2, 0];
  for (const readWorkers of settings) {
    for (const workers of [1, 2]) {
      log(`Read mix with WORKERS=${workers} DB_READ_WORKERS=${readWorkers}`);
      const serve = await startServe(path, {
        WORKERS: String(workers),
        DB_READ_WORKERS: String(readWorkers),
      });
      children.push(serve);
      const pid = serve.process.pid;
      const requests = READ_MIX.map((name) =>
        graphqlRequest(serve.origin, name, variables[name], prepared.token),
      );
      const base = { url: serve.origin, requests, connections: options.connections, body: '', headers: {} };
      if (options.warmup > 0) await runLoad({ ...base, duration: options.warmup });
      // The started process and its cluster workers together.
      const treeTicks = (root: number) =>
        cpuTicks(root) === null ? null : processTree(root).reduce((sum, p) => sum + (cpuTicks(p) ?? 0), 0);
      const serverTicks = () => (pid ? (treeTicks(pid) ?? 0) : 0);
      await waitIdle(pid, treeTicks);
      let ticksBefore = serverTicks();
      let cpuBefore = process.cpuUsage();
      let started = performance.now();
      let result = await runLoad({ ...base, duration: options.duration });
      if (result.requests - result.non2xx < MIN_RESPONSES * requests.length) {
        // Too short for the slowest query: every connection goes through the whole mix a few times.
        await waitIdle(pid, treeTicks);
        ticksBefore = serverTicks();
        cpuBefore = process.cpuUsage();
        started = performance.now();
        result = await runLoad({
          ...base,
          duration: options.duration,
          amount: MIN_RESPONSES * requests.length * options.connections,
        });
      }
      const seconds = (performance.now() - started) / 1000;
      const ticks = serverTicks() - ticksBefore;
      const cpu = process.cpuUsage(cpuBefore);
      if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0)
        throw new Error(
          `read mix, WORKERS=${workers} DB_READ_WORKERS=${readWorkers}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
        );
      const answered = result.rps * result.seconds;
      const hasProc = pid !== undefined && cpuTicks(pid) !== null;
      const rss = pid ? processTree(pid).map((p) => memoryOf(p).rssBytes) : [];
      const run: WorkersRun = {
        workers,
        readWorkers,
        rps: result.rps,
        p50Ms: result.latencyMs.p50,
        p99Ms: result.latencyMs.p99,
        serverCores: hasProc ? round2(ticks / TICKS_PER_SECOND / seconds) : null,
        cpuMsPerRequest:
          hasProc && answered > 0 ? round2(((ticks / TICKS_PER_SECOND) * 1000) / answered) : null,
        loadGeneratorCores: round2((cpu.user + cpu.system) / 1e6 / seconds),
        rssBytes:
          rss.length > 0 && rss.every((r) => r != null) ? rss.reduce((a, b) => (a ?? 0) + (b ?? 0), 0) : null,
      };
      runs.push(run);
      log(
        `  ${run.rps} req/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms; server ${run.serverCores ?? '?'} cores, ${run.cpuMsPerRequest ?? '?'} CPU ms/request; load generator ${run.loadGeneratorCores} cores; RSS ${run.rssBytes == null ? '?' : Math.round(run.rssBytes / 1e6)} MB`,
      );
      await serve.stop();
      children.splice(children.indexOf(serve), 1);
    }
  }
  const pair = (workers: number) =>
    runs.find((r) => r.workers === workers && r.readWorkers === TARGET_READ_WORKERS);
  const one = pair(1);
  const two = pair(2);
  const speedup = one && two ? round2(two.rps / one.rps) : null;
  const best = runs.reduce<WorkersRun | null>((top, r) => (top === null || r.rps > top.rps ? r : top), null);
  return {
    available,
    note: `genetrials serve (node --import tsx apps/server/src/cli.ts serve) with WORKERS=1 and WORKERS=2 processes, each process with the same DB_READ_WORKERS (read threads per process: ${settings.join(', ')}); ${options.connections} connections, each sending ${READ_MIX.join(', ')} in turn (stats left out: its aggregates take seconds at 10k trials and would dominate the mix); the two runs of a pair follow each other. The target compares the pair with DB_READ_WORKERS=${TARGET_READ_WORKERS}. Server CPU is every thread of the server's processes (from /proc) over the run; the load generator (autocannon) runs in the benchmark's own process on the same ${os.cpus().length} cores`,
    runs,
    targetReadWorkers: TARGET_READ_WORKERS,
    speedup,
    best,
    defaults: [1, 2].map((workers) => ({
      workers,
      readWorkers: loadConfig({ DATABASE_URL: 'file:unused.db', WORKERS: String(workers) }).readWorkers,
    })),
  };
}

/** Anonymous queries against `genetrials serve` with RESPONSE_CACHE=on (one process). */
async function measureCached(
  available: boolean,
  path: string,
  prepared: Awaited<ReturnType<typeof prepare>>,
  variables: Record<QueryName, QueryVariables>,
  uncached: QueryReport[],
  options: BenchmarkOptions,
  log: (line: string) => void,
  children: Child[],
): Promise<CachedReport> {
  if (!available)
    return { available, note: 'not available: this server has no RESPONSE_CACHE setting', queries: [] };
  log('Cached reads (RESPONSE_CACHE=on)');
  const serve = await startServe(path, { RESPONSE_CACHE: 'on', WORKERS: '1' });
  children.push(serve);
  const queries: CachedReport['queries'] = [];
  for (const name of ANONYMOUS) {
    const run = await measure(
      graphqlRequest(serve.origin, name, variables[name], prepared.token),
      options,
      serve.process.pid,
    );
    const before = uncached.find((q) => q.name === name)?.graphql.throughput.rps ?? Number.NaN;
    queries.push({
      name,
      rps: run.throughput.rps,
      p50Ms: run.latency.latencyMs.p50,
      p99Ms: run.latency.latencyMs.p99,
      uncachedRps: before,
    });
    log(`  ${name}: ${run.throughput.rps} req/s (uncached ${before}), p50 ${run.latency.latencyMs.p50} ms`);
  }
  await serve.stop();
  children.splice(children.indexOf(serve), 1);
  return {
    available,
    note: 'genetrials serve with RESPONSE_CACHE=on, one process, anonymous requests (the same document and variables each time, so every request after the first is a hit); reported apart from the targets, which are all measured without a cache',
    queries,
  };
}

/** Times the ClinicalTrials.gov importer over the records shipped in data/ctgov, into a fresh database. */
async function measureImport(quick: boolean): Promise<{ rowsPerSecond: number | null; note: string }> {
  const dir = mkdtempSync(join(os.tmpdir(), 'genetrials-bench-import-'));
  const db = createDb({ url: `file:${join(dir, 'import.db')}` });
  try {
    await migrateDb(db);
    const all = join(here, '../../data/ctgov');
    const files = readdirSync(all)
      .filter((f) => /^NCT\d{8}\.json$/.test(f))
      .sort();
    const paths = (quick ? files.slice(0, 40) : files).map((f) => join(all, f));
    const started = performance.now();
    const report = await importCtgov(db, paths, { recursive: false });
    const seconds = (performance.now() - started) / 1000;
    const tables = await db.client.execute(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%search_index%' and name not like '__drizzle%'",
    );
    let rows = 0;
    for (const t of tables.rows) {
      const c = await db.client.execute(`select count(*) as n from "${String(t.name)}"`);
      rows += Number(c.rows[0]?.n ?? 0);
    }
    return {
      rowsPerSecond: rows / seconds,
      note: `${paths.length} ClinicalTrials.gov v2 records (${report.totals.failed} failed) in ${seconds.toFixed(1)} s = ${(paths.length / seconds).toFixed(0)} records/s, ${rows} rows written`,
    };
  } finally {
    db.client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
