import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CommittedChanges,
  createDb,
  createTherapy,
  createTrial,
  type Db,
  migrateDb,
  onCommittedChanges,
  runBatch,
  runWrite,
  SYSTEM_ACTORS,
} from '@genetrials/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The write layer announces what each committed transaction changed (the response cache listens).

let dir: string;
let db: Db;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'genetrials-commits-'));
  db = createDb({ url: `file:${join(dir, 'commits.db')}` });
  await migrateDb(db);
});

afterAll(() => {
  db?.client.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('onCommittedChanges', () => {
  it('tells listeners the entity types and ids of each committed write, once it has committed', async () => {
    const heard: CommittedChanges[] = [];
    const stop = onCommittedChanges(db, (changes) => heard.push(changes));
    try {
      const trial = await runWrite(db, SYSTEM_ACTORS.seed, async (w) => {
        const created = await createTrial(w, { nctId: 'NCT77770001', title: 'Announced trial' });
        // Nothing is announced before the commit.
        expect(heard).toEqual([]);
        return created;
      });
      expect(heard).toEqual([
        { entityTypes: ['TRIAL'], entities: [{ entityType: 'TRIAL', entityId: trial.id }] },
      ]);

      await runBatch(db, SYSTEM_ACTORS.seed, async ({ inSavepoint }) => {
        await inSavepoint((w) => createTrial(w, { nctId: 'NCT77770002', title: 'Batch trial' }));
        await inSavepoint((w) => createTherapy(w, { name: 'Announced therapy', modality: 'CAR_T_CELL' }));
      });
      expect(heard).toHaveLength(2);
      expect([...(heard[1]?.entityTypes ?? [])].sort()).toEqual(['THERAPY', 'TRIAL']);
    } finally {
      stop();
    }
  });

  it('announces nothing for a write that rolled back, and nothing after the listener stopped', async () => {
    const heard: CommittedChanges[] = [];
    const stop = onCommittedChanges(db, (changes) => heard.push(changes));
    await expect(
      runWrite(db, SYSTEM_ACTORS.seed, async (w) => {
        await createTrial(w, { nctId: 'NCT77770003', title: 'Rolled back' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(heard).toEqual([]);
    stop();
    await runWrite(db, SYSTEM_ACTORS.seed, (w) => createTrial(w, { nctId: 'NCT77770004', title: 'Unheard' }));
    expect(heard).toEqual([]);
  });
});
