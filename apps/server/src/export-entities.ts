import {
  ageLabel,
  type Db,
  patientFilterSql,
  reviewFilterSql,
  tables,
  therapyFilterSql,
  topCodeAge,
} from '@genetrials/schema';
import { and, asc, countDistinct, gt, inArray, type SQL, sql } from 'drizzle-orm';
import { groupBy, keysetBatches } from './batches.js';
import {
  csvRecord,
  EXPORT_BATCH_SIZE,
  type ExportFormat,
  encodeGlobalId,
  exportFilterSql,
  inputFilterSql,
} from './export.js';

// Bulk export of therapies, reviews (with their assessments) and patients (with their adverse
// events), beside the trials of export.ts. Each reads its table in keyset batches by id (a fixed
// number of statements per batch, never the whole table in memory) and streams NDJSON (one object
// per line, nested arrays for assessments and adverse events) or CSV (one row per entity, nested
// lists summarised as counts). Patients are de-identified exactly as GraphQL serves them to
// readers: subject code, top-coded age, no names or contact data.

export const ENTITY_EXPORTS = ['therapies', 'reviews', 'patients'] as const;
export type EntityExportName = (typeof ENTITY_EXPORTS)[number];

export interface EntityExport<Row> {
  /** The schema input type of `filter`. */
  filterType: string;
  /** Whether only reader tokens (or higher) may export it (patient-level data). */
  needsReader: boolean;
  /** Keys of each NDJSON object, in order. */
  columns: readonly (keyof Row & string)[];
  /** CSV header, in order. */
  csvColumns: readonly string[];
  /** The CSV fields of one row (same order as csvColumns). */
  csv(row: Row): unknown[];
  /** `filter` (and, for patients, `trialFilter`) JSON texts as one SQL condition; throws BAD_USER_INPUT. */
  where(filter: string | null | undefined, trialFilter?: string | null): SQL | undefined;
  rows(db: Db, where: SQL | undefined, batchSize?: number): AsyncGenerator<Row>;
}

/** Reads `read(after, limit)` in id order until a short batch, yielding each batch. */
const joined = (list: readonly unknown[]) => list.join('; ');

// ---- therapies --------------------------------------------------------------------------------

export interface ExportedTherapy {
  id: string;
  name: string;
  modality: string;
  transgene: string | null;
  targetAntigen: string | null;
  vector: string | null;
  cellSource: string | null;
  costimulatoryDomain: string | null;
  manufacturer: string | null;
  productCodes: string[];
  aliases: string[];
  description: string | null;
  /** Number of trials the therapy is linked to. */
  trials: number;
}

const THERAPY_COLUMNS = [
  'id',
  'name',
  'modality',
  'transgene',
  'targetAntigen',
  'vector',
  'cellSource',
  'costimulatoryDomain',
  'manufacturer',
  'productCodes',
  'aliases',
  'description',
  'trials',
] as const satisfies readonly (keyof ExportedTherapy)[];

export const therapyExport: EntityExport<ExportedTherapy> = {
  filterType: 'TherapyFilter',
  needsReader: false,
  columns: THERAPY_COLUMNS,
  csvColumns: THERAPY_COLUMNS,
  csv: (row) => THERAPY_COLUMNS.map((column) => row[column]),
  where: (filter) =>
    inputFilterSql(filter, 'TherapyFilter', (value, path) =>
      therapyFilterSql(value as Parameters<typeof therapyFilterSql>[0], tables.therapies, path),
    ),
  async *rows(db, where, batchSize = EXPORT_BATCH_SIZE) {
    const { therapies, trialTherapies } = tables;
    const batches = keysetBatches(
      (after, limit) =>
        db
          .select({
            id: therapies.id,
            name: therapies.name,
            modality: therapies.modality,
            transgene: therapies.transgene,
            targetAntigen: therapies.targetAntigen,
            vector: therapies.vector,
            cellSource: therapies.cellSource,
            costimulatoryDomain: therapies.costimulatoryDomain,
            manufacturer: therapies.manufacturer,
            productCodes: therapies.productCodes,
            aliases: therapies.aliases,
            description: therapies.description,
          })
          .from(therapies)
          .where(and(gt(therapies.id, after), where))
          .orderBy(asc(therapies.id))
          .limit(limit),
      batchSize,
    );
    for await (const batch of batches) {
      const counts = await db
        .select({ therapyId: trialTherapies.therapyId, trials: countDistinct(trialTherapies.trialId) })
        .from(trialTherapies)
        .where(
          inArray(
            trialTherapies.therapyId,
            batch.map((therapy) => therapy.id),
          ),
        )
        .groupBy(trialTherapies.therapyId);
      const trialsOf = new Map(counts.map((row) => [row.therapyId, Number(row.trials)]));
      for (const { id, ...therapy } of batch)
        yield {
          id: encodeGlobalId('Therapy', id),
          ...therapy,
          productCodes: therapy.productCodes ?? [],
          aliases: therapy.aliases ?? [],
          trials: trialsOf.get(id) ?? 0,
        };
    }
  },
};

