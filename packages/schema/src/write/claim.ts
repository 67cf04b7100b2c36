import { eq, inArray } from 'drizzle-orm';
import { adverseEvents, claims, patients, reviews, sources, therapies, trials } from '../db/tables.js';
import { jsonEqual } from '../domain/changes.js';
import { checkClaim, PATIENT_LEVEL_SUBJECT_TYPES } from '../domain/claims.js';
import type { SubjectType } from '../domain/enums.js';
import {
  checkVersion,
  deleteVersioned,
  insertRow,
  insertRows,
  loadForWrite,
  loadRow,
  updateChanged,
  type VersionedTable,
} from './rows.js';
import { screenClaim } from './screen.js';
import type { Write } from './transaction.js';
import type { DeleteCommand } from './trial.js';

// Claims record what one source said about one field of one entity. Curators add and remove
// them (a corrected reading is a new claim); importers keep the claims citing a record in sync.

export type ClaimRow = typeof claims.$inferSelect;

export const SUBJECT_TABLES: Record<SubjectType, VersionedTable> = {
  TRIAL: trials,
  THERAPY: therapies,
  PATIENT: patients,
  REVIEW: reviews,
  ADVERSE_EVENT: adverseEvents,
};

/** GraphQL type names of claim subjects, for NotFound errors. */
const SUBJECT_TYPENAMES: Record<SubjectType, string> = {
  TRIAL: 'Trial',
  THERAPY: 'Therapy',
  PATIENT: 'Patient',
  REVIEW: 'Review',
  ADVERSE_EVENT: 'AdverseEvent',
};

export interface ClaimInput {
  subjectType: SubjectType;
  subjectId: number;
  field: string;
  value: unknown;
  sourceId: number;
  locator?: string | null | undefined;
}

/**
 * Cites a source for one field of an entity. Every claim, whatever its subject, goes through the
 * privacy screen (screen.ts): field, value (recursively, keys included, ages top-coded) and locator.
 */
export async function addClaim(w: Write, input: ClaimInput, prefix = 'input'): Promise<ClaimRow> {
  const { locator } = checkClaim(input, prefix);
  const value = screenClaim({ ...input, locator }, prefix);
  const { subjectType, subjectId, sourceId } = input;
  await loadRow(
    w,
    SUBJECT_TABLES[subjectType],
    SUBJECT_TYPENAMES[subjectType],
    subjectId,
    `${prefix}.subjectId`,
  );
  await loadRow(w, sources, 'Source', sourceId, `${prefix}.sourceId`);
  return insertRow(w, claims, 'CLAIM', {
    subjectType,
    subjectId,
    field: input.field,
    value,
    sourceId,
    locator,
  });
}

export async function deleteClaim(w: Write, { id, expectedVersion }: DeleteCommand): Promise<void> {
  checkVersion(expectedVersion);
  const before = await loadForWrite(w, claims, 'Claim', id, expectedVersion);
  await deleteVersioned(w, claims, 'Claim', id, expectedVersion);
  await w.record('CLAIM', id, 'DELETE', before, null);
}

export interface DesiredClaim {
  subjectType: SubjectType;
  subjectId: number;
  field: string;
  value: unknown;
  locator: string;
}

const claimKey = (c: { subjectType: string; subjectId: number; field: string; locator: string | null }) =>
  `${c.subjectType}|${c.subjectId}|${c.field}|${c.locator ?? ''}`;

/**
 * Makes the claims citing `sourceId` exactly `desired` (keyed by subject, field and locator):
 * inserts new ones, updates changed values, deletes the ones no longer supported, each with its
 * history row; unchanged claims are not touched. Importers' subjects and sources exist (they
 * were just written); patient-level claims are still checked, and every claim is screened like
 * addClaim's. Returns how many rows changed.
 */
export async function syncClaims(
  w: Write,
  sourceId: number,
  desired: readonly DesiredClaim[],
): Promise<number> {
  const existing = await w.tx.select().from(claims).where(eq(claims.sourceId, sourceId));
  const byKey = new Map(existing.map((c) => [claimKey(c), c]));
  const seen = new Set<string>();
  let changed = 0;
  const inserts: (typeof claims.$inferInsert)[] = [];
  for (const [index, claim] of desired.entries()) {
    const key = claimKey(claim);
    if (seen.has(key)) continue;
    seen.add(key);
    const prefix = `claims.${index}`;
    if (PATIENT_LEVEL_SUBJECT_TYPES.includes(claim.subjectType)) checkClaim(claim, prefix);
    const value = screenClaim(claim, prefix);
    const current = byKey.get(key);
    if (!current) {
      inserts.push({ ...claim, value, sourceId });
      changed++;
    } else if (!jsonEqual(current.value, value)) {
      await updateChanged(w, claims, 'CLAIM', 'Claim', current, { value });
      changed++;
    }
  }
  // 9 parameters a claim; SQLite allows 32766 in one statement.
  for (let i = 0; i < inserts.length; i += 500)
    await insertRows(w, claims, 'CLAIM', inserts.slice(i, i + 500));
  const gone = [...byKey].filter(([key]) => !seen.has(key)).map(([, row]) => row);
  if (gone.length > 0) {
    await w.tx.delete(claims).where(
      inArray(
        claims.id,
        gone.map((r) => r.id),
      ),
    );
    await w.recordAll(
      gone.map((row) => ({
        entityType: 'CLAIM' as const,
        entityId: row.id,
        action: 'DELETE' as const,
        before: row,
        after: null,
      })),
    );
    changed += gone.length;
  }
  return changed;
}
