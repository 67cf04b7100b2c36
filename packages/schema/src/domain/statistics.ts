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
