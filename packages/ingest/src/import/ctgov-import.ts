// The ClinicalTrials.gov import: read records lazily, map each (pure), write them in batched
// transactions with one savepoint per record, and report every record that failed.

import { type Db, refreshPlannerStatistics } from '@genetrials/schema';
import { type Actor, runBatch, SYSTEM_ACTORS } from '@genetrials/schema/write';
import { countStudyFiles, type RawRecord, readRawRecords, toStudyRecord } from './ctgov-files.js';
import { type MappedStudy, mapStudy } from './ctgov-map.js';
import { writeStudy } from './ctgov-write.js';
import { type Progress, silentProgress } from './progress.js';
import { type ImportReport, ReportBuilder } from './report.js';

export interface CtgovImportOptions {
  /** Records per transaction (default 100). */
  batchSize?: number;
  /** Descend into sub-folders (default true). */
  recursive?: boolean;
  /** JSON files larger than this are streamed (default 16 MiB). */
  streamThresholdBytes?: number;
  /** Map and validate only; write nothing. */
  dryRun?: boolean;
  progress?: Progress;
  /** Who the history names (default: the system actor `ctgov import`). */
  actor?: Actor;
}

interface Pending {
  file: string;
  index: number | null;
  study: MappedStudy;
}

/**
 * A failure as the report shows it: the innermost cause (the database driver's message rather
 * than the ORM's "Failed query: …" with the statement and its parameters).
 */
export function reasonOf(error: unknown): string {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e instanceof Error && e.cause instanceof Error; depth++) e = e.cause;
  return e instanceof Error ? e.message : String(e);
}

/** The NCT id of a raw record, if one can be seen, for the report of a record that failed. */
function nctIdOf(raw: RawRecord): string | null {
  if (raw.kind === 'xml') return /<nct_id>\s*(NCT\d{8})\s*<\/nct_id>/.exec(raw.text)?.[1] ?? null;
  if (raw.kind !== 'json' || !raw.value || typeof raw.value !== 'object') return null;
  const v = raw.value as Record<string, Record<string, Record<string, unknown>>>;
  const id =
    v.protocolSection?.identificationModule?.nctId ??
    (v.Study as unknown as Record<string, Record<string, Record<string, unknown>>> | undefined)
      ?.ProtocolSection?.IdentificationModule?.NCTId;
  return typeof id === 'string' ? id : null;
}

/**
 * Imports every study record under `paths` (files or folders). Never throws for a bad record:
 * it is listed in the report with its reason, and the import goes on.
 */
export async function importCtgov(
  db: Db,
  paths: readonly string[],
  options: CtgovImportOptions = {},
): Promise<ImportReport> {
  const batchSize = Math.max(1, options.batchSize ?? 100);
  const progress = options.progress ?? silentProgress;
  const actor = options.actor ?? SYSTEM_ACTORS.ctgovImport;
  const report = new ReportBuilder('ctgov import', [...paths]);
  const counts = () => ({
    files: report.totals.files,
    records: report.totals.records,
    failed: report.totals.failed,
  });
  progress.start(
    progress === silentProgress ? null : await countStudyFiles(paths, options.recursive ?? true),
  );

  /** The record's values that were not used, as warnings (once, when the record is written). */
  const warnAbout = (p: Pending) => {
    for (const i of [...p.study.recordIssues, ...p.study.parts.issues])
      report.warn({ file: p.file, nctId: p.study.nctId, locator: i.locator, message: i.message });
  };

  let pending: Pending[] = [];
  /** Whether a record was created or updated (the planner statistics are refreshed at the end). */
  let wrote = false;
  const flush = async () => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    if (options.dryRun) {
      for (const p of batch) {
        report.done('unchanged');
        warnAbout(p);
      }
      return;
    }
    const results: { p: Pending; result: Awaited<ReturnType<typeof writeStudy>> | { error: string } }[] = [];
    try {
      await runBatch(db, actor, async ({ inSavepoint }) => {
        for (const p of batch) {
          try {
            const result = await inSavepoint((w) => writeStudy(w, p.study));
            results.push({ p, result });
          } catch (error) {
            results.push({ p, result: { error: reasonOf(error) } });
          }
        }
      });
    } catch (error) {
      // The batch itself could not commit: none of its records were written.
      for (const p of batch) {
        report.fail(p.file, {
          index: p.index,
          nctId: p.study.nctId,
          reason: `batch not written: ${reasonOf(error)}`,
        });
      }
      return;
    }
    for (const { p, result } of results) {
      if ('error' in result)
        report.fail(p.file, { index: p.index, nctId: p.study.nctId, reason: `not written: ${result.error}` });
      else if (
        result.outcome === 'skipped-older' ||
        result.outcome === 'skipped-same-version' ||
        result.outcome === 'skipped'
      )
        report.skip(
          p.file,
          { index: p.index, nctId: p.study.nctId, reason: result.reason },
          result.outcome === 'skipped-older'
            ? 'older'
            : result.outcome === 'skipped-same-version'
              ? 'same-version'
              : null,
        );
      else {
        if (result.outcome !== 'unchanged') wrote = true;
        report.done(result.outcome, {
          file: p.file,
          nctId: p.study.nctId,
          fields: 'changedFields' in result ? result.changedFields : [],
        });
        warnAbout(p);
      }
    }
    progress.update(counts());
  };

  for await (const raw of readRawRecords(paths, {
    recursive: options.recursive ?? true,
    ...(options.streamThresholdBytes !== undefined
      ? { streamThresholdBytes: options.streamThresholdBytes }
      : {}),
    onFile: () => {
      report.fileRead();
      progress.update(counts());
    },
  })) {
    if (raw.kind === 'error') {
      report.fail(raw.file, { index: raw.index, nctId: null, reason: raw.reason });
      continue;
    }
    let study: MappedStudy;
    try {
      study = mapStudy(toStudyRecord(raw));
    } catch (error) {
      report.fail(raw.file, { index: raw.index, nctId: nctIdOf(raw), reason: reasonOf(error) });
      continue;
    }
    pending.push({ file: raw.file, index: raw.index, study });
    if (pending.length >= batchSize) await flush();
  }
  await flush();
  if (wrote) await refreshPlannerStatistics(db);
  if (options.dryRun) report.note('dry run: records were read, mapped and validated; nothing was written');
  progress.stop(counts());
  return report.build();
}
