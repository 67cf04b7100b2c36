// `seed --synthetic`: fills an empty database with a deterministic, realistic synthetic knowledge
// base at any scale (about 50 patients per trial with their adverse events, about 2 reviews per
// trial with assessments, therapies from a shared catalogue; see synthetic-distributions.ts).
//
// Fast path: rows are built in JS and written with multi-row INSERT statements (200 rows each,
// values as SQL literals: see sqlLiteral), a chunk of trials per transaction, with `synchronous = OFF`,
// `temp_store = MEMORY` and a 128 MiB page cache while it runs (the previous values are restored
// afterwards). Memory stays flat in the number of trials: one chunk of rows is held at a time,
// its statements run through sqlite3_exec (no driver statement objects), and the JS heap is
// collected once it passes HEAP_COLLECT_BYTES. The full-text index is part of the real write path: by default its triggers stay in place and index every row as it is written. With
// `searchIndex: 'rebuild'` the triggers are dropped for the load and the index is rebuilt in full
// afterwards from the search_index migration's own SQL (read from the migration file at run time),
// then the triggers are recreated from the same file. The response-rate key triggers on patients
// (response_rate_key migration) are always dropped for the load: every trial's key is computed
// in one UPDATE at the end (the migration's backfill) and the triggers are recreated. So are the
// trial facet count triggers (trial_facet_counts and trial_year_facet_counts migrations): their
// backfill sets every trial's modality mask and recounts the facet tables at the end, also after
// a failed load.
// The only writer that bypasses the write layer (src/write), by design: bulk speed, and generated rows
// are not curated data, so they get no versions bumped and no history rows.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type Db, migrationsFolder, refreshPlannerStatistics, tables, yearOf } from '@genetrials/schema';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { isEmpty } from './seed.js';
import { createSyntheticGenerator, type SyntheticTrial } from './synthetic-generator.js';

export interface SyntheticOptions {
  /** Number of trials to generate (patients, reviews and the rest follow). */
  trials: number;
  /** PRNG seed: the same seed always yields the same database. */
  seed: number;
  /**
   * `triggers` (default): the FTS5 triggers index each row as it is inserted.
   * `rebuild`: drop the triggers during the load, then rebuild the index in full and recreate them.
   */
  searchIndex?: 'triggers' | 'rebuild';
  /** Trials per transaction (default 200): their rows are what the generator holds in memory at a time. */
  chunkTrials?: number;
  /** Called after each committed chunk. */
  onProgress?: (progress: { trials: number; rows: number; seconds: number }) => void;
}

export interface SyntheticResult {
  trials: number;
  seed: number;
  /** Rows written per table (the FTS index rows are not counted). */
  rows: Record<SyntheticTable, number>;
  totalRows: number;
  seconds: number;
  rowsPerSecond: number;
  searchIndex: 'triggers' | 'rebuild';
}

export type SyntheticTable =
  | 'therapies'
  | 'trials'
  | 'trialTherapies'
  | 'patients'
  | 'adverseEvents'
  | 'reviews'
  | 'assessments'
  | 'reviewTrials'
  | 'reviewTherapies';

/** Rows per INSERT statement: larger statements stop paying off (and cost more to prepare). */
const ROWS_PER_STATEMENT = 200;
/**
 * Page cache of the loading connection, in KiB (128 MiB). The trial rows append, but the secondary
 * indexes and the full-text index take inserts all over their B-trees: with 32 MiB the load became
 * CPU-bound on page reloads past ~20k trials (35 trials/s at 55k against 200/s at the start); 128
 * MiB keeps it fast at 100k while the generator's peak RSS stays under 500 MB.
 */
const LOAD_CACHE_KIB = 131_072;
/**
 * Used JS heap (bytes) above which the generator collects garbage after a chunk. What a chunk
 * leaves behind (its rows as objects and SQL text, about 20 MB per 200 trials) is garbage once it is
 * committed, but V8 lets the heap grow to several times the live set (about 30 MB) before it
 * collects: 165 MB of heap at the peak. Collecting at 64 MiB keeps the heap near 90 MB, for about
 * 70 ms of collection per 1,000 trials.
 */
