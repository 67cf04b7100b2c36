import { ValidationError } from '../../domain/validation.js';
import { createReview, deleteReview as deleteReviewCommand, updateReview } from '../../write/review.js';
import { builder } from '../builder.js';
import { ReviewKindEnum, StanceEnum } from '../types/enums.js';
import { Review } from '../types/review.js';
import { adminAccess, curatorAccess, deletedResult, entityResult } from './errors.js';
import { DeleteInput, decodeId, type InputFields, loaded, write } from './write.js';

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

/** Database ids of a list of global IDs, in input order (so errors can name the position). */
function idList(ids: readonly (string | number)[] | null | undefined, typename: string, path: string) {
  if (ids == null) return undefined;
  if (ids.length > MAX_LINKS) {
    throw new ValidationError([{ path, rule: 'too_big', message: `must list at most ${MAX_LINKS} IDs` }]);
  }
  return ids.map((id, i) => decodeId(String(id), typename, `${path}.${i}`));
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
      const sourceId = sourceIdOf(input.sourceId);
      const trialIds = idList(input.trialIds, 'Trial', 'input.trialIds') ?? [];
      const therapyIds = idList(input.therapyIds, 'Therapy', 'input.therapyIds') ?? [];
      const { id } = await write(ctx, (w) => createReview(w, { ...input, sourceId, trialIds, therapyIds }));
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
        trialIds: rawTrialIds,
        therapyIds: rawTherapyIds,
        sourceId: rawSourceId,
        ...patch
      } = input;
      const id = decodeId(globalId, 'Review', 'input.id');
      const sourceId = sourceIdOf(rawSourceId);
      const trialIds = idList(rawTrialIds, 'Trial', 'input.trialIds');
      const therapyIds = idList(rawTherapyIds, 'Therapy', 'input.therapyIds');
      await write(ctx, (w) =>
        updateReview(w, {
          id,
          expectedVersion,
          patch,
          ...(sourceId !== undefined ? { sourceId } : {}),
          trialIds,
          therapyIds,
        }),
      );
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
      await write(ctx, (w) => deleteReviewCommand(w, { id, expectedVersion: input.expectedVersion }));
      return { deletedId: input.id };
    },
  }),
}));
