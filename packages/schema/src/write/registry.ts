import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  arms,
  interventionArms,
  interventions,
  meshTerms,
  outcomeMeasures,
  registryAdverseEvents,
  trialResults,
  trialSites,
  trials,
} from '../db/tables.js';
import { jsonEqual } from '../domain/changes.js';
import {
  type ArmInput,
  armInput,
  eligibilityColumns,
  type InterventionInput,
  interventionInput,
  type MeshTermInput,
  meshTermInput,
  type OutcomeMeasureInput,
  outcomeMeasureInput,
  type RegistryAdverseEventInput,
  registryAdverseEventInput,
  type SiteInput,
  siteInput,
  type TrialRegistryInput,
  type TrialResultsInput,
  trialRegistryInput,
  trialResultsInput,
} from '../domain/registry-validation.js';
import { type FieldIssue, parseOrThrow, ValidationError } from '../domain/validation.js';
import { loadRow } from './rows.js';
import type { Write } from './transaction.js';

// The registry parts of a trial (evidence model v2): its interventions, arms and which arm gives
// which intervention, sites, MeSH terms, outcome measures, registry adverse events and the results
// row. `syncRegistryParts` makes the stored child rows equal the given parts.
//
// Keys. Each collection is compared row by row under a natural key: interventions by name and
// occurrence (the 2nd "Placebo" of a record is `Placebo#1`), so a curated link survives a reorder;
// arms by label; MeSH terms by (kind, term); sites by position; outcome measures by (source,
// position); adverse events by (seriousness, position); results: one row per trial; intervention
// ↔ arm links by (intervention key, arm label). A row under a key in both is updated in place (its
// id stays, version + 1) when a column differs; a stored key that is no longer given is deleted; a
// new key is inserted.
//
// History. Child rows are not entities of their own in the history (ENTITY_TYPES is unchanged):
// a change to a trial's registry parts is one TRIAL UPDATE row whose `before` and `after` hold the
// changed parts only, as lists of their rows' columns (`{ sites: [...] }`), so the history's
// changed-fields diff names the parts. The trial's version is bumped with it (unless the same
// write already created or updated the trial: one write, one version). When every collection is
// identical nothing is written: no row, no version bump, no history.
//
// Curated links. An intervention whose stored therapy link was made by a curator (matchMethod
// CURATOR) keeps therapyId, matchMethod and matchEvidence whatever the given parts say.

export interface RegistryParts {
  /** `armLabels` name arms of `arms`; links to arms come only from them. */
  interventions: InterventionInput[];
  arms: ArmInput[];
  sites: SiteInput[];
  meshTerms: MeshTermInput[];
  outcomeMeasures: OutcomeMeasureInput[];
  adverseEvents: RegistryAdverseEventInput[];
  /** The results row; null when the record has no results section (a stored row is deleted). */
  results: TrialResultsInput | null;
}

export const REGISTRY_PART_NAMES = [
  'interventions',
  'arms',
  'interventionArms',
  'sites',
  'meshTerms',
  'outcomeMeasures',
  'adverseEvents',
  'results',
] as const;
export type RegistryPartName = (typeof REGISTRY_PART_NAMES)[number];

export interface RegistrySyncResult {
  /** The parts whose stored rows changed (empty when nothing was written). */
  changedParts: RegistryPartName[];
  /** Per part: rows inserted, updated and deleted. */
  counts: Partial<Record<RegistryPartName, { inserted: number; updated: number; deleted: number }>>;
}

type Plain = Record<string, unknown>;

/** A plain copy without `undefined` members (zod leaves absent optional keys out or undefined). */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value ?? null)) as T;
}

/** Only the given columns of a row, each missing one as null. */
function columns(row: Plain, names: readonly string[]): Plain {
  return Object.fromEntries(names.map((n) => [n, plain(row[n] ?? null)]));
}

