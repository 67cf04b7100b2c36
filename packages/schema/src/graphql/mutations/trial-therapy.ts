import {
  linkTherapyToTrial,
  unlinkTherapyFromTrial,
  updateTrialTherapyLink,
} from '../../write/trial-therapy.js';
import { builder } from '../builder.js';
import { TherapyRoleEnum } from '../types/enums.js';
import { TrialTherapyLink } from '../types/links.js';
import { adminAccess, curatorAccess, deletedResult, entityResult } from './errors.js';
import { DeleteInput, decodeId, loaded, write } from './write.js';

const LinkTherapyToTrialInput = builder.inputType('LinkTherapyToTrialInput', {
  description: 'A therapy a trial gives, in which arm, in what role and at what dose.',
  fields: (t) => ({
    trialId: t.id({ required: true }),
    therapyId: t.id({ required: true }),
    armName: t.string({ description: 'Unique per trial and therapy (one link per arm).' }),
    role: t.field({ type: TherapyRoleEnum, required: true }),
    dose: t.string(),
  }),
});

const UpdateTrialTherapyLinkInput = builder.inputType('UpdateTrialTherapyLinkInput', {
  description: 'Changes to a trial ↔ therapy link: fields left out stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the TrialTherapyLink (an edge’s `linkId`).' }),
    expectedVersion: t.int({ required: true }),
    armName: t.string(),
    role: t.field({ type: TherapyRoleEnum }),
    dose: t.string(),
  }),
});

const unlink = deletedResult('unlinkTherapyFromTrial');

builder.mutationFields((t) => ({
  linkTherapyToTrial: t.drizzleField({
    type: TrialTherapyLink,
    description: 'Records that a trial gives a therapy (arm, role, dose). Needs a curator token.',
    ...curatorAccess,
    errors: entityResult('linkTherapyToTrial', 'link'),
    args: { input: t.arg({ type: LinkTherapyToTrialInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const trialId = decodeId(input.trialId, 'Trial', 'input.trialId');
      const therapyId = decodeId(input.therapyId, 'Therapy', 'input.therapyId');
      const { id } = await write(ctx, (w) => linkTherapyToTrial(w, { ...input, trialId, therapyId }));
      return loaded(ctx.db.query.trialTherapies.findFirst(query({ where: { id } })), 'TrialTherapyLink', id);
    },
  }),

  updateTrialTherapyLink: t.drizzleField({
    type: TrialTherapyLink,
    description: 'Changes the arm, role or dose of a link. Needs a curator token.',
    ...curatorAccess,
    errors: entityResult('updateTrialTherapyLink', 'link'),
    args: { input: t.arg({ type: UpdateTrialTherapyLinkInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id: globalId, expectedVersion, ...patch } = input;
      const id = decodeId(globalId, 'TrialTherapyLink', 'input.id');
      await write(ctx, (w) => updateTrialTherapyLink(w, { id, expectedVersion, patch }));
      return loaded(ctx.db.query.trialTherapies.findFirst(query({ where: { id } })), 'TrialTherapyLink', id);
    },
  }),

  unlinkTherapyFromTrial: t.field({
    type: unlink.type,
    description: 'Removes a trial ↔ therapy link (the trial and therapy stay). Needs an admin token.',
    ...adminAccess,
    errors: unlink.errors,
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = decodeId(input.id, 'TrialTherapyLink', 'input.id');
      await write(ctx, (w) => unlinkTherapyFromTrial(w, { id, expectedVersion: input.expectedVersion }));
      return { deletedId: input.id };
    },
  }),
}));
