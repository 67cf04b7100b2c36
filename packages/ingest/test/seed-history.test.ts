import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type Db, type EntityType, migrateDb, tables } from '@genetrials/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../src/seed/seed.js';

// The curated seed writes through the write layer: every row it creates has a CREATE in the
// history, by the system actor `seed`.

const dir = mkdtempSync(join(tmpdir(), 'genetrials-seed-history-'));
let db: Db;

beforeAll(async () => {
  db = createDb({ url: `file:${join(dir, 'seed.db')}` });
  await migrateDb(db);
  await seedKnowledgeBase(db);
});

afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const TABLES: [EntityType, { id: typeof tables.trials.id }, string][] = [
  ['SOURCE', tables.sources, 'sources'],
  ['THERAPY', tables.therapies, 'therapies'],
  ['TRIAL', tables.trials, 'trials'],
  ['TRIAL_THERAPY', tables.trialTherapies, 'trial therapies'],
  ['PATIENT', tables.patients, 'patients'],
  ['ADVERSE_EVENT', tables.adverseEvents, 'adverse events'],
  ['REVIEW', tables.reviews, 'reviews'],
  ['ASSESSMENT', tables.assessments, 'assessments'],
  ['CLAIM', tables.claims, 'claims'],
] as unknown as [EntityType, { id: typeof tables.trials.id }, string][];

describe('curated seed history', () => {
  it('records a CREATE by the system actor "seed" for every seeded row', async () => {
    const changes = await db.select().from(tables.changes);
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) {
      expect(change).toMatchObject({
        action: 'CREATE',
        actorRole: 'system',
        actorName: 'seed',
        actorTokenId: null,
      });
    }
    const recorded = new Set(changes.map((c) => `${c.entityType}:${c.entityId}`));
    for (const [entityType, table, label] of TABLES) {
      const rows = await db.select({ id: table.id }).from(table as typeof tables.trials);
      expect(rows.length, label).toBeGreaterThan(0);
      const missing = rows.filter((r) => !recorded.has(`${entityType}:${r.id}`));
      expect(missing, `${label} without history`).toEqual([]);
    }
    expect(changes).toHaveLength(
      (await Promise.all(TABLES.map(([, t]) => db.$count(t as typeof tables.trials)))).reduce(
        (a, b) => a + b,
        0,
      ),
    );
  });
});
