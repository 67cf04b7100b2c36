import type { RESPONSES } from '../../domain/enums.js';
import {
  ATTRIBUTION_DESCRIPTIONS,
  CELL_SOURCE_DESCRIPTIONS,
  describedValues,
  MODALITY_DESCRIPTIONS,
  PATIENT_STATUS_DESCRIPTIONS,
  PHASE_DESCRIPTIONS,
  REVIEW_KIND_DESCRIPTIONS,
  SEX_DESCRIPTIONS,
  SOURCE_KIND_DESCRIPTIONS,
  STANCE_DESCRIPTIONS,
  SUBJECT_TYPE_DESCRIPTIONS,
  THERAPY_ROLE_DESCRIPTIONS,
  TRIAL_STATUS_DESCRIPTIONS,
  VECTOR_DESCRIPTIONS,
} from '../../domain/labels.js';
import { builder } from '../builder.js';

export const PhaseEnum = builder.enumType('Phase', {
  values: describedValues(PHASE_DESCRIPTIONS),
  description:
    'Clinical trial phase, as registered on ClinicalTrials.gov (each value gives its registry spelling). A trial with no phase (observational) has a null phase.',
});
export const TrialStatusEnum = builder.enumType('TrialStatus', {
  values: describedValues(TRIAL_STATUS_DESCRIPTIONS),
  description: 'Overall recruitment status, as ClinicalTrials.gov reports it.',
});
export const ModalityEnum = builder.enumType('Modality', {
  values: describedValues(MODALITY_DESCRIPTIONS),
  description: 'Kind of therapy: the mechanism by which it acts, one line each below.',
});
export const VectorEnum = builder.enumType('Vector', {
  values: describedValues(VECTOR_DESCRIPTIONS),
  description: 'How a gene is delivered. NONE: no gene transfer.',
});
export const CellSourceEnum = builder.enumType('CellSource', {
  values: describedValues(CELL_SOURCE_DESCRIPTIONS),
  description: "Whose cells a cell therapy uses: the patient's own (autologous) or a donor's (allogeneic).",
});
export const TherapyRoleEnum = builder.enumType('TherapyRole', {
  values: describedValues(THERAPY_ROLE_DESCRIPTIONS),
  description: 'What a therapy does in a trial arm.',
});
export const ResponseEnum = builder.enumType('Response', {
  values: {
    CR: { description: 'Complete response (RECIST).' },
    PR: { description: 'Partial response (RECIST).' },
    SD: { description: 'Stable disease (RECIST).' },
    PD: { description: 'Progressive disease (RECIST).' },
    NO_RESPONSE: { description: 'A report says only that there was no objective response.' },
    NE: { description: 'Not evaluable.' },
  } satisfies Record<(typeof RESPONSES)[number], { description: string }>,
  description: 'Best overall response of a patient.',
});
export const SexEnum = builder.enumType('Sex', {
  values: describedValues(SEX_DESCRIPTIONS),
  description: 'Sex of a patient, as reported.',
});
export const PatientStatusEnum = builder.enumType('PatientStatus', {
  values: describedValues(PATIENT_STATUS_DESCRIPTIONS),
  description: 'Last reported status of a patient.',
});
export const AttributionEnum = builder.enumType('Attribution', {
  values: describedValues(ATTRIBUTION_DESCRIPTIONS),
  description: 'How likely an adverse event was caused by the therapy.',
});
export const ReviewKindEnum = builder.enumType('ReviewKind', {
  values: describedValues(REVIEW_KIND_DESCRIPTIONS),
  description: 'Kind of publication a review is.',
});
export const StanceEnum = builder.enumType('Stance', {
  values: describedValues(STANCE_DESCRIPTIONS),
  description: "An expert's overall judgement of the evidence.",
});
export const SourceKindEnum = builder.enumType('SourceKind', {
  values: describedValues(SOURCE_KIND_DESCRIPTIONS),
  description: 'Kind of source a claim cites.',
});
export const SubjectTypeEnum = builder.enumType('SubjectType', {
  values: describedValues(SUBJECT_TYPE_DESCRIPTIONS),
  description: 'Kind of entity a claim is about.',
});
export const RoleEnum = builder.enumType('Role', {
  description: 'Roles an API token can carry. Each includes everything the roles before it may do.',
  values: {
    READER: { value: 'reader', description: 'Reads everything, patient-level data included.' },
    CURATOR: { value: 'curator', description: 'Also creates and updates.' },
    ADMIN: { value: 'admin', description: 'Also deletes, and reads the full change history.' },
  } as const,
});
