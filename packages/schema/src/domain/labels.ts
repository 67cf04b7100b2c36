import type {
  Attribution,
  CellSource,
  ChangeAction,
  EntityType,
  Modality,
  PatientStatus,
  Phase,
  ReviewKind,
  Sex,
  SourceKind,
  Stance,
  SubjectType,
  TherapyRole,
  TrialStatus,
  Vector,
} from './enums.js';

// Human-readable names of enum values, for chart axes and legends.

/** The label of a bucket whose value is not known. */
export const UNKNOWN_LABEL = 'Unknown';

export const PHASE_LABELS: Record<Phase, string> = {
  EARLY_PHASE_1: 'Early phase 1',
  PHASE_1: 'Phase 1',
  PHASE_1_2: 'Phase 1/2',
  PHASE_2: 'Phase 2',
  PHASE_2_3: 'Phase 2/3',
  PHASE_3: 'Phase 3',
  PHASE_4: 'Phase 4',
  NOT_APPLICABLE: 'Not applicable',
};

export const TRIAL_STATUS_LABELS: Record<TrialStatus, string> = {
  NOT_YET_RECRUITING: 'Not yet recruiting',
  RECRUITING: 'Recruiting',
  ENROLLING_BY_INVITATION: 'Enrolling by invitation',
  ACTIVE_NOT_RECRUITING: 'Active, not recruiting',
  SUSPENDED: 'Suspended',
  TERMINATED: 'Terminated',
  COMPLETED: 'Completed',
  WITHDRAWN: 'Withdrawn',
  UNKNOWN: 'Unknown status',
  AVAILABLE: 'Available',
  NO_LONGER_AVAILABLE: 'No longer available',
  TEMPORARILY_NOT_AVAILABLE: 'Temporarily not available',
  APPROVED_FOR_MARKETING: 'Approved for marketing',
  WITHHELD: 'Withheld',
};

export const MODALITY_LABELS: Record<Modality, string> = {
  TCR_T_CELL: 'TCR T cells',
  CAR_T_CELL: 'CAR T cells',
  TIL: 'Tumour-infiltrating lymphocytes',
  CYTOKINE_GENE_MODIFIED_CELL_VACCINE: 'Cytokine gene-modified cell vaccine',
  ONCOLYTIC_VIRUS: 'Oncolytic virus',
  GENE_TRANSFER: 'Gene transfer',
  CYTOKINE: 'Cytokine',
  CHEMOTHERAPY: 'Chemotherapy',
  OTHER: 'Other',
};

export const VECTOR_LABELS: Record<Vector, string> = {
  RETROVIRUS: 'Retrovirus',
  LENTIVIRUS: 'Lentivirus',
  ADENOVIRUS: 'Adenovirus',
  AAV: 'Adeno-associated virus',
  HERPES_SIMPLEX_VIRUS: 'Herpes simplex virus',
  VACCINIA_VIRUS: 'Vaccinia virus',
  PLASMID: 'Plasmid',
  TRANSPOSON: 'Transposon',
  MRNA: 'mRNA',
  OTHER: 'Other',
  NONE: 'No gene transfer',
};

// Definitions of enum values, for API documentation (the GraphQL enum value descriptions) and
// tooltips. Each map covers every value of its list, so a new value cannot land undocumented.

/** Phase values, with the ClinicalTrials.gov (API v2) spelling they are imported from. */
export const PHASE_DESCRIPTIONS: Record<Phase, string> = {
  EARLY_PHASE_1:
    'Early phase 1 (formerly phase 0): exploratory first-in-human study with very limited dosing. ClinicalTrials.gov: `EARLY_PHASE1`.',
  PHASE_1: 'Phase 1: safety and dose finding, usually in a few patients. ClinicalTrials.gov: `PHASE1`.',
  PHASE_1_2:
    'Combined phase 1/2: dose finding followed by a first look at efficacy in one protocol. ClinicalTrials.gov: `PHASE1` + `PHASE2` listed together.',
  PHASE_2: 'Phase 2: efficacy and side effects in a larger group. ClinicalTrials.gov: `PHASE2`.',
  PHASE_2_3:
    'Combined phase 2/3: efficacy study that continues into a confirmatory comparison. ClinicalTrials.gov: `PHASE2` + `PHASE3` listed together.',
  PHASE_3:
    'Phase 3: confirmatory comparison with standard treatment, usually randomized. ClinicalTrials.gov: `PHASE3`.',
  PHASE_4: 'Phase 4: post-marketing study of an approved therapy. ClinicalTrials.gov: `PHASE4`.',
  NOT_APPLICABLE:
    'No phase applies (e.g. device or behavioural studies). ClinicalTrials.gov: `NA`. Observational studies have no phase at all: their `phase` is null.',
};