// ---- reviews ----------------------------------------------------------------------------------

export interface ExportedAssessment {
  expert: string;
  affiliation: string | null;
  stance: string;
  quote: string;
  rationale: string | null;
}

export interface ExportedReview {
  id: string;
  kind: string;
  title: string;
  authors: string[];
  authorsComplete: boolean;
  journal: string | null;
  year: number | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  doi: string | null;
  pmid: string | null;
  url: string | null;
  summary: string | null;
  /** NCT ids of the trials it discusses (trials without one are left out). */
  trials: string[];
  /** Names of the therapies it discusses. */
  therapies: string[];
  /** The expert judgements it holds, in the order they were recorded. */
  assessments: ExportedAssessment[];
}

const REVIEW_COLUMNS = [
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
  'summary',
  'trials',
  'therapies',
  'assessments',
] as const satisfies readonly (keyof ExportedReview)[];

const REVIEW_CSV_COLUMNS = [...REVIEW_COLUMNS.filter((c) => c !== 'assessments'), 'assessments', 'stances'];

export const reviewExport: EntityExport<ExportedReview> = {
  filterType: 'ReviewFilter',
  needsReader: false,
  columns: REVIEW_COLUMNS,
  csvColumns: REVIEW_CSV_COLUMNS,
  // CSV: the assessment count and the stances, one per assessment, joined by "; ".
  csv: (row) => [
    ...REVIEW_COLUMNS.filter((c) => c !== 'assessments').map((column) => row[column]),
    row.assessments.length,
    joined(row.assessments.map((a) => a.stance)),
  ],
  where: (filter) =>
    inputFilterSql(filter, 'ReviewFilter', (value, path) => reviewFilterSql(value, tables.reviews, path)),
  async *rows(db, where, batchSize = EXPORT_BATCH_SIZE) {
    const { reviews, assessments, reviewTrials, reviewTherapies, trials, therapies } = tables;
    const batches = keysetBatches(
      (after, limit) =>
        db
          .select({
            id: reviews.id,
            kind: reviews.kind,
            title: reviews.title,
            authors: reviews.authors,
            authorsComplete: reviews.authorsComplete,
            journal: reviews.journal,
            year: reviews.year,
            volume: reviews.volume,
            issue: reviews.issue,
            pages: reviews.pages,
            doi: reviews.doi,
            pmid: reviews.pmid,
            url: reviews.url,
            summary: reviews.summary,
          })
          .from(reviews)
          .where(and(gt(reviews.id, after), where))
          .orderBy(asc(reviews.id))
          .limit(limit),
      batchSize,
    );
    for await (const batch of batches) {
      const ids = batch.map((review) => review.id);
      const [assessmentRows, trialRows, therapyRows] = await Promise.all([
        db
          .select({
            reviewId: assessments.reviewId,
            expert: assessments.expert,
            affiliation: assessments.affiliation,
            stance: assessments.stance,
            quote: assessments.quote,
            rationale: assessments.rationale,
          })
          .from(assessments)
          .where(inArray(assessments.reviewId, ids))
          .orderBy(asc(assessments.reviewId), asc(assessments.id)),
        db
          .select({ reviewId: reviewTrials.reviewId, nctId: trials.nctId })
          .from(reviewTrials)
          .innerJoin(trials, sql`${trials.id} = ${reviewTrials.trialId}`)
          .where(inArray(reviewTrials.reviewId, ids))
          .orderBy(asc(reviewTrials.reviewId), asc(trials.nctId)),
        db
          .select({ reviewId: reviewTherapies.reviewId, name: therapies.name })
          .from(reviewTherapies)
          .innerJoin(therapies, sql`${therapies.id} = ${reviewTherapies.therapyId}`)
          .where(inArray(reviewTherapies.reviewId, ids))
          .orderBy(asc(reviewTherapies.reviewId), asc(therapies.name)),
      ]);
      const assessmentsOf = groupBy(assessmentRows, (row) => row.reviewId);
      const trialsOf = groupBy(trialRows, (row) => row.reviewId);
      const therapiesOf = groupBy(therapyRows, (row) => row.reviewId);
      for (const { id, ...review } of batch)
        yield {
          id: encodeGlobalId('Review', id),
          ...review,
          authors: review.authors ?? [],
          trials: (trialsOf.get(id) ?? []).flatMap((row) => (row.nctId ? [row.nctId] : [])),
          therapies: (therapiesOf.get(id) ?? []).map((row) => row.name),
          assessments: (assessmentsOf.get(id) ?? []).map(({ reviewId: _, ...assessment }) => assessment),
        };
    }
  },
};

