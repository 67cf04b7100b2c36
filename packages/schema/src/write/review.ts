import { encodeGlobalID } from '@pothos/plugin-relay';
import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import {
  assessments,
  reviews,
  reviewTherapies,
  reviewTrials,
  sources,
  therapies,
  trials,
} from '../db/tables.js';
import { jsonEqual } from '../domain/changes.js';
import { NotFoundError } from '../domain/errors.js';
import { patchSchema, validatePatch } from '../domain/patch.js';
import { assessmentInput, parseOrThrow, reviewInput } from '../domain/validation.js';
import { removeClaimsAbout, reviewSnapshot } from './cascade.js';
import {
  assertUnique,
  checkVersion,
  deleteVersioned,
  insertRows,
  loadForWrite,
  loadRow,
  touchRow,
  updateVersioned,
} from './rows.js';
import type { Write } from './transaction.js';
import type { DeleteCommand, Path } from './trial.js';

// A review is written as a whole: its row, the expert assessments inside it and the trials and
// therapies it discusses. Its history snapshot lists the linked trialIds and therapyIds.

export type ReviewRow = typeof reviews.$inferSelect;

const assessmentList = z.array(assessmentInput).max(100);
type AssessmentValues = z.output<typeof assessmentInput>;

export interface ReviewLinks {
  trialIds?: number[] | undefined;
  therapyIds?: number[] | undefined;
}

async function assertExist(
  w: Write,
  table: typeof trials | typeof therapies,
  typename: string,
  ids: number[],
  path: string,
) {
  if (ids.length === 0) return;
  const found = new Set(
    (await w.tx.select({ id: table.id }).from(table).where(inArray(table.id, ids))).map((r) => r.id),
  );
  const index = ids.findIndex((id) => !found.has(id));
  if (index >= 0)
    throw new NotFoundError(typename, encodeGlobalID(typename, ids[index] as number), `${path}.${index}`);
}

async function insertAssessments(w: Write, reviewId: number, list: AssessmentValues[]) {
  await insertRows(
    w,
    assessments,
    'ASSESSMENT',
    list.map((a) => ({ ...a, reviewId })),
  );
}

async function replaceAssessments(w: Write, reviewId: number, list: AssessmentValues[]) {
  const current = await w.tx
    .select()
    .from(assessments)
    .where(eq(assessments.reviewId, reviewId))
    .orderBy(asc(assessments.id));
  const fields = (a: AssessmentValues) => ({
    expert: a.expert,
    affiliation: a.affiliation ?? null,
    quote: a.quote,
    stance: a.stance,
    rationale: a.rationale ?? null,
  });
  // The same list again is no change: keep the rows (and their ids).
  if (jsonEqual(current.map(fields), list.map(fields))) return;
  await removeAssessments(w, reviewId);
  await insertAssessments(w, reviewId, list);
}

async function removeAssessments(w: Write, reviewId: number) {
  const rows = await w.tx
    .select()
    .from(assessments)
    .where(eq(assessments.reviewId, reviewId))
    .orderBy(asc(assessments.id));
  if (rows.length === 0) return;
  await w.tx.delete(assessments).where(eq(assessments.reviewId, reviewId));
  for (const row of rows) await w.record('ASSESSMENT', row.id, 'DELETE', row, null);
}

/** Links the review to exactly these trials and therapies (when given), checking each exists. */
async function setLinks(w: Write, reviewId: number, links: ReviewLinks) {
  if (links.trialIds) {
    await assertExist(w, trials, 'Trial', links.trialIds, 'input.trialIds');
    await w.tx.delete(reviewTrials).where(eq(reviewTrials.reviewId, reviewId));
    if (links.trialIds.length > 0) {
      await w.tx
        .insert(reviewTrials)
        .values([...new Set(links.trialIds)].map((trialId) => ({ reviewId, trialId })));
    }
  }
  if (links.therapyIds) {
    await assertExist(w, therapies, 'Therapy', links.therapyIds, 'input.therapyIds');
    await w.tx.delete(reviewTherapies).where(eq(reviewTherapies.reviewId, reviewId));
    if (links.therapyIds.length > 0) {
      await w.tx
        .insert(reviewTherapies)
        .values([...new Set(links.therapyIds)].map((therapyId) => ({ reviewId, therapyId })));
    }
  }
}

function uniqueIdentifiers(
  w: Write,
  values: { doi?: string | null; pmid?: string | null },
  exceptId?: number,
) {
  const common = { table: reviews, typename: 'Review', exceptId };
  return Promise.all([
    assertUnique(w, { ...common, column: reviews.doi, value: values.doi, path: 'input.doi', label: 'DOI' }),
    assertUnique(w, {
      ...common,
      column: reviews.pmid,
      value: values.pmid,
      path: 'input.pmid',
      label: 'PMID',
    }),
  ]);
}

