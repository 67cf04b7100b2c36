import {
  linkIntervention,
  mergeTherapies,
  splitTherapy,
  unlinkIntervention,
} from '../../write/construct-curation.js';
import { builder, type Context } from '../builder.js';
import { CellSourceEnum, ModalityEnum, VectorEnum } from '../types/enums.js';
import { Intervention } from '../types/intervention.js';
import { TrialTherapyLink } from '../types/links.js';
import { Claim } from '../types/provenance.js';
import { Review } from '../types/review.js';
import { Therapy } from '../types/therapy.js';
import { curatorAccess, entityResult, MUTATION_ERRORS } from './errors.js';
import { decodeId, encodeGlobalID, loaded, write } from './write.js';

// Construct curation: which curated therapy a registered intervention is, and fixing therapies that
// turn out to be one construct (merge) or two (split). Each mutation is one write transaction.

const LinkInterventionToTherapyInput = builder.inputType('LinkInterventionToTherapyInput', {
  description: 'Links a registered intervention to the curated therapy (construct) it is, with the reason.',
  fields: (t) => ({
    interventionId: t.id({ required: true, description: 'Global ID of the Intervention.' }),
    therapyId: t.id({ required: true, description: 'Global ID of the Therapy it is.' }),
    expectedVersion: t.int({ required: true, description: 'The version of the intervention last read.' }),
    evidence: t.string({
      required: true,
      description:
        'Why the intervention is this therapy, in the curator’s words (1 to 1000 characters); shown as `Intervention.match.evidence`.',
    }),
  }),
});

const UnlinkInterventionFromTherapyInput = builder.inputType('UnlinkInterventionFromTherapyInput', {
  description: 'Removes the therapy link of a registered intervention, however it was made.',
  fields: (t) => ({
    interventionId: t.id({ required: true, description: 'Global ID of the Intervention.' }),
    expectedVersion: t.int({ required: true, description: 'The version of the intervention last read.' }),
  }),
});

const MergeTherapiesVersionsInput = builder.inputType('MergeTherapiesVersionsInput', {
  description: 'The versions last read of the two therapies of a merge.',
  fields: (t) => ({
    target: t.int({ required: true, description: 'Version of the therapy that stays.' }),
    source: t.int({ required: true, description: 'Version of the therapy merged into it and deleted.' }),
  }),
});

const MergeTherapiesInput = builder.inputType('MergeTherapiesInput', {
  description: 'Two therapies that are one construct: the source is merged into the target and deleted.',
  fields: (t) => ({
    targetId: t.id({ required: true, description: 'Global ID of the Therapy that stays.' }),
    sourceId: t.id({
      required: true,
      description:
        'Global ID of the Therapy merged into the target: its interventions, trial links, review links and claims move; its name, aliases and product codes become the target’s.',
    }),
    expectedVersions: t.field({
      type: MergeTherapiesVersionsInput,
      required: true,
      description: 'The versions last read of both therapies (a stale one is a ConflictError).',
    }),
  }),
});

const SplitTherapyNewTherapyInput = builder.inputType('SplitTherapyNewTherapyInput', {
  description: 'The therapy a split creates.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Unique name of the new therapy.' }),
    modality: t.field({ type: ModalityEnum, required: true, description: 'Its modality.' }),
    transgene: t.string({ description: 'The transgene it carries, if any.' }),
    targetAntigen: t.string({ description: 'The antigen it targets, if any.' }),
    vector: t.field({ type: VectorEnum, description: 'Its gene-delivery vector, if any.' }),
    cellSource: t.field({ type: CellSourceEnum, description: 'Where its cells come from, if any.' }),
    description: t.string({ description: 'A description of the construct.' }),
  }),
});

const SplitTherapyInput = builder.inputType('SplitTherapyInput', {
  description: 'A therapy that is really two constructs: some of its interventions move to a new therapy.',
  fields: (t) => ({
    therapyId: t.id({ required: true, description: 'Global ID of the Therapy to split.' }),
    expectedVersion: t.int({ required: true, description: 'The version of that therapy last read.' }),
    interventionIds: t.idList({
      required: true,
      description:
        'Global IDs of the Interventions that move to the new therapy; each must be linked to the therapy split.',
    }),
    newTherapy: t.field({
      type: SplitTherapyNewTherapyInput,
      required: true,
      description: 'The new therapy to create.',
    }),
  }),
});

