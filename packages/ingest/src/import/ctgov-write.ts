// Writes one mapped study through the write layer: upsert by NCT id, history rows for what
// changed, claims citing the record's source. Runs in the caller's Write (a savepoint per record
// of a batch), so a record is written whole or not at all.

import { jsonEqual, tables } from '@genetrials/schema';
import {
  type DesiredClaim,
  deleteRow,
  differingFields,
  insertRow,
  syncClaims,
  type Tx,
  updateChanged,
  type Write,
} from '@genetrials/schema/write';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { linkPairsOfClaim, type MappedStudy, therapyKey } from './ctgov-map.js';

export type { Tx };
export { differingFields };

export type WriteOutcome =
  | { outcome: 'created' | 'updated' | 'unchanged'; trialId: number; changedFields: string[] }
  | { outcome: 'skipped'; trialId: number | null; reason: string };

/** A therapy's id by name: exact first (indexed), then case-insensitively. */
export async function findTherapyId(tx: Tx, name: string): Promise<number | null> {
  const [exact] = await tx
    .select({ id: tables.therapies.id })
    .from(tables.therapies)
    .where(eq(tables.therapies.name, name))
    .limit(1);
  if (exact) return exact.id;
  const [folded] = await tx
    .select({ id: tables.therapies.id })
    .from(tables.therapies)
    .where(sql`lower(${tables.therapies.name}) = ${therapyKey(name)}`)
    .orderBy(asc(tables.therapies.id))
    .limit(1);
  return folded?.id ?? null;
}

/**
 * Trial columns a new version of a record can clear: when the previous import of the same record
 * set the column (its claim from this source holds the stored value) and the new version gives no
 * value, the column goes back to unknown. A value a curator changed since is left alone, and so
 * is plannedEnrollment (a registry drops the estimate once the actual count is posted).
 */
export const CLEARABLE_TRIAL_FIELDS = [
  'officialTitle',
  'phase',
  'status',
  'conditions',
  'sponsor',
  'principalInvestigator',
  'institution',
  'country',
  'startDate',
  'completionDate',
  'actualEnrollment',
  'summary',
] as const;

async function clearedFields(
  tx: Tx,
  sourceId: number,
  existing: typeof tables.trials.$inferSelect,
  study: MappedStudy,
): Promise<Record<string, unknown>> {
  const given = study.trial as unknown as Record<string, unknown>;
  const candidates = CLEARABLE_TRIAL_FIELDS.filter((f) => given[f] === undefined);
  if (candidates.length === 0) return {};
  const previous = await tx
    .select({ field: tables.claims.field, value: tables.claims.value })
    .from(tables.claims)
    .where(
      and(
        eq(tables.claims.sourceId, sourceId),
        eq(tables.claims.subjectType, 'TRIAL'),
        eq(tables.claims.subjectId, existing.id),
        inArray(tables.claims.field, [...candidates]),
      ),
    );
  const cleared: Record<string, unknown> = {};
  const current = existing as unknown as Record<string, unknown>;
  for (const claim of previous) {
    if (!jsonEqual(current[claim.field] ?? null, claim.value)) continue;
    cleared[claim.field] = claim.field === 'conditions' ? [] : null;
    if (claim.field === 'startDate') cleared.startYear = null;
  }
  return cleared;
}

/**
 * Upserts one study. Keyed by NCT id: a new trial is created; an existing one is updated only in
 * the fields whose values changed (a new version, updatedAt, an UPDATE history row with the row
 * before and after). A record older than the version already imported (by its last-update date)
 * is skipped. Therapies are created on first sight and never overwritten (curators own them).
 */
