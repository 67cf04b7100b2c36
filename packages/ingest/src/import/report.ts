// The import report: totals, and every record that failed or was skipped, grouped by file.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RecordProblem {
  /** Position of the record in its file (array index or line number from 0); null for a whole file. */
  index: number | null;
  nctId: string | null;
  reason: string;
}

export interface FileProblems {
  failed: RecordProblem[];
  skipped: RecordProblem[];
}

export interface ImportTotals {
  files: number;
  records: number;
  created: number;
  updated: number;
  unchanged: number;
  /** All skipped records, including the two kinds below. */
  skipped: number;
  /** Skipped: older than the version already stored (by last-update date). */
  skippedOlder: number;
  /** Skipped: the stored version has the same date and came from a preferred format. */
  skippedSameVersion: number;
  failed: number;
  /** Values of a record that were not used (wrong JSON type, refused by validation). */
  warnings: number;
}

/** A record whose stored values changed, and which fields / parts changed. */
export interface ChangedRecord {
  file: string;
  nctId: string | null;
  outcome: 'created' | 'updated';
  fields: string[];
}

/** A value of a record that was not used, and why. */
export interface RecordWarning {
  file: string;
  nctId: string | null;
  locator: string;
  message: string;
}

export interface ImportReport {
  importer: string;
  inputs: string[];
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  totals: ImportTotals;
  /** Files with at least one failed or skipped record. */
  files: Record<string, FileProblems>;
  /** Problems left out of `files` once MAX_PROBLEMS were listed (the totals still count them). */
  problemsNotListed: number;
  /** Each created or updated record with the fields that changed (at most MAX_PROBLEMS). */
  changed: ChangedRecord[];
  /** Values left out of records (at most MAX_PROBLEMS; `totals.warnings` counts all). */
  warnings: RecordWarning[];
  /** Anything else worth knowing (e.g. NCT ids a publication mentions that are not in the database). */
  notes: string[];
}

/** At most this many failed/skipped records are listed one by one (memory stays bounded). */
export const MAX_PROBLEMS = 10_000;

export class ReportBuilder {
  readonly totals: ImportTotals = {
    files: 0,
    records: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    skippedOlder: 0,
    skippedSameVersion: 0,
    failed: 0,
    warnings: 0,
  };
  private readonly changed: ChangedRecord[] = [];
  private readonly warnings: RecordWarning[] = [];
  private readonly files: Record<string, FileProblems> = {};
  private listed = 0;
  private notListed = 0;
  private readonly notes: string[] = [];
  private readonly startedAt = new Date();

  constructor(
    private readonly importer: string,
    private readonly inputs: string[],
  ) {}

  private problem(file: string, list: keyof FileProblems, problem: RecordProblem) {
    if (this.listed >= MAX_PROBLEMS) {
      this.notListed++;
      return;
    }
    this.listed++;
    let entry = this.files[file];
    if (!entry) {
      entry = { failed: [], skipped: [] };
      this.files[file] = entry;
    }
    entry[list].push(problem);
  }

  fail(file: string, problem: RecordProblem) {
    this.totals.records++;
    this.totals.failed++;
    this.problem(file, 'failed', problem);
  }

  skip(file: string, problem: RecordProblem, kind: 'older' | 'same-version' | null = null) {
    this.totals.records++;
    this.totals.skipped++;
    if (kind === 'older') this.totals.skippedOlder++;
    if (kind === 'same-version') this.totals.skippedSameVersion++;
    this.problem(file, 'skipped', problem);
  }

  done(
    outcome: 'created' | 'updated' | 'unchanged',
    changed?: { file: string; nctId: string | null; fields: string[] },
  ) {
    this.totals.records++;
    this.totals[outcome]++;
    if (changed && outcome !== 'unchanged' && this.changed.length < MAX_PROBLEMS)
      this.changed.push({ ...changed, outcome });
  }

  warn(warning: RecordWarning) {
    this.totals.warnings++;
    if (this.warnings.length < MAX_PROBLEMS) this.warnings.push(warning);
  }

  note(text: string) {
    if (this.notes.length < 1000) this.notes.push(text);
  }

  fileRead() {
    this.totals.files++;
  }

  build(): ImportReport {
    const finishedAt = new Date();
    return {
      importer: this.importer,
      inputs: this.inputs,
      startedAt: this.startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - this.startedAt.getTime(),
      totals: { ...this.totals },
      files: this.files,
      problemsNotListed: this.notListed,
      changed: [...this.changed],
      warnings: [...this.warnings],
      notes: [...this.notes],
    };
  }
}

/** The repository root; default reports go to its `.data/` folder, next to the default database. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** `.data/import-report-<timestamp>.json` under the repository root. */
export function defaultReportPath(now = new Date()): string {
  return resolve(repoRoot, '.data', `import-report-${now.toISOString().replace(/[:.]/g, '-')}.json`);
}

export function writeReport(path: string, report: ImportReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

/** A few lines for stderr: totals and the first failures. */
export function summarize(report: ImportReport, reportPath: string | null, maxFailures = 10): string {
  const t = report.totals;
  const lines = [
    `${report.importer}: ${t.records} records from ${t.files} files in ${(report.durationMs / 1000).toFixed(1)} s: ` +
      `${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged, ${t.skipped} skipped, ${t.failed} failed.`,
  ];
  if (t.skippedOlder || t.skippedSameVersion)
    lines.push(
      `  skipped: ${t.skippedOlder} older than the stored version, ${t.skippedSameVersion} the same version in a less preferred format`,
    );
  if (t.warnings) lines.push(`  ${t.warnings} values of records were not used (see the report's warnings)`);
  let shown = 0;
  for (const [file, problems] of Object.entries(report.files)) {
    for (const p of problems.failed) {
      if (shown++ >= maxFailures) break;
      const where = `${file}${p.index !== null ? ` #${p.index}` : ''}${p.nctId ? ` (${p.nctId})` : ''}`;
      lines.push(`  FAILED ${where}: ${p.reason}`);
    }
  }
  if (t.failed > maxFailures) lines.push(`  … and ${t.failed - maxFailures} more failures`);
  if (reportPath) lines.push(`Report: ${reportPath}`);
  return `${lines.join('\n')}\n`;
}
