// One import of every shipped ClinicalTrials.gov record per test run, for the test files that
// read such a database (import-fidelity, fhir): the import of 815 files takes about half a
// minute, and each file used to make its own. The first file to ask builds the database in the
// run's shared folder (global-setup.ts); every file then works on a copy of its own, so no test
// sees another's writes. If two files ask at once (parallel workers), one builds and the other
// waits for it.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ImportReport, importCtgov } from '@genetrials/ingest';
import { createDb, migrateDb } from '@genetrials/schema';
import { inject } from 'vitest';

const DATA = new URL('../../../data/', import.meta.url).pathname;
/** The shipped records: the registry sample (v2 JSON, v1 JSON and XML copies) and the verification set. */
export const CTGOV_PATHS = [join(DATA, 'ctgov'), join(DATA, 'verification/ctgov')];

export interface SharedImport {
  /** The imported database file (read it through a copy: see copyTo). */
  file: string;
  /** The report of the one importCtgov call over CTGOV_PATHS. */
  report: ImportReport;
}

/** The imported database of this run, built on the first call (in any test file). */
export async function sharedCtgovImport(): Promise<SharedImport> {
  const dir = join(inject('sharedDir'), 'ctgov');
  const file = join(dir, 'ctgov.db');
  const reportFile = join(dir, 'report.json');
  const failedFile = join(dir, 'failed.txt');
  let builder = false;
  try {
    mkdirSync(dir);
    builder = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (builder) {
    try {
      const building = join(dir, 'building.db');
      const db = createDb({ url: `file:${building}` });
      let report: ImportReport;
      try {
        await migrateDb(db);
        report = await importCtgov(db, CTGOV_PATHS);
        // Everything into the main file, so that a copy of that file alone is the whole database.
        await db.client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
      } finally {
        db.client.close();
      }
      renameSync(building, file);
      // The report last: its presence says the database is complete.
      writeFileSync(reportFile, JSON.stringify(report));
    } catch (error) {
      writeFileSync(failedFile, String((error as Error)?.stack ?? error));
      throw error;
    }
  }
  // Another file is building it: wait (no deadline of its own: the hook's timeout applies).
  while (!existsSync(reportFile)) {
    if (existsSync(failedFile))
      throw new Error(`the shared import failed:\n${readFileSync(failedFile, 'utf8')}`);
    await sleep(250);
  }
  return { file, report: JSON.parse(readFileSync(reportFile, 'utf8')) as ImportReport };
}

/** Copies the shared database to `target` (a file of the caller's own, which it may write to). */
export function copyTo(shared: SharedImport, target: string): void {
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  copyFileSync(shared.file, target);
}
