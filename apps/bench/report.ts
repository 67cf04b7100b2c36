// Targets of the benchmark issue, judged from a report, and the markdown rendering of a report.
// Every target reads exactly one measurement, and that measurement is a cell of one of the
// report's tables (the detail names it), so a target and a table never show two numbers for the
// same thing.
import type { BenchmarkReport } from './benchmark.js';
import { CONTENDER_LABELS, CONTENDERS, PAGINATED } from './queries.js';

export type TargetId =
  | 'throughput-vs-baseline'
  | 'throughput-vs-baseline-stretch'
  | 'throughput-vs-dataloader'
  | 'filtered-page-flat'
  | 'filtered-page-p50-at-100k'
  | 'server-rss-vs-dataloader'
  | 'generator-peak-rss-at-100k'
  | 'workers-speedup';

export interface Target {
  id: TargetId;
  description: string;
  status: 'PASS' | 'MISS' | 'NOT_MEASURED' | 'NOT_AVAILABLE';
  detail: string;
}

/** GeneTrials must reach at least this share of the hand-written baseline's throughput, per query (no response cache). */
export const BASELINE_FLOOR = 0.7;
export const BASELINE_STRETCH = 1.0;
/** GeneTrials must reach at least this multiple of the DataLoader server's throughput, per query. */
export const DATALOADER_FLOOR = 1.5;
/** The filtered, ordered page: largest p50 over smallest p50 from 1k to 100k trials. */
export const FILTERED_FLATNESS = 1.2;
export const FLAT_FROM = 1000;
export const FLAT_TO = 100_000;
export const FILTERED_P50_LIMIT_MS = 3;
/** GeneTrials' RSS after the run at most this multiple of the DataLoader server's. */
export const RSS_VS_DATALOADER = 1.2;
/** Generator peak RSS at 100k trials, bytes (500 MB). */
export const GENERATOR_PEAK_LIMIT = 500e6;
/** Read-mix throughput at 2 server processes over 1. */
export const WORKERS_SPEEDUP = 1.7;

const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const mb = (n: number | null) => (n == null ? 'n/a' : `${Math.round(n / 1e6)} MB`);

function throughputTarget(
  report: BenchmarkReport,
  id: TargetId,
  floor: number,
  ratioOf: (q: BenchmarkReport['queries'][number]) => number,
  against: string,
  column: string,
): Target {
  const qs = report.queries;
  const low = qs.filter((q) => !(ratioOf(q) >= floor));
  const lowest = qs.reduce<(typeof qs)[number] | undefined>(
    (min, q) => (min === undefined || ratioOf(q) < ratioOf(min) ? q : min),
    undefined,
  );
  return {
    id,
    description: `every query of the mix reaches ${floor}x the throughput of ${against} (no response cache)`,
    status: qs.length === 0 ? 'NOT_MEASURED' : low.length === 0 ? 'PASS' : 'MISS',
    detail:
      qs.length === 0
        ? 'no queries measured'
        : low.length === 0
          ? `lowest: ${lowest?.name} ${fmt(lowest ? ratioOf(lowest) : Number.NaN)}x (query mix, column "${column}")`
          : `${low.map((q) => `${q.name} ${fmt(ratioOf(q))}x`).join(', ')} (query mix, column "${column}")`,
  };
}

