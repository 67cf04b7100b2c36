// The benchmark: builds synthetic databases, starts the real GraphQL server and the hand-written
// baseline as child processes, checks that both answer every query of the mix with the same
// data, loads each with autocannon, and reports throughput, latency, SQL statements per request,
// memory, database size, generator speed and how paginated latency scales with the data.
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
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { importCtgov, type SyntheticResult, seedSynthetic } from '@genetrials/ingest';
import { createDb, type Db, migrateDb } from '@genetrials/schema';
import { createApp, createToken } from '@genetrials/server';
import { type AttackReport, runAttacks } from './attack.js';
import { BASELINE, type Run, runner } from './baseline.js';
import { type LoadOptions, type LoadResult, runLoad } from './load.js';
import { globalId, PAGINATED, QUERIES, QUERY_NAMES, type QueryName, type QueryVariables } from './queries.js';
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

export interface QueryReport {
  name: QueryName;
  description: string;
  statements: { graphql: number; baseline: number };
  responseBytes: { graphql: number; baseline: number };
  graphql: TargetRun;
  baseline: TargetRun;
  /** GraphQL / baseline: throughput (higher is better for GraphQL) and p50 latency (lower is better). */
  ratio: { throughput: number; p50: number };
}

export interface ScaleReport {
  trials: number;
  databaseBytes: number;
  p50Ms: Record<string, { graphql: number; baseline: number }>;
}

