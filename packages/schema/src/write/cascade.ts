import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import {
  adverseEvents,
  claims,
  patients,
  reviews,
  reviewTherapies,
  reviewTrials,
  trialTherapies,
} from '../db/tables.js';
import type { SubjectType } from '../domain/enums.js';
import { touchRow } from './rows.js';
import type { Write } from './transaction.js';

// Deleting an entity removes what hangs off it. The foreign keys would cascade on their own; these
// helpers delete explicitly so every removed row gets its own DELETE in the history, and so claims
// (which point at their subject without a foreign key) do not outlive it.

type ReviewRow = typeof reviews.$inferSelect;

/** A review as the history records it: its row plus the ids of the trials and therapies it links. */
export async function reviewSnapshot(w: Write, review: ReviewRow) {
  const [trialRows, therapyRows] = await Promise.all([
    w.tx
      .select({ id: reviewTrials.trialId })
      .from(reviewTrials)
      .where(eq(reviewTrials.reviewId, review.id))
      .orderBy(asc(reviewTrials.trialId)),
    w.tx
      .select({ id: reviewTherapies.therapyId })
      .from(reviewTherapies)
      .where(eq(reviewTherapies.reviewId, review.id))
      .orderBy(asc(reviewTherapies.therapyId)),
  ]);
  return { ...review, trialIds: trialRows.map((r) => r.id), therapyIds: therapyRows.map((r) => r.id) };
}

/** Reviews that cited this source lose the reference: a change to each, with a new version. */
export async function detachReviewsFromSource(w: Write, sourceId: number) {
  const rows = await w.tx
    .select()
    .from(reviews)
    .where(eq(reviews.sourceId, sourceId))
    .orderBy(asc(reviews.id));
  for (const row of rows) {
    const before = await reviewSnapshot(w, row);
    const after = await touchRow(w, reviews, row.id, { sourceId: null });
    if (after) await w.record('REVIEW', row.id, 'UPDATE', before, await reviewSnapshot(w, after));
  }
}

/** Deletes every claim about these subjects. */
export async function removeClaimsAbout(w: Write, subjectType: SubjectType, subjectIds: number[]) {
  if (subjectIds.length === 0) return;
  await removeClaimsWhere(w, and(eq(claims.subjectType, subjectType), inArray(claims.subjectId, subjectIds)));
}

export async function removeClaimsWhere(w: Write, where: SQL | undefined) {
  const rows = await w.tx.select().from(claims).where(where).orderBy(asc(claims.id));
  if (rows.length === 0) return;
  await w.tx.delete(claims).where(
    inArray(
      claims.id,
      rows.map((r) => r.id),
    ),
  );
  for (const row of rows) await w.record('CLAIM', row.id, 'DELETE', row, null);
}

/** Deletes adverse events with the claims about them. */
export async function removeAdverseEvents(w: Write, rows: (typeof adverseEvents.$inferSelect)[]) {
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.id);
  await removeClaimsAbout(w, 'ADVERSE_EVENT', ids);
  await w.tx.delete(adverseEvents).where(inArray(adverseEvents.id, ids));
  for (const row of rows) await w.record('ADVERSE_EVENT', row.id, 'DELETE', row, null);
}

/** Deletes the adverse events of these patients and the claims about either. */
export async function removePatientDependents(w: Write, patientIds: number[]) {
  if (patientIds.length === 0) return;
  const events = await w.tx
    .select()
    .from(adverseEvents)
    .where(inArray(adverseEvents.patientId, patientIds))
    .orderBy(asc(adverseEvents.id));
  await removeAdverseEvents(w, events);
  await removeClaimsAbout(w, 'PATIENT', patientIds);
}

/** Deletes patients with their adverse events and the claims about either. */
export async function removePatients(w: Write, rows: (typeof patients.$inferSelect)[]) {
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.id);
  await removePatientDependents(w, ids);
  await w.tx.delete(patients).where(inArray(patients.id, ids));
  for (const row of rows) await w.record('PATIENT', row.id, 'DELETE', row, null);
}

/** Deletes trial ↔ therapy links. */
export async function removeTherapyLinks(w: Write, where: SQL) {
  const rows = await w.tx.select().from(trialTherapies).where(where).orderBy(asc(trialTherapies.id));
  if (rows.length === 0) return;
  await w.tx.delete(trialTherapies).where(
    inArray(
      trialTherapies.id,
      rows.map((r) => r.id),
    ),
  );
  for (const row of rows) await w.record('TRIAL_THERAPY', row.id, 'DELETE', row, null);
}

/**
 * Unlinks a trial or therapy that is being deleted from every review that discusses it. Each such
 * review changes (its `trialIds` / `therapyIds`), so it gets a new version and an UPDATE.
 */
export async function detachFromReviews(w: Write, link: { trialId: number } | { therapyId: number }) {
  const [table, column, id] =
    'trialId' in link
      ? ([reviewTrials, reviewTrials.trialId, link.trialId] as const)
      : ([reviewTherapies, reviewTherapies.therapyId, link.therapyId] as const);
  const linked = await w.tx
    .select({ id: table.reviewId })
    .from(table)
    .where(eq(column, id))
    .orderBy(asc(table.reviewId));
  if (linked.length === 0) return;
  const reviewIds = linked.map((r) => r.id);
  const rows = await w.tx
    .select()
    .from(reviews)
    .where(inArray(reviews.id, reviewIds))
    .orderBy(asc(reviews.id));
  const before = await Promise.all(rows.map((row) => reviewSnapshot(w, row)));
  await w.tx.delete(table).where(eq(column, id));
  for (const [index, row] of rows.entries()) {
    const updated = await touchRow(w, reviews, row.id);
    if (updated)
      await w.record('REVIEW', row.id, 'UPDATE', before[index] ?? null, await reviewSnapshot(w, updated));
  }
}
