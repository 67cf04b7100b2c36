// Targets of the benchmark issue, judged from a report, and the markdown rendering of a report.
import type { BenchmarkReport } from './benchmark.js';
import { PAGINATED } from './queries.js';

export interface Target {
  id: 'throughput-within-2x' | 'page-of-50-p50-under-10ms' | 'paginated-latency-flat';
  description: string;
  status: 'PASS' | 'MISS' | 'NOT_MEASURED';
  detail: string;
}

/** GraphQL must reach at least this share of the baseline's throughput. */
export const THROUGHPUT_FLOOR = 0.5;
export const PAGE_P50_LIMIT_MS = 10;
export const PAGE_P50_AT_TRIALS = 10_000;
/** Largest p50 over smallest p50 across database sizes. */
export const FLATNESS_LIMIT = 1.5;

const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

export function evaluateTargets(report: BenchmarkReport): Target[] {
  const targets: Target[] = [];

  const slow = report.queries.filter((q) => !(q.ratio.throughput >= THROUGHPUT_FLOOR));
  targets.push({
    id: 'throughput-within-2x',
    description: `every query of the mix reaches at least ${THROUGHPUT_FLOOR * 100} % of the baseline's throughput`,
    status: report.queries.length === 0 ? 'NOT_MEASURED' : slow.length === 0 ? 'PASS' : 'MISS',
    detail:
      slow.length === 0
        ? `lowest GraphQL/baseline throughput ratio ${fmt(Math.min(...report.queries.map((q) => q.ratio.throughput)))}`
        : slow
            .map(
              (q) =>
                `${q.name} ${fmt(q.ratio.throughput)}x (${q.graphql.throughput.rps} vs ${q.baseline.throughput.rps} req/s; ` +
                `${q.statements.graphql} vs ${q.statements.baseline} SQL statements; ` +
                `${q.responseBytes.graphql} vs ${q.responseBytes.baseline} response bytes)`,
            )
            .join('; '),
  });

  const at10k =
    report.pagination.find((s) => s.trials === PAGE_P50_AT_TRIALS)?.p50Ms.trialsPage?.graphql ??
    (report.settings.trials === PAGE_P50_AT_TRIALS
      ? report.queries.find((q) => q.name === 'trialsPage')?.graphql.latency.latencyMs.p50
      : undefined);
  targets.push({
    id: 'page-of-50-p50-under-10ms',
    description: `page of 50 trials with therapies and outcome: GraphQL p50 under ${PAGE_P50_LIMIT_MS} ms at ${k(PAGE_P50_AT_TRIALS)} trials`,
    status: at10k === undefined ? 'NOT_MEASURED' : at10k < PAGE_P50_LIMIT_MS ? 'PASS' : 'MISS',
    detail:
      at10k === undefined
        ? `no measurement at ${k(PAGE_P50_AT_TRIALS)} trials (run with --scales including ${PAGE_P50_AT_TRIALS})`
        : `p50 ${fmt(at10k)} ms`,
  });

  const scales = [...report.pagination].sort((a, b) => a.trials - b.trials);
  const smallest = scales[0];
  const largest = scales[scales.length - 1];
  if (!smallest || !largest || smallest === largest) {
    targets.push({
      id: 'paginated-latency-flat',
      description: `paginated p50 grows at most ${FLATNESS_LIMIT}x from the smallest to the largest database`,
      status: 'NOT_MEASURED',
      detail: 'needs at least two --scales',
    });
  } else {
    const growth = PAGINATED.map((name) => {
      const values = scales.map((s) => s.p50Ms[name]?.graphql ?? Number.NaN);
      const ratio = Math.max(...values) / (smallest.p50Ms[name]?.graphql ?? Number.NaN);
      return { name, ratio, values };
    });
    const bad = growth.filter((g) => !(g.ratio <= FLATNESS_LIMIT));
    const coverage = `${k(smallest.trials)} to ${k(largest.trials)} trials${largest.trials < 100_000 ? ' (100k is opt-in: --scales 1000,10000,100000)' : ''}`;
    targets.push({
      id: 'paginated-latency-flat',
      description: `paginated GraphQL p50 grows at most ${FLATNESS_LIMIT}x from the smallest to the largest database`,
      status: bad.length === 0 ? 'PASS' : 'MISS',
      detail: `${coverage}: ${growth
        .map((g) => `${g.name} ${g.values.map((v) => `${fmt(v)} ms`).join(' -> ')} (${fmt(g.ratio)}x)`)
        .join('; ')}`,
    });
  }
  return targets;
}

const bytes = (n: number | null) =>
  n == null ? 'n/a' : n >= 2 ** 30 ? `${fmt(n / 2 ** 30)} GiB` : `${fmt(n / 2 ** 20, 1)} MiB`;
const int = (n: number) => Math.round(n).toLocaleString('en-US');
/** Requests per second: whole numbers, but one decimal below 10 (slow queries). */
const rps = (n: number) => (n < 10 ? fmt(n, 1) : int(n));