interface MergeOutcome {
  targetId: number;
  deletedTherapyId: string;
  movedInterventionIds: number[];
  movedTrialLinkIds: number[];
  droppedTrialLinkIds: number[];
  movedClaimIds: number[];
  reviewIds: number[];
}

interface SplitOutcome {
  therapyId: number;
  newTherapyId: number;
  movedInterventionIds: number[];
  movedTrialLinkIds: number[];
}

const therapyById = (ctx: Context, id: number) =>
  loaded(ctx.db.query.therapies.findFirst({ where: { id } }), 'Therapy', id);
const interventionsById = (ctx: Context, ids: number[]) =>
  ctx.db.query.interventions.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } });
const trialLinksById = (ctx: Context, ids: number[]) =>
  ctx.db.query.trialTherapies.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } });

const MergeTherapiesSuccess = builder.objectRef<MergeOutcome>('MergeTherapiesSuccess').implement({
  description: 'A merge that was written, with what moved.',
  fields: (t) => ({
    therapy: t.field({
      type: Therapy,
      description: 'The therapy that stays, with the source’s names among its aliases and product codes.',
      resolve: (o, _args, ctx) => therapyById(ctx, o.targetId),
    }),
    deletedTherapyId: t.exposeID('deletedTherapyId', {
      description: 'Global ID of the deleted source therapy.',
    }),
    movedInterventions: t.field({
      type: [Intervention],
      description: 'The interventions that now link to the target.',
      resolve: (o, _args, ctx) => interventionsById(ctx, o.movedInterventionIds),
    }),
    movedTrialLinks: t.field({
      type: [TrialTherapyLink],
      description: 'The trial links that now point at the target.',
      resolve: (o, _args, ctx) => trialLinksById(ctx, o.movedTrialLinkIds),
    }),
    droppedTrialLinkIds: t.idList({
      description:
        'Global IDs of the source’s trial links deleted because the target already had a link for that trial and arm.',
      resolve: (o) => o.droppedTrialLinkIds.map((id) => encodeGlobalID('TrialTherapyLink', id)),
    }),
    movedClaims: t.field({
      type: [Claim],
      description: 'The claims that are now about the target.',
      resolve: (o, _args, ctx) =>
        ctx.db.query.claims.findMany({ where: { id: { in: o.movedClaimIds } }, orderBy: { id: 'asc' } }),
    }),
    reviews: t.field({
      type: [Review],
      description: 'The reviews that discussed the source and now discuss the target.',
      resolve: (o, _args, ctx) =>
        ctx.db.query.reviews.findMany({ where: { id: { in: o.reviewIds } }, orderBy: { id: 'asc' } }),
    }),
  }),
});

const SplitTherapySuccess = builder.objectRef<SplitOutcome>('SplitTherapySuccess').implement({
  description: 'A split that was written, with what moved.',
  fields: (t) => ({
    therapy: t.field({
      type: Therapy,
      description: 'The therapy that was split.',
      resolve: (o, _args, ctx) => therapyById(ctx, o.therapyId),
    }),
    newTherapy: t.field({
      type: Therapy,
      description: 'The therapy the split created.',
      resolve: (o, _args, ctx) => therapyById(ctx, o.newTherapyId),
    }),
    movedInterventions: t.field({
      type: [Intervention],
      description: 'The interventions that now link to the new therapy.',
      resolve: (o, _args, ctx) => interventionsById(ctx, o.movedInterventionIds),
    }),
    movedTrialLinks: t.field({
      type: [TrialTherapyLink],
      description:
        'The trial links that moved with them (of trials with no other intervention linked to the old therapy).',
      resolve: (o, _args, ctx) => trialLinksById(ctx, o.movedTrialLinkIds),
    }),
  }),
});

