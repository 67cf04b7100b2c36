import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedIfEmpty } from '@genetrials/ingest';
import { createDb, type Db, migrateDb } from '@genetrials/schema';
import { createApp } from './app.js';
import { type Config, ensureDatabaseFolder } from './config.js';
import type { Logger } from './logger.js';

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  server: Server;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  close: () => Promise<void>;
}

/** Migrates, seeds an empty database, and listens. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  ensureDatabaseFolder(config.databaseUrl);
  const db = createDb({
    url: config.databaseUrl,
    ...(config.databaseAuthToken ? { authToken: config.databaseAuthToken } : {}),
  });
  await migrateDb(db);
  const seed = await seedIfEmpty(db);
  if (seed.seeded) logger.info({ counts: seed.counts }, 'seeded the curated knowledge base');

  const yoga = createApp({ db, config, logger });
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${port}/graphql`;
  logger.info({ url, database: redactUrl(config.databaseUrl) }, 'GeneTrials is listening');

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
    }).then(() => db.client.close());
    return closing;
  };
  return { url, port, db, server, close };
}

function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
