import { EVALUABLE_RESPONSES, type Response } from './enums.js';

export interface Interval {
  lower: number;
  upper: number;
}

/** z for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/**
 * Wilson score interval for a binomial proportion. Better behaved than the normal
 * approximation for the small trials this knowledge base holds (it never leaves [0, 1]).
 * Returns null when there are no trials to estimate from.
 */
export function wilsonInterval(successes: number, total: number, z = Z95): Interval | null {
  if (!Number.isInteger(successes) || !Number.isInteger(total) || successes < 0 || total < 0) {
    throw new RangeError('successes and total must be non-negative integers');
  }
  if (successes > total) throw new RangeError('successes cannot exceed total');
  if (total === 0) return null;
  const p = successes / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / denominator;
  // At 0 or total successes the bound is exactly 0 or 1; keep floating-point noise out of it.
  const lower = successes === 0 ? 0 : Math.max(0, centre - halfWidth);
  const upper = successes === total ? 1 : Math.min(1, centre + halfWidth);
  return { lower, upper };
}

export type ResponseCounts = Record<Response, number> & { unknown: number };

export interface Rate {
  /** Proportion in [0, 1]. */
  estimate: number;
  ci95: Interval;
}

export interface Outcome {
  patients: number;
  evaluable: number;
  responders: number;
  completeResponses: number;
  partialResponses: number;
  stableDisease: number;
  progressiveDisease: number;
  noResponse: number;
  notEvaluable: number;
  unknown: number;
  objectiveResponseRate: Rate | null;
  completeResponseRate: Rate | null;
}

export function emptyCounts(): ResponseCounts {
  return { CR: 0, PR: 0, SD: 0, PD: 0, NO_RESPONSE: 0, NE: 0, unknown: 0 };
}

/** Tallies best responses; null means the response is not known. */
export function countResponses(responses: Iterable<Response | null | undefined>): ResponseCounts {
  const counts = emptyCounts();
  for (const r of responses) {
    if (r == null) counts.unknown += 1;
    else counts[r] += 1;
  }
  return counts;
}

function rate(successes: number, total: number): Rate | null {
  const ci95 = wilsonInterval(successes, total);
  return ci95 ? { estimate: successes / total, ci95 } : null;
}

/**
 * Outcome summary: evaluable = patients with a known best response (CR, PR, SD, PD or
 * NO_RESPONSE); responders = CR + PR; rates are over the evaluable patients.
 */
export function summarizeOutcome(counts: ResponseCounts): Outcome {
  const evaluable = EVALUABLE_RESPONSES.reduce((sum, r) => sum + counts[r], 0);
  const responders = counts.CR + counts.PR;
  return {
    patients: evaluable + counts.NE + counts.unknown,
    evaluable,
    responders,
    completeResponses: counts.CR,
    partialResponses: counts.PR,
    stableDisease: counts.SD,
    progressiveDisease: counts.PD,
    noResponse: counts.NO_RESPONSE,
    notEvaluable: counts.NE,
    unknown: counts.unknown,
    objectiveResponseRate: rate(responders, evaluable),
    completeResponseRate: rate(counts.CR, evaluable),
  };
}

/** Sums response counts over several groups (pooling trials). */
export function poolCounts(groups: Iterable<ResponseCounts>): ResponseCounts {
  const total = emptyCounts();
  for (const g of groups) {
    for (const key of Object.keys(total) as (keyof ResponseCounts)[]) total[key] += g[key];
  }
  return total;
}

/** A count of trials under one key; a null key is the bucket of trials whose value is unknown. */
export interface KeyCount<K> {
  key: K | null;
  count: number;
}

/** One bar of a chart: its key, its count and its share of all trials counted. */
export interface Bucket<K> extends KeyCount<K> {
  /** count / total in [0, 1]; 0 when there is nothing to count. */
  share: number;
}

export function shareOf(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}

