import { TOKEN_ROLES, type TokenRole } from '@genetrials/schema/roles';
import { Command, Option } from 'commander';
import type { DestinationStream } from 'pino';
import { registerImportCommands } from './commands/import.js';
import { type Config, loadConfig } from './config.js';
import { openDatabase } from './open-database.js';

// Each command loads what it needs when it runs: `--help` and the token commands never build the
// GraphQL schema or load the importers, so they answer in a fraction of a second.

/** Where a command's log lines go: stdout by default; tests pass a stream to read them in-process. */
export interface ProgramOptions {
  logDestination?: DestinationStream;
  /** Where commander writes help and usage errors (default: stdout/stderr). */
  output?: { writeOut(text: string): void; writeErr(text: string): void };
  /** Throw commander's exit instead of ending the process (for in-process use). */
  exitOverride?: boolean;
}

/**
 * The `genetrials` command line as a commander program, without running it: the executable
 * (cli.ts) parses process.argv with it, tests call `parseAsync` in-process.
 */
export function createProgram(options: ProgramOptions = {}): Command {
  const logger = async (config: Pick<Config, 'logLevel'>) =>
    (await import('./logger.js')).createLogger(config, options.logDestination);
  const program = new Command();
  if (options.output) program.configureOutput(options.output);
  if (options.exitOverride) program.exitOverride();
  program
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
      const { startServer } = await import('./server.js');
      const log = await logger(config);
      const running = await startServer(config, log);
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          log.info({ signal }, 'shutting down: finishing in-flight requests');
          const timer = setTimeout(() => process.exit(1), 10_000);
          timer.unref();
          running.close().then(
            () => process.exit(0),
            (error: unknown) => {
              log.error({ err: error }, 'shutdown failed');
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
      const log = await logger(loadConfig());
      const db = await openDatabase();
      log.info('migrations applied');
      db.client.close();
    });

  program
    .command('seed')
    .description(
      'Migrate, then write the curated knowledge base (only into an empty database unless --force), ' +
        'or with --synthetic a deterministic synthetic data set for scale tests.',
    )
    .option('--force', 'seed even when the database already holds data (may fail on duplicates)')
    .option(
      '--synthetic',
      'generate synthetic trials instead of the curated knowledge base (empty database only)',
    )
    .option('--trials <n>', 'synthetic trials to generate (about 50 patients and 2 reviews each)', '1000')
    .option('--seed <s>', 'random seed: the same seed gives the same data', '42')
    .action(async (opts: { force?: boolean; synthetic?: boolean; trials: string; seed: string }) => {
      const { describeSyntheticResult, seedIfEmpty, seedKnowledgeBase, seedSynthetic } = await import(
        '@genetrials/ingest'
      );
      const log = await logger(loadConfig());
      const db = await openDatabase();
      try {
        if (opts.synthetic) {
          const trials = Number(opts.trials);
          const seed = Number(opts.seed);
          if (!Number.isSafeInteger(trials) || trials < 1 || trials > 1_000_000)
            throw new Error('--trials must be a whole number from 1 to 1,000,000');
          if (!Number.isSafeInteger(seed)) throw new Error('--seed must be a whole number');
          const result = await seedSynthetic(db, { trials, seed });
          log.info(
            { rows: result.rows, rowsPerSecond: Math.round(result.rowsPerSecond) },
            describeSyntheticResult(result),
          );
          return;
        }
        const result = opts.force ? await seedKnowledgeBase(db) : await seedIfEmpty(db);
        if (result.seeded) log.info({ counts: result.counts }, 'seeded the curated knowledge base');
        else log.info('database already holds data; nothing seeded (use --force to seed anyway)');
      } finally {
        db.client.close();
      }
    });

  const token = program.command('token').description('Create, list and revoke API tokens.');

  token
    .command('create')
    .description('Create an API token and print it once (only its hash is stored).')
    .requiredOption('--name <name>', 'who or what the token is for, e.g. "curation team laptop"')
    .addOption(
      new Option('--role <role>', 'what the token may do').choices([...TOKEN_ROLES]).makeOptionMandatory(),
    )
    .action(async (opts: { name: string; role: TokenRole }) => {
      const { createToken } = await import('./tokens.js');
      const db = await openDatabase();
      const created = await createToken(db, { name: opts.name, role: opts.role });
      console.log(created.token);
      console.error(
        `Created ${created.role} token #${created.id} "${created.name}". Store it now: it cannot be shown again.`,
      );
      db.client.close();
    });

  token
    .command('list')
    .description('List tokens (never their secrets).')
    .action(async () => {
      const { listTokens } = await import('./tokens.js');
      const db = await openDatabase();
      const rows = await listTokens(db);
      for (const row of rows) {
        const state = row.revokedAt ? `revoked ${row.revokedAt}` : 'active';
        console.log(
          `#${row.id}\t${row.role}\t${row.prefix}…\t${state}\tlast used ${row.lastUsedAt ?? 'never'}\t${row.name}`,
        );
      }
      if (rows.length === 0) console.log('No tokens.');
      db.client.close();
    });

  token
    .command('revoke')
    .description('Revoke a token by its number (see `token list`).')
    .argument('<id>', 'token number')
    .action(async (id: string) => {
      const { revokeToken } = await import('./tokens.js');
      const db = await openDatabase();
      const ok = Number.isSafeInteger(Number(id)) && (await revokeToken(db, Number(id)));
      db.client.close();
      if (!ok) {
        console.error(`No token #${id}.`);
        process.exitCode = 1;
        return;
      }
      console.log(`Token #${id} revoked.`);
    });

  registerImportCommands(program);
  return program;
}