/** ClinicalTrials.gov overall recruitment status values (the same spelling as API v2). */
export const TRIAL_STATUS_DESCRIPTIONS: Record<TrialStatus, string> = {
  NOT_YET_RECRUITING: 'Not yet recruiting: the study has not started enrolling participants.',
  RECRUITING: 'Recruiting: the study is enrolling participants.',
  ENROLLING_BY_INVITATION:
    'Enrolling by invitation: participants are selected and invited; no open enrolment.',
  ACTIVE_NOT_RECRUITING:
    'Active, not recruiting: participants are being treated or followed up, but no new ones are enrolled.',
  SUSPENDED: 'Suspended: enrolment has stopped early but may resume.',
  TERMINATED: 'Terminated: the study stopped early and will not resume.',
  COMPLETED: 'Completed: the study ended normally.',
  WITHDRAWN: 'Withdrawn: the study stopped before enrolling its first participant.',
  UNKNOWN:
    'Unknown status: the record passed its completion date without being verified for two years; see `lastKnownStatus`.',
  AVAILABLE: 'Expanded access: the therapy is currently available outside a trial.',
  NO_LONGER_AVAILABLE: 'Expanded access: the therapy was available but no longer is.',
  TEMPORARILY_NOT_AVAILABLE: 'Expanded access: the therapy is temporarily unavailable.',
  APPROVED_FOR_MARKETING: 'Expanded access: the therapy has been approved for sale.',
  WITHHELD: 'The registry withholds the status (e.g. for a device not yet approved).',
};

/** Therapy modalities, one line each. */
export const MODALITY_DESCRIPTIONS: Record<Modality, string> = {
  TCR_T_CELL:
    'T cells engineered with a T-cell receptor (TCR) that recognises a tumour peptide presented on HLA.',
  CAR_T_CELL:
    'T cells engineered with a chimeric antigen receptor (CAR) that binds a tumour surface antigen directly, without HLA.',
  TIL: 'Tumour-infiltrating lymphocytes: T cells grown from a resected tumour and expanded ex vivo, possibly gene-marked or modified.',
  CYTOKINE_GENE_MODIFIED_CELL_VACCINE:
    'Tumour or immune cells transduced to secrete a cytokine (e.g. GM-CSF, IL-2) and given as a vaccine.',
  ONCOLYTIC_VIRUS: 'A virus that replicates in and lyses tumour cells, often armed with a transgene.',
  GENE_TRANSFER:
    'Direct in vivo delivery of a gene (e.g. a tumour suppressor, suicide gene or cytokine) to tumour or host tissue.',
  CYTOKINE: 'A recombinant cytokine given as a drug (e.g. IL-2 after a cell infusion).',
  CHEMOTHERAPY: 'Cytotoxic chemotherapy, including lymphodepleting conditioning before a cell infusion.',
  OTHER: 'Any other kind of therapy.',
};

/** Gene delivery vectors. */
export const VECTOR_DESCRIPTIONS: Record<Vector, string> = {
  RETROVIRUS: 'Gamma-retroviral vector: integrates into the genome of dividing cells.',
  LENTIVIRUS: 'Lentiviral vector: integrates into the genome, also of non-dividing cells.',
  ADENOVIRUS: 'Adenoviral vector: non-integrating, transient expression.',
  AAV: 'Adeno-associated virus vector: mostly non-integrating, long-lasting expression.',
  HERPES_SIMPLEX_VIRUS: 'Herpes simplex virus (HSV-1) vector, typically an oncolytic virus.',
  VACCINIA_VIRUS: 'Vaccinia (pox) virus vector, typically an oncolytic virus or vaccine.',
  PLASMID: 'Naked or complexed plasmid DNA (including electroporation).',
  TRANSPOSON: 'Transposon system (e.g. Sleeping Beauty, piggyBac) that integrates without a virus.',
  MRNA: 'Messenger RNA: transient expression without integration.',
  OTHER: 'Any other delivery vector.',
  NONE: 'No gene transfer (e.g. chemotherapy or an unmodified cell product).',
};

