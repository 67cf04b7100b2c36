import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { trialFacetCounts, trials, trialYearFacetCounts } from '../../db/tables.js';
import { MODALITY_BITS } from '../../domain/enums.js';
import { combine, inListSql, rangeSql } from './common.js';
import { type TrialFilterInput, trialFilterSql } from './trial-filter.js';

// A trials connection's `totalCount`. Counting every matching trial grows with the catalogue (at
// 100k trials "CAR-T or TCR, phase 1-2, since 2015" counts 34k rows, over 100 ms). The facets most
// filters use (phase, status, start year, modality) are counted ahead in trial_facet_counts, one
// row per combination of them that some trial has, kept exact by triggers on every write (see the
// trial_facet_counts migration). A filter made only of those facets (with and / or / not) is
// answered by summing the rows it matches: a few hundred to a few thousand, however many trials
// there are. A trial giving both a CAR-T and a TCR therapy is one row with both bits, so it is
// counted once. A filter that asks for no status sums trial_year_facet_counts, the same counts
// without the status (a few times fewer rows). Any other filter counts the trials themselves.

/** The filter fields trial_facet_counts can answer. */
const FACET_FIELDS = new Set<string>(['phases', 'statuses', 'startYear', 'modalities', 'and', 'or', 'not']);

/** Whether the filter (and every sub-filter) uses only facet fields. */
export function coveredByFacetCounts(filter: TrialFilterInput | null | undefined, depth = 0): boolean {
  if (!filter) return true;
  if (depth > 5) return false;
  for (const [field, value] of Object.entries(filter)) {
    if (value == null) continue;
    if (!FACET_FIELDS.has(field)) return false;
  }
  for (const modality of filter.modalities ?? []) if (MODALITY_BITS[modality] == null) return false;
  return (
    (filter.and ?? []).every((sub) => coveredByFacetCounts(sub, depth + 1)) &&
    (filter.or ?? []).every((sub) => coveredByFacetCounts(sub, depth + 1)) &&
    coveredByFacetCounts(filter.not, depth + 1)
  );
}

/** Whether the filter (or a sub-filter) asks for statuses. */
function usesStatuses(filter: TrialFilterInput | null | undefined): boolean {
  if (!filter) return false;
  return (
    filter.statuses != null ||
    (filter.and ?? []).some(usesStatuses) ||
    (filter.or ?? []).some(usesStatuses) ||
    usesStatuses(filter.not)
  );
}

type FacetTable = typeof trialFacetCounts | typeof trialYearFacetCounts;

/**
 * The filter as a condition on a facet table: the same conditions as trialFilterSql, on the same
 * values (null phase, status or start year stay null there), so each row matches exactly when its
 * trials do. Only for a filter coveredByFacetCounts accepts, already checked by trialFilterSql, and
 * on trial_year_facet_counts only for one that asks for no status.
 */
function facetSql(f: FacetTable, filter: TrialFilterInput, path: string, depth: number): SQL | undefined {
  const modalities = filter.modalities;
  const own: (SQL | undefined)[] = [
    inListSql(f.phase, filter.phases),
    'status' in f ? inListSql(f.status, filter.statuses) : undefined,
    rangeSql(f.startYear, filter.startYear),
    modalities
      ? modalities.length === 0
        ? sql`0`
        : sql`(${f.modalityMask} & ${modalities.reduce((mask, m) => mask | MODALITY_BITS[m], 0)}) != 0`
      : undefined,
  ];
  return combine(filter, own, (sub, subPath) => facetSql(f, sub, subPath, depth + 1), path, depth);
}

/** The facet table and condition for the filter (`where` undefined: every row); undefined when not covered. */
function facetCondition(
  filter: TrialFilterInput | null | undefined,
): { table: FacetTable; where: SQL | undefined } | undefined {
  if (!coveredByFacetCounts(filter)) return undefined;
  const table = usesStatuses(filter) ? trialFacetCounts : trialYearFacetCounts;
  return { table, where: filter ? facetSql(table, filter, 'filter', 0) : undefined };
}

const facetSum = (table: FacetTable) => sql<number>`coalesce(sum(${table.trialCount}), 0)`;

/**
 * A scalar subquery summing the facet counts the filter matches, when the filter uses only facet
 * fields (or there is none); undefined when the trials themselves must be counted. For statements
 * that embed the count (compiled reads); the filter must be valid (trialFilterSql checks it).
 */
export function trialFacetCountSql(filter: TrialFilterInput | null | undefined): SQL | undefined {
  const facets = facetCondition(filter);
  if (!facets) return undefined;
  const where = facets.where ? sql` where ${facets.where}` : sql``;
  return sql`(select ${facetSum(facets.table)} from ${facets.table}${where})`;
}

/**
 * The number of trials matching the filter (all trials without one). Throws BAD_USER_INPUT for
 * an invalid filter, as trialFilterSql does.
 */
export async function countTrials(db: Db, filter: TrialFilterInput | null | undefined): Promise<number> {
  const condition = trialFilterSql(filter);
  const facets = facetCondition(filter);
  if (!facets) return db.$count(trials, condition);
  const [row] = await db
    .select({ n: facetSum(facets.table) })
    .from(facets.table)
    .where(facets.where);
  return Number(row?.n ?? 0);
}
