import { and, eq, ne, sql } from 'drizzle-orm';
import { therapies, trials, trialTherapies } from '../../db/tables.js';
import { ConflictError } from '../../domain/errors.js';
import { patchSchema, validatePatch } from '../../domain/patch.js';
import { parseOrThrow, trialTherapyInput } from '../../domain/validation.js';
import { builder } from '../builder.js';
import { TherapyRoleEnum } from '../types/enums.js';
import { TrialTherapyLink } from '../types/links.js';
import { adminAccess, curatorAccess, deletedResult, entityResult } from './errors.js';
import {
  checkVersion,
  DeleteInput,
  decodeId,
  deleteVersioned,
  encodeGlobalID,
  loaded,
  loadForWrite,
  loadRow,
  runWrite,
  updateVersioned,
  type Write,
} from './write.js';

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

/** One link per trial, therapy and arm (a null arm included, which the unique index alone misses). */
async function assertNewLink(
  w: Write,
  link: { trialId: number; therapyId: number; armName: string | null | undefined },
  exceptId?: number,
) {
  const [existing] = await w.tx
    .select({ id: trialTherapies.id })
    .from(trialTherapies)
    .where(
      and(
        eq(trialTherapies.trialId, link.trialId),
        eq(trialTherapies.therapyId, link.therapyId),
        sql`${trialTherapies.armName} is ${link.armName ?? null}`,
        exceptId ? ne(trialTherapies.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (existing) {
    throw new ConflictError('input.armName: the trial already gives this therapy in this arm', {
      path: 'input.armName',
      existingId: encodeGlobalID('TrialTherapyLink', existing.id),
    });
  }
}

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
      const values = parseOrThrow(trialTherapyInput, input, ['input']);
      const id = await runWrite(ctx, async (w) => {
        await loadRow(w, trials, 'Trial', trialId, 'input.trialId');
        await loadRow(w, therapies, 'Therapy', therapyId, 'input.therapyId');
        await assertNewLink(w, { trialId, therapyId, armName: values.armName });
        const [row] = await w.tx
          .insert(trialTherapies)
          .values({ ...values, trialId, therapyId, createdAt: w.at, updatedAt: w.at })
          .returning();
        if (!row) throw new Error('insert returned no row');
        await w.record('TRIAL_THERAPY', row.id, 'CREATE', null, row);
        return row.id;
      });
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
      checkVersion(expectedVersion);
      parseOrThrow(patchSchema(trialTherapyInput), patch, ['input']);
      await runWrite(ctx, async (w) => {
        const before = await loadForWrite(w, trialTherapies, 'TrialTherapyLink', id, expectedVersion);
        const values = validatePatch(trialTherapyInput, before, patch, ['input']);
        if (values.armName !== undefined) {
          await assertNewLink(
            w,
            { trialId: before.trialId, therapyId: before.therapyId, armName: values.armName },
            id,
          );
        }
        const after = await updateVersioned(
          w,
          trialTherapies,
          'TrialTherapyLink',
          id,
          expectedVersion,
          values,
        );
        await w.record('TRIAL_THERAPY', id, 'UPDATE', before, after);
      });
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
      checkVersion(input.expectedVersion);
      await runWrite(ctx, async (w) => {
        const before = await loadForWrite(w, trialTherapies, 'TrialTherapyLink', id, input.expectedVersion);
        await deleteVersioned(w, trialTherapies, 'TrialTherapyLink', id, input.expectedVersion);
        await w.record('TRIAL_THERAPY', id, 'DELETE', before, null);
      });
      return { deletedId: input.id };
    },
  }),
}));
