import { eq } from 'drizzle-orm';
import { adverseEvents, patients, trials } from '../../db/tables.js';
import { ConflictError } from '../../domain/errors.js';
import { patchSchema, validatePatch } from '../../domain/patch.js';
import { type adverseEventInput, parseOrThrow, patientInput } from '../../domain/validation.js';
import { builder } from '../builder.js';
import { AttributionEnum, PatientStatusEnum, ResponseEnum, SexEnum } from '../types/enums.js';
import { Patient } from '../types/patient.js';
import { removePatientDependents } from './cascade.js';
import { adminAccess, curatorAccess, deletedResult, entityResult } from './errors.js';
import {
  checkVersion,
  DeleteInput,
  decodeId,
  deleteVersioned,
  encodeGlobalID,
  type InputFields,
  loaded,
  loadForWrite,
  loadRow,
  runWrite,
  updateVersioned,
  type Write,
} from './write.js';

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

type EventValues = ReturnType<typeof adverseEventInput.parse>;

/** Inserts a patient's adverse events (already validated) and records each. */
export async function insertEvents(w: Write, patientId: number, events: EventValues[]): Promise<number[]> {
  if (events.length === 0) return [];
  const rows = await w.tx
    .insert(adverseEvents)
    .values(events.map((event) => ({ ...event, patientId, createdAt: w.at, updatedAt: w.at })))
    .returning();
  for (const row of rows) await w.record('ADVERSE_EVENT', row.id, 'CREATE', null, row);
  return rows.map((r) => r.id);
}

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

async function assertNewSubjectCode(w: Write, trialId: number, subjectCode: string, exceptId?: number) {
  const [existing] = await w.tx
    .select({ id: patients.id, trialId: patients.trialId })
    .from(patients)
    .where(eq(patients.subjectCode, subjectCode))
    .then((rows) => rows.filter((r) => r.trialId === trialId && r.id !== exceptId));
  if (existing) {
    throw new ConflictError(`input.subjectCode: the trial already has a patient ${subjectCode}`, {
      path: 'input.subjectCode',
      existingId: encodeGlobalID('Patient', existing.id),
    });
  }
}

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
      const { adverseEvents: events, ...values } = parseOrThrow(patientInput, input, ['input']);
      const id = await runWrite(ctx, async (w) => {
        await loadRow(w, trials, 'Trial', trialId, 'input.trialId');
        await assertNewSubjectCode(w, trialId, values.subjectCode);
        const [row] = await w.tx
          .insert(patients)
          .values({ ...values, trialId, createdAt: w.at, updatedAt: w.at })
          .returning();
        if (!row) throw new Error('insert returned no row');
        await w.record('PATIENT', row.id, 'CREATE', null, row);
        await insertEvents(w, row.id, events);
        return row.id;
      });
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
      checkVersion(expectedVersion);
      parseOrThrow(patchSchema(patientInput), patch, ['input']);
      await runWrite(ctx, async (w) => {
        const before = await loadForWrite(w, patients, 'Patient', id, expectedVersion);
        const { adverseEvents: _events, ...values } = validatePatch(patientInput, before, patch, ['input']);
        if (values.subjectCode !== undefined)
          await assertNewSubjectCode(w, before.trialId, values.subjectCode, id);
        const after = await updateVersioned(w, patients, 'Patient', id, expectedVersion, values);
        await w.record('PATIENT', id, 'UPDATE', before, after);
      });
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
      checkVersion(input.expectedVersion);
      await runWrite(ctx, async (w) => {
        const before = await loadForWrite(w, patients, 'Patient', id, input.expectedVersion);
        await removePatientDependents(w, [id]);
        await deleteVersioned(w, patients, 'Patient', id, input.expectedVersion);
        await w.record('PATIENT', id, 'DELETE', before, null);
      });
      return { deletedId: input.id };
    },
  }),
}));