export function evaluateTargets(report: BenchmarkReport): Target[] {
  const targets: Target[] = [];
  targets.push(
    throughputTarget(
      report,
      'throughput-vs-baseline',
      BASELINE_FLOOR,
      (q) => q.ratio.throughput,
      'the hand-written baseline',
      'GeneTrials / hand-written',
    ),
    throughputTarget(
      report,
      'throughput-vs-baseline-stretch',
      BASELINE_STRETCH,
      (q) => q.ratio.throughput,
      'the hand-written baseline, stretch',
      'GeneTrials / hand-written',
    ),
    throughputTarget(
      report,
      'throughput-vs-dataloader',
      DATALOADER_FLOOR,
      (q) => q.ratio.throughputVsDataloader,
      'the DataLoader server',
      'GeneTrials / DataLoader',
    ),
  );

  // Filtered, ordered page: GeneTrials p50 in the paginated-latency table.
  const scales = [...report.pagination].sort((a, b) => a.trials - b.trials);
  const p50At = (trials: number) => scales.find((s) => s.trials === trials)?.p50Ms.filteredPage?.graphql;
  const series = scales.map((s) => `${k(s.trials)} ${fmt(s.p50Ms.filteredPage?.graphql ?? Number.NaN)} ms`);
  const from = p50At(FLAT_FROM);
  const to = p50At(FLAT_TO);
  const inRange = scales
    .filter((s) => s.trials >= FLAT_FROM && s.trials <= FLAT_TO)
    .map((s) => s.p50Ms.filteredPage?.graphql ?? Number.NaN);
  const growth = Math.max(...inRange) / Math.min(...inRange);
  targets.push({
    id: 'filtered-page-flat',
    description: `filtered, ordered page: GeneTrials p50 within ${FILTERED_FLATNESS}x from ${k(FLAT_FROM)} to ${k(FLAT_TO)} trials`,
    status:
      from === undefined || to === undefined ? 'NOT_MEASURED' : growth <= FILTERED_FLATNESS ? 'PASS' : 'MISS',
    detail: `${series.join(' -> ')}${from !== undefined && to !== undefined ? ` (largest / smallest ${fmt(growth)}x)` : ` (needs --scales ${FLAT_FROM},10000,${FLAT_TO})`}; paginated-latency table`,
  });
  targets.push({
    id: 'filtered-page-p50-at-100k',
    description: `filtered, ordered page: GeneTrials p50 under ${FILTERED_P50_LIMIT_MS} ms at ${k(FLAT_TO)} trials`,
    status: to === undefined ? 'NOT_MEASURED' : to < FILTERED_P50_LIMIT_MS ? 'PASS' : 'MISS',
    detail:
      to === undefined
        ? `no measurement at ${k(FLAT_TO)} trials (run with --scales ${FLAT_FROM},10000,${FLAT_TO})`
        : `p50 ${fmt(to)} ms; paginated-latency table`,
  });

  const rss = report.server.graphql.rssBytes;
  const rssDl = report.server.dataloader.rssBytes;
  targets.push({
    id: 'server-rss-vs-dataloader',
    description: `GeneTrials server RSS after the query mix at most ${RSS_VS_DATALOADER}x the DataLoader server's`,
    status:
      rss == null || rssDl == null ? 'NOT_MEASURED' : rss <= RSS_VS_DATALOADER * rssDl ? 'PASS' : 'MISS',
    detail:
      rss == null || rssDl == null
        ? 'no /proc on this platform'
        : `${mb(rss)} vs ${mb(rssDl)} = ${fmt(rss / rssDl)}x; memory table`,
  });

  const gen = report.generator.find((g) => g.trials === FLAT_TO);
  const largest = [...report.generator].sort((a, b) => b.trials - a.trials)[0];
  targets.push({
    id: 'generator-peak-rss-at-100k',
    description: `synthetic generator peak RSS at most ${mb(GENERATOR_PEAK_LIMIT)} at ${k(FLAT_TO)} trials`,
    status:
      gen?.peakRssBytes == null ? 'NOT_MEASURED' : gen.peakRssBytes <= GENERATOR_PEAK_LIMIT ? 'PASS' : 'MISS',
    detail:
      gen?.peakRssBytes != null
        ? `${mb(gen.peakRssBytes)}; generator table`
        : `not built at ${k(FLAT_TO)} trials in this run${largest?.peakRssBytes != null ? ` (${mb(largest.peakRssBytes)} at ${k(largest.trials)})` : ''}`,
  });

  const w = report.workers;
  const pairRuns = w.runs.filter((r) => r.readWorkers === w.targetReadWorkers);
  targets.push({
    id: 'workers-speedup',
    description: `read-mix throughput with 2 server processes at least ${WORKERS_SPEEDUP}x that with 1 (WORKERS, DB_READ_WORKERS=${w.targetReadWorkers} in each)`,
    status: !w.available
      ? 'NOT_AVAILABLE'
      : w.speedup == null
        ? 'NOT_MEASURED'
        : w.speedup >= WORKERS_SPEEDUP
          ? 'PASS'
          : 'MISS',
    detail: !w.available
      ? w.note
      : `${pairRuns.map((r) => `${r.workers} process${r.workers > 1 ? 'es' : ''} ${r.rps} req/s`).join(', ')} = ${fmt(w.speedup ?? Number.NaN)}x; server processes table`,
  });
  return targets;
}

const bytes = (n: number | null) =>
  n == null ? 'n/a' : n >= 2 ** 30 ? `${fmt(n / 2 ** 30)} GiB` : `${fmt(n / 2 ** 20, 1)} MiB`;
const int = (n: number) => Math.round(n).toLocaleString('en-US');
/** Memory in decimal MB, the unit of the targets. */
const mbText = (n: number | null) => (n == null ? 'n/a' : `${Math.round(n / 1e6)} MB`);
/** Requests per second: whole numbers, but one decimal below 10 (slow queries). */
const rps = (n: number) => (n < 10 ? fmt(n, 1) : int(n));

