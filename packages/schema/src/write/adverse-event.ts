import type { z } from 'zod';
import { adverseEvents, patients } from '../db/tables.js';
import { patchSchema, validatePatch } from '../domain/patch.js';
import { adverseEventInput, parseOrThrow } from '../domain/validation.js';
import { removeClaimsAbout } from './cascade.js';
import { checkVersion, deleteVersioned, insertRows, loadForWrite, loadRow, updateVersioned } from './rows.js';
import { screenPatientLevel } from './screen.js';
import type { Write } from './transaction.js';
import type { DeleteCommand, Path, UpdateCommand } from './trial.js';

// Adverse events are created with their patient or one at a time, and changed one at a time:
// each keeps its id, so claims citing it stay attached. Every field (term included) goes through
// the privacy screen (screen.ts) first.

export type AdverseEventRow = typeof adverseEvents.$inferSelect;
type EventValues = z.output<typeof adverseEventInput>;

/** Inserts a patient's adverse events (already validated) and records each. */
export async function insertEvents(w: Write, patientId: number, events: EventValues[]): Promise<number[]> {
  const rows = await insertRows(
    w,
    adverseEvents,
    'ADVERSE_EVENT',
    events.map((event) => ({ ...event, patientId })),
  );
  return rows.map((r) => r.id);
}

export async function addAdverseEvent(
  w: Write,
  input: { patientId: number } & Record<string, unknown>,
  path: Path = ['input'],
): Promise<AdverseEventRow> {
  const { patientId: _patientId, ...fields } = input;
  screenPatientLevel(fields, path);
  const values = parseOrThrow(adverseEventInput, fields, path);
  await loadRow(w, patients, 'Patient', input.patientId, 'input.patientId');
  const [id] = await insertEvents(w, input.patientId, [values]);
  return loadRow(w, adverseEvents, 'AdverseEvent', id as number, 'input');
}

export async function updateAdverseEvent(
  w: Write,
  { id, expectedVersion, patch }: UpdateCommand,
): Promise<AdverseEventRow> {
  checkVersion(expectedVersion);
  screenPatientLevel(patch, ['input']);
  parseOrThrow(patchSchema(adverseEventInput), patch, ['input']);
  const before = await loadForWrite(w, adverseEvents, 'AdverseEvent', id, expectedVersion);
  const values = validatePatch(adverseEventInput, before, patch, ['input']);
  const after = await updateVersioned(w, adverseEvents, 'AdverseEvent', id, expectedVersion, values);
  await w.record('ADVERSE_EVENT', id, 'UPDATE', before, after);
  return after;
}

export async function deleteAdverseEvent(w: Write, { id, expectedVersion }: DeleteCommand): Promise<void> {
  checkVersion(expectedVersion);
  const before = await loadForWrite(w, adverseEvents, 'AdverseEvent', id, expectedVersion);
  await removeClaimsAbout(w, 'ADVERSE_EVENT', [id]);
  await deleteVersioned(w, adverseEvents, 'AdverseEvent', id, expectedVersion);
  await w.record('ADVERSE_EVENT', id, 'DELETE', before, null);
}
