import {
  type Db,
  parseOrThrow,
  patientInput,
  reviewInput,
  type SubjectType,
  sourceInput,
  tables,
  therapyInput,
  trialInput,
  yearOf,
} from '@genetrials/schema';
import { count } from 'drizzle-orm';
import { knowledgeBase, type SeedKnowledgeBase } from './knowledge-base.js';

export interface SeedResult {
  seeded: boolean;
  counts: Record<string, number>;
}

/** True when the database holds no trials, therapies or reviews yet. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [trials] = await db.select({ n: count() }).from(tables.trials);
  const [therapies] = await db.select({ n: count() }).from(tables.therapies);
  const [reviews] = await db.select({ n: count() }).from(tables.reviews);
  return (trials?.n ?? 0) + (therapies?.n ?? 0) + (reviews?.n ?? 0) === 0;
}

/**
 * Writes the curated knowledge base in one transaction. Every record passes the same
 * validation as API input, so the seed can never hold what a client could not write.
 */
export async function seedKnowledgeBase(db: Db, kb: SeedKnowledgeBase = knowledgeBase): Promise<SeedResult> {
  const counts: Record<string, number> = {};
  const bump = (k: string, n = 1) => {
    counts[k] = (counts[k] ?? 0) + n;
  };
  await db.transaction(async (tx) => {
    const sourceIds = new Map<string, number>();
    for (const [key, raw] of Object.entries(kb.sources)) {
      const s = parseOrThrow(sourceInput, raw, ['sources', key]);
      const [row] = await tx.insert(tables.sources).values(s).returning({ id: tables.sources.id });
      sourceIds.set(key, must(row, key).id);
      bump('sources');
    }

    const therapyIds = new Map<string, number>();
    for (const [key, raw] of Object.entries(kb.therapies)) {
      const t = parseOrThrow(therapyInput, raw, ['therapies', key]);
      const [row] = await tx.insert(tables.therapies).values(t).returning({ id: tables.therapies.id });
      therapyIds.set(key, must(row, key).id);
      bump('therapies');
    }

    const ids: Record<SubjectType, Map<string, number>> = {
      TRIAL: new Map(),
      THERAPY: therapyIds,
      PATIENT: new Map(),
      REVIEW: new Map(),
      ADVERSE_EVENT: new Map(),
    };

    for (const [key, { therapies, patients, ...raw }] of Object.entries(kb.trials)) {
      const trial = parseOrThrow(trialInput, raw, ['trials', key]);
      const [row] = await tx
        .insert(tables.trials)
        .values({ ...trial, startYear: yearOf(trial.startDate) })
        .returning({ id: tables.trials.id });
      const trialId = must(row, key).id;
      ids.TRIAL.set(key, trialId);
      bump('trials');
      for (const link of therapies) {
        await tx.insert(tables.trialTherapies).values({
          trialId,
          therapyId: lookup(therapyIds, link.therapy),
          role: link.role,
          armName: link.armName ?? null,
          dose: link.dose ?? null,
        });
        bump('trialTherapies');
      }
      for (const [index, { key: patientKey, ...rawPatient }] of patients.entries()) {
        const { adverseEvents, ...patient } = parseOrThrow(patientInput, rawPatient, [
          'trials',
          key,
          'patients',
          index,
        ]);
        const [p] = await tx
          .insert(tables.patients)
          .values({ ...patient, trialId })
          .returning({ id: tables.patients.id });
        const patientId = must(p, patient.subjectCode).id;
        if (patientKey) ids.PATIENT.set(patientKey, patientId);
        bump('patients');
        for (const event of adverseEvents) {
          await tx.insert(tables.adverseEvents).values({ ...event, patientId });
          bump('adverseEvents');
        }
      }
    }

    for (const [key, { source, trials, therapies, ...raw }] of Object.entries(kb.reviews)) {
      const { assessments, ...review } = parseOrThrow(reviewInput, raw, ['reviews', key]);
      const [row] = await tx
        .insert(tables.reviews)
        .values({ ...review, sourceId: source ? lookup(sourceIds, source) : null })
        .returning({ id: tables.reviews.id });
      const reviewId = must(row, key).id;
      ids.REVIEW.set(key, reviewId);
      bump('reviews');
      for (const a of assessments) {
        await tx.insert(tables.assessments).values({ ...a, reviewId });
        bump('assessments');
      }
      for (const t of trials)
        await tx.insert(tables.reviewTrials).values({ reviewId, trialId: lookup(ids.TRIAL, t) });
      for (const t of therapies) {
        await tx.insert(tables.reviewTherapies).values({ reviewId, therapyId: lookup(therapyIds, t) });
      }
    }

    for (const claim of kb.claims) {
      await tx.insert(tables.claims).values({
        subjectType: claim.subject.type,
        subjectId: lookup(ids[claim.subject.type], claim.subject.key),
        field: claim.field,
        value: claim.value,
        sourceId: lookup(sourceIds, claim.source),
        locator: claim.locator,
      });
      bump('claims');
    }
  });
  return { seeded: true, counts };
}

/** Seeds only when the database is empty; safe to call at every start. */
export async function seedIfEmpty(db: Db): Promise<SeedResult> {
  if (!(await isEmpty(db))) return { seeded: false, counts: {} };
  return seedKnowledgeBase(db);
}

function lookup(map: Map<string, number>, key: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`seed data refers to unknown key "${key}"`);
  return id;
}

function must<T>(row: T | undefined, key: string): T {
  if (!row) throw new Error(`insert of "${key}" returned no row`);
  return row;
}
