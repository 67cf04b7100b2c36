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
import {
  AE_ASSESSMENT_TYPES,
  AE_SERIOUSNESS,
  ARM_TYPES,
  DATE_TYPES,
  DISPERSION_TYPES,
  ELIGIBILITY_SEXES,
  INTERVENTION_TYPES,
  MATCH_METHODS,
  MESH_KINDS,
  OUTCOME_SOURCES,
  OUTCOME_TYPES,
  PARAM_TYPES,
  REPORTING_STATUSES,
  SITE_STATUSES,
  STUDY_TYPES,
} from '../domain/registry-enums.js';
import type {
  AdverseEventGroup,
  AdverseEventStat,
  Analysis,
  Baseline,
  Denom,
  Design,
  Eligibility,
  InferredClassification,
  MeasureClass,
  Official,
  ParticipantFlow,
  ResultGroup,
  SecondaryId,
} from '../domain/registry-validation.js';
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
    // Registry record parts (evidence model v2). Dates are partial ISO dates like startDate.
    acronym: text('acronym'),
    detailedDescription: text('detailed_description'),
    whyStopped: text('why_stopped'),
    studyType: text('study_type', { enum: STUDY_TYPES }),
    startDateType: text('start_date_type', { enum: DATE_TYPES }),
    primaryCompletionDate: text('primary_completion_date'),
    primaryCompletionDateType: text('primary_completion_date_type', { enum: DATE_TYPES }),
    completionDateType: text('completion_date_type', { enum: DATE_TYPES }),
    lastUpdatePosted: text('last_update_posted'),
    keywords: text('keywords', { mode: 'json' }).$type<string[]>().notNull().default([]),
    secondaryIds: text('secondary_ids', { mode: 'json' }).$type<SecondaryId[]>().notNull().default([]),
    officials: text('officials', { mode: 'json' }).$type<Official[]>().notNull().default([]),
    eligibility: text('eligibility', { mode: 'json' }).$type<Eligibility>(),
    design: text('design', { mode: 'json' }).$type<Design>(),
    // Filterable copies of eligibility facts (derived from `eligibility` by the writer).
    eligibilitySex: text('eligibility_sex', { enum: ELIGIBILITY_SEXES }),
    healthyVolunteers: integer('healthy_volunteers', { mode: 'boolean' }),
    /** Registry minimum age converted to years (e.g. "6 Months" -> 0.5); null when none. */
    minimumAgeYears: real('minimum_age_years'),
    maximumAgeYears: real('maximum_age_years'),
    /**
     * Internal sort key of the RESPONSE_RATE ordering: the objective response rate over the
     * trial's evaluable patients, null when none is evaluable. Kept by triggers on patients (see
     * the response_rate_key migration); never written by the application, not in the API.
     */
    responseRateKey: real('response_rate_key'),
    /**
     * Internal: the modalities of the therapies the trial gives, one bit per modality
     * (MODALITY_BITS), 0 for none. Kept by triggers on trial_therapies and therapies (see the
     * trial_facet_counts migration); never written by the application, not in the API.
     */
    modalityMask: integer('modality_mask').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('trials_nct_id_unique').on(t.nctId),
    index('trials_study_type_idx').on(t.studyType),
    index('trials_eligibility_sex_idx').on(t.eligibilitySex),
    index('trials_healthy_volunteers_idx').on(t.healthyVolunteers),
    index('trials_age_limits_idx').on(t.minimumAgeYears, t.maximumAgeYears),
    index('trials_phase_idx').on(t.phase),
    index('trials_status_idx').on(t.status),
    index('trials_sponsor_idx').on(t.sponsor),
    index('trials_country_idx').on(t.country),
    index('trials_start_year_idx').on(t.startYear),
    index('trials_start_date_idx').on(t.startDate),
  ],
);

/**
 * Internal: how many trials have each combination of phase, status, start year and modality mask
 * (trials.modality_mask), so a trials `totalCount` whose filter uses only these facets sums a few
 * hundred rows instead of counting every matching trial. Kept exact by triggers on trials (see
 * the trial_facet_counts migration), so every writer keeps it without knowing it; a combination
 * no trial has any more is deleted. Null phase, status or start year are stored as null, so a
 * condition on these columns means here what it means on trials. Not in the API.
 */
export const trialFacetCounts = sqliteTable(
  'trial_facet_counts',
  {
    phase: text('phase', { enum: PHASES }),
    status: text('status', { enum: TRIAL_STATUSES }),
    startYear: integer('start_year'),
    modalityMask: integer('modality_mask').notNull(),
    trialCount: integer('trial_count').notNull(),
  },
  (t) => [
    index('trial_facet_counts_key_idx').on(t.phase, t.startYear, t.status, t.modalityMask, t.trialCount),
  ],
);