const INTERVENTION_COLUMNS = [
  'name',
  'type',
  'description',
  'otherNames',
  'position',
  'therapyId',
  'matchMethod',
  'matchEvidence',
  'inferred',
] as const;
const ARM_COLUMNS = ['label', 'type', 'description', 'position'] as const;
const SITE_COLUMNS = [
  'facility',
  'city',
  'state',
  'zip',
  'country',
  'status',
  'latitude',
  'longitude',
  'position',
] as const;
const MESH_COLUMNS = ['kind', 'meshId', 'term', 'isAncestor'] as const;
const OUTCOME_COLUMNS = [
  'source',
  'type',
  'title',
  'description',
  'timeFrame',
  'populationDescription',
  'paramType',
  'dispersionType',
  'unitOfMeasure',
  'reportingStatus',
  'groups',
  'denoms',
  'classes',
  'analyses',
  'position',
] as const;
const AE_COLUMNS = [
  'seriousness',
  'term',
  'organSystem',
  'sourceVocabulary',
  'assessmentType',
  'notes',
  'stats',
  'position',
] as const;
const RESULTS_COLUMNS = [
  'sourceId',
  'adverseEventGroups',
  'adverseEventTimeFrame',
  'adverseEventDescription',
  'adverseEventFrequencyThreshold',
  'participantFlow',
  'baseline',
  'orrResponders',
  'orrAnalysed',
  'orrMeasureTitle',
  'orrLocator',
] as const;

/** Natural keys of interventions: the name and its occurrence among same-named ones. */
/** How interventions are matched across re-imports: name plus occurrence (a record may repeat a name). */
export function interventionKeys(rows: readonly { name: string }[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const k = seen.get(r.name) ?? 0;
    seen.set(r.name, k + 1);
    return `${r.name}#${k}`;
  });
}

interface Parsed {
  interventions: { key: string; values: Plain; armLabels: string[] }[];
  arms: Plain[];
  sites: Plain[];
  meshTerms: Plain[];
  outcomeMeasures: Plain[];
  adverseEvents: Plain[];
  results: Plain | null;
}

/** Validates the parts; every problem is reported at once, each with its path. */
export function parseRegistryParts(parts: RegistryParts, path: readonly (string | number)[] = ['parts']) {
  const issues: FieldIssue[] = [];
  const each = <S extends Parameters<typeof parseOrThrow>[0]>(
    schema: S,
    values: readonly unknown[],
    name: string,
  ) =>
    values.flatMap((value, i) => {
      try {
        return [parseOrThrow(schema, value, [...path, name, i]) as Plain];
      } catch (error) {
        if (error instanceof ValidationError) issues.push(...error.issues);
        else throw error;
        return [];
      }
    });
  const armRows = each(armInput, parts.arms, 'arms');
  const labels = new Set<string>();
  armRows.forEach((a, i) => {
    const label = a.label as string;
    if (labels.has(label))
      issues.push({
        path: [...path, 'arms', i, 'label'].join('.'),
        rule: 'unique',
        message: 'arm labels must not repeat',
      });
    labels.add(label);
  });
  const interventionRows = each(interventionInput, parts.interventions, 'interventions');
  interventionRows.forEach((row, i) => {
    for (const label of row.armLabels as string[]) {
      if (!labels.has(label))
        issues.push({
          path: [...path, 'interventions', i, 'armLabels'].join('.'),
          rule: 'unknown_arm',
          message: `arm "${label}" is not one of the trial's arms`,
        });
    }
  });
  const meshRows = each(meshTermInput, parts.meshTerms, 'meshTerms');
  const meshKeys = new Set<string>();
  meshRows.forEach((m, i) => {
    const key = `${m.kind}\u0000${m.term}`;
    if (meshKeys.has(key))
      issues.push({
        path: [...path, 'meshTerms', i, 'term'].join('.'),
        rule: 'unique',
        message: 'a MeSH term appears once per kind',
      });
    meshKeys.add(key);
  });
  const uniquePositions = (rows: Plain[], name: string, group: (r: Plain) => string) => {
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      const key = `${group(r)}\u0000${r.position}`;
      if (seen.has(key))
        issues.push({
          path: [...path, name, i, 'position'].join('.'),
          rule: 'unique',
          message: 'positions must not repeat',
        });
      seen.add(key);
    });
  };
  const siteRows = each(siteInput, parts.sites, 'sites');
  uniquePositions(siteRows, 'sites', () => '');
  const outcomeRows = each(outcomeMeasureInput, parts.outcomeMeasures, 'outcomeMeasures');
  uniquePositions(outcomeRows, 'outcomeMeasures', (r) => String(r.source));
  const aeRows = each(registryAdverseEventInput, parts.adverseEvents, 'adverseEvents');
  uniquePositions(aeRows, 'adverseEvents', (r) => String(r.seriousness));
  const results = parts.results ? (each(trialResultsInput, [parts.results], 'results')[0] ?? null) : null;
  if (issues.length > 0) throw new ValidationError(issues);

  const keys = interventionKeys(interventionRows as { name: string }[]);
  const parsed: Parsed = {
    interventions: interventionRows.map((row, i) => ({
      key: keys[i] as string,
      values: columns(row, INTERVENTION_COLUMNS),
      armLabels: row.armLabels as string[],
    })),
    arms: armRows.map((r) => columns(r, ARM_COLUMNS)),
    sites: siteRows.map((r) => columns(r, SITE_COLUMNS)),
    meshTerms: meshRows.map((r) => columns(r, MESH_COLUMNS)),
    outcomeMeasures: outcomeRows.map((r) => columns(r, OUTCOME_COLUMNS)),
    adverseEvents: aeRows.map((r) => columns(r, AE_COLUMNS)),
    results: results
      ? (() => {
          const { registryOutcome, ...rest } = results as Plain & {
            registryOutcome?: {
              responders: number;
              analysed: number;
              measureTitle: string;
              locator?: string | null;
            };
          };
          return columns(
            {
              ...rest,
              orrResponders: registryOutcome?.responders ?? null,
              orrAnalysed: registryOutcome?.analysed ?? null,
              orrMeasureTitle: registryOutcome?.measureTitle ?? null,
              orrLocator: registryOutcome?.locator ?? null,
            },
            RESULTS_COLUMNS,
          );
        })()
      : null,
  };
  return parsed;
}

