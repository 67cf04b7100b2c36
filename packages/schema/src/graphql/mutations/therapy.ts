import { eq } from 'drizzle-orm';
import { therapies, trialTherapies } from '../../db/tables.js';
import { patchSchema, validatePatch } from '../../domain/patch.js';
import { parseOrThrow, therapyInput } from '../../domain/validation.js';
import { builder } from '../builder.js';
import { CellSourceEnum, ModalityEnum, VectorEnum } from '../types/enums.js';
import { Therapy } from '../types/therapy.js';
import { detachFromReviews, removeClaimsAbout, removeTherapyLinks } from './cascade.js';
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

const therapyFields = (t: InputFields, create: boolean) => ({
  name: t.string({ required: create, description: 'Unique.' }),
  modality: t.field({ type: ModalityEnum, required: create }),
  transgene: t.string(),
  targetAntigen: t.string(),
  vector: t.field({ type: VectorEnum }),
  cellSource: t.field({ type: CellSourceEnum }),
  description: t.string(),
});

const CreateTherapyInput = builder.inputType('CreateTherapyInput', {
  description: 'A new therapy.',
  fields: (t) => therapyFields(t, true),
});

const UpdateTherapyInput = builder.inputType('UpdateTherapyInput', {
  description: 'Changes to a therapy: fields left out stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true }),
    expectedVersion: t.int({ required: true, description: 'The version last read.' }),
    ...therapyFields(t, false),
  }),
});

const uniqueName = (w: Write, name: string | null | undefined, exceptId?: number) =>
  assertUnique(w, {
    table: therapies,
    column: therapies.name,
    value: name,
    typename: 'Therapy',
    path: 'input.name',
    label: 'therapy name',
    ...(exceptId ? { exceptId } : {}),
  });

const deleteTherapy = deletedResult('deleteTherapy');

builder.mutationFields((t) => ({
  createTherapy: t.drizzleField({
    type: Therapy,
    description: 'Adds a therapy. Needs a curator token.',
    ...curatorAccess,
    errors: entityResult('createTherapy', 'therapy'),
    args: { input: t.arg({ type: CreateTherapyInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const values = parseOrThrow(therapyInput, input, ['input']);
      const id = await runWrite(ctx, async (w) => {
        await uniqueName(w, values.name);
        const [row] = await w.tx
          .insert(therapies)
          .values({ ...values, createdAt: w.at, updatedAt: w.at })
          .returning();
        if (!row) throw new Error('insert returned no row');
        await w.record('THERAPY', row.id, 'CREATE', null, row);
        return row.id;
      });
      return loaded(ctx.db.query.therapies.findFirst(query({ where: { id } })), 'Therapy', id);
    },
  }),

  updateTherapy: t.drizzleField({
    type: Therapy,
    description: 'Changes a therapy (a stale `expectedVersion` is a ConflictError). Needs a curator token.',
    ...curatorAccess,
    errors: entityResult('updateTherapy', 'therapy'),
    args: { input: t.arg({ type: UpdateTherapyInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id: globalId, expectedVersion, ...patch } = input;
      const id = decodeId(globalId, 'Therapy', 'input.id');
      checkVersion(expectedVersion);
      parseOrThrow(patchSchema(therapyInput), patch, ['input']);
      await runWrite(ctx, async (w) => {
        const before = await loadForWrite(w, therapies, 'Therapy', id, expectedVersion);
        const values = validatePatch(therapyInput, before, patch, ['input']);
        if (values.name !== undefined) await uniqueName(w, values.name, id);
        const after = await updateVersioned(w, therapies, 'Therapy', id, expectedVersion, values);
        await w.record('THERAPY', id, 'UPDATE', before, after);
      });
      return loaded(ctx.db.query.therapies.findFirst(query({ where: { id } })), 'Therapy', id);
    },
  }),

  deleteTherapy: t.field({
    type: deleteTherapy.type,
    description:
      'Deletes a therapy with its trial links and the claims about it; trials and reviews stay. Needs an admin token.',
    ...adminAccess,
    errors: deleteTherapy.errors,
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = decodeId(input.id, 'Therapy', 'input.id');
      checkVersion(input.expectedVersion);
      await runWrite(ctx, async (w) => {
        const before = await loadForWrite(w, therapies, 'Therapy', id, input.expectedVersion);
        await removeTherapyLinks(w, eq(trialTherapies.therapyId, id));
        await detachFromReviews(w, { therapyId: id });
        await removeClaimsAbout(w, 'THERAPY', [id]);
        await deleteVersioned(w, therapies, 'Therapy', id, input.expectedVersion);
        await w.record('THERAPY', id, 'DELETE', before, null);
      });
      return { deletedId: input.id };
    },
  }),
}));
