// The publication import: map each record of each file, upsert it as a review with its source,
// link the trials it names and the therapies its text names. One savepoint per record.

import { readFile } from 'node:fs/promises';
import { type Db, tables } from '@genetrials/schema';
import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { reasonOf } from './ctgov-import.js';
import { type Actor, differingFields, historyRecorder, IMPORTER_ROLE, type Tx } from './ctgov-write.js';
import { type Progress, silentProgress } from './progress.js';
import {
  type MapOptions,
  type MappedPublication,
  mapPublicationDocument,
  type PublicationItem,
} from './publications-map.js';
import { type ImportReport, ReportBuilder } from './report.js';

export const PUBLICATIONS_ACTOR: Actor = { role: IMPORTER_ROLE, name: 'publications import' };

export interface PublicationImportOptions extends MapOptions {
  batchSize?: number;
  progress?: Progress;
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
  tx: Tx,
  p: MappedPublication,
  at: string,
  therapies: readonly { id: number; name: string }[],
  actor: Actor = PUBLICATIONS_ACTOR,
): Promise<WriteResult> {
  const record = historyRecorder(tx, at, actor);
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
    const [row] = await tx
      .insert(tables.sources)
      .values({ ...p.source, retrievedAt: at, createdAt: at, updatedAt: at })
      .returning();
    if (!row) throw new Error('source insert returned no row');
    await record('SOURCE', row.id, 'CREATE', null, row);
    sourceId = row.id;
    touched = true;
  } else {
    sourceId = source.id;
    const values = givenValues(p.source);
    const fields = differingFields(source, values);
    if (fields.length) {
      const [after] = await tx
        .update(tables.sources)
        .set({
          ...Object.fromEntries(fields.map((f) => [f, (values as Record<string, unknown>)[f]])),
          version: sql`${tables.sources.version} + 1`,
          updatedAt: at,
        })
        .where(eq(tables.sources.id, sourceId))
        .returning();
      await record('SOURCE', sourceId, 'UPDATE', source, after ?? null);
      touched = true;
    }
  }

  // Review
  let reviewId: number;
  let outcome: WriteResult['outcome'] = 'unchanged';
  if (!existing) {
    const [row] = await tx
      .insert(tables.reviews)
      .values({ ...p.review, sourceId, createdAt: at, updatedAt: at })
      .returning();
    if (!row) throw new Error('review insert returned no row');
    await record('REVIEW', row.id, 'CREATE', null, row);
    reviewId = row.id;
    outcome = 'created';
  } else {
    reviewId = existing.id;
    const { authors, authorsComplete, ...rest } = p.review;
    const values: Record<string, unknown> = {
      ...givenValues(rest),
      ...(authors.length ? { authors, authorsComplete } : {}),
      ...(existing.sourceId === null ? { sourceId } : {}),
    };
    const fields = differingFields(existing, values);
    if (fields.length) {
      const [after] = await tx
        .update(tables.reviews)
        .set({
          ...Object.fromEntries(fields.map((f) => [f, values[f]])),
          version: sql`${tables.reviews.version} + 1`,
          updatedAt: at,
        })
        .where(eq(tables.reviews.id, reviewId))
        .returning();
      await record('REVIEW', reviewId, 'UPDATE', existing, after ?? null);
      outcome = 'updated';
    }
  }

  // Trial links, for the NCT ids that are in the database.
  const missingNctIds: string[] = [];
  if (p.nctIds.length) {
    const trials = await tx
      .select({ id: tables.trials.id, nctId: tables.trials.nctId })
      .from(tables.trials)
      .where(inArray(tables.trials.nctId, p.nctIds));
    const found = new Set(trials.map((t) => t.nctId));
    missingNctIds.push(...p.nctIds.filter((n) => !found.has(n)));
    for (const t of trials) {
      const inserted = await tx
        .insert(tables.reviewTrials)
        .values({ reviewId, trialId: t.id })
        .onConflictDoNothing()
        .returning();
      if (inserted.length) touched = true;
    }
  }
  for (const therapyId of therapiesNamedIn(p.text, therapies)) {
    const inserted = await tx
      .insert(tables.reviewTherapies)
      .values({ reviewId, therapyId })
      .onConflictDoNothing()
      .returning();
    if (inserted.length) touched = true;
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
  const actor = options.actor ?? PUBLICATIONS_ACTOR;
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
      const at = new Date().toISOString();
      const results: { item: PublicationItem; result: WriteResult | { error: string } | null }[] = [];
      await db.transaction(async (tx) => {
        for (const item of batch) {
          if (item.kind !== 'record') {
            results.push({ item, result: null });
            continue;
          }
          try {
            const result = await tx.transaction((sp) =>
              writePublication(sp, item.publication, at, therapies, actor),
            );
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
  progress.stop(counts());
  return report.build();
}

function withId(id: string | null, reason: string): string {
  return id ? `${id}: ${reason}` : reason;
}
