import { createTrial, deleteTrial as deleteTrialCommand, updateTrial } from '../../write/trial.js';
import { builder } from '../builder.js';
import { PhaseEnum, TrialStatusEnum } from '../types/enums.js';
import { Trial } from '../types/trial.js';
import { adminAccess, curatorAccess, deletedResult, entityResult } from './errors.js';
import { DeleteInput, decodeId, type InputFields, loaded, write } from './write.js';

const trialFields = (t: InputFields, create: boolean) => ({
  nctId: t.string({ description: 'ClinicalTrials.gov id: "NCT" and 8 digits; unique.' }),
  title: t.string({ required: create }),
  officialTitle: t.string(),
  phase: t.field({ type: PhaseEnum }),
  status: t.field({ type: TrialStatusEnum }),
  conditions: t.stringList(),
  sponsor: t.string(),
  institution: t.string(),
  country: t.string(),
  principalInvestigator: t.string(),
  startDate: t.string({ description: 'ISO date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD.' }),
  completionDate: t.string({ description: 'Not before startDate.' }),
  plannedEnrollment: t.int(),
  actualEnrollment: t.int(),
  summary: t.string(),
});

const CreateTrialInput = builder.inputType('CreateTrialInput', {
  description: 'A new trial.',
  fields: (t) => trialFields(t, true),
});

const UpdateTrialInput = builder.inputType('UpdateTrialInput', {
  description: 'Changes to a trial: fields left out stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true }),
    expectedVersion: t.int({ required: true, description: 'The version last read.' }),
    ...trialFields(t, false),
  }),
});

const deleteTrial = deletedResult('deleteTrial');

builder.mutationFields((t) => ({
  createTrial: t.drizzleField({
    type: Trial,
    description: 'Adds a trial. Needs a curator token.',
    ...curatorAccess,
    errors: entityResult('createTrial', 'trial'),
    args: { input: t.arg({ type: CreateTrialInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await write(ctx, (w) => createTrial(w, input));
      return loaded(ctx.db.query.trials.findFirst(query({ where: { id } })), 'Trial', id);
    },
  }),

  updateTrial: t.drizzleField({
    type: Trial,
    description:
      'Changes a trial. `expectedVersion` must be the version last read, or the result is a ConflictError. ' +
      'Needs a curator token.',
    ...curatorAccess,
    errors: entityResult('updateTrial', 'trial'),
    args: { input: t.arg({ type: UpdateTrialInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id: globalId, expectedVersion, ...patch } = input;
      const id = decodeId(globalId, 'Trial', 'input.id');
      await write(ctx, (w) => updateTrial(w, { id, expectedVersion, patch }));
      return loaded(ctx.db.query.trials.findFirst(query({ where: { id } })), 'Trial', id);
    },
  }),

  deleteTrial: t.field({
    type: deleteTrial.type,
    description:
      'Deletes a trial with its patients (and their adverse events), its therapy links and every claim ' +
      'about them; reviews that discussed it stay. Needs an admin token.',
    ...adminAccess,
    errors: deleteTrial.errors,
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = decodeId(input.id, 'Trial', 'input.id');
      await write(ctx, (w) => deleteTrialCommand(w, { id, expectedVersion: input.expectedVersion }));
      return { deletedId: input.id };
    },
  }),
}));