export type CreateReviewInput = Record<string, unknown> & ReviewLinks & { sourceId?: number | null };

/** Adds a review with its assessments and the trials and therapies it discusses. */
export async function createReview(
  w: Write,
  { sourceId, trialIds, therapyIds, ...input }: CreateReviewInput,
  path: Path = ['input'],
): Promise<ReviewRow> {
  const { assessments: list, ...values } = parseOrThrow(reviewInput, input, path);
  if (sourceId != null) await loadRow(w, sources, 'Source', sourceId, 'input.sourceId');
  await uniqueIdentifiers(w, values);
  const [row] = await w.tx
    .insert(reviews)
    .values({ ...values, sourceId: sourceId ?? null, createdAt: w.at, updatedAt: w.at })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await insertAssessments(w, row.id, list);
  await setLinks(w, row.id, { trialIds: trialIds ?? [], therapyIds: therapyIds ?? [] });
  // Recorded last, so the snapshot lists the links.
  await w.record('REVIEW', row.id, 'CREATE', null, await reviewSnapshot(w, row));
  return row;
}

export interface UpdateReviewCommand extends ReviewLinks {
  id: number;
  expectedVersion: number;
  /** Fields of the review row; `assessments`, when given, replaces the stored list. */
  patch: Record<string, unknown>;
  /** undefined: leave as is; null: clear. */
  sourceId?: number | null | undefined;
}

/** Changes a review; `assessments`, `trialIds` and `therapyIds`, when given, replace the stored lists. */
export async function updateReview(
  w: Write,
  {
    id,
    expectedVersion,
    patch: { assessments: rawAssessments, ...patch },
    sourceId,
    ...links
  }: UpdateReviewCommand,
): Promise<ReviewRow> {
  checkVersion(expectedVersion);
  parseOrThrow(patchSchema(reviewInput.omit({ assessments: true })), patch, ['input']);
  const list =
    rawAssessments === undefined
      ? undefined
      : parseOrThrow(assessmentList, rawAssessments, ['input', 'assessments']);
  const row = await loadForWrite(w, reviews, 'Review', id, expectedVersion);
  const before = await reviewSnapshot(w, row);
  const { assessments: _none, ...values } = validatePatch(reviewInput, row, patch, ['input']);
  if (sourceId != null) await loadRow(w, sources, 'Source', sourceId, 'input.sourceId');
  await uniqueIdentifiers(w, values, id);
  const updated = await updateVersioned(w, reviews, 'Review', id, expectedVersion, {
    ...values,
    ...(sourceId !== undefined ? { sourceId } : {}),
  });
  if (list) await replaceAssessments(w, id, list);
  await setLinks(w, id, links);
  await w.record('REVIEW', id, 'UPDATE', before, await reviewSnapshot(w, updated));
  return updated;
}

/** Deletes a review with its assessments, its links and the claims about it. */
export async function deleteReview(w: Write, { id, expectedVersion }: DeleteCommand): Promise<void> {
  checkVersion(expectedVersion);
  const row = await loadForWrite(w, reviews, 'Review', id, expectedVersion);
  const before = await reviewSnapshot(w, row);
  await removeAssessments(w, id);
  await removeClaimsAbout(w, 'REVIEW', [id]);
  await deleteVersioned(w, reviews, 'Review', id, expectedVersion);
  await w.record('REVIEW', id, 'DELETE', before, null);
}

/**
 * Adds links a review lacks (keeping the ones it has), for importers that only ever add. When any
 * is new the review gets a new version and an UPDATE. Returns how many links were added.
 */
export async function addReviewLinks(w: Write, reviewId: number, links: ReviewLinks): Promise<number> {
  const row = await loadRow(w, reviews, 'Review', reviewId, 'input.id');
  const before = await reviewSnapshot(w, row);
  let added = 0;
  for (const trialId of new Set(links.trialIds ?? [])) {
    const inserted = await w.tx
      .insert(reviewTrials)
      .values({ reviewId, trialId })
      .onConflictDoNothing()
      .returning();
    added += inserted.length;
  }
  for (const therapyId of new Set(links.therapyIds ?? [])) {
    const inserted = await w.tx
      .insert(reviewTherapies)
      .values({ reviewId, therapyId })
      .onConflictDoNothing()
      .returning();
    added += inserted.length;
  }
  if (added === 0) return 0;
  const after = await touchRow(w, reviews, reviewId);
  if (after) await w.record('REVIEW', reviewId, 'UPDATE', before, await reviewSnapshot(w, after));
  return added;
}
