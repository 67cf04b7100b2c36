import { encodeGlobalID } from '@pothos/plugin-relay';
import { and, eq, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type {
  adverseEvents,
  assessments,
  claims,
  interventions,
  patients,
  reviews,
  sources,
  therapies,
  trials,
  trialTherapies,
} from '../db/tables.js';
import { jsonEqual } from '../domain/changes.js';
import type { EntityType } from '../domain/enums.js';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import { ValidationError } from '../domain/validation.js';
import type { Write } from './transaction.js';

// Row-level writes with optimistic concurrency. The only place a version is bumped.

/** Tables with an integer id and the version/updatedAt columns of optimistic concurrency. */
export type VersionedTable =
  | typeof trials
  | typeof therapies
  | typeof trialTherapies
  | typeof patients
  | typeof adverseEvents
  | typeof reviews
  | typeof assessments
  | typeof sources
  | typeof claims
  | typeof interventions;

type Row<T extends VersionedTable> = T['$inferSelect'];

export function checkVersion(expectedVersion: number, path = 'input.expectedVersion'): void {
  if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 1) {
    throw new ValidationError([{ path, rule: 'too_small', message: 'must be a version: 1 or more' }]);
  }
}

/** The row with this id, or a NotFoundError for `typename` naming `path`. */
export async function loadRow<T extends VersionedTable>(
  w: Pick<Write, 'tx'>,
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
  w: Pick<Write, 'tx'>,
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

/** Inserts one row stamped with the write's time, and records its CREATE. */
export async function insertRow<T extends VersionedTable>(
  w: Write,
  table: T,
  entityType: EntityType,
  values: T['$inferInsert'],
): Promise<Row<T>> {
  const [row] = (await insertRows(w, table, entityType, [values])) as Row<T>[];
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Inserts rows in one statement, and records a CREATE for each. */
export async function insertRows<T extends VersionedTable>(
  w: Write,
  table: T,
  entityType: EntityType,
  values: readonly T['$inferInsert'][],
): Promise<Row<T>[]> {
  if (values.length === 0) return [];
  const rows = (await w.tx
    .insert(table as typeof trials)
    .values(values.map((v) => ({ ...(v as object), createdAt: w.at, updatedAt: w.at })) as never)
    .returning()) as Row<T>[];
  await w.recordAll(
    rows.map((row) => ({
      entityType,
      entityId: row.id,
      action: 'CREATE' as const,
      before: null,
      after: row,
    })),
  );
  return rows;
}

/**
 * `update … set …, version = version + 1, updated_at = ? where id = ? and version = ?`: a write
 * based on a stale read matches no row and becomes a ConflictError, never a lost update. Records
 * no history: callers record it with the snapshot they need.
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

/** The keys of `next` whose values differ from `current` (a key missing from `next` is left alone). */
export function differingFields(current: object, next: object): string[] {
  const c = current as Record<string, unknown>;
  const n = next as Record<string, unknown>;
  return Object.keys(n).filter((key) => n[key] !== undefined && !jsonEqual(c[key] ?? null, n[key] ?? null));
}

/**
 * The upsert step of the importers: sets only the fields of `next` that differ from `current`,
 * bumping the version and recording an UPDATE. When nothing differs nothing is written: no
 * version bump, no history row.
 */
export async function updateChanged<T extends VersionedTable>(
  w: Write,
  table: T,
  entityType: EntityType,
  typename: string,
  current: Row<T>,
  next: Partial<T['$inferInsert']>,
): Promise<{ row: Row<T>; changedFields: string[] }> {
  const changedFields = differingFields(current, next);
  if (changedFields.length === 0) return { row: current, changedFields };
  const set = Object.fromEntries(changedFields.map((k) => [k, (next as Record<string, unknown>)[k]]));
  const row = await updateVersioned(w, table, typename, current.id, current.version, set as never);
  await w.record(entityType, row.id, 'UPDATE', current, row);
  return { row, changedFields };
}

/** Deletes one row as read (a concurrent change is a ConflictError), recording its DELETE. */
export async function deleteRow<T extends VersionedTable>(
  w: Write,
  table: T,
  entityType: EntityType,
  typename: string,
  row: Row<T>,
): Promise<void> {
  await deleteVersioned(w, table, typename, row.id, row.version);
  await w.record(entityType, row.id, 'DELETE', row, null);
}

/**
 * Marks a row changed without touching its columns (a review whose links changed): a new version
 * and updatedAt. Returns the row as it is now.
 */
export async function touchRow<T extends VersionedTable>(
  w: Write,
  table: T,
  id: number,
  set: Partial<T['$inferInsert']> = {},
): Promise<Row<T> | undefined> {
  const t = table as typeof trials;
  const [row] = await w.tx
    .update(t)
    .set({ ...(set as object), version: sql`${t.version} + 1`, updatedAt: w.at })
    .where(eq(t.id, id))
    .returning();
  return row as Row<T> | undefined;
}

/**
 * A ConflictError when another row (not `exceptId`) already holds `value` in a unique column;
 * checked before writing so the error can name the input field and the row holding the value.
 */
export async function assertUnique(
  w: Pick<Write, 'tx'>,
  options: {
    table: VersionedTable;
    column: SQLiteColumn;
    value: unknown;
    typename: string;
    path: string;
    label: string;
    exceptId?: number | undefined;
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
