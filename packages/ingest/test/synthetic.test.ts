import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDb,
  type Db,
  migrateDb,
  patientInput,
  reviewInput,
  therapyInput,
  trialInput,
  trialTherapyInput,
} from '@genetrials/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { createRng } from '../src/seed/prng.js';
import { seedKnowledgeBase } from '../src/seed/seed.js';
import {
  describeSyntheticResult,
  type SyntheticOptions,
  seedSynthetic,
  sqlLiteral,
} from '../src/seed/synthetic.js';
import { createSyntheticGenerator, type SyntheticTrial } from '../src/seed/synthetic-generator.js';

const dir = mkdtempSync(join(tmpdir(), 'genetrials-synthetic-'));
const dbs: Db[] = [];
afterAll(() => {
  for (const db of dbs) db.client.close();
  rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
async function freshDb(): Promise<Db> {
  const db = createDb({ url: `file:${join(dir, `db-${++counter}.db`)}` });
  dbs.push(db);
  await migrateDb(db);
  return db;
}

async function seeded(options: SyntheticOptions) {
  const db = await freshDb();
  const result = await seedSynthetic(db, options);
  return { db, result };
}

const TABLES = [
  'therapies',
  'trials',
  'trial_therapies',
  'patients',
  'adverse_events',
  'reviews',
  'assessments',
  'review_trials',
  'review_therapies',
];

/** SHA-256 of every row of a table, in a fixed order. */
async function tableHash(db: Db, table: string): Promise<string> {
  const order = table.startsWith('review_') ? 'review_id, 2' : 'rowid';
  const result = await db.client.execute(`select * from "${table}" order by ${order}`);
  const hash = createHash('sha256');
  for (const row of result.rows) hash.update(JSON.stringify(Array.from(row)));
  return hash.digest('hex');
}

async function searchIndexRows(db: Db) {
  const result = await db.client.execute('select rowid, * from search_index order by rowid');
  return result.rows.map((row) => Array.from(row));
}

async function countOf(db: Db, table: string): Promise<number> {
  const result = await db.client.execute(`select count(*) as n from "${table}"`);
  return Number(result.rows[0]?.n);
}

describe('synthetic generator', () => {
  it('writes identical tables for the same seed and different ones for another seed', async () => {
    const a = await seeded({ trials: 20, seed: 7 });
    const b = await seeded({ trials: 20, seed: 7, chunkTrials: 3 });
    const c = await seeded({ trials: 20, seed: 8 });
    for (const table of TABLES) {
      expect(await tableHash(a.db, table), table).toBe(await tableHash(b.db, table));
    }
    expect(await searchIndexRows(a.db)).toEqual(await searchIndexRows(b.db));
    const differing = [];
    for (const table of TABLES) {
      if ((await tableHash(a.db, table)) !== (await tableHash(c.db, table))) differing.push(table);
    }
    expect(differing).toEqual(expect.arrayContaining(['trials', 'patients', 'adverse_events', 'reviews']));
    expect(a.result.rows).toEqual(b.result.rows);
  });

  it('writes about 50 patients and 2 reviews per trial, and counts what it wrote', async () => {
    const { db, result } = await seeded({ trials: 40, seed: 1 });
    expect(result.trials).toBe(40);
    for (const [key, table] of Object.entries({
      therapies: 'therapies',
      trials: 'trials',
      trialTherapies: 'trial_therapies',
      patients: 'patients',
      adverseEvents: 'adverse_events',
      reviews: 'reviews',
      assessments: 'assessments',
      reviewTrials: 'review_trials',
      reviewTherapies: 'review_therapies',
    })) {
      expect(await countOf(db, table), table).toBe(result.rows[key as keyof typeof result.rows]);
    }
    expect(result.totalRows).toBe(Object.values(result.rows).reduce((a, b) => a + b, 0));
    expect(result.rows.trials).toBe(40);
    expect(result.rows.therapies).toBe(214);
    expect(result.rows.patients / 40).toBeGreaterThan(35);
    expect(result.rows.patients / 40).toBeLessThan(65);
    expect(result.rows.reviews / 40).toBeGreaterThan(1.5);
    expect(result.rows.reviews / 40).toBeLessThan(2.5);
    expect(result.rows.assessments / result.rows.reviews).toBeGreaterThan(0.8);
    expect(result.rows.assessments / result.rows.reviews).toBeLessThan(2.2);
    expect(result.rows.adverseEvents).toBeGreaterThan(result.rows.patients);
    expect(result.rowsPerSecond).toBeGreaterThan(0);
    expect(describeSyntheticResult(result)).toMatch(/rows\/s/);
    // Every trial, review and therapy is findable: the triggers indexed them.
    expect(await countOf(db, 'search_index')).toBe(
      result.rows.trials + result.rows.reviews + result.rows.therapies,
    );
  });

  it('rebuilds the full-text index from the migration when its triggers are dropped for the load', async () => {
    const withTriggers = await seeded({ trials: 15, seed: 3 });
    const rebuilt = await seeded({ trials: 15, seed: 3, searchIndex: 'rebuild' });
    expect(rebuilt.result.searchIndex).toBe('rebuild');
    expect(await searchIndexRows(rebuilt.db)).toEqual(await searchIndexRows(withTriggers.db));
    const triggers = async (db: Db) =>
      (
        await db.client.execute("select name from sqlite_master where type = 'trigger' order by name")
      ).rows.map((r) => r.name);
    expect(await triggers(rebuilt.db)).toEqual(await triggers(withTriggers.db));
    expect((await triggers(rebuilt.db)).length).toBeGreaterThanOrEqual(12);
  });

  it('commits chunk by chunk: a failing chunk leaves nothing of itself, and the triggers are back', async () => {
    const db = await freshDb();
    const triggers = async () =>
      (
        await db.client.execute("select name from sqlite_master where type = 'trigger' order by name")
      ).rows.map((r) => r.name);
    const before = await triggers();
    // The 130th patient sits in the third chunk of 2 trials (about 50 patients per trial).
    await db.client.execute(
      "create trigger refuse_patient before insert on patients when new.id = 130 begin select raise(abort, 'refused patient 130'); end",
    );
    await expect(seedSynthetic(db, { trials: 10, seed: 2, chunkTrials: 2 })).rejects.toThrow(
      /refused patient 130/,
    );
    const trials = await countOf(db, 'trials');
    const patients = await countOf(db, 'patients');
    // Exactly the chunks before the failing one: their trials with all their patients.
    const generator = createSyntheticGenerator(2);
    let expectedTrials = 0;
    let expectedPatients = 0;
    for (let chunk = [generator.next(), generator.next()]; ; chunk = [generator.next(), generator.next()]) {
      const inChunk = chunk.reduce((n, t) => n + t.patients.length, 0);
      if (expectedPatients + inChunk >= 130) break;
      expectedTrials += 2;
      expectedPatients += inChunk;
    }
    expect(expectedTrials).toBeGreaterThan(0);
    expect(trials).toBe(expectedTrials);
    expect(patients).toBe(expectedPatients);
    expect(await countOf(db, 'reviews')).toBeGreaterThan(0);
    expect(await triggers()).toEqual([...before, 'refuse_patient'].sort());
    // The connection is usable and out of the failed transaction.
    await db.client.execute('drop trigger refuse_patient');
    expect(await countOf(db, 'trials')).toBe(trials);
  });

  it('refuses a database that already holds data', async () => {
    const db = await freshDb();
    await seedKnowledgeBase(db);
    await expect(seedSynthetic(db, { trials: 5, seed: 1 })).rejects.toThrow(/empty database/);
  });

  it('generates inputs that pass the API validation, identifier screen included', () => {
    const generator = createSyntheticGenerator(11);
    for (const therapy of generator.catalogue) expect(therapyInput.safeParse(therapy).error).toBeUndefined();
    expect(new Set(generator.catalogue.map((t) => t.name)).size).toBe(generator.catalogue.length);
    for (let i = 0; i < 60; i++) {
      const { trial, links, patients, reviews } = generator.next();
      expect(trialInput.safeParse(trial).error, trial.title).toBeUndefined();
      for (const link of links) expect(trialTherapyInput.safeParse(link).error).toBeUndefined();
      const arms = new Set(links.map((l) => `${l.therapy}|${l.armName}`));
      expect(arms.size).toBe(links.length);
      for (const patient of patients) {
        const parsed = patientInput.safeParse(patient);
        expect(parsed.error, patient.subjectCode).toBeUndefined();
        // Nothing is changed by validation: ages are already top-coded.
        expect(parsed.data?.ageAtEnrollment).toBe(patient.ageAtEnrollment);
      }
      expect(new Set(patients.map((p) => p.subjectCode)).size).toBe(patients.length);
      for (const { otherTrials: _t, therapies: _th, ...review } of reviews) {
        expect(reviewInput.safeParse(review).error, review.title).toBeUndefined();
      }
    }
  });

  it('draws from realistic distributions', () => {
    const generator = createSyntheticGenerator(2024);
    const trials: SyntheticTrial[] = Array.from({ length: 600 }, () => generator.next());
    const modality = (t: SyntheticTrial) => {
      const experimental = t.links.find((l) => l.role === 'EXPERIMENTAL');
      return generator.catalogue[experimental?.therapy ?? -1]?.modality;
    };
    const share = (predicate: (t: SyntheticTrial) => boolean) =>
      trials.filter(predicate).length / trials.length;
    expect(share((t) => modality(t) === 'CAR_T_CELL')).toBeGreaterThan(0.28);
    expect(share((t) => modality(t) === 'CAR_T_CELL')).toBeLessThan(0.42);
    expect(share((t) => t.trial.phase === 'PHASE_1' || t.trial.phase === 'PHASE_1_2')).toBeGreaterThan(0.55);

    const orr = (selected: SyntheticTrial[]) => {
      const patients = selected.flatMap((t) => t.patients);
      const evaluable = patients.filter((p) => p.bestResponse && p.bestResponse !== 'NE');
      return (
        evaluable.filter((p) => p.bestResponse === 'CR' || p.bestResponse === 'PR').length / evaluable.length
      );
    };
    const heme = /lymphoma|leukemia|myeloma/i;
    const carT = trials.filter((t) => modality(t) === 'CAR_T_CELL');
    expect(orr(carT.filter((t) => heme.test(t.trial.conditions[0] ?? '')))).toBeGreaterThan(0.5);
    expect(orr(carT.filter((t) => !heme.test(t.trial.conditions[0] ?? '')))).toBeLessThan(0.25);

    const patients = trials.flatMap((t) => t.patients);
    const ages = patients.map((p) => p.ageAtEnrollment).filter((a): a is number => a != null);
    expect(ages.every((a) => (a >= 18 && a <= 85) || a === 90)).toBe(true);
    expect(ages.filter((a) => a === 90).length).toBeGreaterThan(0);
    const grades = patients.flatMap((p) => p.adverseEvents.map((e) => e.grade)).filter((g) => g != null);
    expect(grades.filter((g) => g === 1 || g === 2).length / grades.length).toBeGreaterThan(0.6);
    const years = trials.map((t) => Number(t.trial.startDate?.slice(0, 4))).filter(Number.isFinite);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1995);
    expect(Math.max(...years)).toBeLessThanOrEqual(2025);
    expect(trials.some((t) => t.trial.startDate?.length === 7)).toBe(true);
  });

  it('uses a deterministic PRNG and safe SQL literals', () => {
    const a = createRng(42);
    const b = createRng(42);
    const seq = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seq);
    expect(createRng(43).next()).not.toBe(seq[0]);
    expect(sqlLiteral("Investigator's choice")).toBe("'Investigator''s choice'");
    expect(sqlLiteral(null)).toBe('NULL');
    expect(sqlLiteral(2.5)).toBe('2.5');
    expect(() => sqlLiteral(Number.NaN)).toThrow();
  });
});
