import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCtgov, importPublications, seedKnowledgeBase, seedSynthetic } from '@genetrials/ingest';
import { createDb, type Db, migrateDb } from '@genetrials/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { copyTo, sharedCtgovV2Import } from './shared-import.js';

// Every bulk writer leaves the query planner statistics (sqlite_stat1) behind: without them SQLite
// sorts a filtered, ordered trials page in a temp B-tree instead of walking its sort index.

const DATA = new URL('../../../data/', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'genetrials-stats-'));
const open: Db[] = [];
afterAll(() => {
  for (const db of open) db.client.close();
  rmSync(root, { recursive: true, force: true });
});

async function migrated(name: string): Promise<Db> {
  const db = createDb({ url: `file:${join(root, `${name}.db`)}` });
  open.push(db);
  await migrateDb(db);
  return db;
}

/** sqlite_stat1 rows of `table` (with its index names), none when the table was never analysed. */
async function stat1(db: Db, table: string): Promise<string[]> {
  const exists = await db.client.execute(`select 1 from sqlite_master where name = 'sqlite_stat1'`);
  if (exists.rows.length === 0) return [];
  const rows = await db.client.execute({ sql: 'select idx from sqlite_stat1 where tbl = ?', args: [table] });
  return rows.rows.map((r) => String(r.idx));
}

async function clearStatistics(db: Db): Promise<void> {
  await db.client.execute('delete from sqlite_stat1');
  expect(await stat1(db, 'trials')).toEqual([]);
}

describe('planner statistics', () => {
  it('after migrate and the curated seed', async () => {
    const db = await migrated('seed');
    expect(await stat1(db, 'trials')).toEqual([]); // empty tables: nothing to analyse yet
    await seedKnowledgeBase(db);
    expect(await stat1(db, 'trials')).toContain('trials_start_date_sort_idx');
    expect(await stat1(db, 'patients')).toContain('patients_trial_idx');
  });

  it('after migrating a database that holds data', async () => {
    const db = await migrated('remigrate');
    await seedKnowledgeBase(db);
    await clearStatistics(db);
    await migrateDb(db);
    expect(await stat1(db, 'trials')).toContain('trials_title_sort_idx');
  });

  it('after the synthetic seed', async () => {
    const db = await migrated('synthetic');
    await seedSynthetic(db, { trials: 200, seed: 3 });
    expect(await stat1(db, 'trials')).toContain('trials_enrollment_sort_idx');
    expect(await stat1(db, 'adverse_events')).toContain('adverse_events_patient_idx');
  });

  it('after a ClinicalTrials.gov import and a publications import', async () => {
    // The run's one import of the 720 v2 records into a migrated database (shared with
    // import-ctgov.test.ts): migrating an empty database leaves no trials statistics (above), so
    // what this copy holds the import wrote. Opened without migrating, which would refresh them.
    const shared = await sharedCtgovV2Import();
    const file = join(root, 'import.db');
    copyTo(shared, file);
    const db = createDb({ url: `file:${file}` });
    open.push(db);
    const trials = shared.report;
    expect(trials.totals.failed).toBe(0);
    expect(trials.totals.created).toBe(720);
    expect(await stat1(db, 'trials')).toContain('trials_nct_id_sort_idx');
    expect(await stat1(db, 'trial_sites')).toContain('trial_sites_trial_idx');

    await clearStatistics(db);
    const publications = await importPublications(db, [join(DATA, 'publications/ctgov_references.json')]);
    expect(publications.totals.created).toBeGreaterThan(0);
    expect(await stat1(db, 'reviews')).toContain('reviews_year_idx');
  }, 120_000);

  it('an import that writes nothing leaves the statistics alone', async () => {
    const db = await migrated('dry');
    const report = await importCtgov(db, [join(DATA, 'ctgov')], { recursive: false, dryRun: true });
    expect(report.totals.failed).toBe(0);
    expect(await stat1(db, 'trials')).toEqual([]);
  }, 120_000);
});
