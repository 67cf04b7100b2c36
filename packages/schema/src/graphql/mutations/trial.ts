import { eq } from 'drizzle-orm';
import { patients, trials, trialTherapies } from '../../db/tables.js';
import { patchSchema, validatePatch } from '../../domain/patch.js';
import { parseOrThrow, trialInput, yearOf } from '../../domain/validation.js';
import { builder } from '../builder.js';
import { PhaseEnum, TrialStatusEnum } from '../types/enums.js';
import { Trial } from '../types/trial.js';
import { detachFromReviews, removeClaimsAbout, removePatients, removeTherapyLinks } from './cascade.js';
import { adminAccess, curatorAccess, deletedResult, entityResult } from './errors.js';
import {
  assertUnique,
  checkVersion,
  DeleteInput,
  decodeId,
  deleteVersioned,
  type InputFields,
  loaded,
  loadForWrite,
  runWrite,
  updateVersioned,
  type Write,
} from './write.js';

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

const uniqueNctId = (w: Write, nctId: string | null | undefined, exceptId?: number) =>
  assertUnique(w, {
    table: trials,
    column: trials.nctId,
    value: nctId,
    typename: 'Trial',
    path: 'input.nctId',
    label: 'NCT id',
    ...(exceptId ? { exceptId } : {}),
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
      const values = parseOrThrow(trialInput, input, ['input']);
      const id = await runWrite(ctx, async (w) => {
        await uniqueNctId(w, values.nctId);
        const [row] = await w.tx
          .insert(trials)
          .values({ ...values, startYear: yearOf(values.startDate), createdAt: w.at, updatedAt: w.at })
          .returning();
        if (!row) throw new Error('insert returned no row');
        await w.record('TRIAL', row.id, 'CREATE', null, row);
        return row.id;
      });
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
      checkVersion(expectedVersion);
      parseOrThrow(patchSchema(trialInput), patch, ['input']);
      await runWrite(ctx, async (w) => {
        const before = await loadForWrite(w, trials, 'Trial', id, expectedVersion);
        const values = validatePatch(trialInput, before, patch, ['input']);
        if (values.nctId !== undefined) await uniqueNctId(w, values.nctId, id);
        const after = await updateVersioned(w, trials, 'Trial', id, expectedVersion, {
          ...values,
          ...('startDate' in values ? { startYear: yearOf(values.startDate) } : {}),
        });
        await w.record('TRIAL', id, 'UPDATE', before, after);
      });
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
      checkVersion(input.expectedVersion);
      await runWrite(ctx, async (w) => {
        const before = await loadForWrite(w, trials, 'Trial', id, input.expectedVersion);
        await removePatients(w, await w.tx.select().from(patients).where(eq(patients.trialId, id)));
        await removeTherapyLinks(w, eq(trialTherapies.trialId, id));
        await detachFromReviews(w, { trialId: id });
        await removeClaimsAbout(w, 'TRIAL', [id]);
        await deleteVersioned(w, trials, 'Trial', id, input.expectedVersion);
        await w.record('TRIAL', id, 'DELETE', before, null);
      });
      return { deletedId: input.id };
    },
  }),
}));