const resultOf = (mutation: string) =>
  ({
    types: MUTATION_ERRORS,
    directResult: true,
    union: {
      name: `${mutation}Result`,
      description: `The outcome of \`${mutation[0]?.toLowerCase()}${mutation.slice(1)}\`.`,
    },
  }) as const;

builder.mutationFields((t) => ({
  linkInterventionToTherapy: t.drizzleField({
    type: Intervention,
    description:
      'Links a registered intervention to a curated therapy by a curator’s decision (match method CURATOR, with the reason as evidence); later registry imports keep the link. Needs a curator token.',
    ...curatorAccess,
    errors: entityResult('linkInterventionToTherapy', 'intervention'),
    args: { input: t.arg({ type: LinkInterventionToTherapyInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const interventionId = decodeId(input.interventionId, 'Intervention', 'input.interventionId');
      const therapyId = decodeId(input.therapyId, 'Therapy', 'input.therapyId');
      const { id } = await write(ctx, (w) =>
        linkIntervention(w, {
          interventionId,
          therapyId,
          expectedVersion: input.expectedVersion,
          evidence: input.evidence,
        }),
      );
      return loaded(ctx.db.query.interventions.findFirst(query({ where: { id } })), 'Intervention', id);
    },
  }),

  unlinkInterventionFromTherapy: t.drizzleField({
    type: Intervention,
    description: 'Removes the therapy link of a registered intervention. Needs a curator token.',
    ...curatorAccess,
    errors: entityResult('unlinkInterventionFromTherapy', 'intervention'),
    args: { input: t.arg({ type: UnlinkInterventionFromTherapyInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const interventionId = decodeId(input.interventionId, 'Intervention', 'input.interventionId');
      const { id } = await write(ctx, (w) =>
        unlinkIntervention(w, { interventionId, expectedVersion: input.expectedVersion }),
      );
      return loaded(ctx.db.query.interventions.findFirst(query({ where: { id } })), 'Intervention', id);
    },
  }),

  mergeTherapies: t.field({
    type: MergeTherapiesSuccess,
    description:
      'Merges two therapies that are one construct: everything that points at the source moves to the target (duplicate links are dropped), the source’s names become aliases of the target, and the source is deleted. Needs a curator token.',
    ...curatorAccess,
    errors: resultOf('MergeTherapies'),
    args: { input: t.arg({ type: MergeTherapiesInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const targetId = decodeId(input.targetId, 'Therapy', 'input.targetId');
      const sourceId = decodeId(input.sourceId, 'Therapy', 'input.sourceId');
      const merged = await write(ctx, (w) =>
        mergeTherapies(w, { targetId, sourceId, expectedVersions: input.expectedVersions }),
      );
      return {
        targetId,
        deletedTherapyId: encodeGlobalID('Therapy', merged.deletedSourceId),
        movedInterventionIds: merged.movedInterventionIds,
        movedTrialLinkIds: merged.movedTrialLinkIds,
        droppedTrialLinkIds: merged.droppedTrialLinkIds,
        movedClaimIds: merged.movedClaimIds,
        reviewIds: merged.reviewIds,
      };
    },
  }),

  splitTherapy: t.field({
    type: SplitTherapySuccess,
    description:
      'Splits a therapy that is really two constructs: creates the new therapy and moves the listed interventions to it (match method CURATOR, evidence "split from <old name>"), with the trial links of trials that no longer give the old therapy. Needs a curator token.',
    ...curatorAccess,
    errors: resultOf('SplitTherapy'),
    args: { input: t.arg({ type: SplitTherapyInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const therapyId = decodeId(input.therapyId, 'Therapy', 'input.therapyId');
      const interventionIds = input.interventionIds.map((id, i) =>
        decodeId(id, 'Intervention', `input.interventionIds.${i}`),
      );
      const split = await write(ctx, (w) =>
        splitTherapy(w, {
          therapyId,
          expectedVersion: input.expectedVersion,
          interventionIds,
          newTherapy: input.newTherapy,
        }),
      );
      return {
        therapyId,
        newTherapyId: split.newTherapy.id,
        movedInterventionIds: split.movedInterventionIds,
        movedTrialLinkIds: split.movedTrialLinkIds,
      };
    },
  }),
}));
