// Writes one mapped study: upsert by NCT id, history rows for what changed, claims citing the
// record's source. Runs inside the caller's transaction (a savepoint per record), so a record is
// written whole or not at all.

import {
  type ChangeAction,
  type Db,
  type EntityType,
  jsonEqual,
  type SubjectType,
  tables,
} from '@genetrials/schema';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { linkPairsOfClaim, type MappedStudy, therapyKey } from './ctgov-map.js';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Who the history says made the change. */
export interface Actor {
  role: string;
  name: string;
}

/**
 * The importers write as `admin` (a local, privileged operation) and name themselves in
 * `actorName`: the history API serves `actorRole` as a token Role enum (reader, curator, admin),
 * so a role outside it would break every history query that reaches an imported row.
 */
export const IMPORTER_ROLE = 'admin';

export const CTGOV_ACTOR: Actor = { role: IMPORTER_ROLE, name: 'ctgov import' };

export type WriteOutcome =
  | { outcome: 'created' | 'updated' | 'unchanged'; trialId: number; changedFields: string[] }
  | { outcome: 'skipped'; trialId: number | null; reason: string };

/** Writes history rows for one import step. */
export function historyRecorder(tx: Tx, at: string, actor: Actor) {
  return async (
    entityType: EntityType,
    entityId: number,
    action: ChangeAction,
    before: object | null,
    after: object | null,
  ) => {
    await tx.insert(tables.changes).values({
      entityType,
      entityId,
      action,
      before: before as Record<string, unknown> | null,
      after: after as Record<string, unknown> | null,
      actorTokenId: null,
      actorName: actor.name,
      actorRole: actor.role,
      at,
    });
  };
}

/** The fields of `next` whose values differ from `current` (missing in `next` = left alone). */
export function differingFields(current: Record<string, unknown>, next: Record<string, unknown>): string[] {
  return Object.keys(next).filter((key) => !jsonEqual(current[key] ?? null, next[key] ?? null));
}

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

interface DesiredClaim {
  subjectType: SubjectType;
  subjectId: number;
  field: string;
  value: unknown;
  locator: string;
}

const claimKey = (c: { subjectType: string; subjectId: number; field: string; locator: string | null }) =>
  `${c.subjectType}|${c.subjectId}|${c.field}|${c.locator ?? ''}`;

/**
 * Makes the claims citing `sourceId` exactly `desired`: inserts the new ones, updates changed
 * values, deletes the ones the new version of the record no longer supports. Unchanged claims
 * are not touched. Returns how many rows changed.
 */
