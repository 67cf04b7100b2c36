import { encodeGlobalID } from '@pothos/plugin-relay';
import { eq } from 'drizzle-orm';
import { patients, trials } from '../db/tables.js';
import { ConflictError } from '../domain/errors.js';
import { patchSchema, validatePatch } from '../domain/patch.js';
import { parseOrThrow, patientInput } from '../domain/validation.js';
import { insertEvents } from './adverse-event.js';
import { removePatientDependents } from './cascade.js';
import { checkVersion, deleteVersioned, insertRow, loadForWrite, loadRow, updateVersioned } from './rows.js';
import { screenPatientLevel } from './screen.js';
import type { Write } from './transaction.js';
import type { DeleteCommand, Path, UpdateCommand } from './trial.js';

// Patients are trial subjects, never people: every field of the input or patch (adverse events
// included) goes through the write layer's privacy screen (screen.ts) before validation, which
// rejects direct identifiers, applies the subject-code rule and top-codes ages over 89, for every
// writer alike (API, seed, importers).

export type PatientRow = typeof patients.$inferSelect;

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

/** Adds a patient to a trial with its adverse events. */
export async function createPatient(
  w: Write,
  input: { trialId: number } & Record<string, unknown>,
  path: Path = ['input'],
): Promise<PatientRow> {
  const { trialId, ...fields } = input;
  screenPatientLevel(fields, path);
  const { adverseEvents: events, ...values } = parseOrThrow(patientInput, fields, path);
  await loadRow(w, trials, 'Trial', trialId, 'input.trialId');
  await assertNewSubjectCode(w, trialId, values.subjectCode);
  const row = await insertRow(w, patients, 'PATIENT', { ...values, trialId });
  await insertEvents(w, row.id, events);
  return row;
}

/** Changes a patient; adverse events have their own commands. */
export async function updatePatient(
  w: Write,
  { id, expectedVersion, patch }: UpdateCommand,
): Promise<PatientRow> {
  checkVersion(expectedVersion);
  screenPatientLevel(patch, ['input']);
  parseOrThrow(patchSchema(patientInput), patch, ['input']);
  const before = await loadForWrite(w, patients, 'Patient', id, expectedVersion);
  const { adverseEvents: _events, ...values } = validatePatch(patientInput, before, patch, ['input']);
  if (values.subjectCode !== undefined) await assertNewSubjectCode(w, before.trialId, values.subjectCode, id);
  const after = await updateVersioned(w, patients, 'Patient', id, expectedVersion, values);
  await w.record('PATIENT', id, 'UPDATE', before, after);
  return after;
}

/** Deletes a patient with its adverse events and the claims about either. */
export async function deletePatient(w: Write, { id, expectedVersion }: DeleteCommand): Promise<void> {
  checkVersion(expectedVersion);
  const before = await loadForWrite(w, patients, 'Patient', id, expectedVersion);
  await removePatientDependents(w, [id]);
  await deleteVersioned(w, patients, 'Patient', id, expectedVersion);
  await w.record('PATIENT', id, 'DELETE', before, null);
}