const HEAP_COLLECT_BYTES = 64 * 1024 * 1024;
/** Creation time of the first synthetic trial; each later trial is a minute newer (deterministic). */
const EPOCH_MS = Date.UTC(2024, 0, 1);

/**
 * An SQL literal for a generated value. The rows are written as literals rather than bound
 * parameters because the libSQL driver converts and binds each parameter separately, which
 * costs more than SQLite parsing the literal (measured: about 35 % more rows/s). Only values
 * this generator made pass through here, and every string is quoted with its quotes doubled.
 */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'string') {
    if (value.includes('\0')) throw new RangeError('strings with NUL characters are not supported');
    return `'${value.replaceAll("'", "''")}'`;
  }
  throw new TypeError(`unsupported value: ${typeof value}`);
}

/** Collects rows of one table and turns them into multi-row INSERT statements. */
class BulkInsert<K extends string> {
  readonly sqlName: string;
  readonly columnNames: string[];
  private readonly head: string;
  private tuples: string[] = [];
  written = 0;

  constructor(table: SQLiteTable, keys: readonly K[]) {
    const config = getTableConfig(table);
    this.sqlName = config.name;
    const byKey = table as unknown as Record<string, { name: string }>;
    this.columnNames = keys.map((k) => {
      const column = byKey[k];
      if (!column?.name) throw new Error(`${config.name} has no column ${k}`);
      return column.name;
    });
    this.head = `insert into "${this.sqlName}" (${this.columnNames.map((c) => `"${c}"`).join(',')}) values `;
  }

  /** Adds one row: values in the order of the keys given to the constructor. */
  push(out: string[], ...row: unknown[]): void {
    if (row.length !== this.columnNames.length)
      throw new Error(`${this.sqlName}: expected ${this.columnNames.length} values`);
    let tuple = '(';
    for (let i = 0; i < row.length; i++) tuple += (i === 0 ? '' : ',') + sqlLiteral(row[i]);
    this.tuples.push(`${tuple})`);
    this.written++;
    if (this.tuples.length === ROWS_PER_STATEMENT) this.flush(out);
  }

  flush(out: string[]): void {
    if (this.tuples.length === 0) return;
    out.push(this.head + this.tuples.join(','));
    this.tuples = [];
  }
}

let fullGc: (() => void) | undefined;

/**
 * A full garbage collection if the used JS heap is above `bytes`. `gc` is V8's own, exposed
 * through a flag (the generator runs under plain `node`, without `--expose-gc`) and taken from a
 * fresh context, where V8 installs it once the flag is set.
 */
function collectIfAbove(bytes: number): void {
  if (v8.getHeapStatistics().used_heap_size <= bytes) return;
  if (!fullGc) {
    v8.setFlagsFromString('--expose-gc');
    fullGc = runInNewContext('gc') as () => void;
  }
  fullGc();
}

function json(value: readonly string[]): string {
  return JSON.stringify(value);
}

function bool(value: boolean | null): number | null {
  return value == null ? null : value ? 1 : 0;
}

function maxId(db: Db, table: string): Promise<number> {
  return db.client
    .execute(`select coalesce(max(id), 0) as id from "${table}"`)
    .then((r) => Number(r.rows[0]?.id ?? 0));
}

/**
 * The statements of the search_index migration, split on drizzle-kit's breakpoints: the
 * CREATE TRIGGER statements and the backfill INSERTs, so this file never copies that SQL.
 */
export function searchIndexMigration(folder = migrationsFolder): { triggers: string[]; backfill: string[] } {
  const statements = migrationStatements(folder, '_search_index');
  return {
    triggers: statements.filter((s) => /^CREATE TRIGGER/i.test(s)),
    backfill: statements.filter((s) => /^INSERT INTO search_index/i.test(s)),
  };
}

