import { createTherapy, deleteTherapy as deleteTherapyCommand, updateTherapy } from '../../write/therapy.js';
import { builder } from '../builder.js';
import { CellSourceEnum, ModalityEnum, VectorEnum } from '../types/enums.js';
import { Therapy } from '../types/therapy.js';
import { adminAccess, curatorAccess, deletedResult, entityResult } from './errors.js';
import { DeleteInput, decodeId, type InputFields, loaded, write } from './write.js';

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

const deleteTherapy = deletedResult('deleteTherapy');

builder.mutationFields((t) => ({
  createTherapy: t.drizzleField({
    type: Therapy,
    description: 'Adds a therapy. Needs a curator token.',
    ...curatorAccess,
    errors: entityResult('createTherapy', 'therapy'),
    args: { input: t.arg({ type: CreateTherapyInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await write(ctx, (w) => createTherapy(w, input));
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
      await write(ctx, (w) => updateTherapy(w, { id, expectedVersion, patch }));
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
      await write(ctx, (w) => deleteTherapyCommand(w, { id, expectedVersion: input.expectedVersion }));
      return { deletedId: input.id };
    },
  }),
}));
