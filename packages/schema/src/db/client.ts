import { fileURLToPath } from 'node:url';
import { type Client, createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { relations } from './relations.js';

/** Folder of the committed drizzle-kit migrations, shipped with this package. */
export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

export interface CreateDbOptions {
  /** libSQL URL: `file:path.db`, `:memory:`, or a libSQL server URL. */
  url: string;
  authToken?: string;
  /** Called with every SQL statement the ORM issues (for logs and statement-count tests). */
  onQuery?: (sql: string, params: unknown[]) => void;
  /**
   * How long a statement on an embedded SQLite file waits for another connection's (or
   * process's) write lock before it fails with SQLITE_BUSY (default DEFAULT_BUSY_TIMEOUT_MS).
   */
  busyTimeoutMs?: number;
}

/** Default busy timeout of every connection to an embedded SQLite file (DB_BUSY_TIMEOUT_MS). */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

export function createDb(options: CreateDbOptions) {
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const config = {
    url: options.url,
    ...(options.authToken ? { authToken: options.authToken } : {}),
    // libSQL keeps a pool of connections to a `file:` database and opens more on demand (every
    // `transaction()` borrows one for its lifetime). A PRAGMA reaches only the connection that
    // runs it; the client's `timeout` is set as the busy timeout of EVERY connection it opens.
    timeout: busyTimeoutMs,
  };
  const client = createClient(config);
  const onQuery = options.onQuery;
  const logger = onQuery
    ? { logger: { logQuery: (query: string, params: unknown[]) => onQuery(query, params) } }
    : {};
  const db = drizzle({ client, relations, ...logger });
  // The write layer's own connection to an embedded file (see `writer`); an in-memory database
  // exists only on the connection that made it, and a remote one has no such connections.
  const separate = isEmbeddedFile(options.url);
  const writeClient = separate ? createClient({ ...config, concurrency: 1 }) : client;
  const writer = Object.assign(separate ? drizzle({ client: writeClient, relations, ...logger }) : db, {
    client: writeClient,
  });
  if (separate) {
    const closeReaders = client.close.bind(client);
    client.close = () => {
      writeClient.close();
      closeReaders();
    };
  }
  return Object.assign(db, {
    client,
    busyTimeoutMs,
    /**
     * What the write layer writes through, one write at a time (its write queue): for an
     * embedded file a client of its own with one connection. A statement that fails with
     * SQLITE_BUSY stays "in progress" on its connection in libsql 0.5 (it is not reset), and every
     * later COMMIT on that connection would fail; the write layer reopens this connection after
     * a busy failure, which it cannot do for the shared pool without closing readers' ones.
     * Closing `client` closes it too.
     */
    writer,
  });
}

/** A `file:` URL of a database file (not an in-memory one). */
function isEmbeddedFile(url: string): boolean {
  return url.startsWith('file:') && !url.includes(':memory:') && !/[?&]mode=memory\b/.test(url);
}

export type Db = ReturnType<typeof createDb>;

/**
 * Pragmas for an embedded SQLite file: WAL for concurrent readers (a property of the file, so
 * once is enough) and enforced foreign keys. Per-connection settings are not made here: a PRAGMA
 * reaches only the one pooled connection that runs it. libSQL enables foreign keys on every
 * connection it opens (the write layer checks), and createDb gives every connection the busy
 * timeout through the client's `timeout` option.
 */
export async function configureConnection(client: Client): Promise<void> {
  await client.execute('PRAGMA foreign_keys = ON');
  if (!client.closed) {
    await client.execute('PRAGMA journal_mode = WAL').catch(() => undefined);
  }
}

/**
 * The database stayed locked by another writer (another process, or a connection outside the
 * write queue) for longer than the busy timeout. Nothing was written; retrying later is safe.
 */
export class DatabaseBusyError extends Error {
  constructor(
    /** The busy timeout that ran out, in milliseconds. */
    readonly busyTimeoutMs: number,
    options?: { cause?: unknown },
  ) {
    super(
      `The database is busy: another writer held its lock for more than ${busyTimeoutMs} ms. Nothing was written; retry shortly.`,
      options,
    );
    this.name = 'DatabaseBusyError';
  }
}

/** SQLite result codes of a lock that could not be taken: SQLITE_BUSY (5) and SQLITE_LOCKED (6). */
const BUSY_CODE = /^SQLITE_(BUSY|LOCKED)(_|$)/;
const BUSY_MESSAGE = /\bSQLITE_(BUSY|LOCKED)\b|database (table )?is locked/;

/** Whether an error (or one of its causes) is SQLite failing to get a lock: SQLITE_BUSY or SQLITE_LOCKED. */
export function isDatabaseBusy(error: unknown): boolean {
  let depth = 0;
  for (let e: unknown = error; e instanceof Error && depth < 8; e = e.cause, depth += 1) {
    if (e instanceof DatabaseBusyError) return true;
    const { code, rawCode } = e as { code?: unknown; rawCode?: unknown };
    if (typeof code === 'string' && BUSY_CODE.test(code)) return true;
    // The primary result code is the low byte of an extended one (SQLITE_BUSY_SNAPSHOT = 517).
    if (typeof rawCode === 'number' && [5, 6].includes(rawCode & 0xff)) return true;
    if (BUSY_MESSAGE.test(e.message)) return true;
  }
  return false;
}

/** Applies every pending migration with drizzle's migrator, then refreshes the planner statistics. */
export async function migrateDb(db: Db): Promise<void> {
  await configureConnection(db.client);
  await migrate(db, { migrationsFolder });
  await refreshPlannerStatistics(db);
}

/**
 * Rows ANALYZE reads per index (`PRAGMA analysis_limit`): enough for the planner's estimates,
 * and it keeps a refresh cheap however large the database grows.
 */
export const ANALYSIS_LIMIT = 1000;

/**
 * Refreshes the query planner's statistics (`sqlite_stat1`) with a sampling `ANALYZE`. Without
 * them SQLite guesses that every index is equally selective and, for a filtered, ordered trials
 * page, reads and sorts every matching trial in a temp B-tree instead of walking the ordering's
 * sort index to the first page (40 ms against 1 ms at 10k trials). `PRAGMA optimize` is not
 * enough: it skips tables that were empty or unused on the connection. Called after migrations
 * and by every bulk writer (seed, synthetic seed, importers) once it has written. Other
 * connections (the read pool's included) load the new statistics with their next statement:
 * ANALYZE changes the schema cookie.
 *
 * The trials table is then analysed in full: a sampling ANALYZE reads the first rows of each index,
 * which for a column of few values (phase, status, start year) are all one value, so at 100k
 * trials it took "phase = ?" for 1,001 of 53,700 rows (it is 12,500 of 100,000 on average) and
 * sorted 60k matches of a filtered page (130 ms) instead of walking the sort index (4 ms). Its
 * indexes hold one entry per trial: about 0.5 s at 100k trials.
 */
export async function refreshPlannerStatistics(db: Pick<Db, 'client'>): Promise<void> {
  // One batch: a PRAGMA reaches only the pooled connection that runs it.
  await db.client.batch(
    [
      `PRAGMA analysis_limit = ${ANALYSIS_LIMIT}`,
      'ANALYZE',
      'PRAGMA analysis_limit = 0',
      'ANALYZE trials',
      `PRAGMA analysis_limit = ${ANALYSIS_LIMIT}`,
    ],
    'write',
  );
}