// ---- patients ---------------------------------------------------------------------------------

export interface ExportedAdverseEvent {
  term: string;
  grade: number | null;
  attribution: string | null;
  serious: boolean | null;
  description: string | null;
}

export interface ExportedPatient {
  id: string;
  /** Global ID of the patient's trial. */
  trialId: string;
  nctId: string | null;
  /** Study-assigned code, never a name. */
  subjectCode: string;
  /** Years; 90 stands for "90 or older". */
  ageAtEnrollment: number | null;
  ageLabel: string | null;
  sex: string;
  diseaseStage: string | null;
  metastaticSites: string[];
  priorTherapies: string[];
  bestResponse: string | null;
  responseDurationMonths: number | null;
  followUpMonths: number | null;
  status: string;
  notes: string | null;
  adverseEvents: ExportedAdverseEvent[];
}

const PATIENT_COLUMNS = [
  'id',
  'trialId',
  'nctId',
  'subjectCode',
  'ageAtEnrollment',
  'ageLabel',
  'sex',
  'diseaseStage',
  'metastaticSites',
  'priorTherapies',
  'bestResponse',
  'responseDurationMonths',
  'followUpMonths',
  'status',
  'notes',
  'adverseEvents',
] as const satisfies readonly (keyof ExportedPatient)[];

const PATIENT_CSV_COLUMNS = [
  ...PATIENT_COLUMNS.filter((c) => c !== 'adverseEvents'),
  'adverseEvents',
  'maxAdverseEventGrade',
  'seriousAdverseEvents',
];

