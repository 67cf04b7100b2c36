// Domain enums, defined once: the database columns and the GraphQL enums both read these lists.

export const PHASES = [
  'EARLY_PHASE_1',
  'PHASE_1',
  'PHASE_1_2',
  'PHASE_2',
  'PHASE_2_3',
  'PHASE_3',
  'PHASE_4',
  'NOT_APPLICABLE',
] as const;
export type Phase = (typeof PHASES)[number];

/** ClinicalTrials.gov overall status values. */
export const TRIAL_STATUSES = [
  'NOT_YET_RECRUITING',
  'RECRUITING',
  'ENROLLING_BY_INVITATION',
  'ACTIVE_NOT_RECRUITING',
  'SUSPENDED',
  'TERMINATED',
  'COMPLETED',
  'WITHDRAWN',
  'UNKNOWN',
  'AVAILABLE',
  'NO_LONGER_AVAILABLE',
  'TEMPORARILY_NOT_AVAILABLE',
  'APPROVED_FOR_MARKETING',
  'WITHHELD',
] as const;
export type TrialStatus = (typeof TRIAL_STATUSES)[number];

export const MODALITIES = [
  'TCR_T_CELL',
  'CAR_T_CELL',
  'TIL',
  'CYTOKINE_GENE_MODIFIED_CELL_VACCINE',
  'ONCOLYTIC_VIRUS',
  'GENE_TRANSFER',
  'CYTOKINE',
  'CHEMOTHERAPY',
  'OTHER',
] as const;
export type Modality = (typeof MODALITIES)[number];

/**
 * The bit of each modality in trials.modality_mask and trial_facet_counts.modality_mask. Fixed
 * numbers, not positions in MODALITIES: the trial_facet_counts migration's CASE gives the same
 * bits, so a new modality needs a bit here and a migration that teaches the triggers its bit.
 */
export const MODALITY_BITS: Readonly<Record<Modality, number>> = {
  TCR_T_CELL: 1,
  CAR_T_CELL: 2,
  TIL: 4,
  CYTOKINE_GENE_MODIFIED_CELL_VACCINE: 8,
  ONCOLYTIC_VIRUS: 16,
  GENE_TRANSFER: 32,
  CYTOKINE: 64,
  CHEMOTHERAPY: 128,
  OTHER: 256,
};

export const VECTORS = [
  'RETROVIRUS',
  'LENTIVIRUS',
  'ADENOVIRUS',
  'AAV',
  'HERPES_SIMPLEX_VIRUS',
  'VACCINIA_VIRUS',
  'PLASMID',
  'TRANSPOSON',
  'MRNA',
  'OTHER',
  'NONE',
] as const;
export type Vector = (typeof VECTORS)[number];

export const CELL_SOURCES = ['AUTOLOGOUS', 'ALLOGENEIC', 'NONE'] as const;
export type CellSource = (typeof CELL_SOURCES)[number];

export const THERAPY_ROLES = ['EXPERIMENTAL', 'CONDITIONING', 'SUPPORTIVE', 'CONTROL'] as const;
export type TherapyRole = (typeof THERAPY_ROLES)[number];

/** Best overall response. NO_RESPONSE: a report says only that there was no objective response. */
export const RESPONSES = ['CR', 'PR', 'SD', 'PD', 'NO_RESPONSE', 'NE'] as const;
export type Response = (typeof RESPONSES)[number];
/** Responses that count as evaluable for outcome statistics. */
export const EVALUABLE_RESPONSES: readonly Response[] = ['CR', 'PR', 'SD', 'PD', 'NO_RESPONSE'];

export const SEXES = ['FEMALE', 'MALE', 'UNKNOWN'] as const;
export type Sex = (typeof SEXES)[number];

export const PATIENT_STATUSES = [
  'ALIVE',
  'ALIVE_DISEASE_FREE',
  'ALIVE_WITH_DISEASE',
  'DECEASED',
  'UNKNOWN',
] as const;
export type PatientStatus = (typeof PATIENT_STATUSES)[number];

export const ATTRIBUTIONS = ['UNRELATED', 'UNLIKELY', 'POSSIBLE', 'PROBABLE', 'DEFINITE'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

export const REVIEW_KINDS = ['PRIMARY_REPORT', 'REVIEW_ARTICLE', 'NEWS', 'COMMENTARY'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const STANCES = ['FAVORABLE', 'MIXED', 'UNFAVORABLE'] as const;
export type Stance = (typeof STANCES)[number];

export const SOURCE_KINDS = [
  'JOURNAL_ARTICLE',
  'REVIEW',
  'NEWS',
  'REGISTRY_RECORD',
  'PRESS_RELEASE',
  'CURATOR_INFERENCE',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Entities a claim can be about. */
export const SUBJECT_TYPES = ['TRIAL', 'THERAPY', 'PATIENT', 'REVIEW', 'ADVERSE_EVENT'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** Entities whose writes are recorded in the change history. */
export const ENTITY_TYPES = [
  'TRIAL',
  'THERAPY',
  'TRIAL_THERAPY',
  'PATIENT',
  'ADVERSE_EVENT',
  'REVIEW',
  'ASSESSMENT',
  'SOURCE',
  'CLAIM',
  'INTERVENTION',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const CHANGE_ACTIONS = ['CREATE', 'UPDATE', 'DELETE'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];
