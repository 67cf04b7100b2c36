import { eq } from 'drizzle-orm';
import { therapies, trialTherapies } from '../db/tables.js';
import { patchSchema, validatePatch } from '../domain/patch.js';
import { parseOrThrow, therapyInput } from '../domain/validation.js';
import { detachFromReviews, removeClaimsAbout, removeTherapyLinks } from './cascade.js';
import {
  assertUnique,
  checkVersion,
  deleteVersioned,
  insertRow,
  loadForWrite,
  updateVersioned,
} from './rows.js';
import type { Write } from './transaction.js';
import type { DeleteCommand, Path, UpdateCommand } from './trial.js';

export type TherapyRow = typeof therapies.$inferSelect;

const uniqueName = (w: Write, name: string | null | undefined, exceptId?: number) =>
  assertUnique(w, {
    table: therapies,
    column: therapies.name,
    value: name,
    typename: 'Therapy',
    path: 'input.name',
    label: 'therapy name',
    exceptId,
  });

export async function createTherapy(w: Write, input: unknown, path: Path = ['input']): Promise<TherapyRow> {
  const values = parseOrThrow(therapyInput, input, path);
  await uniqueName(w, values.name);
  return insertRow(w, therapies, 'THERAPY', values);
}

export async function updateTherapy(
  w: Write,
  { id, expectedVersion, patch }: UpdateCommand,
): Promise<TherapyRow> {
  checkVersion(expectedVersion);
  parseOrThrow(patchSchema(therapyInput), patch, ['input']);
  const before = await loadForWrite(w, therapies, 'Therapy', id, expectedVersion);
  const values = validatePatch(therapyInput, before, patch, ['input']);
  if (values.name !== undefined) await uniqueName(w, values.name, id);
  const after = await updateVersioned(w, therapies, 'Therapy', id, expectedVersion, values);
  await w.record('THERAPY', id, 'UPDATE', before, after);
  return after;
}

/** Deletes a therapy with its trial links and claims; trials and reviews stay. */
export async function deleteTherapy(w: Write, { id, expectedVersion }: DeleteCommand): Promise<void> {
  checkVersion(expectedVersion);
  const before = await loadForWrite(w, therapies, 'Therapy', id, expectedVersion);
  await removeTherapyLinks(w, eq(trialTherapies.therapyId, id));
  await detachFromReviews(w, { therapyId: id });
  await removeClaimsAbout(w, 'THERAPY', [id]);
  await deleteVersioned(w, therapies, 'Therapy', id, expectedVersion);
  await w.record('THERAPY', id, 'DELETE', before, null);
}
