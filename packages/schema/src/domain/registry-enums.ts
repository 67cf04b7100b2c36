// Enumerations of the registry evidence model (ClinicalTrials.gov record parts), defined once:
// the database columns, the validation schemas and the GraphQL enums all read these lists.
// Values are ClinicalTrials.gov API v2 tokens, so an importer can store them unchanged.

/** What a registered intervention is, as the registry types it. */
export const INTERVENTION_TYPES = [
  'DRUG',
  'BIOLOGICAL',
  'GENETIC',
  'DEVICE',
  'PROCEDURE',
  'RADIATION',
  'BEHAVIORAL',
  'DIETARY_SUPPLEMENT',
  'COMBINATION_PRODUCT',
  'DIAGNOSTIC_TEST',
  'OTHER',
] as const;
export type InterventionType = (typeof INTERVENTION_TYPES)[number];

/** How a registered intervention was linked to a curated therapy. Never by name alone. */
export const MATCH_METHODS = ['ALIAS', 'PRODUCT_CODE', 'CURATOR'] as const;
export type MatchMethod = (typeof MATCH_METHODS)[number];

export const ARM_TYPES = [
  'EXPERIMENTAL',
  'ACTIVE_COMPARATOR',
  'PLACEBO_COMPARATOR',
  'SHAM_COMPARATOR',
  'NO_INTERVENTION',
  'OTHER',
] as const;
export type ArmType = (typeof ARM_TYPES)[number];

/** Recruitment status of one site (facility) of a trial. */
export const SITE_STATUSES = [
  'NOT_YET_RECRUITING',
  'RECRUITING',
  'ENROLLING_BY_INVITATION',
  'ACTIVE_NOT_RECRUITING',
  'SUSPENDED',
  'TERMINATED',
  'COMPLETED',
  'WITHDRAWN',
  'AVAILABLE',
] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

/** Whether a registry date has happened (ACTUAL) or is planned (ESTIMATED). */
export const DATE_TYPES = ['ACTUAL', 'ESTIMATED'] as const;
export type DateType = (typeof DATE_TYPES)[number];

export const STUDY_TYPES = ['INTERVENTIONAL', 'OBSERVATIONAL', 'EXPANDED_ACCESS'] as const;
export type StudyType = (typeof STUDY_TYPES)[number];

/** Which sexes a trial accepts. */
export const ELIGIBILITY_SEXES = ['ALL', 'FEMALE', 'MALE'] as const;
export type EligibilitySex = (typeof ELIGIBILITY_SEXES)[number];

/** The registry's standard age groups: child < 18, adult 18-64, older adult >= 65. */
export const STANDARD_AGES = ['CHILD', 'ADULT', 'OLDER_ADULT'] as const;
export type StandardAge = (typeof STANDARD_AGES)[number];

export const OFFICIAL_ROLES = [
  'PRINCIPAL_INVESTIGATOR',
  'STUDY_CHAIR',
  'STUDY_DIRECTOR',
  'SUB_INVESTIGATOR',
] as const;
export type OfficialRole = (typeof OFFICIAL_ROLES)[number];

export const ALLOCATIONS = ['RANDOMIZED', 'NON_RANDOMIZED', 'NA'] as const;
export type Allocation = (typeof ALLOCATIONS)[number];

export const MASKINGS = ['NONE', 'SINGLE', 'DOUBLE', 'TRIPLE', 'QUADRUPLE'] as const;
export type Masking = (typeof MASKINGS)[number];

export const MASKED_ROLES = ['PARTICIPANT', 'CARE_PROVIDER', 'INVESTIGATOR', 'OUTCOMES_ASSESSOR'] as const;
export type MaskedRole = (typeof MASKED_ROLES)[number];

export const INTERVENTION_MODELS = [
  'SINGLE_GROUP',
  'PARALLEL',
  'CROSSOVER',
  'FACTORIAL',
  'SEQUENTIAL',
] as const;
export type InterventionModel = (typeof INTERVENTION_MODELS)[number];

