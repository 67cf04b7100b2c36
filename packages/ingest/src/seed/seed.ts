import { type Db, refreshPlannerStatistics, type SubjectType, tables } from '@genetrials/schema';
import {
  addClaim,
  createPatient,
  createReview,
  createSource,
  createTherapy,
  createTrial,
  linkTherapyToTrial,
  runWrite,
  SYSTEM_ACTORS,
} from '@genetrials/schema/write';
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
 * Writes the curated knowledge base in one transaction through the write layer, as the system
 * actor `seed`: every record passes the same validation and privacy screening as API input (so
 * the seed can never hold what a client could not write) and gets its history row.
 */
export async function seedKnowledgeBase(db: Db, kb: SeedKnowledgeBase = knowledgeBase): Promise<SeedResult> {
  const counts: Record<string, number> = {};
  const bump = (k: string, n = 1) => {
    counts[k] = (counts[k] ?? 0) + n;
  };
  await runWrite(db, SYSTEM_ACTORS.seed, async (w) => {
    const sourceIds = new Map<string, number>();
    for (const [key, raw] of Object.entries(kb.sources)) {
      sourceIds.set(key, (await createSource(w, raw, ['sources', key])).id);
      bump('sources');
    }

    const therapyIds = new Map<string, number>();
    for (const [key, raw] of Object.entries(kb.therapies)) {
      therapyIds.set(key, (await createTherapy(w, raw, ['therapies', key])).id);
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
      const trialId = (await createTrial(w, raw, ['trials', key])).id;
      ids.TRIAL.set(key, trialId);
      bump('trials');
      for (const [index, link] of therapies.entries()) {
        await linkTherapyToTrial(
          w,
          {
            trialId,
            therapyId: lookup(therapyIds, link.therapy),
            role: link.role,
            armName: link.armName ?? null,
            dose: link.dose ?? null,
          },
          ['trials', key, 'therapies', index],
        );
        bump('trialTherapies');
      }
      for (const [index, { key: patientKey, ...rawPatient }] of patients.entries()) {
        const patient = await createPatient(w, { ...rawPatient, trialId }, [
          'trials',
          key,
          'patients',
          index,
        ]);
        if (patientKey) ids.PATIENT.set(patientKey, patient.id);
        bump('patients');
        bump('adverseEvents', rawPatient.adverseEvents?.length ?? 0);
      }
    }

    for (const [key, { source, trials, therapies, ...raw }] of Object.entries(kb.reviews)) {
      const review = await createReview(
        w,
        {
          ...raw,
          sourceId: source ? lookup(sourceIds, source) : null,
          trialIds: trials.map((t) => lookup(ids.TRIAL, t)),
          therapyIds: therapies.map((t) => lookup(therapyIds, t)),
        },
        ['reviews', key],
      );
      ids.REVIEW.set(key, review.id);
      bump('reviews');
      bump('assessments', raw.assessments?.length ?? 0);
    }

    for (const [index, claim] of kb.claims.entries()) {
      await addClaim(
        w,
        {
          subjectType: claim.subject.type,
          subjectId: lookup(ids[claim.subject.type], claim.subject.key),
          field: claim.field,
          value: claim.value,
          sourceId: lookup(sourceIds, claim.source),
          locator: claim.locator,
        },
        `claims.${index}`,
      );
      bump('claims');
    }
  });
  await refreshPlannerStatistics(db);
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