/** Sums counts by key, so a key a statement returned twice is one bucket. */
function tally<K>(rows: Iterable<KeyCount<K>>): { known: Map<K, number>; unknown: number } {
  const known = new Map<K, number>();
  let unknown = 0;
  for (const { key, count } of rows) {
    if (key == null) unknown += count;
    else known.set(key, (known.get(key) ?? 0) + count);
  }
  return { known, unknown };
}

function withUnknown<K>(
  buckets: Bucket<K>[],
  unknown: number,
  total: number,
  includeEmpty: boolean,
): Bucket<K>[] {
  if (unknown > 0 || includeEmpty)
    buckets.push({ key: null, count: unknown, share: shareOf(unknown, total) });
  return buckets;
}

/**
 * Buckets of an enumerated key, in the enum's order, the unknown (null) bucket last. Empty
 * buckets are left out unless `includeEmpty` (a chart with a fixed axis wants them all).
 */
export function bucketsInOrder<K>(
  rows: Iterable<KeyCount<K>>,
  keys: readonly K[],
  total: number,
  includeEmpty = false,
): Bucket<K>[] {
  const { known, unknown } = tally(rows);
  const buckets: Bucket<K>[] = [];
  for (const key of keys) {
    const count = known.get(key) ?? 0;
    if (count > 0 || includeEmpty) buckets.push({ key, count, share: shareOf(count, total) });
  }
  return withUnknown(buckets, unknown, total, includeEmpty);
}

/** Buckets of an open-ended key (countries, years) sorted by `compare`, the unknown bucket last. */
export function sortedBuckets<K>(
  rows: Iterable<KeyCount<K>>,
  total: number,
  compare: (a: { key: K; count: number }, b: { key: K; count: number }) => number,
): Bucket<K>[] {
  const { known, unknown } = tally(rows);
  const buckets = [...known]
    .map(([key, count]) => ({ key, count }))
    .sort(compare)
    .map(({ key, count }) => ({ key, count, share: shareOf(count, total) }));
  return withUnknown(buckets, unknown, total, false);
}

/** Ascending by key (years). */
export function byKeyAscending<K extends string | number>(a: { key: K }, b: { key: K }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Largest count first; equal counts by key, so the order is stable. */
export function byCountDescending<K extends string | number>(
  a: { key: K; count: number },
  b: { key: K; count: number },
): number {
  return b.count - a.count || byKeyAscending(a, b);
}

/** The response counts of one trial's patients, filed under a group (a therapy, a modality). */
export interface GroupTrialCounts<G> {
  group: G;
  trialId: number;
  counts: ResponseCounts;
}

export interface PooledGroup<G> {
  group: G;
  /** The trials pooled, ascending, each once. */
  trialIds: number[];
  counts: ResponseCounts;
  outcome: Outcome;
}

/**
 * Pools per-trial response counts by group: a group's counts are the sum over its distinct
 * trials (a trial listed twice under one group counts once). Groups keep their first-seen order.
 */
export function poolByGroup<G>(rows: Iterable<GroupTrialCounts<G>>): PooledGroup<G>[] {
  const groups = new Map<G, Map<number, ResponseCounts>>();
  for (const { group, trialId, counts } of rows) {
    const trials = groups.get(group) ?? new Map<number, ResponseCounts>();
    groups.set(group, trials);
    if (!trials.has(trialId)) trials.set(trialId, counts);
  }
  return [...groups].map(([group, trials]) => {
    const counts = poolCounts(trials.values());
    return {
      group,
      trialIds: [...trials.keys()].sort((a, b) => a - b),
      counts,
      outcome: summarizeOutcome(counts),
    };
  });
}

/** Most evaluable patients first, then by name, then by `tieBreak` (a unique key). */
export function sortPooled<T extends { outcome: Outcome; name: string; tieBreak: string | number }>(
  items: readonly T[],
): T[] {
  return [...items].sort(
    (a, b) =>
      b.outcome.evaluable - a.outcome.evaluable ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      (a.tieBreak < b.tieBreak ? -1 : a.tieBreak > b.tieBreak ? 1 : 0),
  );
}