/**
 * The statements of the response_rate_key migration: the CREATE TRIGGER statements on patients
 * and the backfill UPDATE that recomputes every trial's key in one pass.
 */
export function responseRateMigration(folder = migrationsFolder): { triggers: string[]; backfill: string[] } {
  const statements = migrationStatements(folder, '_response_rate_key');
  return {
    triggers: statements.filter((s) => /^CREATE TRIGGER/i.test(s)),
    backfill: statements.filter((s) => /^UPDATE `trials` SET `response_rate_key`/i.test(s)),
  };
}

/**
 * The statements of the trial_facet_counts and trial_year_facet_counts migrations: the CREATE
 * TRIGGER statements on trials, trial_therapies and therapies, and the backfill that sets every
 * trial's modality mask and recounts both facet tables from scratch.
 */
export function facetCountMigration(folder = migrationsFolder): { triggers: string[]; backfill: string[] } {
  const statements = [
    ...migrationStatements(folder, '_trial_facet_counts'),
    ...migrationStatements(folder, '_trial_year_facet_counts'),
  ];
  return {
    triggers: statements.filter((s) => /^CREATE TRIGGER/i.test(s)),
    backfill: statements.filter((s) =>
      /^(UPDATE `trials` SET `modality_mask`|DELETE FROM `trial(_year)?_facet_counts`|INSERT INTO `trial(_year)?_facet_counts`)/i.test(
        s,
      ),
    ),
  };
}

/** A migration's statements split on drizzle-kit's breakpoints, comment lines dropped. */
function migrationStatements(folder: string, suffix: string): string[] {
  const dir = readdirSync(folder).find((d) => d.endsWith(suffix));
  if (!dir) throw new Error(`no *${suffix} migration in ${folder}`);
  return readFileSync(join(folder, dir, 'migration.sql'), 'utf8')
    .split('--> statement-breakpoint')
    .map((s) =>
      s
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('--'))
        .join('\n')
        .trim(),
    )
    .filter(Boolean);
}

