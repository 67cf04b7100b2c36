import { decodeBase64, decodeCursorChunk } from '@pothos/core';
import { type SQL, sql } from 'drizzle-orm';
import type { trials } from '../../db/tables.js';
import { builder } from '../builder.js';
import { type Direction, SortDirection } from './common.js';

export const TRIAL_ORDER_FIELDS = [
  'CREATED',
  'START_DATE',
  'ENROLLMENT',
  'RESPONSE_RATE',
  'TITLE',
  'NCT_ID',
] as const;
export type TrialOrderField = (typeof TRIAL_ORDER_FIELDS)[number];

export const TrialOrderFieldEnum = builder.enumType('TrialOrderField', {
  values: {
    CREATED: { description: 'When the trial was added to GeneTrials.' },
    START_DATE: { description: 'Start date; trials without one sort first ascending, last descending.' },
    ENROLLMENT: { description: 'Actual enrollment, else planned enrollment; unknown sorts as lowest.' },
    RESPONSE_RATE: {
      description: 'Objective response rate; trials without evaluable patients sort as lowest.',
    },
    TITLE: {},
    NCT_ID: { description: 'ClinicalTrials.gov id; unregistered trials sort as lowest.' },
  } satisfies Record<TrialOrderField, { description?: string }>,
});

export interface TrialOrderInput {
  field: TrialOrderField;
  direction?: Direction | null;
}

export const TrialOrder = builder.inputType('TrialOrder', {
  description: 'Sort order. Ties are broken by the trial id, so cursors stay stable.',
  fields: (t) => ({
    field: t.field({ type: TrialOrderFieldEnum, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: 'ASC' }),
  }),
});

// Sort keys never null: a null cannot be paged past with a keyset cursor.
const sortKeys: Record<Exclude<TrialOrderField, 'CREATED' | 'TITLE'>, (t: typeof trials) => SQL> = {
  START_DATE: (t) => sql`coalesce(${t.startDate}, '')`,
  ENROLLMENT: (t) => sql`coalesce(${t.actualEnrollment}, ${t.plannedEnrollment}, -1)`,
  // The trial's objective response rate, kept on the row by triggers on patients (migration
  // *_response_rate_key); the expression is the one trials_response_rate_sort_idx holds.
  RESPONSE_RATE: (t) => sql`coalesce(${t.responseRateKey}, -1.0)`,
  NCT_ID: (t) => sql`coalesce(${t.nctId}, '')`,
};

/** The relational-query ordering (and the sort-key expression it needs) for a trial order. */
export function trialOrderQuery(order: TrialOrderInput | null | undefined) {
  const direction = order?.direction === 'DESC' ? 'desc' : 'asc';
  const field = order?.field ?? 'CREATED';
  if (field === 'CREATED') return { orderBy: { id: direction } } as const;
  if (field === 'TITLE') return { orderBy: { title: direction, id: direction } } as const;
  const key = sortKeys[field];
  return {
    extras: { sortKey: (t: typeof trials) => key(t) },
    orderBy: { sortKey: direction, id: direction },
  } as const;
}

/** The sort key an ordering pages by, before the id tie-breaker (CREATED has only the id). */
export function trialSortKey(field: TrialOrderField, t: typeof trials): SQL | undefined {
  if (field === 'CREATED') return undefined;
  if (field === 'TITLE') return sql`${t.title}`;
  return sortKeys[field](t);
}

/** The position a keyset cursor holds: an id, or `[sort key, id]`; undefined for anything else. */
export function readKeysetCursor(cursor: string): number | [string | number, number] | undefined {
  try {
    const decoded = decodeBase64(cursor);
    if (!decoded.startsWith('DC:')) return undefined;
    const values = decodeCursorChunk(decoded.slice(3));
    if (typeof values === 'number') return values;
    if (!Array.isArray(values) || values.length !== 2) return undefined;
    const [key, id] = values as unknown[];
    if ((typeof key !== 'string' && typeof key !== 'number') || typeof id !== 'number') return undefined;
    return [key, id];
  } catch {
    return undefined;
  }
}

/** The sort key a trials keyset cursor holds (with the id after it); undefined for anything else. */
function cursorSortKey(cursor: string): string | number | undefined {
  const position = readKeysetCursor(cursor);
  return Array.isArray(position) ? position[0] : undefined;
}

export interface CursorArgs {
  after?: string | null;
  before?: string | null;
}

/**
 * A range on the sort key alone for a page after (or before) a cursor, `key >= ?` (`<=` the other
 * way), so SQLite seeks to the cursor in the ordering's sort index. The connection's own keyset
 * condition (`key > ? or (key = ? and id > ?)`, values bound) selects the rows exactly but is no
 * index range: without this one SQLite walks the index from its start, or with a filter reads
 * every match through the filter's index and sorts them. (A row value `(key, id) > (?, ?)` would
 * do for a plain column but not for the expression indexes most orderings use.) A cursor this
 * cannot read is left to the connection, which rejects it.
 */
export function trialCursorSeek(
  order: TrialOrderInput | null | undefined,
  args: CursorArgs,
  t: typeof trials,
): SQL | undefined {
  const key = trialSortKey(order?.field ?? 'CREATED', t);
  if (!key) return undefined;
  const ascending = order?.direction !== 'DESC';
  const seek = (cursor: string | null | undefined, forwards: boolean) => {
    const value = cursor ? cursorSortKey(cursor) : undefined;
    if (value === undefined) return undefined;
    return sql`${key} ${sql.raw(forwards === ascending ? '>=' : '<=')} ${value}`;
  };
  const after = seek(args.after, true);
  const before = seek(args.before, false);
  return after && before ? sql`${after} and ${before}` : (after ?? before);
}