export interface BenchmarkReport {
  version: 1;
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
  generator: { trials: number; rows: number; seconds: number; rowsPerSecond: number; searchIndex: string }[];
  import: { rowsPerSecond: number | null; note: string };
  server: {
    graphql: { rssBytes: number | null; peakRssBytes: number | null };
    baseline: { rssBytes: number | null; peakRssBytes: number | null };
  };
  queries: QueryReport[];
  pagination: ScaleReport[];
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

async function startChild(mode: 'graphql' | 'baseline', databasePath: string): Promise<Child> {
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
  return `${path}: GraphQL ${JSON.stringify(a)?.slice(0, 200)} vs baseline ${JSON.stringify(b)?.slice(0, 200)}`;
}

/** Builds (or reuses, with the same size and seed) a synthetic database. */
async function buildDatabase(
  path: string,
  trials: number,
  seed: number,
  log: (line: string) => void,
): Promise<SyntheticResult> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const db = createDb({ url: `file:${path}` });
  try {
    await migrateDb(db);
    let lastLog = 0;
    const result = await seedSynthetic(db, {
      trials,
      seed,
      onProgress: ({ trials: done, rows, seconds }) => {
        if (seconds - lastLog >= 10) {
          lastLog = seconds;
          log(
            `  … ${done.toLocaleString('en-US')} trials, ${rows.toLocaleString('en-US')} rows, ${seconds.toFixed(0)} s`,
          );
        }
      },
    });
    log(
      `  ${trials.toLocaleString('en-US')} trials: ${result.totalRows.toLocaleString('en-US')} rows in ${result.seconds.toFixed(1)} s = ${result.rowsPerSecond.toLocaleString('en-US')} rows/s, ${(databaseBytes(path) / 1e6).toFixed(0)} MB`,
    );
    return result;
  } finally {
    db.client.close();
  }
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
): Promise<Record<QueryName, { graphql: number; baseline: number }>> {
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
    const result = {} as Record<QueryName, { graphql: number; baseline: number }>;
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
      count = 0;
      await BASELINE[name](run, variables[name].baseline);
      result[name] = { graphql, baseline: count };
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
async function waitIdle(pid: number | undefined): Promise<void> {
  if (!pid || cpuTicks(pid) === null) {
    await new Promise((r) => setTimeout(r, 500));
    return;
  }
  const deadline = Date.now() + 300_000;
  let last = cpuTicks(pid) ?? 0;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    const now = cpuTicks(pid) ?? 0;
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
  const built = new Map<number, SyntheticResult>();
  const children: Child[] = [];
  try {
    log(
      `Building synthetic databases (${sizes.map((s) => s.toLocaleString('en-US')).join(', ')} trials) in ${workDir}`,
    );
    for (const size of sizes) {
      // With --work-dir, a database built by an earlier run (same size and seed) is reused, with
      // the generator figures measured when it was built.
      const record = `${pathOf(size)}.generator.json`;
      const reused = options.workDir && existsSync(record) && existsSync(pathOf(size));
      const result: SyntheticResult = reused
        ? JSON.parse(readFileSync(record, 'utf8'))
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
      });
    }

    // ----- the query mix at the main size -----
    const mainPath = pathOf(options.trials);
    const prepared = await prepare(mainPath);
    const graphql = await startChild('graphql', mainPath);
    children.push(graphql);
    const baseline = await startChild('baseline', mainPath);
    children.push(baseline);
    const variables = await variablesFor(graphql.origin, prepared);
    const statements = await countStatements(mainPath, variables, prepared.token);

    log('Checking that GraphQL and the baseline return the same data');
    const responseBytes = {} as Record<QueryName, { graphql: number; baseline: number }>;
    for (const name of QUERY_NAMES) {
      const g = (await post(graphqlRequest(graphql.origin, name, variables[name], prepared.token))) as {
        data?: unknown;
        errors?: unknown;
      };
      if (g.errors) throw new Error(`${name}: GraphQL errors ${JSON.stringify(g.errors).slice(0, 500)}`);
      const b = await post(baselineRequest(baseline.origin, name, variables[name], prepared.token));
      const difference = firstDifference(g.data, b);
      if (difference) throw new Error(`${name}: GraphQL and baseline differ at ${difference}`);
      responseBytes[name] = { graphql: JSON.stringify(g).length, baseline: JSON.stringify(b).length };
    }

    const queries: QueryReport[] = [];
    for (const name of QUERY_NAMES) {
      log(`Loading ${name}`);
      const g = await measure(
        graphqlRequest(graphql.origin, name, variables[name], prepared.token),
        options,
        graphql.process.pid,
      );
      const b = await measure(
        baselineRequest(baseline.origin, name, variables[name], prepared.token),
        options,
        baseline.process.pid,
      );
      const report: QueryReport = {
        name,
        description: QUERIES[name].description,
        statements: statements[name],
        responseBytes: responseBytes[name],
        graphql: g,
        baseline: b,
        ratio: {
          throughput: round2(g.throughput.rps / b.throughput.rps),
          p50: round2(g.latency.latencyMs.p50 / b.latency.latencyMs.p50),
        },
      };
      queries.push(report);
      log(
        `  GraphQL ${g.throughput.rps} req/s p50 ${g.latency.latencyMs.p50} ms | baseline ${b.throughput.rps} req/s p50 ${b.latency.latencyMs.p50} ms | throughput ratio ${report.ratio.throughput}`,
      );
    }
    // ----- under attack: /health and event-loop delay while stats requests pile up -----
    log('Attacking with aliased pooled stats (and the heaviest allowed document)');
    const attack = await runAttacks(graphql, options.quick ? 2 : 10);
    for (const a of attack.scenarios)
      log(
        `  ${a.name}: ${a.requests} requests ${JSON.stringify(a.outcomes)}; /health p99 ${a.health.p99Ms} ms max ${a.health.maxMs} ms; event-loop delay p99 ${a.eventLoopDelayMs?.p99 ?? '?'} ms`,
      );

    const server = { graphql: memoryOf(graphql.process.pid), baseline: memoryOf(baseline.process.pid) };
    await graphql.stop();
    await baseline.stop();
    children.length = 0;

    // ----- paginated latency at each scale -----
    const pagination: ScaleReport[] = [];
    for (const size of [...new Set(options.scales)].sort((a, b) => a - b)) {
      log(`Paginated latency at ${size.toLocaleString('en-US')} trials`);
      const path = pathOf(size);
      const p = await prepare(path);
      const g = await startChild('graphql', path);
      children.push(g);
      const b = await startChild('baseline', path);
      children.push(b);
      const vars = await variablesFor(g.origin, p);
      const p50Ms: ScaleReport['p50Ms'] = {};
      for (const name of PAGINATED) {
        const gRun = await measure(
          graphqlRequest(g.origin, name, vars[name], p.token),
          options,
          g.process.pid,
          false,
        );
        const bRun = await measure(
          baselineRequest(b.origin, name, vars[name], p.token),
          options,
          b.process.pid,
          false,
        );
        p50Ms[name] = { graphql: gRun.latency.latencyMs.p50, baseline: bRun.latency.latencyMs.p50 };
        log(
          `  ${name}: GraphQL p50 ${gRun.latency.latencyMs.p50} ms, baseline p50 ${bRun.latency.latencyMs.p50} ms`,
        );
      }
      await g.stop();
      await b.stop();
      children.length = 0;
      pagination.push({ trials: size, databaseBytes: databaseBytes(path), p50Ms });
    }

    const main = built.get(options.trials) as SyntheticResult;
    const report: BenchmarkReport = {
      version: 1,
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
        loadAverage: { start: loadStart.map(round2), end: os.loadavg().map(round2) },
      },
      settings: {
        trials: options.trials,
        seed: options.seed,
        scales: options.scales,
        durationSeconds: options.duration,
        warmupSeconds: options.warmup,
        connections: { latency: 1, throughput: options.connections },
        server:
          'GraphQL: startServer() in a child process (NODE_ENV=production, logs off, rate limits off); baseline: node:http + hand-written SQL in a child process; load: autocannon in the parent process',
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
      attack,
      targets: [],
      warnings,
    };
    report.targets = evaluateTargets(report);
    const loadEnd = os.loadavg();
    if ((loadEnd[0] ?? 0) > 2 && (loadStart[0] ?? 0) <= 1) {
      warnings.push(`load average rose to ${loadEnd.map((l) => l.toFixed(2)).join(' ')} during the run`);
    }
    mkdirSync(options.outDir, { recursive: true });
    writeFileSync(join(options.outDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(options.outDir, 'latest.md'), renderMarkdown(report));
    return report;
  } finally {
    for (const child of children) await child.stop().catch(() => undefined);
    if (!options.keep && !options.workDir) rmSync(workDir, { recursive: true, force: true });
  }
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
