import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { ChangeAction, EntityType } from '../domain/enums.js';
import { ConflictError } from '../domain/errors.js';
import { ValidationError } from '../domain/validation.js';
import type { Actor } from './actor.js';
import { type ChangeEntry, recordChanges, type Tx } from './history.js';

export type { Tx };

/** What a write's work gets: the transaction, its time, its actor and the history recorder. */
export interface Write {
  tx: Tx;
  /** The time of the write, for `updatedAt` and the history. */
  at: string;
  actor: Actor;
  record(
    entityType: EntityType,
    entityId: number,
    action: ChangeAction,
    before: object | null,
    after: object | null,
  ): Promise<void>;
  /** Several history rows in one statement. */
  recordAll(entries: readonly ChangeEntry[]): Promise<void>;
}

/** A Write over a transaction (or savepoint) the caller already holds. */
export function withWrite<T>(tx: Tx, actor: Actor, at: string, work: (w: Write) => Promise<T>): Promise<T> {
  return work({
    tx,
    at,
    actor,
    record: (entityType, entityId, action, before, after) =>
      recordChanges(tx, actor, at, [{ entityType, entityId, action, before, after }]),
    recordAll: (entries) => recordChanges(tx, actor, at, entries),
  });
}

/**
 * Writes to one database run one at a time. An embedded SQLite file has a single writer anyway,
 * and libSQL's extra pooled connections have no busy timeout, so two overlapping write
 * transactions would fail with SQLITE_BUSY instead of waiting. Reads are not queued.
 */
const writeQueues = new WeakMap<object, Promise<unknown>>();

/** Runs `work` after every earlier write to `db` has finished. */
export function serialized<T>(db: Db, work: () => Promise<T>): Promise<T> {
  const previous = writeQueues.get(db) ?? Promise.resolve();
  const run = previous.then(work);
  writeQueues.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}

/**
 * Runs `work` as one write transaction by `actor`: everything it writes, history included, or
 * nothing. A constraint failure becomes a typed ConflictError or ValidationError.
 */
export function runWrite<T>(db: Db, actor: Actor, work: (w: Write) => Promise<T>): Promise<T> {
  return serialized(db, () => transact(db, actor, new Date().toISOString(), work));
}

/**
 * Like runWrite, for writers that batch many records: `work` gets the open transaction and runs
 * each record in its own savepoint with `inSavepoint`, so one bad record does not undo the rest.
 */
export function runBatch<T>(
  db: Db,
  actor: Actor,
  work: (batch: {
    tx: Tx;
    at: string;
    inSavepoint: <R>(fn: (w: Write) => Promise<R>) => Promise<R>;
  }) => Promise<T>,
): Promise<T> {
  const at = new Date().toISOString();
  // Errors keep the driver's text here: an import report shows it per record.
  return serialized(db, () =>
    db.transaction(async (tx) => {
      await assertForeignKeys(tx);
      return work({
        tx,
        at,
        inSavepoint: (fn) => tx.transaction((sp) => withWrite(sp, actor, at, fn)),
      });
    }),
  );
}

async function transact<T>(db: Db, actor: Actor, at: string, work: (w: Write) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(async (tx) => {
      await assertForeignKeys(tx);
      return withWrite(tx, actor, at, work);
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
  if (error instanceof ConflictError || error instanceof ValidationError) return null;
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
