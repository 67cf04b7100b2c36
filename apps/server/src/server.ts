import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedIfEmpty } from '@genetrials/ingest';
import { createDb, type Db, migrateDb } from '@genetrials/schema';
import { createApp, metricsRegistryOf } from './app.js';
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

/** Migrates, seeds an empty database, and listens. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  ensureDatabaseFolder(config.databaseUrl);
  const db = createDb({
    url: config.databaseUrl,
    ...(config.databaseAuthToken ? { authToken: config.databaseAuthToken } : {}),
    busyTimeoutMs: config.databaseBusyTimeoutMs,
  });
  await migrateDb(db);
  const seed = await seedIfEmpty(db);
  if (seed.seeded) logger.info({ counts: seed.counts }, 'seeded the curated knowledge base');

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
  const server = createServer(yoga);
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
