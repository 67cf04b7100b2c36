import { createPatient, deletePatient as deletePatientCommand, updatePatient } from '../../write/patient.js';
import { builder } from '../builder.js';
import { AttributionEnum, PatientStatusEnum, ResponseEnum, SexEnum } from '../types/enums.js';
import { Patient } from '../types/patient.js';
import { adminAccess, curatorAccess, deletedResult, entityResult } from './errors.js';
import { DeleteInput, decodeId, type InputFields, loaded, write } from './write.js';

// Patients are trial subjects, never people: the inputs have no field a name or contact could go
// in, free text is screened for direct identifiers, and ages over 89 are stored as 90.

const PRIVACY_NOTE =
  'Free text (disease stage, sites, prior therapies, notes) must not contain direct identifiers (names, ' +
  'e-mail, phone, address, exact birth date, record numbers): such input is a ValidationError with an ' +
  '`identifier_*` rule. Ages over 89 are stored and served as 90, meaning "90 or older".';

export const eventFields = (t: InputFields, create: boolean) => ({
  term: t.string({ required: create, description: 'The event, e.g. a CTCAE term.' }),
  grade: t.int({ description: 'CTCAE grade 1-5; leave out when the report gives none.' }),
  attribution: t.field({ type: AttributionEnum }),
  serious: t.boolean(),
  description: t.string({ description: 'Must not contain direct identifiers.' }),
});

const AdverseEventInput = builder.inputType('AdverseEventInput', {
  description: 'An adverse event a patient had.',
  fields: (t) => eventFields(t, true),
});

const patientFields = (t: InputFields, create: boolean) => ({
  subjectCode: t.string({
    required: create,
    description: 'Study-assigned code (letters, digits, . _ -), unique within the trial. Never a name.',
  }),
  ageAtEnrollment: t.int({ description: 'Years; over 89 is stored as 90 ("90 or older").' }),
  sex: t.field({ type: SexEnum }),
  diseaseStage: t.string(),
  metastaticSites: t.stringList(),
  priorTherapies: t.stringList(),
  bestResponse: t.field({ type: ResponseEnum }),
  responseDurationMonths: t.float(),
  followUpMonths: t.float(),
  status: t.field({ type: PatientStatusEnum }),
  notes: t.string({ description: 'What the reports say of this patient, in your own words.' }),
});

const CreatePatientInput = builder.inputType('CreatePatientInput', {
  description: `A de-identified trial subject, with the adverse events reported for it. ${PRIVACY_NOTE}`,
  fields: (t) => ({
    trialId: t.id({ required: true }),
    ...patientFields(t, true),
    adverseEvents: t.field({ type: [AdverseEventInput] }),
  }),
});

const UpdatePatientInput = builder.inputType('UpdatePatientInput', {
  description: `Changes to a patient: fields left out stay as they are; null clears an optional field. Adverse events have their own mutations. ${PRIVACY_NOTE}`,
  fields: (t) => ({
    id: t.id({ required: true }),
    expectedVersion: t.int({ required: true, description: 'The version last read.' }),
    ...patientFields(t, false),
  }),
});

const deletePatient = deletedResult('deletePatient');

builder.mutationFields((t) => ({
  createPatient: t.drizzleField({
    type: Patient,
    description: `Adds a patient to a trial, with its adverse events, in one transaction. Needs a curator token. ${PRIVACY_NOTE}`,
    ...curatorAccess,
    errors: entityResult('createPatient', 'patient'),
    args: { input: t.arg({ type: CreatePatientInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const trialId = decodeId(input.trialId, 'Trial', 'input.trialId');
      const { id } = await write(ctx, (w) => createPatient(w, { ...input, trialId }));
      return loaded(ctx.db.query.patients.findFirst(query({ where: { id } })), 'Patient', id);
    },
  }),

  updatePatient: t.drizzleField({
    type: Patient,
    description: `Changes a patient (a stale \`expectedVersion\` is a ConflictError). Needs a curator token. ${PRIVACY_NOTE}`,
    ...curatorAccess,
    errors: entityResult('updatePatient', 'patient'),
    args: { input: t.arg({ type: UpdatePatientInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id: globalId, expectedVersion, ...patch } = input;
      const id = decodeId(globalId, 'Patient', 'input.id');
      await write(ctx, (w) => updatePatient(w, { id, expectedVersion, patch }));
      return loaded(ctx.db.query.patients.findFirst(query({ where: { id } })), 'Patient', id);
    },
  }),

  deletePatient: t.field({
    type: deletePatient.type,
    description: 'Deletes a patient with its adverse events and the claims about them. Needs an admin token.',
    ...adminAccess,
    errors: deletePatient.errors,
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = decodeId(input.id, 'Patient', 'input.id');
      await write(ctx, (w) => deletePatientCommand(w, { id, expectedVersion: input.expectedVersion }));
      return { deletedId: input.id };
    },
  }),
}));