/**
 * Internal: trial_facet_counts without the status, for filters that do not ask for one (a few
 * times fewer rows to sum). Kept by triggers on trials like it (trial_year_facet_counts migration).
 */
export const trialYearFacetCounts = sqliteTable(
  'trial_year_facet_counts',
  {
    phase: text('phase', { enum: PHASES }),
    startYear: integer('start_year'),
    modalityMask: integer('modality_mask').notNull(),
    trialCount: integer('trial_count').notNull(),
  },
  (t) => [index('trial_year_facet_counts_key_idx').on(t.phase, t.startYear, t.modalityMask, t.trialCount)],
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
    /** Costimulatory domain of a CAR construct, e.g. 4-1BB or CD28. */
    costimulatoryDomain: text('costimulatory_domain'),
    manufacturer: text('manufacturer'),
    /** Sponsor product codes (e.g. CTL019); a registry other-name equal to one links an intervention. */
    productCodes: text('product_codes', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** Other names (brand, INN, former names) that identify this construct. */
    aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull().default([]),
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

/**
 * One intervention as a trial's registry record lists it. Always per trial, never shared; it may
 * point to a curated therapy (construct) through an explained match, never by name alone.
 */
export const interventions = sqliteTable(
  'interventions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    trialId: integer('trial_id')
      .notNull()
      .references(() => trials.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    type: text('type', { enum: INTERVENTION_TYPES }),
    description: text('description'),
    otherNames: text('other_names', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** Order in the registry record, from 0. */
    position: integer('position').notNull().default(0),
    therapyId: integer('therapy_id').references(() => therapies.id, { onDelete: 'set null' }),
    /** How the therapy link was made; set exactly when therapyId is. */
    matchMethod: text('match_method', { enum: MATCH_METHODS }),
    /** Why, in words: e.g. 'other name "CTL019" is a product code of tisagenlecleucel'. */
    matchEvidence: text('match_evidence'),
    /** What a classifier read from the record's text, each value with the passage it rests on. */
    inferred: text('inferred', { mode: 'json' }).$type<InferredClassification>(),
    ...timestamps,
  },
  (t) => [
    index('interventions_trial_idx').on(t.trialId, t.position),
    index('interventions_therapy_idx').on(t.therapyId),
    index('interventions_type_idx').on(t.type),
  ],
);

/** A trial arm (arm group) as the registry record lists it. */
export const arms = sqliteTable(
  'arms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    trialId: integer('trial_id')
      .notNull()
      .references(() => trials.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    type: text('type', { enum: ARM_TYPES }),
    description: text('description'),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index('arms_trial_idx').on(t.trialId, t.position),
    uniqueIndex('arms_trial_label_unique').on(t.trialId, t.label),
  ],
);

/** Which arms give which intervention (both of the same trial). */
export const interventionArms = sqliteTable(
  'intervention_arms',
  {
    interventionId: integer('intervention_id')
      .notNull()
      .references(() => interventions.id, { onDelete: 'cascade' }),
    armId: integer('arm_id')
      .notNull()
      .references(() => arms.id, { onDelete: 'cascade' }),
  },
  (t) => [
    uniqueIndex('intervention_arms_unique').on(t.interventionId, t.armId),
    index('intervention_arms_arm_idx').on(t.armId),
  ],
);

/** A facility where a trial enrolls (registry "location"). */
export const trialSites = sqliteTable(
  'trial_sites',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    trialId: integer('trial_id')
      .notNull()
      .references(() => trials.id, { onDelete: 'cascade' }),
    facility: text('facility'),
    city: text('city'),
    state: text('state'),
    zip: text('zip'),
    country: text('country'),
    status: text('status', { enum: SITE_STATUSES }),
    latitude: real('latitude'),
    longitude: real('longitude'),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index('trial_sites_trial_idx').on(t.trialId, t.position),
    index('trial_sites_country_idx').on(t.country),
    index('trial_sites_city_idx').on(t.city),
    index('trial_sites_status_idx').on(t.status),
  ],
);

/** A MeSH heading the registry derived for a trial's conditions or interventions. */
export const meshTerms = sqliteTable(
  'mesh_terms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    trialId: integer('trial_id')
      .notNull()
      .references(() => trials.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: MESH_KINDS }).notNull(),
    /** MeSH descriptor id, e.g. D008545. */
    meshId: text('mesh_id'),
    term: text('term').notNull(),
    /** True when from the record's ancestors list (a broader heading), not its own meshes. */
    isAncestor: integer('is_ancestor', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    index('mesh_terms_kind_term_idx').on(t.kind, t.term),
    index('mesh_terms_term_idx').on(t.term),
    uniqueIndex('mesh_terms_trial_unique').on(t.trialId, t.kind, t.term),
  ],
);

/** An outcome measure: planned in the protocol or reported with values in the results. */
export const outcomeMeasures = sqliteTable(
  'outcome_measures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    trialId: integer('trial_id')
      .notNull()
      .references(() => trials.id, { onDelete: 'cascade' }),
    source: text('source', { enum: OUTCOME_SOURCES }).notNull(),
    type: text('type', { enum: OUTCOME_TYPES }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    timeFrame: text('time_frame'),
    populationDescription: text('population_description'),
    paramType: text('param_type', { enum: PARAM_TYPES }),
    dispersionType: text('dispersion_type', { enum: DISPERSION_TYPES }),
    unitOfMeasure: text('unit_of_measure'),
    reportingStatus: text('reporting_status', { enum: REPORTING_STATUSES }),
    groups: text('groups', { mode: 'json' }).$type<ResultGroup[]>().notNull().default([]),
    denoms: text('denoms', { mode: 'json' }).$type<Denom[]>().notNull().default([]),
    classes: text('classes', { mode: 'json' }).$type<MeasureClass[]>().notNull().default([]),
    analyses: text('analyses', { mode: 'json' }).$type<Analysis[]>().notNull().default([]),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index('outcome_measures_trial_idx').on(t.trialId, t.source, t.position),
    index('outcome_measures_type_idx').on(t.type),
  ],
);

/** An adverse event term from a registry record's posted results, with per-group counts. */
export const registryAdverseEvents = sqliteTable(
  'registry_adverse_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    trialId: integer('trial_id')
      .notNull()
      .references(() => trials.id, { onDelete: 'cascade' }),
    seriousness: text('seriousness', { enum: AE_SERIOUSNESS }).notNull(),
    term: text('term').notNull(),
    organSystem: text('organ_system'),
    /** Vocabulary of the term, e.g. MedDRA 23.0. */
    sourceVocabulary: text('source_vocabulary'),
    assessmentType: text('assessment_type', { enum: AE_ASSESSMENT_TYPES }),
    notes: text('notes'),
    stats: text('stats', { mode: 'json' }).$type<AdverseEventStat[]>().notNull().default([]),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index('registry_adverse_events_trial_idx').on(t.trialId, t.position),
    index('registry_adverse_events_seriousness_idx').on(t.seriousness),
    index('registry_adverse_events_term_idx').on(t.term),
  ],
);

