// Writes one mapped study through the write layer: upsert by NCT id, registry parts synced
// (syncRegistryParts), history rows for what changed, claims citing the record's source. Runs in
// the caller's Write (a savepoint per record of a batch), so a record is written whole or not at
// all.
//
// Versions. The newest version of a record wins whatever the order of the files: a record whose
// last-update date is older than the stored trial's is skipped ('skipped-older'). Two copies with
// the SAME date (the same version exported in two formats) are decided by format preference,
// v2 JSON > v1 JSON > XML: the format of the imported copy is kept as the trial's
// `registryFormat` claim (citing the registry source), and a same-date copy in a less preferred
// format is skipped ('skipped-same-version'), so the stored values never flip-flop.
//
// Therapies. Interventions are per trial (the interventions table). A trial is linked to a
// therapy (trial_therapies, Trial.therapies) only when an intervention names a curated construct
// by alias or product code (constructs.ts); the construct's therapy row is created on first match
// and never overwritten. The links this import made are kept in the `constructLinks` claim, so a
// link a newer version no longer explains is removed; links curators made are left alone.

import { jsonEqual, tables } from '@genetrials/schema';
import {
  type DesiredClaim,
  deleteRow,
  differingFields,
  insertRow,
  interventionKeys,
  parseTrialRegistryColumns,
  syncClaims,
  syncRegistryParts,
  type Tx,
  updateChanged,
  type Write,
} from '@genetrials/schema/write';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { CELL_TRANSFER_MODALITIES, therapyRole } from './classify.js';
import { linkPairsOfClaim, type MappedStudy, therapyKey } from './ctgov-map.js';
import { type MappedIntervention, matchEvidenceText, toRegistryParts } from './ctgov-map-parts.js';
import type { RecordFormat } from './ctgov-record.js';

export type { Tx };
export { differingFields };

export type WriteOutcome =
  | { outcome: 'created' | 'updated' | 'unchanged'; trialId: number; changedFields: string[] }
  | {
      outcome: 'skipped' | 'skipped-older' | 'skipped-same-version';
      trialId: number | null;
      reason: string;
    };

