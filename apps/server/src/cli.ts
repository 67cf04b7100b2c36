#!/usr/bin/env -S npx tsx
import { createDb, migrateDb } from '@genetrials/schema';
import { Command } from 'commander';
import { ConfigError, ensureDatabaseFolder, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { seedIfEmpty, seedKnowledgeBase } from './seed/seed.js';
import { startServer } from './server.js';

const program = new Command()
  .name('genetrials')
  .description('GeneTrials: a typed GraphQL knowledge base of cancer gene therapy trials.')
  .addHelpText(
    'after',
    '\nEnvironment: PORT (4000), HOST (0.0.0.0), DATABASE_URL (file:.data/genetrials.db),\n' +
      'DATABASE_AUTH_TOKEN, LOG_LEVEL (info), NODE_ENV, GRAPHIQL (true).',
  );

program
  .command('serve')
  .description('Migrate the database, seed it when empty, and serve /graphql (with GraphiQL) and /health.')
  .option('-p, --port <port>', 'port to listen on (overrides PORT)')
  .option('--host <host>', 'interface to listen on (overrides HOST)')
  .action(async (opts: { port?: string; host?: string }) => {
    const config = loadConfig({
      ...process.env,
      ...(opts.port ? { PORT: opts.port } : {}),
      ...(opts.host ? { HOST: opts.host } : {}),
    });
    const logger = createLogger(config);
    const running = await startServer(config, logger);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        logger.info({ signal }, 'shutting down: finishing in-flight requests');
        const timer = setTimeout(() => process.exit(1), 10_000);
        timer.unref();
        running.close().then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      });
    }
  });

program
  .command('migrate')
  .description('Apply pending database migrations and exit.')
  .action(async () => {
    const config = loadConfig();
    const logger = createLogger(config);
    ensureDatabaseFolder(config.databaseUrl);
    const db = createDb({
      url: config.databaseUrl,
      ...(config.databaseAuthToken ? { authToken: config.databaseAuthToken } : {}),
    });
    await migrateDb(db);
    logger.info('migrations applied');
    db.client.close();
  });

program
  .command('seed')
  .description('Migrate, then write the curated knowledge base (only into an empty database unless --force).')
  .option('--force', 'seed even when the database already holds data (may fail on duplicates)')
  .action(async (opts: { force?: boolean }) => {
    const config = loadConfig();
    const logger = createLogger(config);
    ensureDatabaseFolder(config.databaseUrl);
    const db = createDb({
      url: config.databaseUrl,
      ...(config.databaseAuthToken ? { authToken: config.databaseAuthToken } : {}),
    });
    await migrateDb(db);
    const result = opts.force ? await seedKnowledgeBase(db) : await seedIfEmpty(db);
    if (result.seeded) logger.info({ counts: result.counts }, 'seeded the curated knowledge base');
    else logger.info('database already holds data; nothing seeded (use --force to seed anyway)');
    db.client.close();
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
