import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { type Db, relations } from '@genetrials/schema';
import { drizzle } from 'drizzle-orm/libsql';

// @libsql/client's types, as the schema package's client has them.
type Client = Db['client'];
export type InStatement = string | { sql: string; args?: unknown[] | Record<string, unknown> };
export type ResultSet = Awaited<ReturnType<Client['execute']>>;
type Row = ResultSet['rows'][number];

/**
 * Read statements off the request event loop: N worker threads, each with its own read-only libSQL
 * connection to the same `file:` database (WAL lets them read while the main connection writes).
 * `createReadPool(...).db` is a drizzle database of the same driver, relations and row mapping as
 * `createDb`'s, whose client sends each statement to a free worker and awaits its rows.
 *
 * Every statement carries a deadline (the request's abort signal when one is in scope, see
 * `withStatementSignal`, else `statementTimeoutMs`): past it the statement is interrupted in its
 * worker (sqlite3_interrupt; the worker runs it on libSQL's async API, so its own thread stays free
 * to receive the interruption), and a worker that still does not answer soon after is terminated
 * and replaced. The caller gets the abort reason at once either way.
 *
 * Memory: the pool starts one worker and adds the others only when a statement finds every started
 * worker busy (a server that never reads two things at once keeps one), and each worker's V8 heap
 * has a small young generation (`WORKER_RESOURCE_LIMITS`): a worker only steps statements and
 * posts their rows, so it keeps a few MB alive, and the default young generation let each worker
 * grow to tens of MB of short-lived garbage.
 */

export interface ReadPoolOptions {
  /** `file:` URL of the database (the same file the main connection writes). */
  url: string;
  /** Most worker threads (each with one connection); at least 1. The first starts at once, the others when needed. */
  workers: number;
  /** Deadline of a statement run outside any request signal. */
  statementTimeoutMs?: number;
  /** How long an interrupted worker may take to answer before it is terminated and replaced. */
  interruptGraceMs?: number;
  /** SQLite busy timeout of the worker connections. */
  busyTimeoutMs?: number;
  /** Prepared statements each worker keeps for reuse, by SQL text (least recently used dropped). */
  maxPreparedStatements?: number;
  /** Called with every SQL statement the ORM issues on the read db (as createDb's onQuery). */
  onQuery?: (sql: string, params: unknown[]) => void;
}

export interface ReadPoolStats {
  /** Worker threads started (they start on demand, up to `maxWorkers`). */
  workers: number;
  maxWorkers: number;
  busy: number;
  queued: number;
  /** Statements interrupted at their deadline or on their request's abort. */
  interrupted: number;
  /** Interrupted statements whose worker confirmed it stopped them (SQLITE_INTERRUPT). */
  stopped: number;
  /** Workers terminated and replaced because they did not answer an interruption in time. */
  replaced: number;
}

export interface ReadPool {
  /** The drizzle database for reads (use the main db for writes). */
  db: Db;
  /** Runs one statement in a worker. */
  execute(statement: InStatement, signal?: AbortSignal): Promise<ResultSet>;
  stats(): ReadPoolStats;
  close(): Promise<void>;
}

/**
 * V8 heap limits of each worker thread. The young generation is where the rows of a statement are
 * built before they are posted; 8 MB holds the largest page the server answers, and the default
 * (up to 48 MB per thread, grown under load and rarely given back) cost each worker its RSS.
 */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 8 } as const;

const signals = new AsyncLocalStorage<AbortSignal>();

/**
 * Runs `fn` so that every read-pool statement it issues ends when `signal` aborts. Requests use
 * `readDbFor` instead: running anything in an AsyncLocalStorage turns on Node's promise hooks for
 * the whole process, which costs every request 10-15 % of its CPU time.
 */
export function withStatementSignal<T>(signal: AbortSignal, fn: () => T): T {
  return signals.run(signal, fn);
}

const signalDbs = new WeakMap<Db, (signal: AbortSignal) => Db>();

/**
 * The database one request reads through: for a read pool's db, a drizzle database of the same
 * pool whose statements all end when `signal` aborts (interrupted in their worker, or never
 * started); any other db as is. Cheap (one drizzle instance over the shared pool).
 */