export const CELL_SOURCE_DESCRIPTIONS: Record<CellSource, string> = {
  AUTOLOGOUS: "The patient's own cells.",
  ALLOGENEIC: "A donor's cells.",
  NONE: 'Not a cell therapy.',
};

export const THERAPY_ROLE_DESCRIPTIONS: Record<TherapyRole, string> = {
  EXPERIMENTAL: 'The therapy under investigation.',
  CONDITIONING: 'Given before the experimental therapy to prepare the patient (e.g. lymphodepletion).',
  SUPPORTIVE: 'Given alongside the experimental therapy to support it (e.g. IL-2 after a cell infusion).',
  CONTROL: 'Comparator given to a control arm.',
};

export const SEX_DESCRIPTIONS: Record<Sex, string> = {
  FEMALE: 'Female.',
  MALE: 'Male.',
  UNKNOWN: 'Not reported.',
};

export const PATIENT_STATUS_DESCRIPTIONS: Record<PatientStatus, string> = {
  ALIVE: 'Alive, disease state not reported.',
  ALIVE_DISEASE_FREE: 'Alive with no evidence of disease.',
  ALIVE_WITH_DISEASE: 'Alive with disease.',
  DECEASED: 'Deceased, of any cause.',
  UNKNOWN: 'Not reported or lost to follow-up.',
};

export const ATTRIBUTION_DESCRIPTIONS: Record<Attribution, string> = {
  UNRELATED: 'Clearly not caused by the therapy.',
  UNLIKELY: 'Doubtfully caused by the therapy.',
  POSSIBLE: 'May have been caused by the therapy.',
  PROBABLE: 'Likely caused by the therapy.',
  DEFINITE: 'Clearly caused by the therapy.',
};

export const REVIEW_KIND_DESCRIPTIONS: Record<ReviewKind, string> = {
  PRIMARY_REPORT: 'Original report of trial results (paper, abstract or conference presentation).',
  REVIEW_ARTICLE: 'Review article summarising others’ results.',
  NEWS: 'News coverage.',
  COMMENTARY: 'Editorial, commentary or opinion piece.',
};

export const STANCE_DESCRIPTIONS: Record<Stance, string> = {
  FAVORABLE: 'The evidence supports the therapy.',
  MIXED: 'The evidence is mixed or inconclusive.',
  UNFAVORABLE: 'The evidence speaks against the therapy.',
};

export const SOURCE_KIND_DESCRIPTIONS: Record<SourceKind, string> = {
  JOURNAL_ARTICLE: 'Peer-reviewed journal article reporting primary data.',
  REVIEW: 'Review article.',
  NEWS: 'News story.',
  REGISTRY_RECORD: 'A trial registry record, e.g. ClinicalTrials.gov.',
  PRESS_RELEASE: 'Press release, e.g. by a sponsor.',
  CURATOR_INFERENCE: 'A curator’s inference, not stated in a published source.',
};

export const SUBJECT_TYPE_DESCRIPTIONS: Record<SubjectType, string> = {
  TRIAL: 'A Trial.',
  THERAPY: 'A Therapy.',
  PATIENT: 'A Patient.',
  REVIEW: 'A Review.',
  ADVERSE_EVENT: 'An AdverseEvent.',
};

export const ENTITY_TYPE_DESCRIPTIONS: Record<EntityType, string> = {
  TRIAL: 'A Trial.',
  THERAPY: 'A Therapy.',
  TRIAL_THERAPY: 'A link between a trial and a therapy (TrialTherapyLink).',
  PATIENT: 'A Patient.',
  ADVERSE_EVENT: 'An AdverseEvent.',
  REVIEW: 'A Review.',
  ASSESSMENT: "An expert's Assessment within a review.",
  SOURCE: 'A Source.',
  CLAIM: 'A Claim.',
  INTERVENTION: 'A registry Intervention.',
};

export const CHANGE_ACTION_DESCRIPTIONS: Record<ChangeAction, string> = {
  CREATE: 'The row was created.',
  UPDATE: 'The row was updated.',
  DELETE: 'The row was deleted.',
};

/** `{ VALUE: { description } }` for a Pothos enum's `values` option. */
export function describedValues<const V extends string>(
  descriptions: Record<V, string>,
): Record<V, { description: string }> {
  return Object.fromEntries(
    Object.entries<string>(descriptions).map(([value, description]) => [value, { description }]),
  ) as Record<V, { description: string }>;
}
