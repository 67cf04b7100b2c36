import {
  ATTRIBUTIONS,
  CELL_SOURCES,
  MODALITIES,
  PATIENT_STATUSES,
  PHASES,
  type RESPONSES,
  REVIEW_KINDS,
  SEXES,
  SOURCE_KINDS,
  STANCES,
  SUBJECT_TYPES,
  THERAPY_ROLES,
  TRIAL_STATUSES,
  VECTORS,
} from '../../domain/enums.js';
import { builder } from '../builder.js';

export const PhaseEnum = builder.enumType('Phase', { values: PHASES, description: 'Clinical trial phase.' });
export const TrialStatusEnum = builder.enumType('TrialStatus', {
  values: TRIAL_STATUSES,
  description: 'Overall recruitment status, as ClinicalTrials.gov reports it.',
});
export const ModalityEnum = builder.enumType('Modality', {
  values: MODALITIES,
  description: 'Kind of therapy.',
});
export const VectorEnum = builder.enumType('Vector', {
  values: VECTORS,
  description: 'How a gene is delivered. NONE: no gene transfer.',
});
export const CellSourceEnum = builder.enumType('CellSource', {
  values: CELL_SOURCES,
  description: "Whose cells a cell therapy uses: the patient's own (autologous) or a donor's (allogeneic).",
});
export const TherapyRoleEnum = builder.enumType('TherapyRole', {
  values: THERAPY_ROLES,
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
export const SexEnum = builder.enumType('Sex', { values: SEXES });
export const PatientStatusEnum = builder.enumType('PatientStatus', {
  values: PATIENT_STATUSES,
  description: 'Last reported status of a patient.',
});
export const AttributionEnum = builder.enumType('Attribution', {
  values: ATTRIBUTIONS,
  description: 'How likely an adverse event was caused by the therapy.',
});
export const ReviewKindEnum = builder.enumType('ReviewKind', { values: REVIEW_KINDS });
export const StanceEnum = builder.enumType('Stance', {
  values: STANCES,
  description: "An expert's overall judgement of the evidence.",
});
export const SourceKindEnum = builder.enumType('SourceKind', { values: SOURCE_KINDS });
export const SubjectTypeEnum = builder.enumType('SubjectType', {
  values: SUBJECT_TYPES,
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
