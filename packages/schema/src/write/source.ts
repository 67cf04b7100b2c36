import { eq } from 'drizzle-orm';
import { claims, sources } from '../db/tables.js';
import { patchSchema, validatePatch } from '../domain/patch.js';
import { parseOrThrow, sourceInput } from '../domain/validation.js';
import { detachReviewsFromSource, removeClaimsWhere } from './cascade.js';
import { checkVersion, deleteVersioned, insertRow, loadForWrite, updateVersioned } from './rows.js';
import type { Write } from './transaction.js';
import type { DeleteCommand, Path, UpdateCommand } from './trial.js';

export type SourceRow = typeof sources.$inferSelect;

export async function createSource(w: Write, input: unknown, path: Path = ['input']): Promise<SourceRow> {
  const values = parseOrThrow(sourceInput, input, path);
  return insertRow(w, sources, 'SOURCE', values);
}

export async function updateSource(
  w: Write,
  { id, expectedVersion, patch }: UpdateCommand,
): Promise<SourceRow> {
  checkVersion(expectedVersion);
  parseOrThrow(patchSchema(sourceInput), patch, ['input']);
  const before = await loadForWrite(w, sources, 'Source', id, expectedVersion);
  const values = validatePatch(sourceInput, before, patch, ['input']);
  const after = await updateVersioned(w, sources, 'Source', id, expectedVersion, values);
  await w.record('SOURCE', id, 'UPDATE', before, after);
  return after;
}

/** Deletes a source and every claim citing it; reviews that were this source stay, without it. */
export async function deleteSource(w: Write, { id, expectedVersion }: DeleteCommand): Promise<void> {
  checkVersion(expectedVersion);
  const before = await loadForWrite(w, sources, 'Source', id, expectedVersion);
  await removeClaimsWhere(w, eq(claims.sourceId, id));
  await detachReviewsFromSource(w, id);
  await deleteVersioned(w, sources, 'Source', id, expectedVersion);
  await w.record('SOURCE', id, 'DELETE', before, null);
}