export async function writeStudy(w: Write, study: MappedStudy): Promise<WriteOutcome> {
  const { tx, at } = w;
  const [source] = await tx
    .select()
    .from(tables.sources)
    .where(and(eq(tables.sources.kind, 'REGISTRY_RECORD'), eq(tables.sources.nctId, study.nctId)))
    .orderBy(asc(tables.sources.id))
    .limit(1);
  const [existing] = await tx
    .select()
    .from(tables.trials)
    .where(eq(tables.trials.nctId, study.nctId))
    .limit(1);

  if (source?.publishedOn && study.source.publishedOn && study.source.publishedOn < source.publishedOn) {
    return {
      outcome: 'skipped',
      trialId: existing?.id ?? null,
      reason: `this version (last updated ${study.source.publishedOn}) is older than the one already imported (${source.publishedOn})`,
    };
  }

  // Trial
  let trialId: number;
  let outcome: 'created' | 'updated' | 'unchanged' = 'unchanged';
  let changedFields: string[] = [];
  if (!existing) {
    const row = await insertRow(w, tables.trials, 'TRIAL', study.trial);
    trialId = row.id;
    outcome = 'created';
    changedFields = Object.keys(study.trial);
  } else {
    trialId = existing.id;
    const next: Record<string, unknown> = { ...study.trial };
    if (source) Object.assign(next, await clearedFields(tx, source.id, existing, study));
    ({ changedFields } = await updateChanged(w, tables.trials, 'TRIAL', 'Trial', existing, next));
    if (changedFields.length > 0) outcome = 'updated';
  }
  let touched = outcome !== 'unchanged';

  // Source: one per registry record, updated in place.
  let sourceId: number;
  const sourceValues = {
    ...study.source,
    retrievedAt: study.source.retrievedAt ?? source?.retrievedAt ?? at,
  };
  if (!source) {
    sourceId = (await insertRow(w, tables.sources, 'SOURCE', sourceValues)).id;
  } else {
    sourceId = source.id;
    const updated = await updateChanged(w, tables.sources, 'SOURCE', 'Source', source, sourceValues);
    if (updated.changedFields.length > 0) touched = true;
  }

  // Therapies: shared by name; created on first sight.
  const therapyIds = new Map<string, number>();
  for (const therapy of study.therapies) {
    let id = await findTherapyId(tx, therapy.values.name);
    if (id === null) {
      id = (await insertRow(w, tables.therapies, 'THERAPY', therapy.values)).id;
      touched = true;
    }
    therapyIds.set(therapy.key, id);
  }

  // Links: add new ones, fix roles, drop the ones the previous version of this record made.
  const links = await tx
    .select()
    .from(tables.trialTherapies)
    .where(eq(tables.trialTherapies.trialId, trialId));
  const linkKey = (therapyId: number, armName: string | null) => `${therapyId}|${armName ?? ''}`;
  const existingLinks = new Map(links.map((l) => [linkKey(l.therapyId, l.armName), l]));
  const wanted = new Set<string>();
  for (const link of study.links) {
    const therapyId = therapyIds.get(link.therapyKey) as number;
    const key = linkKey(therapyId, link.armName);
    wanted.add(key);
    const current = existingLinks.get(key);
    if (!current) {
      await insertRow(w, tables.trialTherapies, 'TRIAL_THERAPY', {
        trialId,
        therapyId,
        armName: link.armName,
        role: link.role,
      });
      touched = true;
    } else if (current.role !== link.role) {
      await updateChanged(w, tables.trialTherapies, 'TRIAL_THERAPY', 'TrialTherapyLink', current, {
        role: link.role,
      });
      touched = true;
    }
  }
  if (source) {
    const [previous] = await tx
      .select({ value: tables.claims.value })
      .from(tables.claims)
      .where(
        and(
          eq(tables.claims.sourceId, source.id),
          eq(tables.claims.subjectType, 'TRIAL'),
          eq(tables.claims.subjectId, trialId),
          eq(tables.claims.field, 'interventions'),
        ),
      )
      .limit(1);
    for (const pair of linkPairsOfClaim(previous?.value)) {
      const therapyId = therapyIds.get(pair.therapyKey) ?? (await findTherapyId(tx, pair.therapyKey));
      if (therapyId == null) continue;
      const key = linkKey(therapyId, pair.armName);
      const current = existingLinks.get(key);
      if (current && !wanted.has(key)) {
        await deleteRow(w, tables.trialTherapies, 'TRIAL_THERAPY', 'TrialTherapyLink', current);
        existingLinks.delete(key);
        touched = true;
      }
    }
  }

  // Claims citing the record.
  const desired: DesiredClaim[] = [
    ...study.trialClaims.map((c) => ({ subjectType: 'TRIAL' as const, subjectId: trialId, ...c })),
    ...study.therapies.flatMap((t) =>
      t.claims.map((c) => ({
        subjectType: 'THERAPY' as const,
        subjectId: therapyIds.get(t.key) as number,
        ...c,
      })),
    ),
  ];
  if ((await syncClaims(w, sourceId, desired)) > 0) touched = true;

  if (outcome === 'unchanged' && touched) outcome = 'updated';
  return { outcome, trialId, changedFields: outcome === 'created' ? [] : changedFields };
}
