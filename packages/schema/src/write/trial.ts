import { eq } from 'drizzle-orm';
import { patients, trials, trialTherapies } from '../db/tables.js';
import { patchSchema, validatePatch } from '../domain/patch.js';
import { parseOrThrow, trialInput, yearOf } from '../domain/validation.js';
import { detachFromReviews, removeClaimsAbout, removePatients, removeTherapyLinks } from './cascade.js';
import {
  assertUnique,
  checkVersion,
  deleteVersioned,
  insertRow,
  loadForWrite,
  updateVersioned,
} from './rows.js';
import type { Write } from './transaction.js';

export type TrialRow = typeof trials.$inferSelect;
export type Path = readonly (string | number)[];

/** A change to a row the writer read at `expectedVersion`; fields left out stay as they are. */
export interface UpdateCommand {
  id: number;
  expectedVersion: number;
  patch: Record<string, unknown>;
}

export interface DeleteCommand {
  id: number;
  expectedVersion: number;
}

export const uniqueNctId = (w: Write, nctId: string | null | undefined, exceptId?: number) =>
  assertUnique(w, {
    table: trials,
    column: trials.nctId,
    value: nctId,
    typename: 'Trial',
    path: 'input.nctId',
    label: 'NCT id',
    exceptId,
  });

export async function createTrial(w: Write, input: unknown, path: Path = ['input']): Promise<TrialRow> {
  const values = parseOrThrow(trialInput, input, path);
  await uniqueNctId(w, values.nctId);
  return insertRow(w, trials, 'TRIAL', { ...values, startYear: yearOf(values.startDate) });
}

export async function updateTrial(
  w: Write,
  { id, expectedVersion, patch }: UpdateCommand,
): Promise<TrialRow> {
  checkVersion(expectedVersion);
  parseOrThrow(patchSchema(trialInput), patch, ['input']);
  const before = await loadForWrite(w, trials, 'Trial', id, expectedVersion);
  const values = validatePatch(trialInput, before, patch, ['input']);
  if (values.nctId !== undefined) await uniqueNctId(w, values.nctId, id);
  const after = await updateVersioned(w, trials, 'Trial', id, expectedVersion, {
    ...values,
    ...('startDate' in values ? { startYear: yearOf(values.startDate) } : {}),
  });
  await w.record('TRIAL', id, 'UPDATE', before, after);
  return after;
}

/** Deletes a trial with its patients, therapy links and claims; reviews that discussed it stay. */
export async function deleteTrial(w: Write, { id, expectedVersion }: DeleteCommand): Promise<void> {
  checkVersion(expectedVersion);
  const before = await loadForWrite(w, trials, 'Trial', id, expectedVersion);
  await removePatients(w, await w.tx.select().from(patients).where(eq(patients.trialId, id)));
  await removeTherapyLinks(w, eq(trialTherapies.trialId, id));
  await detachFromReviews(w, { trialId: id });
  await removeClaimsAbout(w, 'TRIAL', [id]);
  await deleteVersioned(w, trials, 'Trial', id, expectedVersion);
  await w.record('TRIAL', id, 'DELETE', before, null);
}
