// `pnpm bench`: see bench/README.md.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runBenchmark } from './benchmark.js';

const here = dirname(fileURLToPath(import.meta.url));

const usage = `Usage: pnpm bench [options]

  --trials <n>        trials in the database the query mix runs on (default 10000; e.g. 1000, 100000)
  --scales <list>     database sizes for the paginated-latency comparison (default 1000,10000;
                      1000,10000,100000 for the full targets: the 100k database takes minutes to build)
  --quick             tiny databases and short runs, to check that the benchmark works (a few minutes)
  --duration <s>      seconds of each measured run (default 5; quick 0.5)
  --warmup <s>        seconds of warm-up per query and server (default 1; quick 0.3)
  --connections <n>   connections of the throughput runs (default 8)
  --seed <n>          generator seed (default 42)
  --out <dir>         where latest.json and latest.md are written (default apps/bench/results)
  --work-dir <dir>    keep the generated databases in this folder
  --help`;

const { values } = parseArgs({
  options: {
    trials: { type: 'string' },
    scales: { type: 'string' },
    quick: { type: 'boolean', default: false },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    'work-dir': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(usage);
  process.exit(0);
}

function positive(name: string, raw: string | undefined, fallback: number, integer = true): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!(n > 0) || (integer && !Number.isSafeInteger(n))) {
    console.error(`--${name} must be a positive ${integer ? 'integer' : 'number'}, got "${raw}"\n\n${usage}`);
    process.exit(2);
  }
  return n;
}

const quick = values.quick ?? false;
const trials = positive('trials', values.trials, quick ? 300 : 10_000);
const scales = values.scales
  ? values.scales.split(',').map((s) => positive('scales', s.trim(), 0))
  : quick
    ? [100, trials]
    : [1000, 10_000];

const report = await runBenchmark({
  trials,
  scales,
  quick,
  seed: positive('seed', values.seed, 42),
  duration: positive('duration', values.duration, quick ? 0.5 : 5, false),
  warmup: values.warmup === '0' ? 0 : positive('warmup', values.warmup, quick ? 0.3 : 1, false),
  connections: positive('connections', values.connections, 8),
  outDir: resolve(values.out ?? join(here, 'results')),
  keep: Boolean(values['work-dir']),
  ...(values['work-dir'] ? { workDir: resolve(values['work-dir']) } : {}),
  log: (line) => console.log(line),
});

console.log('');
for (const target of report.targets)
  console.log(`${target.status.padEnd(12)} ${target.description}: ${target.detail}`);
for (const warning of report.warnings) console.log(`WARNING ${warning}`);
console.log(`\nWrote ${join(resolve(values.out ?? join(here, 'results')), 'latest.json')} and latest.md`);
