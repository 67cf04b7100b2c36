import { asc, eq, sql } from 'drizzle-orm';
import { claims, reviews, sources } from '../../db/tables.js';
import { patchSchema, validatePatch } from '../../domain/patch.js';
import { parseOrThrow, sourceInput } from '../../domain/validation.js';
import { builder } from '../builder.js';
import { SourceKindEnum } from '../types/enums.js';
import { Source } from '../types/provenance.js';
import { removeClaimsWhere, reviewSnapshot } from './cascade.js';
import { adminAccess, curatorAccess, deletedResult, entityResult } from './errors.js';
import {
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

/** Reviews that were this source lose the reference: a change to each, with a new version. */
async function detachReviews(w: Write, sourceId: number) {
  const rows = await w.tx
    .select()
    .from(reviews)
    .where(eq(reviews.sourceId, sourceId))
    .orderBy(asc(reviews.id));
  for (const row of rows) {
    const before = await reviewSnapshot(w, row);
    const [after] = await w.tx
      .update(reviews)
      .set({ sourceId: null, version: sql`${reviews.version} + 1`, updatedAt: w.at })
      .where(eq(reviews.id, row.id))
      .returning();
    if (after) await w.record('REVIEW', row.id, 'UPDATE', before, await reviewSnapshot(w, after));
  }
}

const deleteSource = deletedResult('deleteSource');

builder.mutationFields((t) => ({
  createSource: t.drizzleField({
    type: Source,
    description: 'Adds a source document. Needs a curator token.',
    ...curatorAccess,
    errors: entityResult('createSource', 'source'),
    args: { input: t.arg({ type: CreateSourceInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const values = parseOrThrow(sourceInput, input, ['input']);
      const id = await runWrite(ctx, async (w) => {
        const [row] = await w.tx
          .insert(sources)
          .values({ ...values, createdAt: w.at, updatedAt: w.at })
          .returning();
        if (!row) throw new Error('insert returned no row');
        await w.record('SOURCE', row.id, 'CREATE', null, row);
        return row.id;
      });
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
      checkVersion(expectedVersion);
      parseOrThrow(patchSchema(sourceInput), patch, ['input']);
      await runWrite(ctx, async (w) => {
        const before = await loadForWrite(w, sources, 'Source', id, expectedVersion);
        const values = validatePatch(sourceInput, before, patch, ['input']);
        const after = await updateVersioned(w, sources, 'Source', id, expectedVersion, values);
        await w.record('SOURCE', id, 'UPDATE', before, after);
      });
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
      checkVersion(input.expectedVersion);
      await runWrite(ctx, async (w) => {
        const before = await loadForWrite(w, sources, 'Source', id, input.expectedVersion);
        await removeClaimsWhere(w, eq(claims.sourceId, id));
        await detachReviews(w, id);
        await deleteVersioned(w, sources, 'Source', id, input.expectedVersion);
        await w.record('SOURCE', id, 'DELETE', before, null);
      });
      return { deletedId: input.id };
    },
  }),
}));