// biome-ignore lint/suspicious/noExplicitAny: one code path for the child tables (same id/version/trialId columns)
type ChildTable = any;

interface Diff {
  inserted: number;
  updated: number;
  deleted: number;
  before: Plain[];
  after: Plain[];
}

/**
 * Makes the stored rows of one collection equal `desired` (keyed), in place where a key is kept.
 * Returns the stored rows by key as they are afterwards, and what changed.
 */
async function syncCollection(
  w: Write,
  table: ChildTable,
  trialId: number,
  names: readonly string[],
  stored: Plain[],
  storedKey: (row: Plain) => string,
  desired: { key: string; values: Plain }[],
): Promise<{ rowsByKey: Map<string, Plain>; diff: Diff | null }> {
  const storedByKey = new Map(stored.map((row) => [storedKey(row), row]));
  const desiredKeys = new Set(desired.map((d) => d.key));
  const toDelete = stored.filter((row) => !desiredKeys.has(storedKey(row)));
  const toInsert: { key: string; values: Plain }[] = [];
  const toUpdate: { row: Plain; values: Plain }[] = [];
  for (const d of desired) {
    const row = storedByKey.get(d.key);
    if (!row) toInsert.push(d);
    else if (!jsonEqual(columns(row, names), d.values)) toUpdate.push({ row, values: d.values });
  }
  const rowsByKey = new Map(storedByKey);
  if (toDelete.length + toInsert.length + toUpdate.length === 0) return { rowsByKey, diff: null };

  if (toDelete.length > 0) {
    await w.tx.delete(table).where(
      inArray(
        table.id,
        toDelete.map((r) => r.id as number),
      ),
    );
    for (const row of toDelete) rowsByKey.delete(storedKey(row));
  }
  for (const { row, values } of toUpdate) {
    const updated = (await w.tx
      .update(table)
      .set({ ...values, version: sql`${table.version} + 1`, updatedAt: w.at })
      .where(eq(table.id, row.id as number))
      .returning()) as Plain[];
    rowsByKey.set(storedKey(row), updated[0] as Plain);
  }
  // 20-odd columns a row: stay well under SQLite's parameter limit.
  for (let i = 0; i < toInsert.length; i += 200) {
    const chunk = toInsert.slice(i, i + 200);
    const inserted = (await w.tx
      .insert(table)
      .values(chunk.map((d) => ({ ...d.values, trialId, createdAt: w.at, updatedAt: w.at })))
      .returning()) as Plain[];
    inserted.forEach((row, k) => {
      rowsByKey.set((chunk[k] as { key: string }).key, row);
    });
  }
  const touched = new Set([...toDelete, ...toUpdate.map((u) => u.row)].map(storedKey));
  for (const d of toInsert) touched.add(d.key);
  return {
    rowsByKey,
    diff: {
      inserted: toInsert.length,
      updated: toUpdate.length,
      deleted: toDelete.length,
      before: stored
        .filter((r) => touched.has(storedKey(r)))
        .map((r) => ({ id: r.id, ...columns(r, names) })),
      after: [...touched]
        .filter((k) => desiredKeys.has(k))
        .map((k) => rowsByKey.get(k) as Plain)
        .map((r) => ({ id: r.id, ...columns(r, names) })),
    },
  };
}

