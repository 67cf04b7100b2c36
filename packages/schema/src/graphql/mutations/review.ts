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
} from '../../db/tables.js';
import { jsonEqual } from '../../domain/changes.js';
import { NotFoundError } from '../../domain/errors.js';
import { patchSchema, validatePatch } from '../../domain/patch.js';
import { assessmentInput, parseOrThrow, reviewInput, ValidationError } from '../../domain/validation.js';
import { builder } from '../builder.js';
import { ReviewKindEnum, StanceEnum } from '../types/enums.js';
import { Review } from '../types/review.js';
import { removeClaimsAbout, reviewSnapshot } from './cascade.js';
import { adminAccess, curatorAccess, deletedResult, entityResult } from './errors.js';
import {
  assertUnique,
  checkVersion,
  DeleteInput,
  decodeId,
  deleteVersioned,
  encodeGlobalID,
  type InputFields,
  loaded,
  loadForWrite,
  loadRow,
  runWrite,
  updateVersioned,
  type Write,
} from './write.js';

// A review is written as a whole: its row, the expert assessments inside it and the trials and
// therapies it discusses. On update, a given `assessments` / `trialIds` / `therapyIds` list
// replaces the stored one; a list left out stays as it is.

/** Most trials or therapies one review may be linked to. */
const MAX_LINKS = 100;

const AssessmentInput = builder.inputType('AssessmentInput', {
  description: "An expert's judgement quoted in the review.",
  fields: (t) => ({
    expert: t.string({ required: true }),
    affiliation: t.string(),
    quote: t.string({ required: true }),
    stance: t.field({ type: StanceEnum, required: true }),
    rationale: t.string({ description: 'Why the stance was classified so.' }),
  }),
});

const reviewFields = (t: InputFields, create: boolean) => ({
  kind: t.field({ type: ReviewKindEnum, required: create }),
  title: t.string({ required: create }),
  authors: t.stringList(),
  authorsComplete: t.boolean({ description: 'False when only the first authors are listed.' }),
  journal: t.string(),
  year: t.int(),
  volume: t.string(),
  issue: t.string(),
  pages: t.string(),
  doi: t.string({ description: 'Unique.' }),
  pmid: t.string({ description: 'Unique.' }),
  url: t.string(),
  abstract: t.string({ description: "The publisher's abstract, only where its licence allows storing it." }),
  summary: t.string({ description: 'What the publication says, in your own words.' }),
  sourceId: t.id({ description: 'The Source document this review is (null to clear).' }),
  assessments: t.field({ type: [AssessmentInput] }),
  trialIds: t.idList({ description: `Trials it discusses (at most ${MAX_LINKS}).` }),
  therapyIds: t.idList({ description: `Therapies it discusses (at most ${MAX_LINKS}).` }),
});

const CreateReviewInput = builder.inputType('CreateReviewInput', {
  description: 'A new review with its assessments and the trials and therapies it discusses.',
  fields: (t) => reviewFields(t, true),
});

const UpdateReviewInput = builder.inputType('UpdateReviewInput', {
  description: 'Changes to a review: fields left out stay as they are; a list given replaces the stored one.',
  fields: (t) => ({
    id: t.id({ required: true }),
    expectedVersion: t.int({ required: true, description: 'The version last read.' }),
    ...reviewFields(t, false),
  }),
});

const assessmentList = z.array(assessmentInput).max(100);
type AssessmentValues = z.output<typeof assessmentInput>;

/** Database ids of a list of global IDs, in input order (so errors can name the position). */
function idList(ids: readonly (string | number)[] | null | undefined, typename: string, path: string) {
  if (ids == null) return undefined;
  if (ids.length > MAX_LINKS) {
    throw new ValidationError([{ path, rule: 'too_big', message: `must list at most ${MAX_LINKS} IDs` }]);
  }
  return ids.map((id, i) => decodeId(String(id), typename, `${path}.${i}`));
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
  if (list.length === 0) return;
  const rows = await w.tx
    .insert(assessments)
    .values(list.map((a) => ({ ...a, reviewId, createdAt: w.at, updatedAt: w.at })))
    .returning();
  for (const row of rows) await w.record('ASSESSMENT', row.id, 'CREATE', null, row);
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
  if (current.length > 0) {
    await w.tx.delete(assessments).where(eq(assessments.reviewId, reviewId));
    for (const row of current) await w.record('ASSESSMENT', row.id, 'DELETE', row, null);
  }
  await insertAssessments(w, reviewId, list);
}