export const PRIMARY_PURPOSES = [
  'TREATMENT',
  'PREVENTION',
  'DIAGNOSTIC',
  'ECT',
  'SUPPORTIVE_CARE',
  'SCREENING',
  'HEALTH_SERVICES_RESEARCH',
  'BASIC_SCIENCE',
  'DEVICE_FEASIBILITY',
  'OTHER',
] as const;
export type PrimaryPurpose = (typeof PRIMARY_PURPOSES)[number];

export const OBSERVATIONAL_MODELS = [
  'COHORT',
  'CASE_CONTROL',
  'CASE_ONLY',
  'CASE_CROSSOVER',
  'ECOLOGIC_OR_COMMUNITY',
  'FAMILY_BASED',
  'DEFINED_POPULATION',
  'NATURAL_HISTORY',
  'OTHER',
] as const;
export type ObservationalModel = (typeof OBSERVATIONAL_MODELS)[number];

export const TIME_PERSPECTIVES = ['RETROSPECTIVE', 'PROSPECTIVE', 'CROSS_SECTIONAL', 'OTHER'] as const;
export type TimePerspective = (typeof TIME_PERSPECTIVES)[number];

/** Which MeSH list a term comes from: the record's conditions or its interventions. */
export const MESH_KINDS = ['CONDITION', 'INTERVENTION'] as const;
export type MeshKind = (typeof MESH_KINDS)[number];

/** Where an outcome measure is stated: the protocol (planned) or the posted results (reported). */
export const OUTCOME_SOURCES = ['PROTOCOL', 'RESULTS'] as const;
export type OutcomeSource = (typeof OUTCOME_SOURCES)[number];

export const OUTCOME_TYPES = ['PRIMARY', 'SECONDARY', 'OTHER_PRE_SPECIFIED', 'POST_HOC'] as const;
export type OutcomeType = (typeof OUTCOME_TYPES)[number];

/** The statistic an outcome measure or baseline measure reports. */
export const PARAM_TYPES = [
  'GEOMETRIC_MEAN',
  'GEOMETRIC_LEAST_SQUARES_MEAN',
  'LEAST_SQUARES_MEAN',
  'LOG_MEAN',
  'MEAN',
  'MEDIAN',
  'NUMBER',
  'COUNT_OF_PARTICIPANTS',
  'COUNT_OF_UNITS',
] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

/** How the spread around a reported value is measured. */
export const DISPERSION_TYPES = [
  'NA',
  'STANDARD_DEVIATION',
  'STANDARD_ERROR',
  'INTER_QUARTILE_RANGE',
  'FULL_RANGE',
  'CONFIDENCE_80',
  'CONFIDENCE_90',
  'CONFIDENCE_95',
  'CONFIDENCE_975',
  'CONFIDENCE_99',
  'CONFIDENCE_OTHER',
  'GEOMETRIC_COEFFICIENT',
] as const;
export type DispersionType = (typeof DISPERSION_TYPES)[number];

export const REPORTING_STATUSES = ['NOT_POSTED', 'POSTED'] as const;
export type ReportingStatus = (typeof REPORTING_STATUSES)[number];

export const AE_SERIOUSNESS = ['SERIOUS', 'OTHER'] as const;
export type AeSeriousness = (typeof AE_SERIOUSNESS)[number];

export const AE_ASSESSMENT_TYPES = ['SYSTEMATIC_ASSESSMENT', 'NON_SYSTEMATIC_ASSESSMENT'] as const;
export type AeAssessmentType = (typeof AE_ASSESSMENT_TYPES)[number];

/** Registry record fields an inferred classification can cite as its evidence. */
export const EVIDENCE_FIELDS = [
  'NAME',
  'OTHER_NAME',
  'DESCRIPTION',
  'ARM_DESCRIPTION',
  'TITLE',
  'OFFICIAL_TITLE',
  'SUMMARY',
  'DETAILED_DESCRIPTION',
  'KEYWORD',
] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];
