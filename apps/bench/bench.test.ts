import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchmarkReport } from './benchmark.js';
import { firstDifference } from './benchmark.js';
import { CONTENDERS, PAGINATED, QUERY_NAMES } from './queries.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'genetrials-bench-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function runQuickBenchmark(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'run.ts', '--quick', '--out', out], {
      cwd: benchDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (code) => resolveRun({ code, output }));
  });
}

// Structure only: timings on a shared 2-core machine are not asserted anywhere in the tests.
describe('benchmark --quick', () => {
  it('builds databases, checks GeneTrials against the DataLoader server and the baseline, loads every query and writes the report', async () => {
    const { code, output } = await runQuickBenchmark();
    expect(code, output).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as BenchmarkReport;
    expect(report.mode).toBe('quick');
    expect(report.machine.cores).toBeGreaterThan(0);
    expect(report.machine.node).toBe(process.version);
    expect(report.queries.map((q) => q.name)).toEqual([...QUERY_NAMES]);
    // The run stops before timing unless all three contenders returned the same data.
    expect(output).toContain(
      'Checking that GeneTrials, the DataLoader server and the baseline return the same data',
    );
    for (const q of report.queries) {
      for (const contender of CONTENDERS) {
        const side = q[contender];
        expect(side.throughput.rps).toBeGreaterThan(0);
        expect(side.latency.latencyMs.p50).toBeGreaterThan(0);
        expect(side.latency.latencyMs.p99).toBeGreaterThanOrEqual(side.latency.latencyMs.p50);
        expect(q.statements[contender]).toBeGreaterThan(0);
      }
      expect(q.ratio.throughput).toBeGreaterThan(0);
      expect(q.ratio.throughputVsDataloader).toBeGreaterThan(0);
      // Same data everywhere; only the {"data": …} envelope differs from the baseline's bytes.
      expect(Math.abs(q.responseBytes.graphql - q.responseBytes.baseline)).toBeLessThan(20);
      expect(q.responseBytes.dataloader).toBe(q.responseBytes.graphql);
      // One DataLoader per relation batches each level: no statement per node (a page of 50 would be 100+).
      expect(q.statements.dataloader).toBeLessThan(20);
    }
    expect(report.generator.length).toBeGreaterThan(0);
    for (const g of report.generator) expect(g.rowsPerSecond).toBeGreaterThan(0);
    expect(report.import.rowsPerSecond).toBeGreaterThan(0);
    expect(report.import.note).toMatch(/records\/s/);
    expect(report.database.bytes).toBeGreaterThan(0);
    for (const contender of CONTENDERS) expect(report.server[contender].rssBytes ?? 1).toBeGreaterThan(0);
    for (const g of report.generator) expect(g.peakRssBytes).toBeGreaterThan(0);
    expect(report.pagination.length).toBeGreaterThanOrEqual(2);
    expect(report.attack.scenarios.map((a) => a.name)).toEqual(['aliasAttack', 'heaviestAllowed']);
    for (const a of report.attack.scenarios) {
      expect(a.requests).toBeGreaterThan(0);
      expect(a.health.samples).toBeGreaterThan(0);
    }
    // Refused before execution by the aggregate budget, whatever the database size.
    expect(Object.keys(report.attack.scenarios[0]?.outcomes ?? {})).toEqual(['QUERY_TOO_COMPLEX']);
    for (const scale of report.pagination) {
      expect(Object.keys(scale.p50Ms).sort()).toEqual([...PAGINATED].sort());
      for (const name of PAGINATED)
        expect(Object.keys(scale.p50Ms[name] ?? {}).sort()).toEqual([...CONTENDERS].sort());
    }
    // One measurement per number: at the query mix's size the paginated table is the query mix's.
    const atMain = report.pagination.find((s) => s.trials === report.settings.trials);
    expect(atMain?.source).toBe('query mix');
    expect(atMain?.p50Ms.filteredPage?.graphql).toBe(
      report.queries.find((q) => q.name === 'filteredPage')?.graphql.latency.latencyMs.p50,
    );
    expect(report.targets.map((t) => t.id)).toEqual([
      'throughput-vs-baseline',
      'throughput-vs-baseline-stretch',
      'throughput-vs-dataloader',
      'filtered-page-flat',
      'filtered-page-p50-at-100k',
      'server-rss-vs-dataloader',
      'generator-peak-rss-at-100k',
      'workers-speedup',
    ]);
    for (const t of report.targets)
      expect(['PASS', 'MISS', 'NOT_MEASURED', 'NOT_AVAILABLE']).toContain(t.status);
    // The quick run has no 100k database.
    expect(report.targets.find((t) => t.id === 'generator-peak-rss-at-100k')?.status).toBe('NOT_MEASURED');
    if (report.workers.available) {
      // The target's pair: 1 and 2 processes with the same read threads in each.
      expect(report.workers.runs.map((r) => [r.workers, r.readWorkers])).toEqual([
        [1, report.workers.targetReadWorkers],
        [2, report.workers.targetReadWorkers],
      ]);
      for (const r of report.workers.runs) {
        expect(r.rps).toBeGreaterThan(0);
        expect(r.loadGeneratorCores).toBeGreaterThan(0);
        if (r.serverCores !== null) expect(r.cpuMsPerRequest).toBeGreaterThan(0);
        expect(r.rssBytes ?? 1).toBeGreaterThan(0);
      }
      expect(report.workers.best).not.toBeNull();
      expect(report.workers.defaults.map((d) => d.workers)).toEqual([1, 2]);
    }
    if (report.cached.available) {
      expect(report.cached.queries.length).toBeGreaterThan(0);
      for (const q of report.cached.queries) expect(q.rps).toBeGreaterThan(0);
    }
    expect(report.machine.loadAverage.start.length).toBe(3);
    expect(report.machine.loadAverage.end.length).toBe(3);
    const markdown = readFileSync(join(out, 'latest.md'), 'utf8');
    expect(markdown).toContain('## Targets');
    expect(markdown).toContain('DataLoader req/s');
    for (const name of QUERY_NAMES) expect(markdown).toContain(`| ${name} |`);
    if (report.workers.available)
      expect(markdown).toMatch(/Target pair \(DB_READ_WORKERS=\d+ in each process\)/);
  }, 900_000);

  it('names the first difference between two responses', () => {
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBeNull();
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toMatch(/^data\.a\.1\.b:/);
    expect(firstDifference({ a: [1] }, { a: [1, 2] })).toBe('data.a: 1 vs 2 items');
  });
});
