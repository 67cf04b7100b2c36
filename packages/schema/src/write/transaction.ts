import type { InStatement, ResultSet } from '@libsql/client';
import { sql } from 'drizzle-orm';
import { DatabaseBusyError, type Db, isDatabaseBusy } from '../db/client.js';
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

/** Which entities one committed write transaction changed (from its history rows). */
export interface CommittedChanges {
  /** Each changed entity type once. */
  entityTypes: EntityType[];
  /** Each changed entity once. */
  entities: { entityType: EntityType; entityId: number }[];
}

export type CommitListener = (changes: CommittedChanges) => void;

const commitListeners = new WeakMap<object, Set<CommitListener>>();
/** The entities each open write transaction has recorded so far (keyed by its transaction). */
const pendingChanges = new WeakMap<object, Map<string, { entityType: EntityType; entityId: number }>>();

/**
 * Calls `listener` after every write transaction through this `db` commits, with the entities it
 * changed (e.g. to drop cached responses). Not called for a transaction that rolled back. Returns
 * the function that stops listening.
 */
export function onCommittedChanges(db: Db, listener: CommitListener): () => void {
  let listeners = commitListeners.get(db);
  if (!listeners) {
    listeners = new Set();
    commitListeners.set(db, listeners);
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function noteChanges(root: object, entries: readonly ChangeEntry[]): void {
  const pending = pendingChanges.get(root);
  if (!pending) return;
  for (const { entityType, entityId } of entries)
    pending.set(`${entityType}:${entityId}`, { entityType, entityId });
}

/** Runs `commit` (a whole write transaction), then tells the db's listeners what it changed. */
async function notifyingCommit<T>(db: Db, commit: (root: object) => Promise<T>): Promise<T> {
  const root = {};
  pendingChanges.set(root, new Map());
  try {
    const result = await commit(root);
    const entities = [...(pendingChanges.get(root)?.values() ?? [])];
    const listeners = commitListeners.get(db);
    if (entities.length > 0 && listeners?.size) {
      const changes = { entityTypes: [...new Set(entities.map((e) => e.entityType))], entities };
      for (const listener of listeners) {
        try {
          listener(changes);
        } catch {
          // a listener's failure is its own; the write is committed
        }
      }
    }
    return result;
  } finally {
    pendingChanges.delete(root);
  }
}

/** A Write over a transaction (or savepoint) the caller already holds. */
export function withWrite<T>(tx: Tx, actor: Actor, at: string, work: (w: Write) => Promise<T>): Promise<T> {
  return withNotingWrite(tx, undefined, actor, at, work);
}

function withNotingWrite<T>(
  tx: Tx,
  root: object | undefined,
  actor: Actor,
  at: string,
  work: (w: Write) => Promise<T>,
): Promise<T> {
  const record = (entries: readonly ChangeEntry[]) => {
    if (root) noteChanges(root, entries);
    return recordChanges(tx, actor, at, entries);
  };
  return work({
    tx,
    at,
    actor,
    record: (entityType, entityId, action, before, after) =>
      record([{ entityType, entityId, action, before, after }]),
    recordAll: record,
  });
}

/**
 * Writes to one database run one at a time. An embedded SQLite file has a single writer anyway,
 * and a connection waiting for the lock waits synchronously (the busy timeout blocks the event
 * loop): two overlapping write transactions of one process would stall each other until the
 * timeout ran out. Waiting here is asynchronous. Reads are not queued. Writers in OTHER
 * processes are waited for by every connection's busy timeout (createDb); beyond it, a write
 * fails with a DatabaseBusyError.
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
  // Errors keep the driver's text here: an import report shows it per record. A lock that could
  // not be had is the exception: nothing of the batch was written.
  return serialized(db, async () => {
    try {
      // A rolled-back savepoint's entities are still announced: dropping too much is harmless.
      return await notifyingCommit(db, (root) =>
        db.writer.transaction(
          async (tx) => {
            await assertForeignKeys(tx);
            return work({
              tx,
              at,
              inSavepoint: (fn) => tx.transaction((sp) => withNotingWrite(sp, root, actor, at, fn)),
            });
          },
          { behavior: 'immediate' },
        ),
      );
    } catch (error) {
      throw (await busyError(db, error)) ?? error;
    }
  });
}

/**
 * One write transaction. drizzle's default behaviour on libSQL is `BEGIN IMMEDIATE`: the write
 * lock is taken (waiting up to the busy timeout) before `work` reads anything, so the optimistic
 * `where id = ? and version = ?` checks of the commands see the latest committed row and a
 * version race across processes ends as one success and one ConflictError, never SQLITE_BUSY
 * half-way through.
 */
async function transact<T>(db: Db, actor: Actor, at: string, work: (w: Write) => Promise<T>): Promise<T> {
  try {
    return await notifyingCommit(db, (root) =>
      db.writer.transaction(
        async (tx) => {
          await assertForeignKeys(tx);
          return withNotingWrite(tx, root, actor, at, work);
        },
        { behavior: 'immediate' },
      ),
    );
  } catch (error) {
    throw (await busyError(db, error)) ?? constraintError(error) ?? error;
  }
}

/**
 * One statement outside a transaction, in the write queue and on the write connection, e.g.
 * bookkeeping such as a token's last use. A lock held past the busy timeout is a DatabaseBusyError.
 */
export function writeStatement(db: Db, statement: InStatement): Promise<ResultSet> {
  return serialized(db, async () => {
    try {
      return await db.writer.client.execute(statement);
    } catch (error) {
      throw (await busyError(db, error)) ?? error;
    }
  });
}

/**
 * SQLITE_BUSY (the lock held past the busy timeout) as a typed, retryable DatabaseBusyError. Runs
 * inside the write queue's turn: the write connection is reopened first, because libsql leaves
 * the statement that failed busy in progress, and every later COMMIT on that connection would
 * fail ("cannot commit transaction - SQL statements in progress").
 */
async function busyError(db: Db, error: unknown): Promise<DatabaseBusyError | null> {
  if (!isDatabaseBusy(error)) return null;
  if (db.writer.client !== db.client) {
    try {
      await db.writer.client.reconnect();
    } catch {
      // the next write opens it again, or fails on its own
    }
  }
  return error instanceof DatabaseBusyError
    ? error
    : new DatabaseBusyError(db.busyTimeoutMs, { cause: error });
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