/**
 * The results section of a trial's registry record (one row per trial): adverse-event groups,
 * participant flow, baseline, and a registry-reported objective response when one is stated.
 */
export const trialResults = sqliteTable(
  'trial_results',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    trialId: integer('trial_id')
      .notNull()
      .references(() => trials.id, { onDelete: 'cascade' }),
    /** The registry record (a source of kind REGISTRY_RECORD) these results come from. */
    sourceId: integer('source_id').references(() => sources.id, { onDelete: 'set null' }),
    adverseEventGroups: text('adverse_event_groups', { mode: 'json' })
      .$type<AdverseEventGroup[]>()
      .notNull()
      .default([]),
    adverseEventTimeFrame: text('adverse_event_time_frame'),
    adverseEventDescription: text('adverse_event_description'),
    /** Percent threshold above which "other" (non-serious) adverse events are reported. */
    adverseEventFrequencyThreshold: text('adverse_event_frequency_threshold'),
    participantFlow: text('participant_flow', { mode: 'json' }).$type<ParticipantFlow>(),
    baseline: text('baseline', { mode: 'json' }).$type<Baseline>(),
    // Registry-reported objective response (aggregate counts, not patient rows).
    orrResponders: integer('orr_responders'),
    orrAnalysed: integer('orr_analysed'),
    /** Title of the outcome measure the counts were read from. */
    orrMeasureTitle: text('orr_measure_title'),
    /** Where in the record: measure, class and category, e.g. "Primary outcome 1 / Overall". */
    orrLocator: text('orr_locator'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('trial_results_trial_unique').on(t.trialId),
    index('trial_results_source_idx').on(t.sourceId),
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
    // Covers the per-trial response counts of the pooled outcomes (stats): one pass over this index
    // counts every (trial, best response) pair without reading a patient row.
    index('patients_trial_response_idx').on(t.trialId, t.bestResponse),
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
    /** When the token stops working (ISO 8601); null: it does not expire. */
    expiresAt: text('expires_at'),
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
