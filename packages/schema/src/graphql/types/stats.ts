import { count, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { patients, therapies, trialResults, trials, trialTherapies } from '../../db/tables.js';
import {
  MODALITIES,
  type Modality,
  PHASES,
  type Phase,
  type TherapyRole,
  TRIAL_STATUSES,
  type TrialStatus,
  VECTORS,
  type Vector,
} from '../../domain/enums.js';
import {
  MODALITY_LABELS,
  PHASE_LABELS,
  TRIAL_STATUS_LABELS,
  UNKNOWN_LABEL,
  VECTOR_LABELS,
} from '../../domain/labels.js';
import type { Viewer } from '../../domain/roles.js';
import {
  type Bucket,
  bucketsInOrder,
  byCountDescending,
  byKeyAscending,
  emptyCounts,
  type Outcome,
  type Rate,
  type ResponseCounts,
  sortedBuckets,
  sortPooled,
  summarizeOutcome,
  wilsonInterval,
} from '../../domain/statistics.js';
import { builder } from '../builder.js';
import { TrialFilter, trialFilterSql } from '../filters/trial-filter.js';
import { ModalityEnum, PhaseEnum, TherapyRoleEnum, TrialStatusEnum, VectorEnum } from './enums.js';
import { isSmallCell, OutcomeRef, RateRef, SMALL_CELL_RULE } from './outcome.js';
import { Therapy } from './therapy.js';
import { Trial } from './trial.js';

// `stats` resolves to the filter's SQL condition only; every field below runs its own single
// aggregate statement when (and only when) the client selects it.

interface StatsScope {
  /** Condition over `trials`; undefined for all trials. */
  where: SQL | undefined;
}

/** The ids of the trials in scope, as a subquery. */
function scopedTrialIds(db: Db, scope: StatsScope) {
  return db.select({ id: trials.id }).from(trials).where(scope.where);
}

/** Patients of the trials in scope (no condition when nothing is filtered). */
function patientsInScope(db: Db, scope: StatsScope) {
  return scope.where ? inArray(patients.trialId, scopedTrialIds(db, scope)) : undefined;
}

async function trialsByColumn<K>(
  db: Db,
  scope: StatsScope,
  column: typeof trials.phase | typeof trials.status | typeof trials.country | typeof trials.startYear,
) {
  const rows = await db
    .select({ key: column, count: count() })
    .from(trials)
    .where(scope.where)
    .groupBy(column);
  return {
    rows: rows as { key: K | null; count: number }[],
    total: rows.reduce((sum, r) => sum + r.count, 0),
  };
}

/**
 * Distinct trials in scope per modality or vector of the therapies they give in `role` (any role
 * when null). Trials with no therapy of a known value fall in the null bucket; a trial giving
 * several such therapies counts once under each value.
 */
async function trialsByTherapyColumn<K>(
  db: Db,
  scope: StatsScope,
  column: typeof therapies.modality | typeof therapies.vector,
  role: TherapyRole | null,
) {
  // One statement, linear in the data: the known values come from a DISTINCT over the link rows of
  // the trials in scope, and the unknown bucket from an indexed NOT EXISTS per trial. (A LEFT JOIN
  // of trials to the DISTINCT subquery made SQLite rescan it for every trial.)
  // Unfiltered, the link rows need no check against the trials (every link names an existing trial).
  const roleCondition = role ? sql`and ${trialTherapies.role} = ${role}` : sql``;
  const scopeCondition = scope.where ? sql`where ${scope.where}` : sql``;
  const linkInScope = scope.where ? sql`and ${trialTherapies.trialId} in (select id from scoped)` : sql``;
  const result = await db.all<{ key: K | null; count: number; total: number }>(sql`
    with scoped as (select ${trials.id} as id from ${trials} ${scopeCondition}),
    known as (
      select distinct ${trialTherapies.trialId} as trial_id, ${column} as value
      from ${trialTherapies} join ${therapies} on ${therapies.id} = ${trialTherapies.therapyId}
      where ${column} is not null ${roleCondition} ${linkInScope}
    )
    select value as key, count(*) as count, (select count(*) from scoped) as total from known group by value
    union all
    select null, count(*), (select count(*) from scoped) from scoped
    where not exists (
      select 1 from ${trialTherapies} join ${therapies} on ${therapies.id} = ${trialTherapies.therapyId}
      where ${trialTherapies.trialId} = scoped.id and ${column} is not null ${roleCondition}
    )`);
  const total = Number(result[0]?.total ?? 0);
  const rows = result
    .map((r) => ({ key: r.key, count: Number(r.count) }))
    .filter((r) => r.key !== null || r.count > 0);
  return { rows, total };
}

const RESPONSE_KEYS = new Set<string>(Object.keys(emptyCounts()));

/**
 * Response counts pooled per group (a therapy, a modality) over the trials in scope that give it in
 * the EXPERIMENTAL role, each trial once, with the trials pooled. One statement, two passes: the
 * patients are counted once per (trial, best response) over the covering index
 * patients_trial_response_idx, and those few rows per trial are then summed per group. (Joining
 * the distinct (group, trial) pairs to every patient row and grouping that made SQLite sort about
 * one row per patient and group.)
 */
async function experimentalTrialCounts<G>(
  db: Db,
  scope: StatsScope,
  group: typeof therapies.id | typeof therapies.modality,
  name: typeof therapies.name | typeof therapies.modality,
) {
  const inScope = scope.where
    ? sql`and ${trialTherapies.trialId} in (select ${trials.id} from ${trials} where ${scope.where})`
    : sql``;
  // Unfiltered, every patient is counted (one pass over the index); filtered, only the patients of
  // the included trials (a search of the index per trial).
  const patientsInScope = scope.where
    ? sql`where ${patients.trialId} in (select trial_id from included)`
    : sql``;
  const rows = await db.all<{
    grp: G;
    name: string | null;
    trial_ids: string | null;
    response: string | null;
    n: number;
  }>(sql`
    with included as (
      select distinct ${group} as grp, ${name} as name, ${trialTherapies.trialId} as trial_id
      from ${trialTherapies} join ${therapies} on ${therapies.id} = ${trialTherapies.therapyId}
      where ${trialTherapies.role} = 'EXPERIMENTAL' ${inScope}
    ),
    per_trial as (
      select ${patients.trialId} as trial_id, ${patients.bestResponse} as response, count(*) as n
      from ${patients} ${patientsInScope}
      group by ${patients.trialId}, ${patients.bestResponse}
    )
    select grp, min(name) as name, json_group_array(trial_id) as trial_ids, null as response, 0 as n
    from included group by grp
    union all
    select i.grp, null, null, p.response, sum(p.n)
    from included i join per_trial p on p.trial_id = i.trial_id
    group by i.grp, p.response`);
  const pooled = new Map<G, { group: G; name: string; trialIds: number[]; counts: ResponseCounts }>();
  const entry = (g: G) => {
    let e = pooled.get(g);
    if (!e) {
      e = { group: g, name: '', trialIds: [], counts: emptyCounts() };
      pooled.set(g, e);
    }
    return e;
  };
  for (const r of rows) {
    const e = entry(r.grp);
    if (r.trial_ids !== null) {
      e.name = r.name ?? '';
      e.trialIds = (JSON.parse(r.trial_ids) as number[]).sort((a, b) => a - b);
    } else {
      const key = r.response ?? 'unknown';
      if (RESPONSE_KEYS.has(key)) e.counts[key as keyof ResponseCounts] += Number(r.n);
    }
  }
  return [...pooled.values()].map((p) => ({ ...p, outcome: summarizeOutcome(p.counts) }));
}

/** A registry-reported objective response pooled over trials: summed counts, each trial once. */
interface PooledRegistry<G> {
  group: G;
  trialIds: number[];
  responders: number;
  analysed: number;
}

/**
 * Registry-reported response counts (trial_results.orr_*) of the trials in scope, summed per group:
 * every trial (group null) or each therapy the trial gives in the EXPERIMENTAL role. One statement.
 */
async function registryPooled(
  db: Db,
  scope: StatsScope,
  byTherapy: boolean,
): Promise<PooledRegistry<number | null>[]> {
  const scopeCondition = scope.where ? sql`where ${scope.where}` : sql``;
  const groupKey = byTherapy ? sql`tt.therapy_id` : sql`null`;
  const join = byTherapy
    ? sql`join (select distinct ${trialTherapies.trialId} as trial_id, ${trialTherapies.therapyId} as therapy_id
        from ${trialTherapies} where ${trialTherapies.role} = 'EXPERIMENTAL') tt on tt.trial_id = r.trial_id`
    : sql``;
  const rows = await db.all<{
    grp: number | null;
    trial_ids: string;
    responders: number;
    analysed: number;
  }>(sql`
    select ${groupKey} as grp, json_group_array(r.trial_id) as trial_ids,
      sum(r.orr_responders) as responders, sum(r.orr_analysed) as analysed
    from ${trialResults} r ${join}
    where r.orr_responders is not null and r.orr_analysed > 0 and r.orr_responders <= r.orr_analysed
      and r.trial_id in (select ${trials.id} from ${trials} ${scopeCondition})
    group by grp`);
  return rows.map((r) => ({
    group: r.grp,
    trialIds: (JSON.parse(r.trial_ids) as number[]).sort((a, b) => a - b),
    responders: Number(r.responders),
    analysed: Number(r.analysed),
  }));
}

function registryRate(p: PooledRegistry<unknown>): Rate | null {
  const ci95 = wilsonInterval(p.responders, p.analysed);
  return ci95 ? { estimate: p.responders / p.analysed, ci95 } : null;
}

// ----- GraphQL types -----

interface LabelledBucket<K> extends Bucket<K> {
  label: string;
}

function labelled<K>(buckets: Bucket<K>[], label: (key: K) => string): LabelledBucket<K>[] {
  return buckets.map((b) => ({ ...b, label: b.key == null ? UNKNOWN_LABEL : label(b.key) }));
}

const BucketInterface = builder.interfaceRef<LabelledBucket<unknown>>('StatsBucket').implement({
  description:
    'One bar of a chart: a count of trials with its share. The bucket whose `key` is null holds the ' +
    'trials whose value is unknown; its label is "Unknown".',
  fields: (t) => ({
    label: t.exposeString('label', { description: 'Human-readable name of the key, for axes and legends.' }),
    count: t.exposeInt('count', { description: 'Number of trials in the bucket.' }),
    share: t.exposeFloat('share', {
      description: 'count / trialCount of the same stats, in [0, 1]; 0 when no trial matches.',
    }),
  }),
});

const PhaseBucket = builder.objectRef<LabelledBucket<Phase>>('PhaseBucket').implement({
  description: 'Trials in one phase.',
  interfaces: [BucketInterface],
  fields: (t) => ({
    key: t.field({
      type: PhaseEnum,
      nullable: true,
      description: 'Null: phase unknown.',
      resolve: (b) => b.key,
    }),
  }),
});
const TrialStatusBucket = builder.objectRef<LabelledBucket<TrialStatus>>('TrialStatusBucket').implement({
  description: 'Trials with one overall status.',
  interfaces: [BucketInterface],
  fields: (t) => ({
    key: t.field({
      type: TrialStatusEnum,
      nullable: true,
      description: 'Null: status not recorded.',
      resolve: (b) => b.key,
    }),
  }),
});
const CountryBucket = builder.objectRef<LabelledBucket<string>>('CountryBucket').implement({
  description: 'Trials run in one country, as recorded.',
  interfaces: [BucketInterface],
  fields: (t) => ({
    key: t.string({ nullable: true, description: 'Null: country unknown.', resolve: (b) => b.key }),
  }),
});
const YearBucket = builder.objectRef<LabelledBucket<number>>('YearBucket').implement({
  description: 'Trials started in one year.',
  interfaces: [BucketInterface],
  fields: (t) => ({
    key: t.int({ nullable: true, description: 'Null: start year unknown.', resolve: (b) => b.key }),
  }),
});
const ModalityBucket = builder.objectRef<LabelledBucket<Modality>>('ModalityBucket').implement({
  description: 'Distinct trials giving at least one therapy of one modality.',
  interfaces: [BucketInterface],
  fields: (t) => ({
    key: t.field({
      type: ModalityEnum,
      nullable: true,
      description: 'Null: the trial records no therapy in the role asked for.',
      resolve: (b) => b.key,
    }),
  }),
});
const VectorBucket = builder.objectRef<LabelledBucket<Vector>>('VectorBucket').implement({
  description: 'Distinct trials giving at least one therapy delivered by one vector.',
  interfaces: [BucketInterface],
  fields: (t) => ({
    key: t.field({
      type: VectorEnum,
      nullable: true,
      description: 'Null: no therapy in the role asked for has a known vector.',
      resolve: (b) => b.key,
    }),
  }),
});

interface Pooled<G> {
  group: G;
  name: string;
  trialIds: number[];
  outcome: Outcome;
}

const POOLING_NOTE =
  'Pooled over the matching trials that give it in the EXPERIMENTAL role: response counts are summed ' +
  "over those trials' patients (each trial once). Patients are not linked to arms, so every patient of " +
  'an included trial counts.';

/**
 * Suppressed pooled outcomes go last, by name, so their position in a list sorted by evaluable
 * patients does not give their size away.
 */
function suppressedLast<P extends Pooled<unknown>>(pooled: P[], viewer: Viewer): P[] {
  const small = (p: P) => isSmallCell(p.outcome.patients, viewer);
  return [
    ...pooled.filter((p) => !small(p)),
    ...pooled.filter(small).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  ];
}

const PooledOutcomeInterface = builder.interfaceRef<Pooled<unknown>>('PooledOutcome').implement({
  description: `An outcome pooled over several trials: counts summed over them, and which trials they were. ${SMALL_CELL_RULE}`,
  fields: (t) => ({
    suppressed: t.boolean({
      description: `True when the outcome is withheld because it covers 1 to 4 patients and the caller has no reader token (then \`outcome\` is null). ${SMALL_CELL_RULE}`,
      resolve: (p, _args, ctx) => isSmallCell(p.outcome.patients, ctx.viewer),
    }),
    trials: t.int({ description: 'Number of trials pooled.', resolve: (p) => p.trialIds.length }),
    trialIds: t.globalIDList({
      description: 'Global IDs of the trials pooled, oldest added first.',
      resolve: (p) => p.trialIds.map((id) => ({ type: Trial, id })),
    }),
    outcome: t.field({
      type: OutcomeRef,
      nullable: true,
      description: 'The pooled counts and rates; null when `suppressed`.',
      resolve: (p, _args, ctx) => (isSmallCell(p.outcome.patients, ctx.viewer) ? null : p.outcome),
    }),
  }),
});

const PooledTherapyOutcome = builder.objectRef<Pooled<number>>('PooledTherapyOutcome').implement({
  description: `The pooled outcome of one therapy. ${POOLING_NOTE}`,
  interfaces: [PooledOutcomeInterface],
  fields: (t) => ({
    therapy: t.field({
      type: Therapy,
      // Only the id is known here: plugin-drizzle loads any other selected field of every pooled
      // therapy in one batched query (none when only `id` is selected).
      resolve: (p) => ({ id: p.group }) as typeof therapies.$inferSelect,
    }),
  }),
});

const PooledModalityOutcome = builder.objectRef<Pooled<Modality>>('PooledModalityOutcome').implement({
  description: `The pooled outcome of one modality. ${POOLING_NOTE}`,
  interfaces: [PooledOutcomeInterface],
  fields: (t) => ({
    modality: t.field({ type: ModalityEnum, resolve: (p) => p.group }),
    label: t.string({ description: 'Human-readable name of the modality.', resolve: (p) => p.name }),
  }),
});

const REGISTRY_NOTE =
  'Registry-reported: aggregate counts a registry record states for an objective-response outcome ' +
  'measure (see Trial.registryOutcome), summed over trials. Kept apart from the patient-level pooled ' +
  'outcomes: the two are never added together.';

const PooledRegistryOutcome = builder
  .objectRef<PooledRegistry<number | null>>('PooledRegistryOutcome')
  .implement({
    description: `An objective response pooled over trials from registry-reported counts. ${REGISTRY_NOTE}`,
    fields: (t) => ({
      therapy: t.field({
        type: Therapy,
        nullable: true,
        description: 'The therapy pooled over (null for the pool of all trials in scope).',
        resolve: (p) => (p.group === null ? null : ({ id: p.group } as typeof therapies.$inferSelect)),
      }),
      trials: t.int({ description: 'Number of trials pooled.', resolve: (p) => p.trialIds.length }),
      trialIds: t.globalIDList({
        description: 'Global IDs of the trials pooled, in id order.',
        resolve: (p) => p.trialIds.map((id) => ({ type: Trial, id })),
      }),
      responders: t.exposeInt('responders', {
        description: 'Participants with an objective response, summed.',
      }),
      analysed: t.exposeInt('analysed', { description: 'Participants analysed for response, summed.' }),
      objectiveResponseRate: t.field({
        type: RateRef,
        nullable: true,
        description: 'Responders / analysed with a 95% Wilson interval.',
        resolve: registryRate,
      }),
    }),
  });

const includeEmptyOptions = {
  required: true,
  defaultValue: false,
  description: 'Also list values no trial has (count 0), and the unknown bucket even when empty.',
} as const;

const roleArg = 'Count only therapies given in this role; null counts any role.';

// Prices of the aggregate statements, read by the server's aggregate budget (`maxAggregateCost`,
// field extension `aggregateCost`): about tenths of a second on 10k trials / 500k patients, at least 1.
const COUNT_COST = { aggregateCost: 1 } as const;
const THERAPY_BUCKETS_COST = { aggregateCost: 2 } as const;
const POOLED_COST = { aggregateCost: 10 } as const;

const Stats = builder.objectRef<StatsScope>('Stats').implement({
  description:
    'Aggregate figures over the trials matching a filter and their patients, shaped for charts. Each ' +
    'field runs one SQL aggregate when selected. Shares are over `trialCount`.',
  fields: (t) => ({
    trialCount: t.int({
      extensions: COUNT_COST,
      description: 'Trials matching the filter.',
      resolve: (scope, _args, ctx) => ctx.db.$count(trials, scope.where),
    }),
    patientCount: t.int({
      extensions: COUNT_COST,
      nullable: true,
      description: `Patients enrolled in the matching trials; null when \`patientCountSuppressed\`. ${SMALL_CELL_RULE}`,
      resolve: async (scope, _args, ctx) => {
        const n = await ctx.db.$count(patients, patientsInScope(ctx.db, scope));
        return isSmallCell(n, ctx.viewer) ? null : n;
      },
    }),
    patientCountSuppressed: t.boolean({
      description: `True when \`patientCount\` is withheld: 1 to 4 patients match and the caller has no reader token. ${SMALL_CELL_RULE}`,
      resolve: async (scope, _args, ctx) =>
        isSmallCell(await ctx.db.$count(patients, patientsInScope(ctx.db, scope)), ctx.viewer),
    }),
    byPhase: t.field({
      extensions: COUNT_COST,
      type: [PhaseBucket],
      description: 'Trials per phase, in phase order; unknown last.',
      args: { includeEmpty: t.arg.boolean(includeEmptyOptions) },
      resolve: async (scope, args, ctx) => {
        const { rows, total } = await trialsByColumn<Phase>(ctx.db, scope, trials.phase);
        return labelled(bucketsInOrder(rows, PHASES, total, args.includeEmpty), (k) => PHASE_LABELS[k]);
      },
    }),
    byStatus: t.field({
      extensions: COUNT_COST,
      type: [TrialStatusBucket],
      description: 'Trials per overall status, in the order of the TrialStatus enum; unknown last.',
      args: { includeEmpty: t.arg.boolean(includeEmptyOptions) },
      resolve: async (scope, args, ctx) => {
        const { rows, total } = await trialsByColumn<TrialStatus>(ctx.db, scope, trials.status);
        return labelled(
          bucketsInOrder(rows, TRIAL_STATUSES, total, args.includeEmpty),
          (k) => TRIAL_STATUS_LABELS[k],
        );
      },
    }),
    byCountry: t.field({
      extensions: COUNT_COST,
      type: [CountryBucket],
      description: 'Trials per country, most trials first (ties by name); unknown last.',
      resolve: async (scope, _args, ctx) => {
        const { rows, total } = await trialsByColumn<string>(ctx.db, scope, trials.country);
        return labelled(sortedBuckets(rows, total, byCountDescending), (k) => k);
      },
    }),
    byStartYear: t.field({
      extensions: COUNT_COST,
      type: [YearBucket],
      description: 'Trials per start year, ascending; unknown last. Years without trials are left out.',
      resolve: async (scope, _args, ctx) => {
        const { rows, total } = await trialsByColumn<number>(ctx.db, scope, trials.startYear);
        return labelled(sortedBuckets(rows, total, byKeyAscending), (k) => String(k));
      },
    }),
    byModality: t.field({
      extensions: THERAPY_BUCKETS_COST,
      type: [ModalityBucket],
      description:
        'Distinct trials giving at least one therapy of each modality (in the given role), in modality ' +
        'order. A trial with therapies of several modalities counts in each, so shares can sum past 1; ' +
        'trials with none fall in the unknown bucket.',
      args: {
        role: t.arg({ type: TherapyRoleEnum, defaultValue: 'EXPERIMENTAL', description: roleArg }),
        includeEmpty: t.arg.boolean(includeEmptyOptions),
      },
      resolve: async (scope, args, ctx) => {
        const { rows, total } = await trialsByTherapyColumn<Modality>(
          ctx.db,
          scope,
          therapies.modality,
          args.role ?? null,
        );
        return labelled(
          bucketsInOrder(rows, MODALITIES, total, args.includeEmpty),
          (k) => MODALITY_LABELS[k],
        );
      },
    }),
    byVector: t.field({
      extensions: THERAPY_BUCKETS_COST,
      type: [VectorBucket],
      description:
        'Distinct trials giving at least one therapy delivered by each vector (in the given role), in ' +
        'vector order. A trial counts under each vector it uses, so shares can sum past 1; trials with no ' +
        'therapy of known vector fall in the unknown bucket.',
      args: {
        role: t.arg({ type: TherapyRoleEnum, defaultValue: 'EXPERIMENTAL', description: roleArg }),
        includeEmpty: t.arg.boolean(includeEmptyOptions),
      },
      resolve: async (scope, args, ctx) => {
        const { rows, total } = await trialsByTherapyColumn<Vector>(
          ctx.db,
          scope,
          therapies.vector,
          args.role ?? null,
        );
        return labelled(bucketsInOrder(rows, VECTORS, total, args.includeEmpty), (k) => VECTOR_LABELS[k]);
      },
    }),
    pooledByTherapy: t.field({
      extensions: POOLED_COST,
      type: [PooledTherapyOutcome],
      description: `Pooled outcome per therapy. ${POOLING_NOTE} Most evaluable patients first, then by name.`,
      resolve: async (scope, _args, ctx) => {
        const pooled = await experimentalTrialCounts<number>(ctx.db, scope, therapies.id, therapies.name);
        return suppressedLast(sortPooled(pooled.map((p) => ({ ...p, tieBreak: p.group }))), ctx.viewer);
      },
    }),
    pooledRegistryReported: t.field({
      extensions: COUNT_COST,
      type: PooledRegistryOutcome,
      nullable: true,
      description: `Registry-reported objective response pooled over every matching trial that reports one. ${REGISTRY_NOTE} Null when none does.`,
      resolve: async (scope, _args, ctx) => (await registryPooled(ctx.db, scope, false))[0] ?? null,
    }),
    pooledRegistryReportedByTherapy: t.field({
      extensions: COUNT_COST,
      type: [PooledRegistryOutcome],
      description: `Registry-reported objective response pooled per therapy given in the EXPERIMENTAL role. ${REGISTRY_NOTE} Most participants analysed first.`,
      resolve: async (scope, _args, ctx) =>
        (await registryPooled(ctx.db, scope, true)).sort(
          (a, b) => b.analysed - a.analysed || Number(a.group) - Number(b.group),
        ),
    }),
    pooledByModality: t.field({
      extensions: POOLED_COST,
      type: [PooledModalityOutcome],
      description: `Pooled outcome per modality. ${POOLING_NOTE} Most evaluable patients first, then by label.`,
      resolve: async (scope, _args, ctx) => {
        const pooled = await experimentalTrialCounts<Modality>(
          ctx.db,
          scope,
          therapies.modality,
          therapies.modality,
        );
        return suppressedLast(
          sortPooled(pooled.map((p) => ({ ...p, name: MODALITY_LABELS[p.group], tieBreak: p.group }))),
          ctx.viewer,
        );
      },
    }),
  }),
});

builder.queryFields((t) => ({
  stats: t.field({
    type: Stats,
    description:
      'Counts and pooled outcomes over the trials matching `filter` (all trials when left out), ' +
      'ready to chart. Pooled figures sum counts over trials and list the trials included.',
    args: { filter: t.arg({ type: TrialFilter }) },
    // Validates the filter once (BAD_USER_INPUT); the fields run their statements lazily.
    resolve: (_root, args) => ({ where: trialFilterSql(args.filter) }),
  }),
}));
