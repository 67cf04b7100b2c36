import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  ATTRIBUTIONS,
  CELL_SOURCES,
  CHANGE_ACTIONS,
  ENTITY_TYPES,
  MODALITIES,
  PATIENT_STATUSES,
  PHASES,
  RESPONSES,
  REVIEW_KINDS,
  SEXES,
  SOURCE_KINDS,
  STANCES,
  SUBJECT_TYPES,
  THERAPY_ROLES,
  TRIAL_STATUSES,
  VECTORS,
} from '../domain/enums.js';
import { TOKEN_ROLES } from '../domain/roles.js';

const timestamps = {
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  /** Incremented on every update; writers send the version they read (optimistic concurrency). */
  version: integer('version').notNull().default(1),
};

/** A document a fact came from: a paper, a news report, a registry record. */
export const sources = sqliteTable(
  'sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: SOURCE_KINDS }).notNull(),
    title: text('title').notNull(),
    publisher: text('publisher'),
    publishedOn: text('published_on'),
    url: text('url'),
    doi: text('doi'),
    pmid: text('pmid'),
    nctId: text('nct_id'),
    retrievedAt: text('retrieved_at'),
    ...timestamps,
  },
  (t) => [
    index('sources_kind_idx').on(t.kind),
    index('sources_doi_idx').on(t.doi),
    index('sources_pmid_idx').on(t.pmid),
    index('sources_nct_id_idx').on(t.nctId),
  ],
);

export const trials = sqliteTable(
  'trials',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    nctId: text('nct_id'),
    title: text('title').notNull(),
    officialTitle: text('official_title'),
    phase: text('phase', { enum: PHASES }),
    status: text('status', { enum: TRIAL_STATUSES }),
    conditions: text('conditions', { mode: 'json' }).$type<string[]>().notNull().default([]),
    sponsor: text('sponsor'),
    institution: text('institution'),
    country: text('country'),
    principalInvestigator: text('principal_investigator'),
    /** ISO date, possibly partial (YYYY, YYYY-MM or YYYY-MM-DD) as registries publish it. */
    startDate: text('start_date'),
    startYear: integer('start_year'),
    completionDate: text('completion_date'),
    plannedEnrollment: integer('planned_enrollment'),
    actualEnrollment: integer('actual_enrollment'),
    summary: text('summary'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('trials_nct_id_unique').on(t.nctId),
    index('trials_phase_idx').on(t.phase),
    index('trials_status_idx').on(t.status),
    index('trials_sponsor_idx').on(t.sponsor),
    index('trials_country_idx').on(t.country),
    index('trials_start_year_idx').on(t.startYear),
    index('trials_start_date_idx').on(t.startDate),
  ],
);

export const therapies = sqliteTable(
  'therapies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    modality: text('modality', { enum: MODALITIES }).notNull(),
    transgene: text('transgene'),
    targetAntigen: text('target_antigen'),
    vector: text('vector', { enum: VECTORS }),
    cellSource: text('cell_source', { enum: CELL_SOURCES }),
    description: text('description'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('therapies_name_unique').on(t.name),
    index('therapies_modality_idx').on(t.modality),
    index('therapies_vector_idx').on(t.vector),
    index('therapies_target_antigen_idx').on(t.targetAntigen),
    index('therapies_cell_source_idx').on(t.cellSource),
  ],
);

/** How a trial uses a therapy: in which arm, in what role, at what dose. */
export const trialTherapies = sqliteTable(
  'trial_therapies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    trialId: integer('trial_id')
      .notNull()
      .references(() => trials.id, { onDelete: 'cascade' }),
    therapyId: integer('therapy_id')
      .notNull()
      .references(() => therapies.id, { onDelete: 'cascade' }),
    armName: text('arm_name'),
    role: text('role', { enum: THERAPY_ROLES }).notNull(),
    dose: text('dose'),
    ...timestamps,
  },
  (t) => [
    index('trial_therapies_trial_idx').on(t.trialId),
    index('trial_therapies_therapy_idx').on(t.therapyId),
    index('trial_therapies_role_idx').on(t.role),
    uniqueIndex('trial_therapies_link_unique').on(t.trialId, t.therapyId, t.armName),
  ],
);

/** A de-identified trial subject. Never a name, contact data or an exact birth date. */
export const patients = sqliteTable(
  'patients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    trialId: integer('trial_id')
      .notNull()
      .references(() => trials.id, { onDelete: 'cascade' }),
    subjectCode: text('subject_code').notNull(),
    ageAtEnrollment: integer('age_at_enrollment'),
    sex: text('sex', { enum: SEXES }).notNull().default('UNKNOWN'),
    diseaseStage: text('disease_stage'),
    metastaticSites: text('metastatic_sites', { mode: 'json' }).$type<string[]>().notNull().default([]),
    priorTherapies: text('prior_therapies', { mode: 'json' }).$type<string[]>().notNull().default([]),
    bestResponse: text('best_response', { enum: RESPONSES }),
    responseDurationMonths: real('response_duration_months'),
    followUpMonths: real('follow_up_months'),
    status: text('status', { enum: PATIENT_STATUSES }).notNull().default('UNKNOWN'),
    /** What the reports say of this subject, in the project's words. */
    notes: text('notes'),
    ...timestamps,
  },
  (t) => [
    index('patients_trial_idx').on(t.trialId),
    index('patients_best_response_idx').on(t.bestResponse),
    index('patients_age_idx').on(t.ageAtEnrollment),
    index('patients_sex_idx').on(t.sex),
    uniqueIndex('patients_trial_subject_unique').on(t.trialId, t.subjectCode),
  ],
);

