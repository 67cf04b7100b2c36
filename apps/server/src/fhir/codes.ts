import type {
  ArmType,
  OfficialRole,
  OutcomeType,
  Phase,
  PrimaryPurpose,
  StudyType,
  TrialStatus,
} from '@genetrials/schema';

// GeneTrials enum values → FHIR R5 codes. Every code here exists in the code system named next to
// it in the official R5 core package (hl7.fhir.r5.core 5.0.0); the tests check each emitted coding
// against that package.

export const FHIR_VERSION = '5.0.0';

export interface Coding {
  system: string;
  code: string;
  display?: string;
}
export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export const SYSTEMS = {
  nct: 'https://clinicaltrials.gov',
  phase: 'http://hl7.org/fhir/research-study-phase',
  studyStatus: 'http://hl7.org/fhir/research-study-status',
  armType: 'http://hl7.org/fhir/research-study-arm-type',
  partyRole: 'http://hl7.org/fhir/research-study-party-role',
  titleType: 'http://hl7.org/fhir/title-type',
  objectiveType: 'http://hl7.org/fhir/research-study-objective-type',
  primaryPurpose: 'http://hl7.org/fhir/research-study-prim-purp-type',
  studyDesign: 'http://hl7.org/fhir/study-design',
  subjectState: 'http://terminology.hl7.org/CodeSystem/research-subject-state',
  aeSeriousness: 'http://terminology.hl7.org/CodeSystem/adverse-event-seriousness',
  aeCausality: 'http://terminology.hl7.org/CodeSystem/adverse-event-causality-assess',
  /** Subjects are named by GeneTrials' own opaque number only (see ResearchSubject.subject). */
  subject: 'urn:genetrials:patient',
  subjectCode: 'urn:genetrials:subject-code',
  secondaryId: 'urn:genetrials:secondary-id',
  /** GeneTrials' own enums (the GraphQL Modality and Vector values). */
  modality: 'urn:genetrials:modality',
  vector: 'urn:genetrials:vector',
} as const;

export function coding(system: string, code: string, display?: string): CodeableConcept {
  return {
    coding: [display ? { system, code, display } : { system, code }],
    ...(display ? { text: display } : {}),
  };
}

export const PHASE_CODES: Record<Phase, [string, string]> = {
  EARLY_PHASE_1: ['early-phase-1', 'Early Phase 1'],
  PHASE_1: ['phase-1', 'Phase 1'],
  PHASE_1_2: ['phase-1-phase-2', 'Phase 1/Phase 2'],
  PHASE_2: ['phase-2', 'Phase 2'],
  PHASE_2_3: ['phase-2-phase-3', 'Phase 2/Phase 3'],
  PHASE_3: ['phase-3', 'Phase 3'],
  PHASE_4: ['phase-4', 'Phase 4'],
  NOT_APPLICABLE: ['n-a', 'N/A'],
};

/**
 * Registry overall status → research-study-status. Statuses of expanded-access records and
 * UNKNOWN / WITHHELD have no R5 code: they are given as text (the binding is extensible).
 */
export const STATUS_CODES: Record<TrialStatus, [string, string] | [null, string]> = {
  NOT_YET_RECRUITING: ['not-yet-recruiting', 'Not yet recruiting'],
  RECRUITING: ['recruiting', 'Recruiting'],
  ENROLLING_BY_INVITATION: ['enrolling-by-invitation', 'Enrolling by invitation'],
  ACTIVE_NOT_RECRUITING: ['active-but-not-recruiting', 'Active, but not recruiting'],
  SUSPENDED: ['temporarily-closed-to-accrual', 'Temporarily closed to accrual'],
  TERMINATED: ['terminated', 'Terminated'],
  COMPLETED: ['completed', 'Completed'],
  WITHDRAWN: ['withdrawn', 'Withdrawn'],
  UNKNOWN: [null, 'Unknown status'],
  AVAILABLE: [null, 'Available (expanded access)'],
  NO_LONGER_AVAILABLE: [null, 'No longer available (expanded access)'],
  TEMPORARILY_NOT_AVAILABLE: [null, 'Temporarily not available (expanded access)'],
  APPROVED_FOR_MARKETING: [null, 'Approved for marketing'],
  WITHHELD: [null, 'Withheld'],
};

export const ARM_TYPE_CODES: Record<ArmType, [string, string]> = {
  EXPERIMENTAL: ['experimental', 'Experimental'],
  ACTIVE_COMPARATOR: ['active-comparator', 'Active Comparator'],
  PLACEBO_COMPARATOR: ['placebo-comparator', 'Placebo Comparator'],
  SHAM_COMPARATOR: ['sham-comparator', 'Sham Comparator'],
  NO_INTERVENTION: ['no-intervention', 'No Intervention'],
  OTHER: ['other-arm-type', 'Other'],
};

export const OFFICIAL_ROLE_CODES: Record<OfficialRole, [string, string]> = {
  PRINCIPAL_INVESTIGATOR: ['primary-investigator', 'primary investigator'],
  STUDY_CHAIR: ['study-chair', 'study chair'],
  STUDY_DIRECTOR: ['study-director', 'study director'],
  SUB_INVESTIGATOR: ['sub-investigator', 'sub investigator'],
};

export const OUTCOME_TYPE_CODES: Record<OutcomeType, [string, string]> = {
  PRIMARY: ['primary', 'Primary'],
  SECONDARY: ['secondary', 'Secondary'],
  OTHER_PRE_SPECIFIED: ['exploratory', 'Exploratory'],
  POST_HOC: ['exploratory', 'Exploratory'],
};

export const PRIMARY_PURPOSE_CODES: Record<PrimaryPurpose, [string, string] | [null, string]> = {
  TREATMENT: ['treatment', 'Treatment'],
  PREVENTION: ['prevention', 'Prevention'],
  DIAGNOSTIC: ['diagnostic', 'Diagnostic'],
  ECT: [null, 'Early clinical trial'],
  SUPPORTIVE_CARE: ['supportive-care', 'Supportive Care'],
  SCREENING: ['screening', 'Screening'],
  HEALTH_SERVICES_RESEARCH: ['health-services-research', 'Health Services Research'],
  BASIC_SCIENCE: ['basic-science', 'Basic Science'],
  DEVICE_FEASIBILITY: ['device-feasibility', 'Device Feasibility'],
  OTHER: [null, 'Other'],
};

export const STUDY_TYPE_CODES: Record<StudyType, [string, string]> = {
  INTERVENTIONAL: ['SEVCO:01001', 'Interventional research'],
  OBSERVATIONAL: ['SEVCO:01002', 'Observational research'],
  EXPANDED_ACCESS: ['SEVCO:01038', 'Expanded Access study'],
};

export const ALLOCATION_CODES: Record<string, [string, string]> = {
  RANDOMIZED: ['SEVCO:01003', 'randomized assignment'],
  NON_RANDOMIZED: ['SEVCO:01005', 'Non-randomized assignment'],
};

/** A code (when there is one) with its display as text; text alone otherwise. */
export function codedOrText(system: string, entry: [string, string] | [null, string]): CodeableConcept {
  const [code, display] = entry;
  return code ? coding(system, code, display) : { text: display };
}