export function renderMarkdown(r: BenchmarkReport): string {
  const lines: string[] = [];
  lines.push(`# GeneTrials benchmark (${r.mode})`, '');
  lines.push(
    `${r.generatedAt} on ${r.machine.cores} x ${r.machine.cpuModel}${r.machine.cpuMHz ? ` (${r.machine.cpuMHz} MHz)` : ''}, ${r.machine.memoryGiB} GiB, ` +
      `${r.machine.platform} ${r.machine.release}, Node ${r.machine.node}. Load average at start ${r.machine.loadAverage.start.join(' ')}, at end ${r.machine.loadAverage.end.join(' ')}.`,
    '',
  );
  lines.push(
    `Database: ${int(r.database.trials)} trials, ${int(r.database.totalRows)} rows, ${bytes(r.database.bytes)}. ` +
      `Each run ${r.settings.durationSeconds} s after ${r.settings.warmupSeconds} s of warm-up; p50/p99 from a run with 1 connection, ` +
      `throughput from a run with ${r.settings.connections.throughput} connections. ${r.settings.server}.`,
    '',
  );
  for (const w of r.warnings) lines.push(`> Warning: ${w}`, '');

  lines.push(
    '## Under attack',
    '',
    `${r.attack.senders} clients send each document back to back for ${r.attack.seconds} s while \`/health\` is probed every 50 ms (limit ${r.attack.healthLimitMs} ms); event-loop delay measured in the server process.`,
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

  lines.push('## Targets', '', '| target | status | detail |', '|---|---|---|');
  for (const t of r.targets) lines.push(`| ${t.description} | **${t.status}** | ${t.detail} |`);
  lines.push('');

  lines.push(
    '## Query mix',
    '',
    '| query | GraphQL req/s | baseline req/s | throughput ratio | GraphQL p50 / p99 ms | baseline p50 / p99 ms | p50 ratio | SQL statements (GraphQL / baseline) | response bytes |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const q of r.queries) {
    lines.push(
      `| ${q.name} | ${rps(q.graphql.throughput.rps)} | ${rps(q.baseline.throughput.rps)} | ${fmt(q.ratio.throughput)} | ` +
        `${fmt(q.graphql.latency.latencyMs.p50)} / ${fmt(q.graphql.latency.latencyMs.p99)} | ` +
        `${fmt(q.baseline.latency.latencyMs.p50)} / ${fmt(q.baseline.latency.latencyMs.p99)} | ${fmt(q.ratio.p50)} | ` +
        `${q.statements.graphql} / ${q.statements.baseline} | ${int(q.responseBytes.graphql)} |`,
    );
  }
  lines.push('', 'Queries:', '');
  for (const q of r.queries) lines.push(`- \`${q.name}\`: ${q.description}`);
  lines.push('');

  lines.push(
    '## Paginated latency by database size (p50 ms, 1 connection)',
    '',
    `| trials | database | ${PAGINATED.map((n) => `${n} GraphQL | ${n} baseline`).join(' | ')} |`,
    `|---:|---:|${PAGINATED.map(() => '---:|---:').join('|')}|`,
  );
  for (const s of r.pagination) {
    lines.push(
      `| ${int(s.trials)} | ${bytes(s.databaseBytes)} | ${PAGINATED.map((n) => `${fmt(s.p50Ms[n]?.graphql ?? Number.NaN)} | ${fmt(s.p50Ms[n]?.baseline ?? Number.NaN)}`).join(' | ')} |`,
    );
  }
  lines.push('');

  lines.push('## Writes and memory', '', '| what | value |', '|---|---:|');
  for (const g of r.generator) {
    lines.push(
      `| synthetic generator, ${int(g.trials)} trials (search index: ${g.searchIndex}) | ${int(g.rowsPerSecond)} rows/s (${int(g.rows)} rows in ${fmt(g.seconds, 1)} s) |`,
    );
  }
  lines.push(
    `| import | ${r.import.rowsPerSecond == null ? r.import.note : `${int(r.import.rowsPerSecond)} rows/s`} |`,
  );
  lines.push(
    `| GraphQL server RSS after the run (peak) | ${bytes(r.server.graphql.rssBytes)} (${bytes(r.server.graphql.peakRssBytes)}) |`,
    `| baseline server RSS after the run (peak) | ${bytes(r.server.baseline.rssBytes)} (${bytes(r.server.baseline.peakRssBytes)}) |`,
    `| database size at ${int(r.database.trials)} trials | ${bytes(r.database.bytes)} |`,
    '',
  );
  lines.push('Rows per table:', '');
  lines.push(
    Object.entries(r.database.rows)
      .map(([table, n]) => `${table} ${int(n)}`)
      .join(', '),
    '',
  );
  lines.push('See bench/README.md for how to run the benchmark and what the numbers mean.', '');
  return lines.join('\n');
}
