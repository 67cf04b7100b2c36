import { type AnyColumn, and, inArray, not, or, type SQL, sql } from 'drizzle-orm';
import { builder } from '../builder.js';
import { fieldError } from '../errors.js';

export const SortDirection = builder.enumType('SortDirection', { values: ['ASC', 'DESC'] as const });
export type Direction = 'ASC' | 'DESC';

export interface IntRangeInput {
  min?: number | null;
  max?: number | null;
}

export const IntRange = builder.inputType('IntRange', {
  description: 'An inclusive range; either bound may be left out.',
  fields: (t) => ({ min: t.int(), max: t.int() }),
});

/** Most lists a filter takes are capped so one request cannot build an enormous statement. */
export const MAX_FILTER_VALUES = 100;

/** Throws a BAD_USER_INPUT error naming `path` when the range is inverted or out of bounds. */
export function checkRange(
  path: string,
  range: IntRangeInput | null | undefined,
  lowest: number,
  highest: number,
): void {
  if (!range) return;
  for (const bound of ['min', 'max'] as const) {
    const value = range[bound];
    if (value != null && (value < lowest || value > highest)) {
      throw fieldError(`${path}.${bound}`, 'out_of_range', `must be between ${lowest} and ${highest}`);
    }
  }
  if (range.min != null && range.max != null && range.min > range.max) {
    throw fieldError(
      `${path}.min`,
      'inverted_range',
      `min (${range.min}) must not be greater than max (${range.max})`,
    );
  }
}

export function checkList(path: string, values: readonly unknown[] | null | undefined): void {
  if (values && values.length > MAX_FILTER_VALUES) {
    throw fieldError(path, 'too_many_values', `must list at most ${MAX_FILTER_VALUES} values`);
  }
}

export function checkText(path: string, value: string | null | undefined, max = 200): void {
  if (value == null) return;
  if (value.trim() === '') throw fieldError(path, 'empty', 'must not be empty');
  if (value.length > max) throw fieldError(path, 'too_long', `must be at most ${max} characters`);
}

export function rangeSql(column: AnyColumn | SQL, range: IntRangeInput | null | undefined): SQL | undefined {
  if (!range) return undefined;
  return and(
    range.min != null ? sql`${column} >= ${range.min}` : undefined,
    range.max != null ? sql`${column} <= ${range.max}` : undefined,
  );
}

/** Case-insensitive substring match. `instr` treats the needle literally: no LIKE wildcards to escape. */
export function containsSql(column: AnyColumn | SQL, needle: string | null | undefined): SQL | undefined {
  if (needle == null) return undefined;
  return sql`instr(lower(${column}), lower(${needle.trim()})) > 0`;
}

export function inListSql<T extends string>(
  column: AnyColumn,
  values: readonly T[] | null | undefined,
): SQL | undefined {
  if (!values) return undefined;
  if (values.length === 0) return sql`0`;
  return inArray(column, [...values]);
}

export interface Combinators<F> {
  and?: readonly F[] | null;
  or?: readonly F[] | null;
  not?: F | null;
}

/** Combines a filter's own conditions (AND) with its and / or / not sub-filters. */
export function combine<F extends Combinators<F>>(
  filter: F,
  own: (SQL | undefined)[],
  recurse: (sub: F, path: string) => SQL | undefined,
  path: string,
  depth: number,
): SQL | undefined {
  if (depth > 5) throw fieldError(path, 'too_deep', 'and / or / not may nest at most 5 levels');
  const parts = [...own];
  checkList(`${path}.and`, filter.and);
  checkList(`${path}.or`, filter.or);
  if (filter.and) parts.push(...filter.and.map((f, i) => recurse(f, `${path}.and.${i}`)));
  if (filter.or) {
    const alternatives = filter.or.map((f, i) => recurse(f, `${path}.or.${i}`) ?? sql`1`);
    parts.push(alternatives.length === 0 ? sql`0` : or(...alternatives));
  }
  if (filter.not) {
    const negated = recurse(filter.not, `${path}.not`);
    if (negated) parts.push(not(negated));
  }
  return and(...parts);
}

export interface GlobalId {
  typename: string;
  id: string;
}

/** Database ids of global IDs that must all name `typename`. */
export function idsOf(list: readonly GlobalId[], typename: string, path: string): number[] {
  return list.map((g, i) => {
    const id = Number(g.id);
    if (g.typename !== typename || !Number.isSafeInteger(id)) {
      throw fieldError(`${path}.${i}`, 'wrong_id_type', `must be the ID of a ${typename}`);
    }
    return id;
  });
}

/**
 * A relational-query `where` applying an SQL filter to the (aliased) table drizzle passes in;
 * empty when there is no filter. The filter is built once up front so invalid input fails early.
 */
export function rawWhere<T>(build: (table: T) => SQL | undefined): { where?: { RAW: (table: T) => SQL } } {
  return { where: { RAW: (table: T) => build(table) ?? sql`1` } };
}
