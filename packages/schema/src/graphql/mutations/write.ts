import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { and, eq, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client.js';
import {
  type adverseEvents,
  changes,
  type claims,
  type patients,
  type reviews,
  type sources,
  type therapies,
  type trials,
  type trialTherapies,
} from '../../db/tables.js';
import type { ChangeAction, EntityType } from '../../domain/enums.js';
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import { ValidationError } from '../../domain/validation.js';
import { builder, type Context, type PothosTypes } from '../builder.js';

// The machinery every mutation shares: one serialized transaction per mutation, history rows,
// global-ID decoding and optimistic-concurrency updates and deletes.

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

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** What a mutation's work gets: the transaction, its timestamp and the history recorder. */
export interface Write {
  tx: Tx;
  /** The time of the write, for `updatedAt` and the history. */
  at: string;
  record(
    entityType: EntityType,
    entityId: number,
    action: ChangeAction,
    before: object | null,
    after: object | null,
  ): Promise<void>;
}

/**
 * Writes to one database run one at a time. An embedded SQLite file has a single writer anyway,
 * and libSQL's extra pooled connections have no busy timeout, so two overlapping write
 * transactions would fail with SQLITE_BUSY instead of waiting. Reads are not queued.
 */
const writeQueues = new WeakMap<object, Promise<unknown>>();

/** Runs `work` in one write transaction: everything it writes, history included, or nothing. */
export function runWrite<T>(ctx: Context, work: (w: Write) => Promise<T>): Promise<T> {
  const previous = writeQueues.get(ctx.db) ?? Promise.resolve();
  const run = previous.then(() => transact(ctx, work));
  writeQueues.set(
    ctx.db,
    run.catch(() => undefined),
  );
  return run;
}

async function transact<T>(ctx: Context, work: (w: Write) => Promise<T>): Promise<T> {
  const at = new Date().toISOString();
  const { viewer } = ctx;
  try {
    return await ctx.db.transaction(async (tx) => {
      await assertForeignKeys(tx);
      return work({
        tx,
        at,
        async record(entityType, entityId, action, before, after) {
          await tx.insert(changes).values({
            entityType,
            entityId,
            action,
            before: before as Record<string, unknown> | null,
            after: after as Record<string, unknown> | null,
            actorTokenId: viewer.tokenId,
            actorName: viewer.tokenName,
            actorRole: viewer.role,
            at,
          });
        },
      });
    });
  } catch (error) {
    throw constraintError(error) ?? error;
  }
}

/**
 * Cascades and references rely on SQLite's foreign keys, a per-connection setting. libSQL enables
 * them on every connection it opens (migrateDb also sets them); refuse to write on one without.
 */
async function assertForeignKeys(tx: Tx): Promise<void> {
  const [row] = await tx.all<{ foreign_keys: number }>(sql`PRAGMA foreign_keys`);
  if (Number(row?.foreign_keys) !== 1) {
    throw new Error('foreign keys are not enforced on this database connection; refusing to write');
  }
}

/** The messages of an error and its causes, innermost (the driver's) first. */
function messagesOf(error: unknown): string[] {
  const messages: string[] = [];
  for (let e: unknown = error; e instanceof Error && messages.length < 5; e = e.cause) {
    messages.unshift(e.message);
  }
  return messages;
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * A constraint failure the checks before the write did not catch (another process wrote in
 * between) as a typed error naming the input field, never as SQL text.
 */
export function constraintError(error: unknown): ConflictError | ValidationError | null {
  for (const message of messagesOf(error)) {
    const unique = /UNIQUE constraint failed: ([\w.]+(?:, [\w.]+)*)/.exec(message);
    if (unique?.[1]) {
      const columns = unique[1].split(', ').map((c) => c.split('.').pop() as string);
      const named = columns.filter((c) => !c.endsWith('_id') || c === 'nct_id');
      const path = named.length === 1 ? `input.${camel(named[0] as string)}` : 'input';
      return new ConflictError(`${path}: another row already has this value`, { path });
    }
    if (/FOREIGN KEY constraint failed/.test(message)) {
      return new ValidationError([
        { path: 'input', rule: 'foreign_key', message: 'refers to something that does not exist' },
      ]);
    }
  }
  return null;
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

export function checkVersion(expectedVersion: number, path = 'input.expectedVersion'): void {
  if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 1) {
    throw new ValidationError([{ path, rule: 'too_small', message: 'must be a version: 1 or more' }]);
  }
}

/** Tables with an integer id and the version/updatedAt columns of optimistic concurrency. */
export type VersionedTable =
  | typeof trials
  | typeof therapies
  | typeof trialTherapies
  | typeof patients
  | typeof adverseEvents
  | typeof reviews
  | typeof sources
  | typeof claims;

type Row<T extends VersionedTable> = T['$inferSelect'];

/** The row with this id, or a NotFoundError for `typename` naming `path`. */
export async function loadRow<T extends VersionedTable>(
  w: Write,
  table: T,
  typename: string,
  id: number,
  path: string,
): Promise<Row<T>> {
  const rows = (await w.tx
    .select()
    .from(table as typeof trials)
    .where(eq((table as typeof trials).id, id))
    .limit(1)) as Row<T>[];
  const row = rows[0];
  if (!row) throw new NotFoundError(typename, encodeGlobalID(typename, id), path);
  return row;
}

function staleVersion(typename: string, id: number, expected: number, current: number): ConflictError {
  return new ConflictError(
    `${typename} ${encodeGlobalID(typename, id)} is at version ${current}, not ${expected}: it changed since it was read`,
    { currentVersion: current, path: 'input.expectedVersion' },
  );
}

/** The row to update or delete: NotFoundError when missing, ConflictError when its version moved on. */
export async function loadForWrite<T extends VersionedTable>(
  w: Write,
  table: T,
  typename: string,
  id: number,
  expectedVersion: number,
): Promise<Row<T>> {
  const row = await loadRow(w, table, typename, id, 'input.id');
  if (row.version !== expectedVersion) throw staleVersion(typename, id, expectedVersion, row.version);
  return row;
}

/** After 0 rows matched `id and version`: the row is gone or moved on. */
async function missedWrite(
  w: Write,
  table: VersionedTable,
  typename: string,
  id: number,
  expectedVersion: number,
): Promise<never> {
  const t = table as typeof trials;
  const [current] = await w.tx.select({ version: t.version }).from(t).where(eq(t.id, id)).limit(1);
  if (!current) throw new NotFoundError(typename, encodeGlobalID(typename, id), 'input.id');
  throw staleVersion(typename, id, expectedVersion, current.version);
}

/**
 * `update … set …, version = version + 1, updated_at = ? where id = ? and version = ?`: a write
 * based on a stale read matches no row and becomes a ConflictError, never a lost update.
 */
export async function updateVersioned<T extends VersionedTable>(
  w: Write,
  table: T,
  typename: string,
  id: number,
  expectedVersion: number,
  set: Partial<T['$inferInsert']>,
): Promise<Row<T>> {
  const t = table as typeof trials;
  const rows = await w.tx
    .update(t)
    .set({ ...(set as object), version: sql`${t.version} + 1`, updatedAt: w.at })
    .where(and(eq(t.id, id), eq(t.version, expectedVersion)))
    .returning();
  const row = rows[0] as Row<T> | undefined;
  if (!row) return missedWrite(w, table, typename, id, expectedVersion);
  return row;
}

/** `delete … where id = ? and version = ?`, with the same conflict rules as updateVersioned. */
export async function deleteVersioned(
  w: Write,
  table: VersionedTable,
  typename: string,
  id: number,
  expectedVersion: number,
): Promise<void> {
  const t = table as typeof trials;
  const rows = await w.tx
    .delete(t)
    .where(and(eq(t.id, id), eq(t.version, expectedVersion)))
    .returning({ id: t.id });
  if (rows.length === 0) await missedWrite(w, table, typename, id, expectedVersion);
}

/**
 * A ConflictError when another row (not `exceptId`) already holds `value` in a unique column;
 * checked before writing so the error can name the input field and the row holding the value.
 */
export async function assertUnique(
  w: Write,
  options: {
    table: VersionedTable;
    column: SQLiteColumn;
    value: unknown;
    typename: string;
    path: string;
    label: string;
    exceptId?: number;
  },
): Promise<void> {
  const { value } = options;
  if (value == null) return;
  const t = options.table as typeof trials;
  const [existing] = await w.tx
    .select({ id: t.id })
    .from(t)
    .where(eq(options.column, value))
    .limit(2)
    .then((rows) => rows.filter((r) => r.id !== options.exceptId));
  if (existing) {
    const existingId = encodeGlobalID(options.typename, existing.id);
    throw new ConflictError(`${options.path}: ${options.label} ${JSON.stringify(value)} is already taken`, {
      path: options.path,
      existingId,
    });
  }
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

export { encodeGlobalID };
