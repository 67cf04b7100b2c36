import { createSource, deleteSource as deleteSourceCommand, updateSource } from '../../write/source.js';
import { builder } from '../builder.js';
import { SourceKindEnum } from '../types/enums.js';
import { Source } from '../types/provenance.js';
import { adminAccess, curatorAccess, deletedResult, entityResult } from './errors.js';
import { DeleteInput, decodeId, type InputFields, loaded, write } from './write.js';

const sourceFields = (t: InputFields, create: boolean) => ({
  kind: t.field({ type: SourceKindEnum, required: create }),
  title: t.string({ required: create }),
  publisher: t.string(),
  publishedOn: t.string({ description: 'ISO date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD.' }),
  url: t.string(),
  doi: t.string(),
  pmid: t.string(),
  nctId: t.string(),
  retrievedAt: t.string({ description: 'ISO date-time the document was retrieved.' }),
});

const CreateSourceInput = builder.inputType('CreateSourceInput', {
  description: 'A document facts are taken from.',
  fields: (t) => sourceFields(t, true),
});

const UpdateSourceInput = builder.inputType('UpdateSourceInput', {
  description: 'Changes to a source: fields left out stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true }),
    expectedVersion: t.int({ required: true, description: 'The version last read.' }),
    ...sourceFields(t, false),
  }),
});

const deleteSource = deletedResult('deleteSource');

builder.mutationFields((t) => ({
  createSource: t.drizzleField({
    type: Source,
    description: 'Adds a source document. Needs a curator token.',
    ...curatorAccess,
    errors: entityResult('createSource', 'source'),
    args: { input: t.arg({ type: CreateSourceInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await write(ctx, (w) => createSource(w, input));
      return loaded(ctx.db.query.sources.findFirst(query({ where: { id } })), 'Source', id);
    },
  }),

  updateSource: t.drizzleField({
    type: Source,
    description: 'Changes a source (a stale `expectedVersion` is a ConflictError). Needs a curator token.',
    ...curatorAccess,
    errors: entityResult('updateSource', 'source'),
    args: { input: t.arg({ type: UpdateSourceInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id: globalId, expectedVersion, ...patch } = input;
      const id = decodeId(globalId, 'Source', 'input.id');
      await write(ctx, (w) => updateSource(w, { id, expectedVersion, patch }));
      return loaded(ctx.db.query.sources.findFirst(query({ where: { id } })), 'Source', id);
    },
  }),

  deleteSource: t.field({
    type: deleteSource.type,
    description:
      'Deletes a source and every claim citing it; reviews that were this source keep existing without it. ' +
      'Needs an admin token.',
    ...adminAccess,
    errors: deleteSource.errors,
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = decodeId(input.id, 'Source', 'input.id');
      await write(ctx, (w) => deleteSourceCommand(w, { id, expectedVersion: input.expectedVersion }));
      return { deletedId: input.id };
    },
  }),
}));