/** Copies of the same version: the more preferred format wins (lower rank). */
export const FORMAT_PREFERENCE: readonly RecordFormat[] = ['ctgov-v2-json', 'ctgov-v1-json', 'ctgov-xml'];
const rank = (f: unknown) => {
  const i = FORMAT_PREFERENCE.indexOf(f as RecordFormat);
  return i < 0 ? FORMAT_PREFERENCE.length : i;
};

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
 * before and after). Versions and therapies: see the file comment. Writes nothing at all when
 * the stored trial already equals the record.
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
  const previousClaims =
    source && existing
      ? await tx
          .select({ field: tables.claims.field, value: tables.claims.value })
          .from(tables.claims)
          .where(
            and(
              eq(tables.claims.sourceId, source.id),
              eq(tables.claims.subjectType, 'TRIAL'),
              eq(tables.claims.subjectId, existing.id),
              inArray(tables.claims.field, ['registryFormat', 'constructLinks', 'interventions']),
            ),
          )
      : [];
  const previous = (field: string) => previousClaims.find((c) => c.field === field)?.value;

  const incoming = study.source.publishedOn;
  const stored = existing?.lastUpdatePosted ?? source?.publishedOn ?? null;
  if (existing && stored && incoming && incoming < stored) {
    return {
      outcome: 'skipped-older',
      trialId: existing.id,
      reason: `this version (last updated ${incoming}) is older than the one already imported (${stored})`,
    };
  }
  const storedFormat = previous('registryFormat');
  if (existing && stored && incoming === stored && storedFormat && rank(study.format) > rank(storedFormat)) {
    return {
      outcome: 'skipped-same-version',
      trialId: existing.id,
      reason: `the same version (last updated ${incoming}) is already imported from a preferred format (${String(storedFormat)} over ${study.format})`,
    };
  }

  // Trial: the record's columns and its registry columns.
  const registry = parseTrialRegistryColumns(study.parts.trial as never) as Record<string, unknown>;
  let trialId: number;
  let outcome: 'created' | 'updated' | 'unchanged' = 'unchanged';
  let changedFields: string[] = [];
  if (!existing) {
    const row = await insertRow(w, tables.trials, 'TRIAL', { ...study.trial, ...registry } as never);
    trialId = row.id;
    outcome = 'created';
    changedFields = Object.keys(study.trial);
  } else {
    trialId = existing.id;
    const next: Record<string, unknown> = { ...study.trial, ...registry };
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
    if (updated.changedFields.length > 0) {
      touched = true;
      changedFields.push(...updated.changedFields.map((f) => `source.${f}`));
    }
  }

  // Interventions a curator has decided (linked by hand, or unlinked): the import does not match
  // them again, so their construct matches are ignored here and their links left to the curator.
  const curated = new Set<string>();
  if (existing) {
    const stored = await tx
      .select({
        name: tables.interventions.name,
        position: tables.interventions.position,
        method: tables.interventions.matchMethod,
      })
      .from(tables.interventions)
      .where(eq(tables.interventions.trialId, existing.id))
      .orderBy(asc(tables.interventions.position), asc(tables.interventions.id));
    const keys = interventionKeys(stored);
    stored.forEach((row, index) => {
      if (row.method === 'CURATOR') curated.add(keys[index] as string);
    });
  }
  // Keyed by position (the mapped interventions are in record order, positions 0..n-1), since the
  // mapper hands copies of the interventions to `therapyOf`.
  const parsedKeys = interventionKeys(study.parts.interventions);
  const curatedPositions = new Set(
    study.parts.interventions
      .filter((_, index) => curated.has(parsedKeys[index] as string))
      .map((i) => i.position),
  );
  const importMatch = (i: MappedIntervention) =>
    curatedPositions.has(i.position) ? null : (i.construct ?? null);

  // Curated constructs the interventions name: their therapy rows, created on first match.
  const constructTherapy = new Map<string, number>();
  for (const i of study.parts.interventions) {
    const c = importMatch(i)?.construct;
    if (!c || constructTherapy.has(c.id)) continue;
    const [found] = await tx
      .select({ id: tables.therapies.id })
      .from(tables.therapies)
      .where(eq(tables.therapies.name, c.name))
      .limit(1);
    let id = found?.id;
    if (id === undefined) {
      id = (
        await insertRow(w, tables.therapies, 'THERAPY', {
          name: c.name,
          modality: c.modality,
          vector: c.vector,
          transgene: c.transgene,
          targetAntigen: c.targetAntigen,
          cellSource: c.cellSource,
          costimulatoryDomain: c.costimulatoryDomain,
          manufacturer: c.manufacturer,
          productCodes: [...c.productCodes],
          aliases: [...c.aliases],
        })
      ).id;
      touched = true;
      changedFields.push(`therapy ${c.name}`);
    }
    constructTherapy.set(c.id, id);
  }
  const therapyOf = (i: MappedIntervention) => {
    const match = importMatch(i);
    return match
      ? {
          therapyId: constructTherapy.get(match.construct.id) as number,
          matchMethod: match.method,
          matchEvidence: matchEvidenceText(match),
        }
      : null;
  };

  // Registry parts.
  const synced = await syncRegistryParts(w, trialId, toRegistryParts(study.parts, therapyOf, sourceId));
  if (synced.changedParts.length > 0) {
    touched = true;
    changedFields.push(...synced.changedParts);
  }

  // Trial.therapies links for the construct matches: one per matched intervention × arm.
  const armType = new Map(study.parts.arms.map((a) => [a.label, a.type ?? null]));
  const cellArms = new Set(
    study.parts.interventions
      .filter((i) => {
        const m = i.inferred?.modality?.value ?? i.construct?.construct.modality;
        return m ? CELL_TRANSFER_MODALITIES.includes(m) : false;
      })
      .flatMap((i) => (i.armLabels?.length ? i.armLabels : [''])),
  );
  const desiredLinks = new Map<
    string,
    { therapyId: number; armName: string | null; role: ReturnType<typeof therapyRole> }
  >();
  for (const i of study.parts.interventions) {
    const match = importMatch(i);
    if (!match) continue;
    const therapyId = constructTherapy.get(match.construct.id) as number;
    for (const arm of i.armLabels?.length ? i.armLabels : [null]) {
      const role = therapyRole({
        armType: (arm ? (armType.get(arm) ?? null) : null) as Parameters<typeof therapyRole>[0]['armType'],
        modality: match.construct.modality,
        interventionName: i.name,
        armHasCellProduct: cellArms.has(arm ?? ''),
      });
      desiredLinks.set(`${therapyId}|${arm ?? ''}`, { therapyId, armName: arm, role });
    }
  }
  const links = await tx
    .select()
    .from(tables.trialTherapies)
    .where(eq(tables.trialTherapies.trialId, trialId));
  const linkKey = (therapyId: number, armName: string | null) => `${therapyId}|${armName ?? ''}`;
  const existingLinks = new Map(links.map((l) => [linkKey(l.therapyId, l.armName), l]));
  for (const [key, link] of desiredLinks) {
    const current = existingLinks.get(key);
    if (!current) {
      await insertRow(w, tables.trialTherapies, 'TRIAL_THERAPY', { trialId, ...link });
      touched = true;
      changedFields.push('therapies');
    } else if (current.role !== link.role) {
      await updateChanged(w, tables.trialTherapies, 'TRIAL_THERAPY', 'TrialTherapyLink', current, {
        role: link.role,
      });
      touched = true;
      changedFields.push('therapies');
    }
  }
  // Links this import made before and no longer explains: the previous `constructLinks` claim,
  // and the name-keyed links of imports before interventions were per trial (`interventions`).
  const madeBefore: { therapyId: number; armName: string | null }[] = [];
  const previousConstructLinks = previous('constructLinks');
  if (Array.isArray(previousConstructLinks)) {
    for (const l of previousConstructLinks as { therapyId?: unknown; armName?: unknown }[]) {
      if (typeof l?.therapyId === 'number')
        madeBefore.push({
          therapyId: l.therapyId,
          armName: typeof l.armName === 'string' ? l.armName : null,
        });
    }
  }
  for (const pair of linkPairsOfClaim(previous('interventions'))) {
    const therapyId = await findTherapyId(tx, pair.therapyKey);
    if (therapyId != null) madeBefore.push({ therapyId, armName: pair.armName });
  }
  for (const old of madeBefore) {
    const key = linkKey(old.therapyId, old.armName);
    const current = existingLinks.get(key);
    if (current && !desiredLinks.has(key)) {
      await deleteRow(w, tables.trialTherapies, 'TRIAL_THERAPY', 'TrialTherapyLink', current);
      existingLinks.delete(key);
      touched = true;
      changedFields.push('therapies');
    }
  }

  // Claims citing the record.
  const desired: DesiredClaim[] = [
    ...study.trialClaims.map((c) => ({ subjectType: 'TRIAL' as const, subjectId: trialId, ...c })),
    {
      subjectType: 'TRIAL',
      subjectId: trialId,
      field: 'registryFormat',
      value: study.format,
      locator: 'file format',
    },
  ];
  if (desiredLinks.size > 0) {
    desired.push({
      subjectType: 'TRIAL',
      subjectId: trialId,
      field: 'constructLinks',
      value: [...desiredLinks.values()].map(({ therapyId, armName }) => ({ therapyId, armName })),
      locator: 'protocolSection.armsInterventionsModule.interventions',
    });
  }
  if ((await syncClaims(w, sourceId, desired)) > 0) {
    touched = true;
    changedFields.push('claims');
  }

  if (outcome === 'unchanged' && touched) outcome = 'updated';
  return { outcome, trialId, changedFields: outcome === 'created' ? [] : [...new Set(changedFields)] };
}
