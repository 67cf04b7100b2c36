// Pure helpers for the change history: which fields a write changed.

/** Keys every versioned row carries that change on every write and say nothing about the data. */
export const BOOKKEEPING_FIELDS: readonly string[] = ['id', 'createdAt', 'updatedAt', 'version'];

/** Structural equality of JSON values (key order of objects does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!jsonEqual(left[key] ?? null, right[key] ?? null)) return false;
  return true;
}

/**
 * The keys whose values differ between two snapshots, in the order they first appear (`before`
 * first). A missing key counts as null, so a create lists the fields it set and a delete the
 * fields the row had; bookkeeping keys (id, timestamps, version) are left out.
 */
export function changedFields(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  ignore: readonly string[] = BOOKKEEPING_FIELDS,
): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter(
    (key) => !ignore.includes(key) && !jsonEqual(before?.[key] ?? null, after?.[key] ?? null),
  );
}

/** Only the keys of `values` that `keys` lists (and that are present). */
export function pickKeys<T extends Record<string, unknown>>(values: T, keys: readonly string[]): Partial<T> {
  const picked: Partial<T> = {};
  for (const key of keys) if (key in values) picked[key as keyof T] = values[key as keyof T];
  return picked;
}
