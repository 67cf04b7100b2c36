// The publication import: map each record of each file, upsert it as a review with its source,
// link the trials it names and the therapies its text names. One savepoint per record.

import { readFile } from 'node:fs/promises';
import { type Db, refreshPlannerStatistics, tables } from '@genetrials/schema';
import {
  type Actor,
  addReviewLinks,
  createReview,
  insertRow,
  runBatch,
  SYSTEM_ACTORS,
  type Tx,
  updateChanged,
  type Write,
} from '@genetrials/schema/write';
import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { reasonOf } from './ctgov-import.js';
import { type Progress, silentProgress } from './progress.js';
import {
  type MapOptions,
  type MappedPublication,
  mapPublicationDocument,
  type PublicationItem,
} from './publications-map.js';
import { type ImportReport, ReportBuilder } from './report.js';

export interface PublicationImportOptions extends MapOptions {
  batchSize?: number;
  progress?: Progress;
  /** Who the history names (default: the system actor `publications import`). */
  actor?: Actor;
}

/** Therapy names too generic to link a publication by (they name a practice, not a product). */
const GENERIC_THERAPY_NAMES = new Set([
  'placebo',
  'chemotherapy',
  'surgery',
  'radiotherapy',
  'radiation',
  'radiation therapy',
  'observation',
  'control',
  'standard of care',
  'standard care',
  'best supportive care',
  'usual care',
  'vaccine',
  'questionnaire',
  'saline',
  'no intervention',
  'gene therapy',
  'immunotherapy',
]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The therapies whose whole name appears in `text` (case-insensitive, on word boundaries). Names
 * shorter than 4 characters and generic names (placebo, chemotherapy, surgery …) never match.
 */
export function therapiesNamedIn(text: string, therapies: readonly { id: number; name: string }[]): number[] {
  const found: number[] = [];
  for (const t of therapies) {
    const name = t.name.trim();
    if (name.length < 4 || GENERIC_THERAPY_NAMES.has(name.toLowerCase())) continue;
    const re = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(name)}(?=$|[^\\p{L}\\p{N}])`, 'iu');
    if (re.test(text)) found.push(t.id);
  }
  return found;
}

type WriteResult = { outcome: 'created' | 'updated' | 'unchanged'; missingNctIds: string[] };

async function findReview(tx: Tx, p: MappedPublication) {
  const r = tables.reviews;
  if (p.review.pmid) {
    const [row] = await tx.select().from(r).where(eq(r.pmid, p.review.pmid)).limit(1);
    if (row) return row;
  }
  if (p.review.doi) {
    const [row] = await tx.select().from(r).where(sql`lower(${r.doi}) = lower(${p.review.doi})`).limit(1);
    if (row) return row;
  }
  const [row] = await tx
    .select()
    .from(r)
    .where(
      and(
        sql`lower(${r.title}) = lower(${p.review.title})`,
        p.review.year === null ? isNull(r.year) : eq(r.year, p.review.year),
      ),
    )
    .orderBy(asc(r.id))
    .limit(1);
  return row;
}

/** Values to write: null and empty values the record does not give leave stored values alone. */
function givenValues<T extends Record<string, unknown>>(values: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k as keyof T] = v as T[keyof T];
  }
  return out;
}

export async function writePublication(
  w: Write,
  p: MappedPublication,
  therapies: readonly { id: number; name: string }[],
): Promise<WriteResult> {
  const { tx, at } = w;
  const existing = await findReview(tx, p);
  let touched = false;

  // Source: the one the review already cites, else one with the same PMID/DOI, else a new one.
  let source = existing?.sourceId
    ? (await tx.select().from(tables.sources).where(eq(tables.sources.id, existing.sourceId)).limit(1))[0]
    : undefined;
  if (!source && (p.source.pmid || p.source.doi)) {
    const s = tables.sources;
    [source] = await tx
      .select()
      .from(s)
      .where(
        and(
          ne(s.kind, 'REGISTRY_RECORD'),
          p.source.pmid ? eq(s.pmid, p.source.pmid) : sql`lower(${s.doi}) = lower(${p.source.doi})`,
        ),
      )
      .orderBy(asc(s.id))
      .limit(1);
  }
  let sourceId: number;
  if (!source) {
    sourceId = (await insertRow(w, tables.sources, 'SOURCE', { ...p.source, retrievedAt: at })).id;
    touched = true;
  } else {
    sourceId = source.id;
    const updated = await updateChanged(w, tables.sources, 'SOURCE', 'Source', source, givenValues(p.source));
    if (updated.changedFields.length) touched = true;
  }

  // Trials it names that are in the database, and therapies its text names.
  const missingNctIds: string[] = [];
  let trialIds: number[] = [];
  if (p.nctIds.length) {
    const trials = await tx
      .select({ id: tables.trials.id, nctId: tables.trials.nctId })
      .from(tables.trials)
      .where(inArray(tables.trials.nctId, p.nctIds));
    const found = new Set(trials.map((t) => t.nctId));
    missingNctIds.push(...p.nctIds.filter((n) => !found.has(n)));
    trialIds = trials.map((t) => t.id);
  }
  const therapyIds = therapiesNamedIn(p.text, therapies);

  // Review: created with its links, or updated in the fields the record gives; links are only added.
  let outcome: WriteResult['outcome'] = 'unchanged';
  if (!existing) {
    await createReview(w, { ...p.review, sourceId, trialIds, therapyIds });
    outcome = 'created';
  } else {
    const { authors, authorsComplete, ...rest } = p.review;
    const values: Record<string, unknown> = {
      ...givenValues(rest),
      ...(authors.length ? { authors, authorsComplete } : {}),
      ...(existing.sourceId === null ? { sourceId } : {}),
    };
    const updated = await updateChanged(w, tables.reviews, 'REVIEW', 'Review', existing, values);
    if (updated.changedFields.length) outcome = 'updated';
    if ((await addReviewLinks(w, existing.id, { trialIds, therapyIds })) > 0) touched = true;
  }
  if (outcome === 'unchanged' && touched) outcome = 'updated';
  return { outcome, missingNctIds };
}

/** Imports every publication in `files`. Each file is parsed whole (metadata files are small). */
export async function importPublications(
  db: Db,
  files: readonly string[],
  options: PublicationImportOptions = {},
): Promise<ImportReport> {
  const report = new ReportBuilder('publications import', [...files]);
  const progress = options.progress ?? silentProgress;
  const actor = options.actor ?? SYSTEM_ACTORS.publicationsImport;
  const batchSize = Math.max(1, options.batchSize ?? 100);
  const therapies = await db
    .select({ id: tables.therapies.id, name: tables.therapies.name })
    .from(tables.therapies);
  const counts = () => ({
    files: report.totals.files,
    records: report.totals.records,
    failed: report.totals.failed,
  });
  progress.start(files.length);
  const missing = new Set<string>();
  /** Whether a publication was created or updated (the planner statistics are refreshed at the end). */
  let wrote = false;

  for (const file of files) {
    let items: PublicationItem[];
    try {
      items = [...mapPublicationDocument(JSON.parse(await readFile(file, 'utf8')), options)];
    } catch (error) {
      report.fail(file, {
        index: null,
        nctId: null,
        reason: error instanceof Error ? error.message : String(error),
      });
      report.fileRead();
      continue;
    }
    for (let start = 0; start < items.length; start += batchSize) {
      const batch = items.slice(start, start + batchSize);
      const results: { item: PublicationItem; result: WriteResult | { error: string } | null }[] = [];
      await runBatch(db, actor, async ({ inSavepoint }) => {
        for (const item of batch) {
          if (item.kind !== 'record') {
            results.push({ item, result: null });
            continue;
          }
          try {
            const result = await inSavepoint((w) => writePublication(w, item.publication, therapies));
            results.push({ item, result });
          } catch (error) {
            results.push({ item, result: { error: reasonOf(error) } });
          }
        }
      });
      for (const { item, result } of results) {
        const id =
          item.kind === 'record' ? (item.publication.review.pmid ?? item.publication.review.doi) : item.id;
        if (item.kind === 'failed')
          report.fail(file, { index: item.index, nctId: null, reason: withId(id, item.reason) });
        else if (item.kind === 'skipped')
          report.skip(file, { index: item.index, nctId: null, reason: withId(id, item.reason) });
        else if (result && 'error' in result)
          report.fail(file, {
            index: item.index,
            nctId: null,
            reason: withId(id, `not written: ${result.error}`),
          });
        else if (result) {
          if (result.outcome !== 'unchanged') wrote = true;
          report.done(result.outcome);
          for (const n of result.missingNctIds) missing.add(n);
        }
      }
      progress.update(counts());
    }
    report.fileRead();
  }
  if (missing.size) {
    report.note(
      `${missing.size} NCT id(s) named by publications are not in the database (import their trials first, then re-run): ${[...missing].slice(0, 50).join(', ')}${missing.size > 50 ? ', …' : ''}`,
    );
  }
  if (wrote) await refreshPlannerStatistics(db);
  progress.stop(counts());
  return report.build();
}

function withId(id: string | null, reason: string): string {
  return id ? `${id}: ${reason}` : reason;
}
