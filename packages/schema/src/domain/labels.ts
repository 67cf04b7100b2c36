import type { Modality, Phase, TrialStatus, Vector } from './enums.js';

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
