import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, migrateDb, migrationsFolder } from '../src/db/client.js';
import { searchIndex } from '../src/db/search.js';
import * as tables from '../src/db/tables.js';
import { parseSearchQuery } from '../src/domain/search-query.js';

const dir = mkdtempSync(join(tmpdir(), 'genetrials-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ALL = ['TRIAL', 'THERAPY', 'REVIEW'] as const;

async function find(db: ReturnType<typeof createDb>, text: string) {
  const page = await searchIndex(db, {
    match: parseSearchQuery(text).match,
    types: ALL,
    limit: 10,
    offset: 0,
  });
  return page.hits.map((h) => `${h.type}:${h.id}:${h.matchedFields.join('+')}`);
}

describe('search_index migration', () => {
  it('applies to a fresh database and again as a no-op', async () => {
    const db = createDb({ url: `file:${join(dir, 'fresh.db')}` });
    await migrateDb(db);
    await migrateDb(db);
    const objects = await db.client.execute(
      "select type, name from sqlite_master where name like 'search_index%' and type in ('table', 'trigger')",
    );
    expect(objects.rows.filter((r) => r.type === 'trigger')).toHaveLength(12);
    expect(await find(db, 'anything')).toEqual([]);
    db.client.close();
  });

  it('backfills a database that only had the first migration', async () => {
    const initOnly = join(dir, 'init-only');
    mkdirSync(initOnly);
    const first = readdirSync(migrationsFolder).sort()[0] as string;
    cpSync(join(migrationsFolder, first), join(initOnly, first), { recursive: true });

    const db = createDb({ url: `file:${join(dir, 'existing.db')}` });
    await migrate(db, { migrationsFolder: initOnly });
    // Raw SQL: the ORM's tables have columns later migrations add, which this database lacks.
    const trial = (
      await db.client.execute(
        `insert into trials (title, conditions) values ('Okapi trial', '["Uveal melanoma","Liver metastases"]') returning id`,
      )
    ).rows[0];
    const therapy = (
      await db.client.execute(
        `insert into therapies (name, modality, target_antigen) values ('Okapi cells', 'TIL', 'gp100') returning id`,
      )
    ).rows[0];
    const [review] = await db
      .insert(tables.reviews)
      .values({ kind: 'NEWS', title: 'Okapi news' })
      .returning();
    await db
      .insert(tables.assessments)
      .values({ reviewId: review?.id as number, expert: 'E', quote: 'A bold gamble', stance: 'MIXED' });

    await migrateDb(db);

    expect(await find(db, 'okapi')).toHaveLength(3);
    expect(await find(db, 'uveal')).toEqual([`TRIAL:${trial?.id}:CONDITIONS`]);
    expect(await find(db, 'gp100')).toEqual([`THERAPY:${therapy?.id}:TARGET_ANTIGEN`]);
    expect(await find(db, 'gamble')).toEqual([`REVIEW:${review?.id}:ASSESSMENT_QUOTES`]);
    db.client.close();
  });
});
