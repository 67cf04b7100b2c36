// Builds one synthetic database in a process of its own, so that its peak memory is the
// generator's alone: `generate.ts <database file> <trials> <seed>`. Progress lines go to stderr;
// the last stdout line is the generator's result as JSON with the process's peak RSS
// (getrusage maxrss) added as `peakRssBytes`.
import { rmSync } from 'node:fs';
import { seedSynthetic } from '@genetrials/ingest';
import { createDb, migrateDb } from '@genetrials/schema';

const [path, trialsArg, seedArg] = process.argv.slice(2);
const trials = Number(trialsArg);
const seed = Number(seedArg);
if (!path || !(trials > 0) || !Number.isSafeInteger(seed)) {
  console.error('usage: generate.ts <database file> <trials> <seed>');
  process.exit(2);
}

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
        console.error(
          `  … ${done.toLocaleString('en-US')} trials, ${rows.toLocaleString('en-US')} rows, ${seconds.toFixed(0)} s, RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
        );
      }
    },
  });
  // maxRSS is in KiB.
  console.log(JSON.stringify({ ...result, peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
} finally {
  db.client.close();
}
