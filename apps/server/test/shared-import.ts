// Databases built once per test run and read by several test files, each through a copy of its
// own (so no test sees another's writes):
//  - the import of every shipped ClinicalTrials.gov record (import-fidelity, fhir) and the import
//    of the 720 v2 records alone (import-ctgov, planner-statistics): an import of the sample takes
//    15 to 30 seconds, and each of those files used to make its own;
//  - the seeded knowledge base every seeded test server starts from (harness.ts), instead of
//    migrating and seeding again for each of them.
// The first file to ask for one builds it in the run's shared folder (global-setup.ts). If two
// files ask at once (parallel workers), one builds and the other waits for it.
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
import { type ImportReport, importCtgov, seedKnowledgeBase } from '@genetrials/ingest';
import { createDb, type Db, migrateDb } from '@genetrials/schema';
import { inject } from 'vitest';

const DATA = new URL('../../../data/', import.meta.url).pathname;
/** The shipped records: the registry sample (v2 JSON, v1 JSON and XML copies) and the verification set. */
export const CTGOV_PATHS = [join(DATA, 'ctgov'), join(DATA, 'verification/ctgov')];

export interface SharedDatabase<T> {
  /** The database file (read it through a copy: see copyTo). */
  file: string;
  /** What the build returned (as JSON). */
  result: T;
}

/**
 * The database `name` of this run: migrated, then filled by `build` on the first call (in any
 * test file); later calls, in this file or another, get the same file.
 */
export async function sharedDatabase<T>(
  name: string,
  build: (db: Db) => Promise<T>,
): Promise<SharedDatabase<T>> {
  const dir = join(inject('sharedDir'), name);
  const file = join(dir, 'database.db');
  const resultFile = join(dir, 'result.json');
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
      let result: T;
      try {
        await migrateDb(db);
        result = await build(db);
        // Everything into the main file, so that a copy of that file alone is the whole database.
        await db.client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
      } finally {
        db.client.close();
      }
      renameSync(building, file);
      // The result last: its presence says the database is complete.
      writeFileSync(resultFile, JSON.stringify(result ?? null));
    } catch (error) {
      writeFileSync(failedFile, String((error as Error)?.stack ?? error));
      throw error;
    }
  }
  // Another file is building it: wait (no deadline of its own: the hook's timeout applies).
  while (!existsSync(resultFile)) {
    if (existsSync(failedFile))
      throw new Error(`the shared database ${name} failed to build:\n${readFileSync(failedFile, 'utf8')}`);
    await sleep(250);
  }
  return { file, result: JSON.parse(readFileSync(resultFile, 'utf8')) as T };
}

/** The run's import of CTGOV_PATHS (one importCtgov call) and its report. */
export async function sharedCtgovImport(): Promise<{ file: string; report: ImportReport }> {
  const { file, result } = await sharedDatabase('ctgov', (db) => importCtgov(db, CTGOV_PATHS));
  return { file, report: result };
}

/** The run's import of the 720 v2 records of data/ctgov alone (not its v1/ and xml/ folders) and its report. */
export async function sharedCtgovV2Import(): Promise<{ file: string; report: ImportReport }> {
  const { file, result } = await sharedDatabase('ctgov-v2', (db) =>
    importCtgov(db, [join(DATA, 'ctgov')], { recursive: false }),
  );
  return { file, report: result };
}

/** The run's migrated database with the seeded knowledge base (seedKnowledgeBase). */
export async function sharedSeededDatabase(): Promise<string> {
  return (await sharedDatabase('seeded', (db) => seedKnowledgeBase(db))).file;
}

/** Copies a shared database to `target` (a file of the caller's own, which it may write to). */
export function copyTo(shared: { file: string }, target: string): void {
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  copyFileSync(shared.file, target);
}
