import { encodeGlobalID } from '@pothos/plugin-relay';
import { and, eq, ne, sql } from 'drizzle-orm';
import { therapies, trials, trialTherapies } from '../db/tables.js';
import { ConflictError } from '../domain/errors.js';
import { patchSchema, validatePatch } from '../domain/patch.js';
import { parseOrThrow, trialTherapyInput } from '../domain/validation.js';
import { checkVersion, deleteVersioned, insertRow, loadForWrite, loadRow, updateVersioned } from './rows.js';
import type { Write } from './transaction.js';
import type { DeleteCommand, Path, UpdateCommand } from './trial.js';

export type TrialTherapyRow = typeof trialTherapies.$inferSelect;

/** One link per trial, therapy and arm (a null arm included, which the unique index alone misses). */
async function assertNewLink(
  w: Write,
  link: { trialId: number; therapyId: number; armName: string | null | undefined },
  exceptId?: number,
) {
  const [existing] = await w.tx
    .select({ id: trialTherapies.id })
    .from(trialTherapies)
    .where(
      and(
        eq(trialTherapies.trialId, link.trialId),
        eq(trialTherapies.therapyId, link.therapyId),
        sql`${trialTherapies.armName} is ${link.armName ?? null}`,
        exceptId ? ne(trialTherapies.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (existing) {
    throw new ConflictError('input.armName: the trial already gives this therapy in this arm', {
      path: 'input.armName',
      existingId: encodeGlobalID('TrialTherapyLink', existing.id),
    });
  }
}

/** Records that a trial gives a therapy (arm, role, dose). */
export async function linkTherapyToTrial(
  w: Write,
  input: { trialId: number; therapyId: number } & Record<string, unknown>,
  path: Path = ['input'],
): Promise<TrialTherapyRow> {
  const { trialId, therapyId } = input;
  const values = parseOrThrow(trialTherapyInput, input, path);
  await loadRow(w, trials, 'Trial', trialId, 'input.trialId');
  await loadRow(w, therapies, 'Therapy', therapyId, 'input.therapyId');
  await assertNewLink(w, { trialId, therapyId, armName: values.armName });
  return insertRow(w, trialTherapies, 'TRIAL_THERAPY', { ...values, trialId, therapyId });
}

export async function updateTrialTherapyLink(
  w: Write,
  { id, expectedVersion, patch }: UpdateCommand,
): Promise<TrialTherapyRow> {
  checkVersion(expectedVersion);
  parseOrThrow(patchSchema(trialTherapyInput), patch, ['input']);
  const before = await loadForWrite(w, trialTherapies, 'TrialTherapyLink', id, expectedVersion);
  const values = validatePatch(trialTherapyInput, before, patch, ['input']);
  if (values.armName !== undefined) {
    await assertNewLink(
      w,
      { trialId: before.trialId, therapyId: before.therapyId, armName: values.armName },
      id,
    );
  }
  const after = await updateVersioned(w, trialTherapies, 'TrialTherapyLink', id, expectedVersion, values);
  await w.record('TRIAL_THERAPY', id, 'UPDATE', before, after);
  return after;
}

export async function unlinkTherapyFromTrial(
  w: Write,
  { id, expectedVersion }: DeleteCommand,
): Promise<void> {
  checkVersion(expectedVersion);
  const before = await loadForWrite(w, trialTherapies, 'TrialTherapyLink', id, expectedVersion);
  await deleteVersioned(w, trialTherapies, 'TrialTherapyLink', id, expectedVersion);
  await w.record('TRIAL_THERAPY', id, 'DELETE', before, null);
}