export const adverseEvents = sqliteTable(
  'adverse_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    patientId: integer('patient_id')
      .notNull()
      .references(() => patients.id, { onDelete: 'cascade' }),
    term: text('term').notNull(),
    /** CTCAE grade 1-5; null when the report does not give one. */
    grade: integer('grade'),
    attribution: text('attribution', { enum: ATTRIBUTIONS }),
    serious: integer('serious', { mode: 'boolean' }),
    description: text('description'),
    ...timestamps,
  },
  (t) => [index('adverse_events_patient_idx').on(t.patientId), index('adverse_events_grade_idx').on(t.grade)],
);

export const reviews = sqliteTable(
  'reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: REVIEW_KINDS }).notNull(),
    title: text('title').notNull(),
    authors: text('authors', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** False when the record lists only the first authors ("et al."). */
    authorsComplete: integer('authors_complete', { mode: 'boolean' }).notNull().default(true),
    journal: text('journal'),
    year: integer('year'),
    volume: text('volume'),
    issue: text('issue'),
    pages: text('pages'),
    doi: text('doi'),
    pmid: text('pmid'),
    url: text('url'),
    /** The publisher's abstract, only where its licence allows storing it. */
    abstract: text('abstract'),
    /** What the publication says, in the project's own words. */
    summary: text('summary'),
    sourceId: integer('source_id').references(() => sources.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('reviews_kind_idx').on(t.kind),
    index('reviews_year_idx').on(t.year),
    index('reviews_journal_idx').on(t.journal),
    index('reviews_source_idx').on(t.sourceId),
    uniqueIndex('reviews_doi_unique').on(t.doi),
    uniqueIndex('reviews_pmid_unique').on(t.pmid),
  ],
);

/** An expert's judgement inside a review or report. */
export const assessments = sqliteTable(
  'assessments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    expert: text('expert').notNull(),
    affiliation: text('affiliation'),
    quote: text('quote').notNull(),
    stance: text('stance', { enum: STANCES }).notNull(),
    /** Why the stance was classified as it was. */
    rationale: text('rationale'),
    ...timestamps,
  },
  (t) => [index('assessments_review_idx').on(t.reviewId), index('assessments_stance_idx').on(t.stance)],
);

export const reviewTrials = sqliteTable(
  'review_trials',
  {
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    trialId: integer('trial_id')
      .notNull()
      .references(() => trials.id, { onDelete: 'cascade' }),
  },
  (t) => [
    uniqueIndex('review_trials_unique').on(t.reviewId, t.trialId),
    index('review_trials_trial_idx').on(t.trialId),
  ],
);

export const reviewTherapies = sqliteTable(
  'review_therapies',
  {
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    therapyId: integer('therapy_id')
      .notNull()
      .references(() => therapies.id, { onDelete: 'cascade' }),
  },
  (t) => [
    uniqueIndex('review_therapies_unique').on(t.reviewId, t.therapyId),
    index('review_therapies_therapy_idx').on(t.therapyId),
  ],
);

/**
 * What one source said about one field of one entity. The entity's own column holds the
 * curated value; claims keep every reported value so disagreements stay visible.
 */
export const claims = sqliteTable(
  'claims',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    subjectType: text('subject_type', { enum: SUBJECT_TYPES }).notNull(),
    subjectId: integer('subject_id').notNull(),
    field: text('field').notNull(),
    /** JSON-encoded value as the source reported it. */
    value: text('value', { mode: 'json' }).$type<unknown>().notNull(),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    /** Where in the source: a page, section or a short paraphrase of the passage. */
    locator: text('locator'),
    ...timestamps,
  },
  (t) => [
    index('claims_subject_idx').on(t.subjectType, t.subjectId, t.field),
    index('claims_source_idx').on(t.sourceId),
    index('claims_field_idx').on(t.field),
  ],
);

/** API tokens. Only a SHA-256 hash of each token is stored; the token is shown once at creation. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    role: text('role', { enum: TOKEN_ROLES }).notNull(),
    tokenHash: text('token_hash').notNull(),
    /** The first characters of the token, to tell tokens apart in listings. */
    prefix: text('prefix').notNull(),
    createdAt: timestamps.createdAt,
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [
    uniqueIndex('api_tokens_hash_unique').on(t.tokenHash),
    index('api_tokens_revoked_idx').on(t.revokedAt),
  ],
);

/** Every write: who, when, which entity, and its values before and after. */
export const changes = sqliteTable(
  'changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entityType: text('entity_type', { enum: ENTITY_TYPES }).notNull(),
    entityId: integer('entity_id').notNull(),
    action: text('action', { enum: CHANGE_ACTIONS }).notNull(),
    before: text('before', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    after: text('after', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    actorTokenId: integer('actor_token_id').references(() => apiTokens.id, { onDelete: 'set null' }),
    /** The token's name and role at the time, kept even if the token is later deleted. */
    actorName: text('actor_name'),
    actorRole: text('actor_role').notNull(),
    at: text('at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [
    index('changes_entity_idx').on(t.entityType, t.entityId),
    index('changes_at_idx').on(t.at),
    index('changes_actor_idx').on(t.actorTokenId),
  ],
);
