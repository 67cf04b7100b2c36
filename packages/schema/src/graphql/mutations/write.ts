import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { DatabaseBusyError, type Db } from '../../db/client.js';
import { NotFoundError } from '../../domain/errors.js';
import { ValidationError } from '../../domain/validation.js';
import { actorOfViewer } from '../../write/actor.js';
import { runWrite, type Write } from '../../write/transaction.js';
import { builder, type Context, type PothosTypes } from '../builder.js';
import { databaseBusyExtensions } from '../error-codes.js';

// What the mutation resolvers share: global-ID decoding, the request's write (the write layer in
// src/write with the viewer's token as actor) and loading the written entity after commit.

builder.mutationType({
  description:
    'Writes. Creates and updates need a curator token, deletes an admin token. Each mutation is one ' +
    'transaction and records every row it writes in the change history.',
});

/** The field builder of an input type, for field lists shared by a create and an update input. */
export type InputFields = PothosSchemaTypes.InputFieldBuilder<
  PothosSchemaTypes.ExtendDefaultTypes<PothosTypes>,
  'InputObject'
>;

/**
 * Runs `work` as one write transaction by the request's API token. A database locked by another
 * writer past the busy timeout is not a failure of the input: it is a top-level DATABASE_BUSY
 * error (503 with Retry-After), not a member of the result union.
 */
export async function write<T>(
  ctx: { db: Db; viewer: Context['viewer'] },
  work: (w: Write) => Promise<T>,
): Promise<T> {
  try {
    return await runWrite(ctx.db, actorOfViewer(ctx.viewer), work);
  } catch (error) {
    if (error instanceof DatabaseBusyError)
      throw new GraphQLError(error.message, { extensions: databaseBusyExtensions() });
    throw error;
  }
}

/** The database id a global ID names, which must be of one of `typenames`. */
export function decodeId(globalId: string, typenames: string | readonly string[], path: string): number {
  const allowed = typeof typenames === 'string' ? [typenames] : typenames;
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(String(globalId));
  } catch {
    throw new ValidationError([{ path, rule: 'invalid_id', message: 'is not a global ID' }]);
  }
  const id = Number(decoded.id);
  if (!allowed.includes(decoded.typename) || !Number.isSafeInteger(id) || id < 1) {
    throw new ValidationError([
      { path, rule: 'wrong_id_type', message: `must be the ID of a ${allowed.join(' or ')}` },
    ]);
  }
  return id;
}

/** Like decodeId, also returning the type name. */
export function decodeTypedId(globalId: string, typenames: readonly string[], path: string) {
  const id = decodeId(globalId, typenames, path);
  return { id, typename: decodeGlobalID(String(globalId)).typename };
}

/** The written entity, loaded after commit with the document's selection; NotFound if deleted since. */
export async function loaded<R>(row: Promise<R | undefined>, typename: string, id: number): Promise<R> {
  const found = await row;
  if (!found) throw new NotFoundError(typename, encodeGlobalID(typename, id));
  return found;
}

export const DeleteInput = builder.inputType('DeleteInput', {
  description: 'What to delete, and the version last read of it (a stale version is a ConflictError).',
  fields: (t) => ({
    id: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
  }),
});

export { constraintError } from '../../write/transaction.js';
export { encodeGlobalID };