export async function syncClaims(
  tx: Tx,
  sourceId: number,
  desired: readonly DesiredClaim[],
  at: string,
): Promise<number> {
  const existing = await tx.select().from(tables.claims).where(eq(tables.claims.sourceId, sourceId));
  const byKey = new Map(existing.map((c) => [claimKey(c), c]));
  const seen = new Set<string>();
  let changed = 0;
  const inserts: (typeof tables.claims.$inferInsert)[] = [];
  for (const claim of desired) {
    const key = claimKey(claim);
    if (seen.has(key)) continue;
    seen.add(key);
    const current = byKey.get(key);
    if (!current) {
      inserts.push({ ...claim, sourceId, createdAt: at, updatedAt: at });
      changed++;
    } else if (!jsonEqual(current.value, claim.value)) {
      await tx
        .update(tables.claims)
        .set({ value: claim.value, version: sql`${tables.claims.version} + 1`, updatedAt: at })
        .where(eq(tables.claims.id, current.id));
      changed++;
    }
  }
  // One statement for all new claims (SQLite allows 32766 parameters: 7 per claim).
  for (let i = 0; i < inserts.length; i += 500)
    await tx.insert(tables.claims).values(inserts.slice(i, i + 500));
  for (const [key, current] of byKey) {
    if (!seen.has(key)) {
      await tx.delete(tables.claims).where(eq(tables.claims.id, current.id));
      changed++;
    }
  }
  return changed;
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
 * the fields whose values changed (version + 1, updatedAt, an UPDATE history row with the row
 * before and after). A record older than the version already imported (by its last-update date)
 * is skipped. Therapies are created on first sight and never overwritten (curators own them).
 */
export async function writeStudy(
  tx: Tx,
  study: MappedStudy,
  at: string,
  actor: Actor = CTGOV_ACTOR,
): Promise<WriteOutcome> {
  const record = historyRecorder(tx, at, actor);
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
    const [row] = await tx
      .insert(tables.trials)
      .values({ ...study.trial, createdAt: at, updatedAt: at })
      .returning();
    if (!row) throw new Error('trial insert returned no row');
    await record('TRIAL', row.id, 'CREATE', null, row);
    trialId = row.id;
    outcome = 'created';
    changedFields = Object.keys(study.trial);
  } else {
    trialId = existing.id;
    const next: Record<string, unknown> = { ...study.trial };
    if (source) Object.assign(next, await clearedFields(tx, source.id, existing, study));
    changedFields = differingFields(existing, next);
    if (changedFields.length > 0) {
      const set = Object.fromEntries(changedFields.map((k) => [k, next[k]]));
      const [after] = await tx
        .update(tables.trials)
        .set({ ...set, version: sql`${tables.trials.version} + 1`, updatedAt: at })
        .where(eq(tables.trials.id, trialId))
        .returning();
      await record('TRIAL', trialId, 'UPDATE', existing, after ?? null);
      outcome = 'updated';
    }
  }
  let touched = outcome !== 'unchanged';

  // Source: one per registry record, updated in place.
  let sourceId: number;
  const sourceValues = {
    ...study.source,
    retrievedAt: study.source.retrievedAt ?? source?.retrievedAt ?? at,
  };
  if (!source) {
    const [row] = await tx
      .insert(tables.sources)
      .values({ ...sourceValues, createdAt: at, updatedAt: at })
      .returning();
    if (!row) throw new Error('source insert returned no row');
    await record('SOURCE', row.id, 'CREATE', null, row);
    sourceId = row.id;
  } else {
    sourceId = source.id;
    const fields = differingFields(source, sourceValues);
    if (fields.length > 0) {
      const [after] = await tx
        .update(tables.sources)
        .set({
          ...Object.fromEntries(fields.map((k) => [k, (sourceValues as Record<string, unknown>)[k]])),
          version: sql`${tables.sources.version} + 1`,
          updatedAt: at,
        })
        .where(eq(tables.sources.id, sourceId))
        .returning();
      await record('SOURCE', sourceId, 'UPDATE', source, after ?? null);
      touched = true;
    }
  }

  // Therapies: shared by name; created on first sight.
  const therapyIds = new Map<string, number>();
  for (const therapy of study.therapies) {
    let id = await findTherapyId(tx, therapy.values.name);
    if (id === null) {
      const [row] = await tx
        .insert(tables.therapies)
        .values({ ...therapy.values, createdAt: at, updatedAt: at })
        .returning();
      if (!row) throw new Error('therapy insert returned no row');
      await record('THERAPY', row.id, 'CREATE', null, row);
      id = row.id;
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
      const [row] = await tx
        .insert(tables.trialTherapies)
        .values({ trialId, therapyId, armName: link.armName, role: link.role, createdAt: at, updatedAt: at })
        .returning();
      if (row) await record('TRIAL_THERAPY', row.id, 'CREATE', null, row);
      touched = true;
    } else if (current.role !== link.role) {
      const [after] = await tx
        .update(tables.trialTherapies)
        .set({ role: link.role, version: sql`${tables.trialTherapies.version} + 1`, updatedAt: at })
        .where(eq(tables.trialTherapies.id, current.id))
        .returning();
      await record('TRIAL_THERAPY', current.id, 'UPDATE', current, after ?? null);
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
        await tx.delete(tables.trialTherapies).where(eq(tables.trialTherapies.id, current.id));
        await record('TRIAL_THERAPY', current.id, 'DELETE', current, null);
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
  if ((await syncClaims(tx, sourceId, desired, at)) > 0) touched = true;

  if (outcome === 'unchanged' && touched) outcome = 'updated';
  return { outcome, trialId, changedFields: outcome === 'created' ? [] : changedFields };
}