function triggerName(createTrigger: string): string {
  const match = /^CREATE TRIGGER\s+[`"]?([A-Za-z0-9_]+)/i.exec(createTrigger);
  if (!match?.[1]) throw new Error(`cannot read the trigger name of: ${createTrigger.slice(0, 80)}`);
  return match[1];
}

async function pragma(db: Db, name: string): Promise<unknown> {
  const result = await db.client.execute(`PRAGMA ${name}`);
  const row = result.rows[0];
  return row ? row[0] : undefined;
}

/**
 * Writes `trials` synthetic trials (and everything that hangs off them) into an empty,
 * migrated database. Deterministic: the same seed yields identical tables.
 */
export async function seedSynthetic(db: Db, options: SyntheticOptions): Promise<SyntheticResult> {
  const { trials: trialCount, seed } = options;
  if (!Number.isSafeInteger(trialCount) || trialCount < 1)
    throw new RangeError('trials must be a positive integer');
  if (!Number.isSafeInteger(seed)) throw new RangeError('seed must be an integer');
  if (!(await isEmpty(db))) {
    throw new Error('synthetic data goes into an empty database only (point DATABASE_URL at a new file)');
  }
  const mode = options.searchIndex ?? 'triggers';
  const chunkTrials = options.chunkTrials ?? 200;
  const client = db.client;
  const started = performance.now();

  const saved = {
    synchronous: await pragma(db, 'synchronous'),
    temp_store: await pragma(db, 'temp_store'),
    cache_size: await pragma(db, 'cache_size'),
  };
  await client.execute('PRAGMA synchronous = OFF');
  await client.execute('PRAGMA temp_store = MEMORY');
  await client.execute(`PRAGMA cache_size = -${LOAD_CACHE_KIB}`);
  const migration = mode === 'rebuild' ? searchIndexMigration() : undefined;
  if (migration) {
    await client.batch(
      migration.triggers.map((t) => `DROP TRIGGER IF EXISTS "${triggerName(t)}"`),
      'write',
    );
  }
  // The response-rate key triggers would recompute a trial's rate once per patient inserted;
  // they are dropped for the load and every key is computed in one UPDATE at the end.
  const responseRate = responseRateMigration();
  // The facet count triggers would move a trial between facet rows once per therapy link
  // inserted; they are dropped too, and the facets are counted once at the end.
  const facets = facetCountMigration();
  await client.batch(
    [...responseRate.triggers, ...facets.triggers].map((t) => `DROP TRIGGER IF EXISTS "${triggerName(t)}"`),
    'write',
  );

  try {
    const ids = {
      therapy: await maxId(db, 'therapies'),
      trial: await maxId(db, 'trials'),
      link: await maxId(db, 'trial_therapies'),
      patient: await maxId(db, 'patients'),
      event: await maxId(db, 'adverse_events'),
      review: await maxId(db, 'reviews'),
      assessment: await maxId(db, 'assessments'),
    };
    const t = tables;
    const therapies = new BulkInsert(t.therapies, [
      'id',
      'name',
      'modality',
      'transgene',
      'targetAntigen',
      'vector',
      'cellSource',
      'description',
      'createdAt',
      'updatedAt',
    ]);
    const trials = new BulkInsert(t.trials, [
      'id',
      'nctId',
      'title',
      'officialTitle',
      'phase',
      'status',
      'conditions',
      'sponsor',
      'institution',
      'country',
      'principalInvestigator',
      'startDate',
      'startYear',
      'completionDate',
      'plannedEnrollment',
      'actualEnrollment',
      'summary',
      'createdAt',
      'updatedAt',
    ]);
    const links = new BulkInsert(t.trialTherapies, [
      'id',
      'trialId',
      'therapyId',
      'armName',
      'role',
      'dose',
      'createdAt',
      'updatedAt',
    ]);
    const patients = new BulkInsert(t.patients, [
      'id',
      'trialId',
      'subjectCode',
      'ageAtEnrollment',
      'sex',
      'diseaseStage',
      'metastaticSites',
      'priorTherapies',
      'bestResponse',
      'responseDurationMonths',
      'followUpMonths',
      'status',
      'notes',
      'createdAt',
      'updatedAt',
    ]);
    const events = new BulkInsert(t.adverseEvents, [
      'id',
      'patientId',
      'term',
      'grade',
      'attribution',
      'serious',
      'description',
      'createdAt',
      'updatedAt',
    ]);
    const reviews = new BulkInsert(t.reviews, [
      'id',
      'kind',
      'title',
      'authors',
      'authorsComplete',
      'journal',
      'year',
      'volume',
      'issue',
      'pages',
      'doi',
      'pmid',
      'url',
      'abstract',
      'summary',
      'createdAt',
      'updatedAt',
    ]);
    const assessments = new BulkInsert(t.assessments, [
      'id',
      'reviewId',
      'expert',
      'affiliation',
      'quote',
      'stance',
      'rationale',
      'createdAt',
      'updatedAt',
    ]);
    const reviewTrials = new BulkInsert(t.reviewTrials, ['reviewId', 'trialId']);
    const reviewTherapies = new BulkInsert(t.reviewTherapies, ['reviewId', 'therapyId']);
    // Parents before children, so foreign keys hold at every statement.
    const all = [
      therapies,
      trials,
      links,
      patients,
      events,
      reviews,
      assessments,
      reviewTrials,
      reviewTherapies,
    ];

    const generator = createSyntheticGenerator(seed);
    const epoch = new Date(EPOCH_MS).toISOString();
    const firstTherapyId = ids.therapy + 1;
    const firstTrialId = ids.trial + 1;

    // Per-table statement queues: a statement is emitted whenever a table's buffer fills, and
    // the whole chunk is committed in one transaction, tables in parent-to-child order.
    const queues = new Map(all.map((table) => [table, [] as string[]]));
    const commit = async () => {
      const out: string[] = [];
      for (const table of all) {
        const queue = queues.get(table) as string[];
        table.flush(queue);
        out.push(...queue);
        queue.length = 0;
      }
      if (out.length > 0) {
        // Each statement runs through `exec` (sqlite3_exec: prepared, run and finalized at once)
        // instead of `batch`, whose every statement becomes a driver object whose prepared
        // SQLite statement is freed only by a finalizer after a garbage collection: those added
        // about 60 MB to the peak RSS at 10k trials. Same statements, same order, one transaction.
        const tx = await client.transaction('write');
        try {
          for (const sql of out) await tx.executeMultiple(sql);
          await tx.commit();
        } finally {
          tx.close();
        }
      }
      out.length = 0;
      collectIfAbove(HEAP_COLLECT_BYTES);
    };

    for (const [i, therapy] of generator.catalogue.entries()) {
      therapies.push(
        queues.get(therapies) as string[],
        firstTherapyId + i,
        therapy.name,
        therapy.modality,
        therapy.transgene,
        therapy.targetAntigen,
        therapy.vector,
        therapy.cellSource,
        therapy.description,
        epoch,
        epoch,
      );
    }
    await commit();

    const q = (table: BulkInsert<string>) => queues.get(table) as string[];
    const qTrials = q(trials);
    const qLinks = q(links);
    const qPatients = q(patients);
    const qEvents = q(events);
    const qReviews = q(reviews);
    const qAssessments = q(assessments);
    const qReviewTrials = q(reviewTrials);
    const qReviewTherapies = q(reviewTherapies);

    const writeTrial = (s: SyntheticTrial) => {
      const trialId = firstTrialId + s.index;
      const at = new Date(EPOCH_MS + s.index * 60_000).toISOString();
      const f = s.trial;
      trials.push(
        qTrials,
        trialId,
        f.nctId,
        f.title,
        f.officialTitle,
        f.phase,
        f.status,
        json(f.conditions),
        f.sponsor,
        f.institution,
        f.country,
        f.principalInvestigator,
        f.startDate,
        yearOf(f.startDate),
        f.completionDate,
        f.plannedEnrollment,
        f.actualEnrollment,
        f.summary,
        at,
        at,
      );
      for (const l of s.links) {
        links.push(
          qLinks,
          ++ids.link,
          trialId,
          firstTherapyId + l.therapy,
          l.armName,
          l.role,
          l.dose,
          at,
          at,
        );
      }
      for (const p of s.patients) {
        const patientId = ++ids.patient;
        patients.push(
          qPatients,
          patientId,
          trialId,
          p.subjectCode,
          p.ageAtEnrollment,
          p.sex,
          p.diseaseStage,
          json(p.metastaticSites),
          json(p.priorTherapies),
          p.bestResponse,
          p.responseDurationMonths,
          p.followUpMonths,
          p.status,
          p.notes,
          at,
          at,
        );
        for (const e of p.adverseEvents) {
          events.push(
            qEvents,
            ++ids.event,
            patientId,
            e.term,
            e.grade,
            e.attribution,
            bool(e.serious),
            e.description,
            at,
            at,
          );
        }
      }
      for (const r of s.reviews) {
        const reviewId = ++ids.review;
        reviews.push(
          qReviews,
          reviewId,
          r.kind,
          r.title,
          json(r.authors),
          r.authorsComplete ? 1 : 0,
          r.journal,
          r.year,
          r.volume,
          r.issue,
          r.pages,
          r.doi,
          r.pmid,
          r.url,
          r.abstract,
          r.summary,
          at,
          at,
        );
        for (const a of r.assessments) {
          assessments.push(
            qAssessments,
            ++ids.assessment,
            reviewId,
            a.expert,
            a.affiliation,
            a.quote,
            a.stance,
            a.rationale,
            at,
            at,
          );
        }
        reviewTrials.push(qReviewTrials, reviewId, trialId);
        for (const other of r.otherTrials) reviewTrials.push(qReviewTrials, reviewId, firstTrialId + other);
        for (const therapy of r.therapies)
          reviewTherapies.push(qReviewTherapies, reviewId, firstTherapyId + therapy);
      }
    };

    const totalRows = () => all.reduce((sum, table) => sum + table.written, 0);
    for (let done = 0; done < trialCount; ) {
      const end = Math.min(trialCount, done + chunkTrials);
      for (; done < end; done++) writeTrial(generator.next());
      await commit();
      options.onProgress?.({
        trials: done,
        rows: totalRows(),
        seconds: (performance.now() - started) / 1000,
      });
    }

    if (migration) {
      // Rebuild the whole index (the backfill of the migration covers every row), then put the
      // triggers back so later writes keep it in sync.
      await client.batch(['DELETE FROM search_index', ...migration.backfill, ...migration.triggers], 'write');
    }
    await client.batch(
      [...responseRate.backfill, ...responseRate.triggers, ...facets.backfill, ...facets.triggers],
      'write',
    );
    await refreshPlannerStatistics(db);
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)').catch(() => undefined);

    const seconds = (performance.now() - started) / 1000;
    const rows: Record<SyntheticTable, number> = {
      therapies: therapies.written,
      trials: trials.written,
      trialTherapies: links.written,
      patients: patients.written,
      adverseEvents: events.written,
      reviews: reviews.written,
      assessments: assessments.written,
      reviewTrials: reviewTrials.written,
      reviewTherapies: reviewTherapies.written,
    };
    const total = totalRows();
    return {
      trials: trialCount,
      seed,
      rows,
      totalRows: total,
      seconds,
      rowsPerSecond: Math.round(total / seconds),
      searchIndex: mode,
    };
  } catch (error) {
    await client
      .batch(
        responseRate.triggers.map((t) => t.replace(/^CREATE TRIGGER/i, 'CREATE TRIGGER IF NOT EXISTS')),
        'write',
      )
      .catch(() => undefined);
    // The earlier chunks' trials stay: count their facets, then put the triggers back.
    await client
      .batch(
        [
          ...facets.backfill,
          ...facets.triggers.map((t) => t.replace(/^CREATE TRIGGER/i, 'CREATE TRIGGER IF NOT EXISTS')),
        ],
        'write',
      )
      .catch(() => undefined);
    if (migration) {
      // Never leave the database without its search triggers.
      await client
        .batch(
          migration.triggers.map((t) => t.replace(/^CREATE TRIGGER/i, 'CREATE TRIGGER IF NOT EXISTS')),
          'write',
        )
        .catch(() => undefined);
    }
    throw error;
  } finally {
    await client.execute(`PRAGMA synchronous = ${Number(saved.synchronous ?? 2)}`);
    await client.execute(`PRAGMA temp_store = ${Number(saved.temp_store ?? 0)}`);
    await client.execute(`PRAGMA cache_size = ${Number(saved.cache_size ?? -2000)}`);
  }
}

/** One line for the CLI: what was written and how fast. */
export function describeSyntheticResult(result: SyntheticResult): string {
  const parts = Object.entries(result.rows).map(([table, n]) => `${table} ${n.toLocaleString('en-US')}`);
  return (
    `synthetic seed ${result.seed}: ${result.trials.toLocaleString('en-US')} trials, ` +
    `${result.totalRows.toLocaleString('en-US')} rows (${parts.join(', ')}) in ${result.seconds.toFixed(1)} s ` +
    `= ${result.rowsPerSecond.toLocaleString('en-US')} rows/s (search index: ${result.searchIndex})`
  );
}
