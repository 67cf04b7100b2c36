import cluster, { type Worker } from 'node:cluster';
import { seedIfEmpty } from '@genetrials/ingest';
import { type CommittedChanges, createDb, migrateDb } from '@genetrials/schema';
import { RateLimiterClusterMaster } from 'rate-limiter-flexible';
import { type Config, ensureDatabaseFolder } from './config.js';
import type { Logger } from './logger.js';
import type { ResponseCache } from './response-cache.js';

// `WORKERS` > 1: the started process (the primary) migrates and seeds once, then forks that many
// server processes (workers) that share the listening port through node:cluster. Each worker opens
// its own connections to the WAL database, with its own busy timeout and read pool; the write
// layer's BEGIN IMMEDIATE keeps one writer at a time across them. The primary keeps the
// rate-limit budgets (RateLimiterClusterMaster) and passes each worker's committed changes on to
// the others, so their response caches drop what a write changed.

/** The IPC channel of committed-change notices between workers and the primary. */
const CHANGES_CHANNEL = 'genetrials:committed-changes';

interface ChangesMessage {
  channel: typeof CHANGES_CHANNEL;
  changes: CommittedChanges;
}

function isChangesMessage(message: unknown): message is ChangesMessage {
  return (message as { channel?: unknown } | null)?.channel === CHANGES_CHANNEL;
}

/** The header naming the cluster worker that answered (1…WORKERS); only set with WORKERS > 1. */
export const WORKER_HEADER = 'x-genetrials-worker';

/** Whether this process is a server worker forked by `startCluster`. */
export function isClusterWorker(): boolean {
  return cluster.isWorker;
}

/** In a worker: this worker's number (1…WORKERS). */
export function workerId(): number | undefined {
  return cluster.worker?.id;
}

/**
 * In a worker: tells the other workers (through the primary) about each write this worker commits,
 * and drops this worker's cached responses when another worker writes.
 */
export function connectWorkerCache(cache: ResponseCache): void {
  if (!cluster.isWorker) return;
  cache.onLocalChanges((changes) => {
    if (process.connected) process.send?.({ channel: CHANGES_CHANNEL, changes } satisfies ChangesMessage);
  });
  process.on('message', (message: unknown) => {
    if (isChangesMessage(message)) cache.clear();
  });
}

export interface RunningCluster {
  url: string;
  workers: number;
  /** SIGTERM to every worker (each finishes its in-flight requests); resolves once all have exited. */
  close: () => Promise<void>;
}

/** Migrates and seeds in this process, then forks `config.workers` server workers. */
export async function startCluster(config: Config, logger: Logger): Promise<RunningCluster> {
  ensureDatabaseFolder(config.databaseUrl);
  const db = createDb({
    url: config.databaseUrl,
    ...(config.databaseAuthToken ? { authToken: config.databaseAuthToken } : {}),
    busyTimeoutMs: config.databaseBusyTimeoutMs,
  });
  try {
    await migrateDb(db);
    const seed = await seedIfEmpty(db);
    if (seed.seeded) logger.info({ counts: seed.counts }, 'seeded the curated knowledge base');
  } finally {
    db.client.close();
  }

  // Rate-limit budgets shared by every worker (they ask over IPC).
  new RateLimiterClusterMaster();
  cluster.on('message', (from: Worker, message: unknown) => {
    if (!isChangesMessage(message)) return;
    for (const worker of Object.values(cluster.workers ?? {}))
      if (worker && worker !== from && worker.isConnected()) worker.send(message);
  });

  let stopping = false;
  let url = '';
  const fork = () =>
    new Promise<Worker>((resolve, reject) => {
      const worker = cluster.fork();
      const early = (code: number | null, signal: string | null) =>
        reject(new Error(`a server worker exited before listening (code ${code}, signal ${signal})`));
      worker.once('exit', early);
      worker.once('listening', (address) => {
        worker.off('exit', early);
        const host =
          !address.address || ['0.0.0.0', '::'].includes(address.address) ? 'localhost' : config.host;
        url = `http://${host}:${address.port}/graphql`;
        worker.once('exit', (code, signal) => {
          if (stopping) return;
          // A worker that stops on its own is replaced (a second later, so a worker that keeps
          // failing does not spin); the port keeps being served by the others meanwhile.
          logger.error({ worker: worker.id, code, signal }, 'a server worker exited; starting another');
          setTimeout(() => {
            if (!stopping)
              fork().catch((error: unknown) => logger.error({ err: error }, 'could not replace the worker'));
          }, 1000).unref();
        });
        resolve(worker);
      });
    });

  try {
    // One at a time: each worker opens its read pool before the next starts.
    for (let i = 0; i < config.workers; i += 1) await fork();
  } catch (error) {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    throw error;
  }
  logger.info({ url, workers: config.workers }, `serving with ${config.workers} worker processes`);

  let closing: Promise<void> | undefined;
  const close = () => {
    stopping = true;
    closing ??= Promise.all(
      Object.values(cluster.workers ?? {}).map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (!worker || worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    ).then(() => undefined);
    return closing;
  };
  return { url, workers: config.workers, close };
}
