import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedIfEmpty } from '@genetrials/ingest';
import { createDb, type Db, migrateDb } from '@genetrials/schema';
import { createApp, metricsRegistryOf, responseCacheOf } from './app.js';
import { connectWorkerCache, isClusterWorker, WORKER_HEADER, workerId } from './cluster.js';
import { type Config, ensureDatabaseFolder } from './config.js';
import type { Logger } from './logger.js';
import { type MetricsListener, startMetricsListener } from './metrics.js';
import { createReadPool, poolablePath, type ReadPool } from './read-pool.js';

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  /** With `DB_READ_WORKERS` > 0 on a `file:` database: the worker threads GraphQL queries read through. */
  readPool?: ReadPool;
  server: Server;
  /** With `METRICS_PORT`: where metrics are served (127.0.0.1 only), e.g. http://127.0.0.1:9464/metrics. */
  metricsUrl?: string;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  close: () => Promise<void>;
}

/**
 * Migrates, seeds an empty database, and listens. A cluster worker (WORKERS > 1) skips the first
 * two (its primary did them), spends rate-limit budgets shared by every worker, and names itself in
 * an `x-genetrials-worker` response header.
 */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const worker = isClusterWorker();
  if (worker) config = { ...config, hardening: { ...config.hardening, sharedRateLimits: true } };
  ensureDatabaseFolder(config.databaseUrl);
  const db = createDb({
    url: config.databaseUrl,
    ...(config.databaseAuthToken ? { authToken: config.databaseAuthToken } : {}),
    busyTimeoutMs: config.databaseBusyTimeoutMs,
  });
  if (!worker) {
    await migrateDb(db);
    const seed = await seedIfEmpty(db);
    if (seed.seeded) logger.info({ counts: seed.counts }, 'seeded the curated knowledge base');
  }

  // Reads of GraphQL queries run in worker threads, so a long statement never holds the event loop
  // (and `/health`) and the execution timeout can interrupt it.
  const readPool =
    config.readWorkers > 0 && poolablePath(config.databaseUrl)
      ? createReadPool({
          url: config.databaseUrl,
          workers: config.readWorkers,
          statementTimeoutMs: config.hardening.executionTimeoutMs,
        })
      : undefined;
  const yoga = createApp({ db, ...(readPool ? { readDb: readPool.db } : {}), config, logger });
  const responseCache = responseCacheOf(yoga);
  if (responseCache) connectWorkerCache(responseCache);
  const id = worker ? String(workerId()) : undefined;
  const server = createServer(
    id
      ? (request, response) => {
          response.setHeader(WORKER_HEADER, id);
          return yoga(request, response);
        }
      : yoga,
  );
  let metrics: MetricsListener | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
    if (config.metrics.enabled && config.metrics.port !== undefined)
      metrics = await startMetricsListener(metricsRegistryOf(yoga), config.metrics.port);
  } catch (error) {
    server.close();
    responseCache?.close();
    await readPool?.close();
    db.client.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${port}/graphql`;
  logger.info(
    {
      url,
      database: redactUrl(config.databaseUrl),
      mode: config.production ? 'production' : 'development',
      ...(metrics ? { metrics: metrics.url } : {}),
      ...(id ? { worker: Number(id), pid: process.pid } : {}),
      ...(config.responseCache.enabled ? { responseCache: 'on' } : {}),
      ...(['127.0.0.1', 'localhost', '::1'].includes(config.host)
        ? { hint: 'this machine only: HOST=0.0.0.0 accepts connections from other machines' }
        : {}),
    },
    'GeneTrials is listening',
  );

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      // In-flight requests finish; a connection kept alive after its response is closed at the
      // next sweep instead of holding the shutdown for the keep-alive timeout.
      const sweep = setInterval(() => server.closeIdleConnections(), 100);
      server.on('request', (_request, response) => response.setHeader('connection', 'close'));
      server.close(() => {
        clearInterval(sweep);
        resolve();
      });
      server.closeIdleConnections();
    })
      .then(() => metrics?.close())
      .then(() => responseCache?.close())
      .then(() => readPool?.close())
      .then(() => db.client.close());
    return closing;
  };
  return {
    url,
    port,
    db,
    ...(readPool ? { readPool } : {}),
    server,
    ...(metrics ? { metricsUrl: metrics.url } : {}),
    close,
  };
}

function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
