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
      '\nEnvironment: PORT (4000), HOST (127.0.0.1; 0.0.0.0 to expose), DATABASE_URL (file:.data/genetrials.db),\n' +
        'DATABASE_AUTH_TOKEN, LOG_LEVEL (info), NODE_ENV (production; development shows error details),\n' +
        'GRAPHIQL (true), CORS_ORIGINS (none), METRICS_PORT (none: /metrics needs an admin token),\n' +
        'WORKERS (1; auto: one server process per core), RESPONSE_CACHE (off; on caches anonymous reads).',
    );

  program
    .command('serve')
    .description('Migrate the database, seed it when empty, and serve /graphql (with GraphiQL) and /health.')
    .option('-p, --port <port>', 'port to listen on (overrides PORT)')
    .option('--host <host>', 'interface to listen on (overrides HOST; 0.0.0.0 exposes the server)')
    .option('--dev', 'development mode: error details and stack traces in responses (NODE_ENV=development)')
    .action(async (opts: { port?: string; host?: string; dev?: boolean }) => {
      const config = loadConfig({
        ...process.env,
        ...(opts.port ? { PORT: opts.port } : {}),
        ...(opts.host ? { HOST: opts.host } : {}),
        ...(opts.dev ? { NODE_ENV: 'development' } : {}),
      });
      const log = await logger(config);
      // WORKERS > 1: this process migrates, seeds and forks the server workers, which run this same
      // command (cluster.fork) and land in startServer.
      const { isClusterWorker, startCluster } = await import('./cluster.js');
      const running =
        config.workers > 1 && !isClusterWorker()
          ? await startCluster(config, log)
          : await (await import('./server.js')).startServer(config, log);
      let stopping = false;
      const shutDown = (reason: Record<string, string>) => {
        if (stopping) return;
        stopping = true;
        log.info(reason, 'shutting down: finishing in-flight requests');
        const timer = setTimeout(() => process.exit(1), 10_000);
        timer.unref();
        running.close().then(
          () => process.exit(0),
          (error: unknown) => {
            log.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => shutDown({ signal }));
      // Started by a package manager script (`pnpm start`): pnpm passes SIGTERM only to the shell it
      // runs the script in, which dies without passing it on. So follow the launcher: once it is
      // gone, shut down the same graceful way instead of running on as an orphan.
      if (config.followLauncher) {
        const launcher = process.ppid;
        const watch = setInterval(() => {
          if (process.ppid !== launcher || !isAlive(launcher)) {
            clearInterval(watch);
            shutDown({ signal: 'launcher exited' });
          }
        }, 500);
        watch.unref();
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
    .option(
      '--expires-in <lifetime>',
      'stop working after this long: hours, days or weeks, e.g. 12h, 30d, 8w (default: never)',
    )
    .action(async (opts: { name: string; role: TokenRole; expiresIn?: string }) => {
      const { createToken, parseLifetime } = await import('./tokens.js');
      // Validate before touching the database.
      const expiresInMs = opts.expiresIn === undefined ? undefined : parseLifetime(opts.expiresIn);
      const db = await openDatabase();
      try {
        const created = await createToken(db, {
          name: opts.name,
          role: opts.role,
          ...(expiresInMs !== undefined ? { expiresInMs } : {}),
        });
        console.log(created.token);
        const expiry = created.expiresAt ? `expires ${created.expiresAt}` : 'does not expire';
        console.error(
          `Created ${created.role} token #${created.id} "${created.name}" (${expiry}). Store it now: it cannot be shown again.`,
        );
      } finally {
        db.client.close();
      }
    });

  token
    .command('list')
    .description('List tokens (never their secrets).')
    .action(async () => {
      const { listTokens } = await import('./tokens.js');
      const db = await openDatabase();
      const rows = await listTokens(db);
      const now = Date.now();
      for (const row of rows) {
        const expired = row.expiresAt !== null && !(Date.parse(row.expiresAt) > now);
        const state = row.revokedAt ? `revoked ${row.revokedAt}` : expired ? 'expired' : 'active';
        const expiry = row.expiresAt ? `${expired ? 'expired' : 'expires'} ${row.expiresAt}` : 'no expiry';
        console.log(
          `#${row.id}\t${row.role}\t${row.prefix}…\t${state}\t${expiry}\tlast used ${row.lastUsedAt ?? 'never'}\t${row.name}`,
        );
      }
      if (rows.length === 0) console.log('No tokens.');
      db.client.close();
    });

  token
    .command('revoke')
    .description(
      'Revoke a token by its number (see `token list`). Revoking a revoked token changes nothing ' +
        '(it keeps its first revocation time) and exits 0; an unknown number exits 1.',
    )
    .argument('<id>', 'token number')
    .action(async (id: string) => {
      const { revokeToken } = await import('./tokens.js');
      const number = Number(id);
      if (!/^\d+$/.test(id) || !Number.isSafeInteger(number)) {
        console.error(`No token #${id}.`);
        process.exitCode = 1;
        return;
      }
      const db = await openDatabase();
      const result = await revokeToken(db, number).finally(() => db.client.close());
      if (result.status === 'not-found') {
        console.error(`No token #${id}.`);
        process.exitCode = 1;
      } else if (result.status === 'already-revoked') {
        console.log(`Token #${id} was already revoked at ${result.revokedAt}; nothing changed.`);
      } else {
        console.log(`Token #${id} revoked at ${result.revokedAt}.`);
      }
    });

  program
    .command('export')
    .description(
      'Export as NDJSON, CSV or FHIR R5 NDJSON (the same bytes as GET /export/*): trials, therapies, reviews and patients as ndjson/csv; trials, patients and adverse events as fhir-ndjson.',
    )
    .argument(
      '<what>',
      'what to export: trials, therapies, reviews, patients; with --format fhir-ndjson trials, patients, adverse-events',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['ndjson', 'csv', 'fhir-ndjson'])
        .default('ndjson'),
    )
    .option(
      '--filter <json>',
      'the filter as JSON: a TrialFilter for trials and every fhir-ndjson export, else a TherapyFilter, ReviewFilter or PatientFilter, e.g. \'{"phases":["PHASE_1"]}\'',
    )
    .option('--trial-filter <json>', 'patients as ndjson/csv: only those of trials matching this TrialFilter')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(
      async (
        what: string,
        opts: {
          format: 'ndjson' | 'csv' | 'fhir-ndjson';
          filter?: string;
          trialFilter?: string;
          out?: string;
        },
      ) => {
        const fhir = opts.format === 'fhir-ndjson';
        const known = fhir
          ? ['trials', 'patients', 'adverse-events']
          : ['trials', 'therapies', 'reviews', 'patients'];
        if (!known.includes(what)) {
          console.error(
            `Unknown export "${what}" as ${opts.format}: trials, therapies, reviews and patients can be exported as ndjson or csv; trials, patients and adverse-events as fhir-ndjson.`,
          );
          process.exitCode = 1;
          return;
        }
        if (opts.trialFilter !== undefined && (fhir || what !== 'patients')) {
          console.error('--trial-filter applies to `export patients` as ndjson or csv only.');
          process.exitCode = 1;
          return;
        }
        const { exportChunks, exportFilterSql } = await import('./export.js');
        const { ENTITY_EXPORT_SPECS, entityChunks } = await import('./export-entities.js');
        const spec = fhir || what === 'trials' ? undefined : ENTITY_EXPORT_SPECS[what as 'therapies'];
        let where: ReturnType<typeof exportFilterSql>;
        try {
          where = spec ? spec.where(opts.filter, opts.trialFilter) : exportFilterSql(opts.filter);
        } catch (error) {
          console.error((error as Error).message);
          process.exitCode = 1;
          return;
        }
        // The operator owns the database file: patients come straight from it, without a token.
        if (spec?.needsReader)
          console.error(
            `Warning: this export holds patient-level data (de-identified ${what}); keep ${opts.out ?? 'the output'} as private as the database.`,
          );
        const db = await openDatabase();
        try {
          const { createWriteStream } = await import('node:fs');
          const { Readable } = await import('node:stream');
          const { pipeline } = await import('node:stream/promises');
          const { fhirNdjsonChunks } = await import('./fhir/export.js');
          const chunks =
            opts.format === 'fhir-ndjson'
              ? fhirNdjsonChunks(db, what as 'trials' | 'patients' | 'adverse-events', where)
              : spec
                ? entityChunks(db, spec, opts.format, where)
                : exportChunks(db, opts.format, where);
          const source = Readable.from(chunks);
          if (opts.out) await pipeline(source, createWriteStream(opts.out));
          else await pipeline(source, process.stdout, { end: false });
        } finally {
          db.client.close();
        }
      },
    );

  registerImportCommands(program);
  return program;
}

/** Whether a process with this id exists (signal 0 only checks). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