export function readDbFor(db: Db, signal: AbortSignal | undefined): Db {
  const forSignal = signal ? signalDbs.get(db) : undefined;
  return forSignal && signal ? forSignal(signal) : db;
}

/** The path of the database file of a `file:` URL, or undefined when a pool cannot serve it. */
export function poolablePath(url: string): string | undefined {
  if (!url.startsWith('file:')) return undefined;
  const path = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
  if (!path || path === ':memory:' || path.includes('?') || path.startsWith(':memory:')) return undefined;
  return path;
}

/** libSQL's promise API (the package @libsql/client itself runs on), resolved from here. */
function libsqlPromisePath(): string {
  const fromHere = createRequire(import.meta.url);
  const schemaEntry = fromHere.resolve('@genetrials/schema');
  const clientEntry = createRequire(schemaEntry).resolve('@libsql/client');
  return createRequire(clientEntry).resolve('libsql/promise');
}

// The worker, as CommonJS source (runs the same under tsx, vitest and plain node). One statement at a
// time: the pool sends the next only after the answer. `interrupt` names the statement it targets so
// that a late one never hits the next statement.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.libsql);
const MIN = -9007199254740991n, MAX = 9007199254740991n;
let current = -1;
let cancelled = -1;
let repeat;
// Prepared statements by SQL text, least recently used first: the same document issues the same
// statement text on every request (values are bound), so it is prepared once per worker.
const statements = new Map();
const MAX_STATEMENTS = Number(workerData.maxStatements);
async function prepared(db, sql) {
  let entry = statements.get(sql);
  if (entry) {
    statements.delete(sql);
    statements.set(sql, entry);
    return entry;
  }
  const stmt = await db.prepare(sql);
  stmt.safeIntegers(true);
  let returnsData = true;
  try { stmt.raw(true); } catch { returnsData = false; }
  if (!returnsData) throw new Error('The read pool runs statements that return rows only');
  const columns = stmt.columns();
  entry = { stmt, columns: columns.map((c) => c.name), columnTypes: columns.map((c) => c.type ?? '') };
  statements.set(sql, entry);
  if (statements.size > MAX_STATEMENTS) statements.delete(statements.keys().next().value);
  return entry;
}
const ready = (async () => {
  const db = new Database(workerData.path);
  await db.exec('PRAGMA busy_timeout = ' + Number(workerData.busyTimeoutMs));
  await db.exec('PRAGMA query_only = ON');
  return db;
})();
function fromSql(v) {
  if (typeof v === 'bigint') {
    if (v < MIN || v > MAX) throw new RangeError('Received integer which cannot be safely represented as a JavaScript number');
    return Number(v);
  }
  if (v instanceof Uint8Array) return v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength);
  return v;
}
parentPort.on('message', async (message) => {
  const db = await ready.catch(() => undefined);
  if (message.type === 'close') {
    // Close the native connection here, on this thread, before the worker ends: ending a worker
    // that still holds one can bring the whole process down while the addon tears it down.
    // A statement still running (it was interrupted) finishes first.
    for (let waited = 0; current !== -1 && waited < 2000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    clearInterval(repeat);
    statements.clear();
    try { db?.close(); } catch {}
    parentPort.close();
    return;
  }
  if (message.type === 'interrupt') {
    if (!db || message.id !== current) return;
    // sqlite3_interrupt is a no-op until the statement steps: repeat it until the statement ends.
    cancelled = message.id;
    db.interrupt();
    clearInterval(repeat);
    repeat = setInterval(() => (current === cancelled ? db.interrupt() : clearInterval(repeat)), 20);
    return;
  }
  const { id, sql, args } = message;
  current = id;
  try {
    if (!db) await ready;
    const { stmt, columns, columnTypes } = await prepared(db, sql);
    if (cancelled === id) throw Object.assign(new Error('interrupted'), { code: 'SQLITE_INTERRUPT' });
    const rows = (await stmt.all(args)).map((row) => row.map(fromSql));
    current = -1;
    clearInterval(repeat);
    parentPort.postMessage({ id, columns, columnTypes, rows });
  } catch (error) {
    current = -1;
    clearInterval(repeat);
    parentPort.postMessage({
      id,
      error: { message: String(error?.message ?? error), code: error?.code ?? 'SQLITE_ERROR', rawCode: error?.rawCode },
    });
  }
});
`;

interface Job {
  id: number;
  sql: string;
  args: unknown[];
  signal: AbortSignal | undefined;
  deadline: AbortSignal;
  resolve: (result: ResultSet) => void;
  reject: (error: unknown) => void;
  settled: boolean;
  cleanup: () => void;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
  /** The worker answered at least once (it started). */
  answered: boolean;
  /** Set while an interrupted statement has not answered yet. */
  killTimer: NodeJS.Timeout | undefined;
}

/** An error shaped like @libsql/client's (`code`, `rawCode`), so drizzle and the error contract see the same. */
export class ReadPoolError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly rawCode?: number,
  ) {
    super(`${code}: ${message}`);
    this.name = 'LibsqlError';
  }
}

function toArg(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.valueOf();
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (value === undefined) throw new TypeError('undefined cannot be passed as argument to the database');
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments');
  return value;
}

const VALUES = Symbol('values');

/**
 * A maker of rows as @libsql/client builds them (named columns enumerable, the first of equal
 * names wins; indexes and length readable but not enumerable), for one result's columns. Indexes
 * and length are getters on a prototype shared by the rows of the result, so a row costs one
 * object and its named values rather than a property definition per value.
 */
function rowMaker(columns: string[]): (values: unknown[]) => Row {
  const proto = {};
  Object.defineProperty(proto, 'length', {
    get(this: { [VALUES]: unknown[] }) {
      return this[VALUES].length;
    },
  });
  for (let i = 0; i < columns.length; i++)
    Object.defineProperty(proto, i, {
      get(this: { [VALUES]: unknown[] }) {
        return this[VALUES][i];
      },
    });
  const named = columns.flatMap((column, i) => (columns.indexOf(column) === i ? [[column, i] as const] : []));
  return (values) => {
    const row = Object.create(proto) as Record<string | symbol, unknown>;
    Object.defineProperty(row, VALUES, { value: values });
    for (const [column, i] of named) row[column] = values[i];
    return row as unknown as Row;
  };
}

function resultSet(columns: string[], columnTypes: string[], rows: Row[]): ResultSet {
  return {
    columns,
    columnTypes,
    rows,
    rowsAffected: 0,
    lastInsertRowid: undefined,
    toJSON: () => ({ columns, columnTypes, rows: rows.map((r) => Array.from(r as ArrayLike<unknown>)) }),
  };
}

/**
 * A drizzle database (driver, relations and row mapping of `createDb`) whose client runs each
 * statement through `execute`, e.g. a read pool's. Reads only: no transactions, no migrations.
 * `readDbFor(db, signal)` gives a database whose statements go to `execute` with that signal.
 */
export function createPooledDb(
  execute: (statement: InStatement, signal?: AbortSignal) => Promise<ResultSet>,
  close: () => void = () => {},
  isClosed: () => boolean = () => false,
  onQuery?: (sql: string, params: unknown[]) => void,
): Db {
  const db = pooledDb(execute, undefined, close, isClosed, onQuery);
  signalDbs.set(db, (signal) => pooledDb(execute, signal, close, isClosed, onQuery));
  return db;
}

function pooledDb(
  execute: (statement: InStatement, signal?: AbortSignal) => Promise<ResultSet>,
  signal: AbortSignal | undefined,
  close: () => void,
  isClosed: () => boolean,
  onQuery: ((sql: string, params: unknown[]) => void) | undefined,
): Db {
  const client = {
    protocol: 'file',
    get closed() {
      return isClosed();
    },
    execute: (statement: InStatement, args?: unknown[]) =>
      execute(typeof statement === 'string' && args ? { sql: statement, args } : statement, signal),
    async batch(statements: InStatement[]) {
      const results: ResultSet[] = [];
      for (const statement of statements) results.push(await execute(statement, signal));
      return results;
    },
    async transaction() {
      throw new Error('The read pool does not run transactions: write through the main db');
    },
    async executeMultiple() {
      throw new Error('The read pool runs one statement at a time');
    },
    async migrate() {
      throw new Error('The read pool does not migrate');
    },
    async sync() {
      return undefined;
    },
    close,
    reconnect() {},
  } as unknown as Client;

  return Object.assign(
    drizzle({
      client,
      relations,
      ...(onQuery
        ? { logger: { logQuery: (query: string, params: unknown[]) => onQuery(query, params) } }
        : {}),
    }),
    { client },
  ) as Db;
}

export function createReadPool(options: ReadPoolOptions): ReadPool {
  const path = poolablePath(options.url);
  if (!path) throw new Error(`A read pool needs a file: database URL, not ${options.url}`);
  const size = Math.max(1, Math.floor(options.workers));
  const statementTimeoutMs = options.statementTimeoutMs ?? 30_000;
  const interruptGraceMs = options.interruptGraceMs ?? 1_000;
  const workerData = {
    path,
    libsql: libsqlPromisePath(),
    busyTimeoutMs: options.busyTimeoutMs ?? 5_000,
    maxStatements: Math.max(1, Math.floor(options.maxPreparedStatements ?? 200)),
  };
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  let interrupted = 0;
  let replaced = 0;
  let stopped = 0;
  let startFailures = 0;
  let broken: unknown;

  function spawn(): Slot {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData,
      resourceLimits: WORKER_RESOURCE_LIMITS,
    });
    // Idle workers do not keep the process alive; a busy one is awaited by its request anyway.
    worker.unref();
    const slot: Slot = { worker, job: undefined, answered: false, killTimer: undefined };
    worker.on(
      'message',
      (message: {
        id: number;
        columns?: string[];
        columnTypes?: string[];
        rows?: unknown[][];
        error?: { message: string; code: string; rawCode?: number };
      }) => {
        slot.answered = true;
        startFailures = 0;
        const job = slot.job;
        if (!job || job.id !== message.id) return;
        finish(slot);
        if (message.error?.code === 'SQLITE_INTERRUPT') stopped++;
        if (message.error)
          settle(job, new ReadPoolError(message.error.message, message.error.code, message.error.rawCode));
        else {
          const columns = message.columns ?? [];
          settle(
            job,
            undefined,
            resultSet(columns, message.columnTypes ?? [], (message.rows ?? []).map(rowMaker(columns))),
          );
        }
        pump();
      },
    );
    worker.on('error', (error) => {
      const job = slot.job;
      // Workers that die before answering anything (cannot start) are not respawned forever.
      if (!slot.answered && ++startFailures >= 3) {
        broken = error;
        for (const queued of queue.splice(0)) settle(queued, error);
      }
      replace(slot);
      if (job) settle(job, error);
    });
    worker.on('exit', () => {
      if (!closed && slots.includes(slot)) {
        const job = slot.job;
        replace(slot);
        if (job) settle(job, new ReadPoolError('read worker exited', 'SQLITE_ABORT'));
      }
    });
    return slot;
  }

  function finish(slot: Slot) {
    if (slot.killTimer) clearTimeout(slot.killTimer);
    slot.killTimer = undefined;
    slot.job?.cleanup();
    slot.job = undefined;
  }

  /** Terminates a worker that does not answer and puts a fresh one in its place. */
  function replace(slot: Slot) {
    const index = slots.indexOf(slot);
    finish(slot);
    if (index < 0) return;
    slots.splice(index, 1);
    void slot.worker.terminate().catch(() => undefined);
    if (!closed && broken === undefined) {
      replaced++;
      slots.push(spawn());
      pump();
    }
  }

  function settle(job: Job, error: unknown, result?: ResultSet) {
    if (job.settled) return;
    job.settled = true;
    job.cleanup();
    if (error !== undefined) job.reject(error);
    else job.resolve(result as ResultSet);
  }

  function abortReason(job: Job): unknown {
    const reason = job.signal?.aborted ? job.signal.reason : job.deadline.reason;
    return reason ?? new ReadPoolError('statement interrupted', 'SQLITE_INTERRUPT');
  }

  function onAbort(job: Job) {
    if (job.settled) return;
    const queued = queue.indexOf(job);
    if (queued >= 0) {
      queue.splice(queued, 1);
      settle(job, abortReason(job));
      return;
    }
    const slot = slots.find((s) => s.job === job);
    settle(job, abortReason(job));
    if (!slot) return;
    interrupted++;
    slot.worker.postMessage({ type: 'interrupt', id: job.id });
    // A worker busy on its own thread (stepping rows) cannot take the interruption: replace it.
    slot.killTimer = setTimeout(() => {
      if (slot.job === job) replace(slot);
    }, interruptGraceMs);
    slot.killTimer.unref();
  }

  /** Hands the next queued statement to a free worker. */
  function runNext(slot: Slot) {
    const job = queue.shift() as Job;
    slot.job = job;
    slot.worker.postMessage({ type: 'exec', id: job.id, sql: job.sql, args: job.args });
  }

  function pump() {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (!slot.job) runNext(slot);
    }
    // Every started worker is busy: start another (up to the pool's size) for what still waits.
    while (queue.length > 0 && slots.length < size && !closed && broken === undefined) {
      const slot = spawn();
      slots.push(slot);
      runNext(slot);
    }
  }

  slots.push(spawn());

  function execute(statement: InStatement, signal = signals.getStore()): Promise<ResultSet> {
    if (closed) return Promise.reject(new ReadPoolError('the read pool is closed', 'CLIENT_CLOSED'));
    if (broken !== undefined) return Promise.reject(broken);
    const sql = typeof statement === 'string' ? statement : statement.sql;
    const rawArgs = typeof statement === 'string' ? [] : (statement.args ?? []);
    if (!Array.isArray(rawArgs))
      return Promise.reject(new TypeError('The read pool takes positional arguments only'));
    let args: unknown[];
    try {
      args = rawArgs.map(toArg);
    } catch (error) {
      return Promise.reject(error);
    }
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<ResultSet>((resolve, reject) => {
      const deadline = AbortSignal.timeout(statementTimeoutMs);
      const job: Job = {
        id: nextId++,
        sql,
        args,
        signal,
        deadline,
        resolve,
        reject,
        settled: false,
        cleanup: () => {
          signal?.removeEventListener('abort', abort);
          deadline.removeEventListener('abort', abort);
        },
      };
      const abort = () => onAbort(job);
      signal?.addEventListener('abort', abort, { once: true });
      deadline.addEventListener('abort', abort, { once: true });
      queue.push(job);
      pump();
    });
  }

  const db = createPooledDb(
    execute,
    () => void close(),
    () => closed,
    options.onQuery,
  );

  /**
   * Lets a worker close its connection and end by itself; terminates it only when it is stuck in a
   * statement (interrupted first) or does not end within a few seconds.
   */
  async function closeWorker(worker: Worker, runningJobId: number | undefined) {
    const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.ref(); // keep the process alive until the worker has ended
    if (runningJobId !== undefined) worker.postMessage({ type: 'interrupt', id: runningJobId });
    worker.postMessage({ type: 'close' });
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), 5_000);
    });
    const outcome = await Promise.race([ended.then(() => 'ended' as const), gaveUp]);
    clearTimeout(timer);
    if (outcome === 'timeout') await worker.terminate().catch(() => undefined);
  }

  async function close() {
    if (closed) return;
    closed = true;
    for (const job of queue.splice(0))
      settle(job, new ReadPoolError('the read pool is closed', 'CLIENT_CLOSED'));
    await Promise.all(
      slots.splice(0).map(async (slot) => {
        const job = slot.job;
        finish(slot);
        if (job) settle(job, new ReadPoolError('the read pool is closed', 'CLIENT_CLOSED'));
        await closeWorker(slot.worker, job?.id);
      }),
    );
  }

  return {
    db,
    execute: (statement, signal) => execute(statement, signal),
    stats: () => ({
      workers: slots.length,
      maxWorkers: size,
      busy: slots.filter((s) => s.job).length,
      queued: queue.length,
      interrupted,
      stopped,
      replaced,
    }),
    close,
  };
}