export const patientExport: EntityExport<ExportedPatient> = {
  filterType: 'PatientFilter',
  needsReader: true,
  columns: PATIENT_COLUMNS,
  csvColumns: PATIENT_CSV_COLUMNS,
  // CSV: the adverse event count, the highest grade reported (empty when none) and the serious ones.
  csv: (row) => {
    const grades = row.adverseEvents.flatMap((event) => (event.grade == null ? [] : [event.grade]));
    return [
      ...PATIENT_COLUMNS.filter((c) => c !== 'adverseEvents').map((column) => row[column]),
      row.adverseEvents.length,
      grades.length > 0 ? Math.max(...grades) : null,
      row.adverseEvents.filter((event) => event.serious).length,
    ];
  },
  where: (filter, trialFilter) => {
    const { patients, trials } = tables;
    const own = inputFilterSql(filter, 'PatientFilter', (value, path) =>
      patientFilterSql(value, patients, path),
    );
    const ofTrials = exportFilterSql(trialFilter, 'trialFilter');
    return and(
      own,
      ofTrials
        ? sql`${patients.trialId} in (select ${trials.id} from ${trials} where ${ofTrials})`
        : undefined,
    );
  },
  async *rows(db, where, batchSize = EXPORT_BATCH_SIZE) {
    const { patients, adverseEvents, trials } = tables;
    const batches = keysetBatches(
      (after, limit) =>
        db
          .select({
            id: patients.id,
            trialId: patients.trialId,
            subjectCode: patients.subjectCode,
            ageAtEnrollment: patients.ageAtEnrollment,
            sex: patients.sex,
            diseaseStage: patients.diseaseStage,
            metastaticSites: patients.metastaticSites,
            priorTherapies: patients.priorTherapies,
            bestResponse: patients.bestResponse,
            responseDurationMonths: patients.responseDurationMonths,
            followUpMonths: patients.followUpMonths,
            status: patients.status,
            notes: patients.notes,
          })
          .from(patients)
          .where(and(gt(patients.id, after), where))
          .orderBy(asc(patients.id))
          .limit(limit),
      batchSize,
    );
    for await (const batch of batches) {
      const ids = batch.map((patient) => patient.id);
      const trialIds = [...new Set(batch.map((patient) => patient.trialId))];
      const [eventRows, trialRows] = await Promise.all([
        db
          .select({
            patientId: adverseEvents.patientId,
            term: adverseEvents.term,
            grade: adverseEvents.grade,
            attribution: adverseEvents.attribution,
            serious: adverseEvents.serious,
            description: adverseEvents.description,
          })
          .from(adverseEvents)
          .where(inArray(adverseEvents.patientId, ids))
          .orderBy(asc(adverseEvents.patientId), asc(adverseEvents.id)),
        db.select({ id: trials.id, nctId: trials.nctId }).from(trials).where(inArray(trials.id, trialIds)),
      ]);
      const eventsOf = groupBy(eventRows, (row) => row.patientId);
      const nctIdOf = new Map(trialRows.map((row) => [row.id, row.nctId]));
      for (const { id, trialId, subjectCode, ageAtEnrollment, ...patient } of batch)
        yield {
          id: encodeGlobalId('Patient', id),
          trialId: encodeGlobalId('Trial', trialId),
          nctId: nctIdOf.get(trialId) ?? null,
          subjectCode,
          ageAtEnrollment: topCodeAge(ageAtEnrollment),
          ageLabel: ageLabel(ageAtEnrollment),
          ...patient,
          metastaticSites: patient.metastaticSites ?? [],
          priorTherapies: patient.priorTherapies ?? [],
          adverseEvents: (eventsOf.get(id) ?? []).map(({ patientId: _, ...event }) => event),
        };
    }
  },
};

/** An export whose row type is left open (for code that handles every entity alike). */
export type AnyEntityExport = EntityExport<Record<string, unknown>>;

export const ENTITY_EXPORT_SPECS: Record<EntityExportName, AnyEntityExport> = {
  therapies: therapyExport as unknown as AnyEntityExport,
  reviews: reviewExport as unknown as AnyEntityExport,
  patients: patientExport as unknown as AnyEntityExport,
};

/** The export as text chunks (a header row first for CSV; one JSON object per line for NDJSON). */
export async function* entityChunks<Row>(
  db: Db,
  spec: EntityExport<Row>,
  format: ExportFormat,
  where: SQL | undefined,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<string> {
  if (format === 'csv') yield csvRecord(spec.csvColumns);
  let buffer = '';
  for await (const row of spec.rows(db, where, batchSize)) {
    buffer +=
      format === 'csv'
        ? csvRecord(spec.csv(row))
        : `${JSON.stringify(Object.fromEntries(spec.columns.map((column) => [column, row[column]])))}\n`;
    if (buffer.length >= 64 * 1024) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}