export function renderMarkdown(r: BenchmarkReport): string {
  const lines: string[] = [];
  const label = CONTENDER_LABELS;
  lines.push(`# GeneTrials benchmark (${r.mode})`, '');
  lines.push(
    `${r.generatedAt} on ${r.machine.cores} x ${r.machine.cpuModel}${r.machine.cpuMHz ? ` (${r.machine.cpuMHz} MHz)` : ''}, ${r.machine.memoryGiB} GiB, ` +
      `${r.machine.platform} ${r.machine.release}, Node ${r.machine.node}. **Load average at start ${r.machine.loadAverage.start.join(' ')}, at end ${r.machine.loadAverage.end.join(' ')}.**`,
    '',
  );
  lines.push(
    `Database: ${int(r.database.trials)} trials, ${int(r.database.totalRows)} rows, ${bytes(r.database.bytes)}. ` +
      `Each run ${r.settings.durationSeconds} s after ${r.settings.warmupSeconds} s of warm-up; p50/p99 from a run with 1 connection, ` +
      `throughput from a run with ${r.settings.connections.throughput} connections. ${r.settings.server}.`,
    '',
  );
  for (const w of r.warnings) lines.push(`> Warning: ${w}`, '');

  lines.push('## Targets', '', '| target | status | detail |', '|---|---|---|');
  for (const t of r.targets) lines.push(`| ${t.description} | **${t.status}** | ${t.detail} |`);
  lines.push('');

  lines.push(
    '## Query mix',
    '',
    'Throughput (req/s) and latency of the same request on each contender, whose answers were checked deep-equal first.',
    '',
    `| query | ${CONTENDERS.map((c) => `${label[c]} req/s`).join(' | ')} | GeneTrials / hand-written | GeneTrials / DataLoader | ${CONTENDERS.map((c) => `${label[c]} p50 / p99 ms`).join(' | ')} | SQL statements (${CONTENDERS.map((c) => label[c]).join(' / ')}) | response bytes |`,
    `|---|${CONTENDERS.map(() => '---:').join('|')}|---:|---:|${CONTENDERS.map(() => '---:').join('|')}|---:|---:|`,
  );
  for (const q of r.queries) {
    lines.push(
      `| ${q.name} | ${CONTENDERS.map((c) => rps(q[c].throughput.rps)).join(' | ')} | ${fmt(q.ratio.throughput)} | ${fmt(q.ratio.throughputVsDataloader)} | ` +
        `${CONTENDERS.map((c) => `${fmt(q[c].latency.latencyMs.p50)} / ${fmt(q[c].latency.latencyMs.p99)}`).join(' | ')} | ` +
        `${CONTENDERS.map((c) => q.statements[c]).join(' / ')} | ${int(q.responseBytes.graphql)} |`,
    );
  }
  lines.push('', 'Queries:', '');
  for (const q of r.queries) lines.push(`- \`${q.name}\`: ${q.description}`);
  lines.push('');

  lines.push(
    '## Paginated latency by database size (p50 ms, 1 connection)',
    '',
    `At ${int(r.settings.trials)} trials the numbers are the query mix's latency runs (one measurement each); other sizes have their own runs.`,
    '',
    `| trials | database | ${PAGINATED.map((n) => CONTENDERS.map((c) => `${n} ${label[c]}`).join(' | ')).join(' | ')} | source |`,
    `|---:|---:|${PAGINATED.map(() => CONTENDERS.map(() => '---:').join('|')).join('|')}|---|`,
  );
  for (const s of r.pagination) {
    lines.push(
      `| ${int(s.trials)} | ${bytes(s.databaseBytes)} | ${PAGINATED.map((n) => CONTENDERS.map((c) => fmt(s.p50Ms[n]?.[c] ?? Number.NaN)).join(' | ')).join(' | ')} | ${s.source} |`,
    );
  }
  lines.push('');

  lines.push('## Memory', '', '| what | value |', '|---|---:|');
  for (const c of CONTENDERS)
    lines.push(
      `| ${label[c]} server RSS after the query mix (peak) | ${mbText(r.server[c].rssBytes)} (${mbText(r.server[c].peakRssBytes)}) |`,
    );
  lines.push('');

  lines.push(
    '## Generator and import',
    '',
    '| what | rows/s | rows | seconds | peak RSS |',
    '|---|---:|---:|---:|---:|',
  );
  for (const g of r.generator) {
    lines.push(
      `| synthetic generator, ${int(g.trials)} trials (search index: ${g.searchIndex}) | ${int(g.rowsPerSecond)} | ${int(g.rows)} | ${fmt(g.seconds, 1)} | ${mbText(g.peakRssBytes)} |`,
    );
  }
  lines.push(
    `| import | ${r.import.rowsPerSecond == null ? 'n/a' : int(r.import.rowsPerSecond)} | | | |`,
    '',
    `Import: ${r.import.note}. Database size at ${int(r.database.trials)} trials: ${bytes(r.database.bytes)}.`,
    '',
  );

  lines.push('## Server processes (WORKERS)', '', r.workers.note, '');
  if (r.workers.runs.length > 0) {
    const w = r.workers;
    lines.push(
      '| processes (WORKERS) | read threads per process (DB_READ_WORKERS) | read mix req/s | p50 / p99 ms | server CPU cores | server CPU ms per request | load generator CPU cores | server RSS after the run |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const run of w.runs)
      lines.push(
        `| ${run.workers} | ${run.readWorkers} | ${rps(run.rps)} | ${fmt(run.p50Ms)} / ${fmt(run.p99Ms)} | ${run.serverCores == null ? 'n/a' : fmt(run.serverCores)} | ${run.cpuMsPerRequest == null ? 'n/a' : fmt(run.cpuMsPerRequest, 1)} | ${fmt(run.loadGeneratorCores)} | ${mbText(run.rssBytes)} |`,
      );
    lines.push(
      '',
      `Target pair (DB_READ_WORKERS=${w.targetReadWorkers} in each process): 2 processes / 1 = ${fmt(w.speedup ?? Number.NaN)}x.`,
    );
    if (w.best)
      lines.push(
        `Best configuration of this run: WORKERS=${w.best.workers} with DB_READ_WORKERS=${w.best.readWorkers}, ${rps(w.best.rps)} req/s at ${mbText(w.best.rssBytes)}.`,
      );
    for (const readWorkers of [...new Set(w.runs.map((run) => run.readWorkers))]) {
      const one = w.runs.find((run) => run.workers === 1 && run.readWorkers === readWorkers);
      const two = w.runs.find((run) => run.workers === 2 && run.readWorkers === readWorkers);
      if (one && two && readWorkers !== w.targetReadWorkers)
        lines.push(`With DB_READ_WORKERS=${readWorkers}: 2 processes / 1 = ${fmt(two.rps / one.rps)}x.`);
    }
    lines.push(
      `Defaults on this machine's ${r.machine.cores} cores (DB_READ_WORKERS=auto): ${w.defaults.map((d) => `WORKERS=${d.workers} runs ${d.readWorkers} read thread${d.readWorkers === 1 ? '' : 's'} per process`).join(', ')}. libSQL steps the statements of all of a process's read threads on one runtime with a thread per core, so one process with read threads can already keep every core busy: a second process adds only what the first leaves idle (compare the server CPU column with the cores the other processes of the machine left, see the load average).`,
      '',
    );
  }

  lines.push('## Cached reads (RESPONSE_CACHE=on, not part of the targets)', '', r.cached.note, '');
  if (r.cached.queries.length > 0) {
    lines.push(
      '| query | cached req/s | uncached req/s (query mix) | cached p50 / p99 ms |',
      '|---|---:|---:|---:|',
    );
    for (const q of r.cached.queries)
      lines.push(`| ${q.name} | ${rps(q.rps)} | ${rps(q.uncachedRps)} | ${fmt(q.p50Ms)} / ${fmt(q.p99Ms)} |`);
    lines.push('');
  }

  lines.push(
    '## Under attack',
    '',
    `${r.attack.senders} clients send each document back to back for ${r.attack.seconds} s while \`/health\` is probed every 50 ms (limit ${r.attack.healthLimitMs} ms); event-loop delay measured in the GeneTrials server process.`,
    '',
    '| attack | requests | outcomes | attack p50 / max ms | /health p50 / p99 / max ms | event-loop delay p99 / max ms |',
    '|---|---:|---|---:|---:|---:|',
  );
  for (const a of r.attack.scenarios)
    lines.push(
      `| ${a.name}: ${a.description} | ${a.requests} | ${Object.entries(a.outcomes)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')} | ${fmt(a.attackLatencyMs.p50)} / ${fmt(a.attackLatencyMs.max)} | ` +
        `${fmt(a.health.p50Ms)} / ${fmt(a.health.p99Ms)} / ${fmt(a.health.maxMs)}${a.health.failures ? ` (${a.health.failures} failed)` : ''} | ` +
        `${a.eventLoopDelayMs ? `${fmt(a.eventLoopDelayMs.p99)} / ${fmt(a.eventLoopDelayMs.max)}` : 'n/a'} |`,
    );
  lines.push('');

  lines.push('Rows per table:', '');
  lines.push(
    Object.entries(r.database.rows)
      .map(([table, n]) => `${table} ${int(n)}`)
      .join(', '),
    '',
  );
  lines.push('See apps/bench/README.md for how to run the benchmark and what the numbers mean.', '');
  return lines.join('\n');
}