/** Links the review to exactly these trials and therapies (when given), checking each exists. */
async function setLinks(w: Write, reviewId: number, links: { trialIds?: number[]; therapyIds?: number[] }) {
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
  const common = { table: reviews, typename: 'Review', ...(exceptId ? { exceptId } : {}) };
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

/** The source a review points at: undefined when not given, null to clear. */
function sourceIdOf(raw: string | number | null | undefined) {
  if (raw === undefined) return undefined;
  if (raw === null) return null;
  return decodeId(String(raw), 'Source', 'input.sourceId');
}

const deleteReview = deletedResult('deleteReview');

builder.mutationFields((t) => ({
  createReview: t.drizzleField({
    type: Review,
    description:
      'Adds a review with its assessments and links, all in one transaction. Needs a curator token.',
    ...curatorAccess,
    errors: entityResult('createReview', 'review'),
    args: { input: t.arg({ type: CreateReviewInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { assessments: list, ...values } = parseOrThrow(reviewInput, input, ['input']);
      const sourceId = sourceIdOf(input.sourceId);
      const trialIds = idList(input.trialIds, 'Trial', 'input.trialIds') ?? [];
      const therapyIds = idList(input.therapyIds, 'Therapy', 'input.therapyIds') ?? [];
      const id = await runWrite(ctx, async (w) => {
        if (sourceId != null) await loadRow(w, sources, 'Source', sourceId, 'input.sourceId');
        await uniqueIdentifiers(w, values);
        const [row] = await w.tx
          .insert(reviews)
          .values({ ...values, sourceId: sourceId ?? null, createdAt: w.at, updatedAt: w.at })
          .returning();
        if (!row) throw new Error('insert returned no row');
        await insertAssessments(w, row.id, list);
        await setLinks(w, row.id, { trialIds, therapyIds });
        await w.record('REVIEW', row.id, 'CREATE', null, await reviewSnapshot(w, row));
        return row.id;
      });
      return loaded(ctx.db.query.reviews.findFirst(query({ where: { id } })), 'Review', id);
    },
  }),

  updateReview: t.drizzleField({
    type: Review,
    description:
      'Changes a review; `assessments`, `trialIds` and `therapyIds`, when given, replace the stored lists. ' +
      'A stale `expectedVersion` is a ConflictError. Needs a curator token.',
    ...curatorAccess,
    errors: entityResult('updateReview', 'review'),
    args: { input: t.arg({ type: UpdateReviewInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const {
        id: globalId,
        expectedVersion,
        assessments: rawAssessments,
        trialIds: rawTrialIds,
        therapyIds: rawTherapyIds,
        sourceId: rawSourceId,
        ...patch
      } = input;
      const id = decodeId(globalId, 'Review', 'input.id');
      checkVersion(expectedVersion);
      parseOrThrow(patchSchema(reviewInput.omit({ assessments: true })), patch, ['input']);
      const list =
        rawAssessments === undefined
          ? undefined
          : parseOrThrow(assessmentList, rawAssessments, ['input', 'assessments']);
      const sourceId = sourceIdOf(rawSourceId);
      const trialIds = idList(rawTrialIds, 'Trial', 'input.trialIds');
      const therapyIds = idList(rawTherapyIds, 'Therapy', 'input.therapyIds');
      await runWrite(ctx, async (w) => {
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
        await setLinks(w, id, { ...(trialIds ? { trialIds } : {}), ...(therapyIds ? { therapyIds } : {}) });
        await w.record('REVIEW', id, 'UPDATE', before, await reviewSnapshot(w, updated));
      });
      return loaded(ctx.db.query.reviews.findFirst(query({ where: { id } })), 'Review', id);
    },
  }),

  deleteReview: t.field({
    type: deleteReview.type,
    description:
      'Deletes a review with its assessments, its links and the claims about it. Needs an admin token.',
    ...adminAccess,
    errors: deleteReview.errors,
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = decodeId(input.id, 'Review', 'input.id');
      checkVersion(input.expectedVersion);
      await runWrite(ctx, async (w) => {
        const row = await loadForWrite(w, reviews, 'Review', id, input.expectedVersion);
        const before = await reviewSnapshot(w, row);
        const rows = await w.tx
          .select()
          .from(assessments)
          .where(eq(assessments.reviewId, id))
          .orderBy(asc(assessments.id));
        await w.tx.delete(assessments).where(eq(assessments.reviewId, id));
        for (const assessment of rows)
          await w.record('ASSESSMENT', assessment.id, 'DELETE', assessment, null);
        await removeClaimsAbout(w, 'REVIEW', [id]);
        await deleteVersioned(w, reviews, 'Review', id, input.expectedVersion);
        await w.record('REVIEW', id, 'DELETE', before, null);
      });
      return { deletedId: input.id };
    },
  }),
}));