const byPosition = (a: Plain, b: Plain) =>
  (a.position as number) - (b.position as number) || (a.id as number) - (b.id as number);

/**
 * Makes the trial's registry child rows equal `parts` (see the file comment for keys, history and
 * curated links). Validates first: a ValidationError names every bad value. Writes nothing when the
 * stored rows already equal the parts.
 */
export async function syncRegistryParts(
  w: Write,
  trialId: number,
  parts: RegistryParts,
  path: readonly (string | number)[] = ['parts'],
): Promise<RegistrySyncResult> {
  const parsed = parseRegistryParts(parts, path);
  await loadRow(w, trials, 'Trial', trialId, 'input.trialId');
  const { tx } = w;
  const diffs: Partial<Record<RegistryPartName, Diff>> = {};

  // Arms first: links refer to them.
  const storedArms = (await tx.select().from(arms).where(eq(arms.trialId, trialId))) as Plain[];
  const armSync = await syncCollection(
    w,
    arms,
    trialId,
    ARM_COLUMNS,
    storedArms.sort(byPosition),
    (r) => String(r.label),
    parsed.arms.map((values) => ({ key: String(values.label), values })),
  );
  if (armSync.diff) diffs.arms = armSync.diff;

  const storedInterventions = (
    (await tx.select().from(interventions).where(eq(interventions.trialId, trialId))) as Plain[]
  ).sort(byPosition);
  const storedKeys = interventionKeys(storedInterventions as { name: string }[]);
  const keyOfStored = new Map(storedInterventions.map((r, i) => [r.id as number, storedKeys[i] as string]));
  const storedByKey = new Map(storedInterventions.map((r, i) => [storedKeys[i] as string, r]));
  const desiredInterventions = parsed.interventions.map((d) => {
    const current = storedByKey.get(d.key);
    if (current?.matchMethod === 'CURATOR') {
      return {
        key: d.key,
        values: {
          ...d.values,
          therapyId: current.therapyId ?? null,
          matchMethod: current.matchMethod,
          matchEvidence: current.matchEvidence ?? null,
        },
      };
    }
    return { key: d.key, values: d.values };
  });
  const interventionSync = await syncCollection(
    w,
    interventions,
    trialId,
    INTERVENTION_COLUMNS,
    storedInterventions,
    (r) => keyOfStored.get(r.id as number) ?? '',
    desiredInterventions,
  );
  if (interventionSync.diff) diffs.interventions = interventionSync.diff;

  // Links: by (intervention key, arm label), on the rows as they now are.
  const interventionIds = [...interventionSync.rowsByKey.values()].map((r) => r.id as number);
  const keyOfId = new Map([...interventionSync.rowsByKey].map(([k, r]) => [r.id as number, k]));
  const labelOfArm = new Map([...armSync.rowsByKey].map(([label, r]) => [r.id as number, label]));
  const storedLinks =
    interventionIds.length === 0
      ? []
      : await tx
          .select()
          .from(interventionArms)
          .where(inArray(interventionArms.interventionId, interventionIds));
  const linkKey = (k: string, label: string) => `${k}\u0000${label}`;
  const storedLinkKeys = new Map(
    storedLinks.map((l) => [linkKey(keyOfId.get(l.interventionId) ?? '', labelOfArm.get(l.armId) ?? ''), l]),
  );
  const desiredLinks = new Set(
    parsed.interventions.flatMap((d) => d.armLabels.map((a) => linkKey(d.key, a))),
  );
  const dropLinks = storedLinks.filter(
    (l) => !desiredLinks.has(linkKey(keyOfId.get(l.interventionId) ?? '', labelOfArm.get(l.armId) ?? '')),
  );
  const addLinks = [...desiredLinks].filter((k) => !storedLinkKeys.has(k));
  if (dropLinks.length + addLinks.length > 0) {
    for (const l of dropLinks) {
      await tx
        .delete(interventionArms)
        .where(
          and(eq(interventionArms.interventionId, l.interventionId), eq(interventionArms.armId, l.armId)),
        );
    }
    const rows = addLinks.map((k) => {
      const [ik, label] = k.split('\u0000') as [string, string];
      return {
        interventionId: interventionSync.rowsByKey.get(ik)?.id as number,
        armId: armSync.rowsByKey.get(label)?.id as number,
      };
    });
    for (let i = 0; i < rows.length; i += 500)
      await tx.insert(interventionArms).values(rows.slice(i, i + 500));
    const show = (l: { interventionId: number; armId: number }) => ({
      intervention: keyOfId.get(l.interventionId) ?? null,
      arm: labelOfArm.get(l.armId) ?? null,
    });
    diffs.interventionArms = {
      inserted: rows.length,
      updated: 0,
      deleted: dropLinks.length,
      before: dropLinks.map(show),
      after: rows.map(show),
    };
  }

  const simple = async (
    name: RegistryPartName,
    table: ChildTable,
    names: readonly string[],
    desired: Plain[],
    key: (r: Plain) => string,
  ) => {
    const stored = ((await tx.select().from(table).where(eq(table.trialId, trialId))) as Plain[]).sort(
      byPosition,
    );
    const { diff } = await syncCollection(
      w,
      table,
      trialId,
      names,
      stored,
      key,
      desired.map((values) => ({ key: key(values), values })),
    );
    if (diff) diffs[name] = diff;
  };
  await simple('sites', trialSites, SITE_COLUMNS, parsed.sites, (r) => String(r.position));
  await simple('meshTerms', meshTerms, MESH_COLUMNS, parsed.meshTerms, (r) => `${r.kind}\u0000${r.term}`);
  await simple(
    'outcomeMeasures',
    outcomeMeasures,
    OUTCOME_COLUMNS,
    parsed.outcomeMeasures,
    (r) => `${r.source}\u0000${r.position}`,
  );
  await simple(
    'adverseEvents',
    registryAdverseEvents,
    AE_COLUMNS,
    parsed.adverseEvents,
    (r) => `${r.seriousness}\u0000${r.position}`,
  );
  await simple(
    'results',
    trialResults,
    RESULTS_COLUMNS,
    parsed.results ? [parsed.results] : [],
    () => 'results',
  );

  const changedParts = REGISTRY_PART_NAMES.filter((p) => diffs[p]);
  if (changedParts.length === 0) return { changedParts, counts: {} };
  // One write, one version: a trial created or updated earlier in this same write keeps that
  // version; otherwise the parts' change bumps it.
  const before = await loadRow(w, trials, 'Trial', trialId, 'input.trialId');
  const bump = before.updatedAt !== w.at;
  if (bump) {
    await tx
      .update(trials)
      .set({ version: sql`${trials.version} + 1`, updatedAt: w.at })
      .where(eq(trials.id, trialId));
  }
  const version = { before: before.version, after: before.version + (bump ? 1 : 0) };
  await w.record(
    'TRIAL',
    trialId,
    'UPDATE',
    { version: version.before, ...Object.fromEntries(changedParts.map((p) => [p, diffs[p]?.before])) },
    { version: version.after, ...Object.fromEntries(changedParts.map((p) => [p, diffs[p]?.after])) },
  );
  return {
    changedParts,
    counts: Object.fromEntries(
      changedParts.map((p) => {
        const d = diffs[p] as Diff;
        return [p, { inserted: d.inserted, updated: d.updated, deleted: d.deleted }];
      }),
    ),
  };
}

/**
 * The trial's registry columns, validated (trialRegistryInput), with the filterable eligibility
 * copies (eligibilitySex, healthyVolunteers, age limits in years) derived from `eligibility`.
 */
export function parseTrialRegistryColumns(
  values: TrialRegistryInput,
  path: readonly (string | number)[] = ['input'],
) {
  const parsed = parseOrThrow(trialRegistryInput, values, path);
  return plain({ ...parsed, ...eligibilityColumns(parsed.eligibility) });
}
