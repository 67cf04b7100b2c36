import { isAbsolute, resolve } from 'node:path';
import type { ImportReport } from '@genetrials/ingest';
import { type Command, InvalidArgumentError } from 'commander';
import { openDatabase } from '../open-database.js';

/**
 * Paths as the user typed them: `pnpm genetrials …` runs in apps/server, so relative paths are
 * resolved against the folder the command was started from (INIT_CWD, set by pnpm/npm).
 */
export function resolveInputPath(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return isAbsolute(path) ? path : resolve(env.INIT_CWD ?? process.cwd(), path);
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number, 1 or more');
  return n;
}

interface CommonOptions {
  report?: string;
  progress: boolean;
}

/** Writes the report, prints the summary to stderr, and sets exit code 1 when a record failed. */
async function finish(report: ImportReport, opts: CommonOptions): Promise<void> {
  const { defaultReportPath, summarize, writeReport } = await import('@genetrials/ingest');
  const path = opts.report ? resolveInputPath(opts.report) : defaultReportPath();
  writeReport(path, report);
  process.stderr.write(summarize(report, path));
  if (report.totals.failed > 0) process.exitCode = 1;
}

/** Registers `import ctgov` and `import publications`. */
export function registerImportCommands(program: Command): void {
  const command = program
    .command('import')
    .description('Import ClinicalTrials.gov records and publication metadata into the database.');

  command
    .command('ctgov')
    .description(
      'Import ClinicalTrials.gov study records: API v2 JSON (one study per file, a JSON array, a v2 page ' +
        '{studies: […]} or NDJSON), classic API v1 FullStudiesResponse JSON and legacy <clinical_study> XML. ' +
        'Folders are read recursively (*.json, *.ndjson, *.jsonl, *.xml). Re-importing updates trials in ' +
        'place by NCT id and records what changed in the history. Exits with code 1 when any record failed.',
    )
    .argument('<paths...>', 'files or folders')
    .option(
      '--report <file>',
      'where to write the JSON import report (default: .data/import-report-<time>.json)',
    )
    .option('--batch-size <n>', 'records per transaction', positiveInt, 100)
    .option('--no-recursive', 'do not descend into sub-folders')
    .option('--dry-run', 'read, map and validate every record, but write nothing')
    .option('--no-progress', 'no progress bar or progress lines')
    .action(
      async (
        paths: string[],
        opts: CommonOptions & { batchSize: number; recursive: boolean; dryRun?: boolean },
      ) => {
        const { createProgress, importCtgov, silentProgress } = await import('@genetrials/ingest');
        const db = await openDatabase();
        try {
          const report = await importCtgov(
            db,
            paths.map((p) => resolveInputPath(p)),
            {
              batchSize: opts.batchSize,
              recursive: opts.recursive,
              dryRun: opts.dryRun === true,
              progress: opts.progress ? createProgress({ label: 'ctgov' }) : silentProgress,
            },
          );
          await finish(report, opts);
        } finally {
          db.client.close();
        }
      },
    );

  command
    .command('publications')
    .description(
      'Import publication metadata as reviews: ClinicalTrials.gov reference lists ({references: [...]}, ' +
        'citations with the NCT ids citing them), hand-transcribed records ({records: [...]}), PubMed ' +
        'esummary JSON and Crossref works JSON. Upserts by PMID, then DOI, then title and year; links ' +
        'trials by the NCT ids in the record and therapies whose names the title or abstract contains.',
    )
    .argument('<files...>', 'JSON files')
    .option(
      '--report <file>',
      'where to write the JSON import report (default: .data/import-report-<time>.json)',
    )
    .option(
      '--include-background',
      'also import BACKGROUND references of trial records that are marked as reviews or commentary',
    )
    .option('--no-progress', 'no progress lines')
    .action(async (files: string[], opts: CommonOptions & { includeBackground?: boolean }) => {
      const { createProgress, importPublications, silentProgress } = await import('@genetrials/ingest');
      const db = await openDatabase();
      try {
        const report = await importPublications(
          db,
          files.map((f) => resolveInputPath(f)),
          {
            includeBackground: opts.includeBackground === true,
            progress: opts.progress ? createProgress({ label: 'publications', tty: false }) : silentProgress,
          },
        );
        await finish(report, opts);
      } finally {
        db.client.close();
      }
    });
}
