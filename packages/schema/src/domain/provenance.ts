/** A claim as loaded for conflict detection: a field, the value a source gave, and who said it. */
export interface ClaimLike {
  id: number;
  field: string;
  value: unknown;
  sourceId: number;
}

export interface FieldConflict<C extends ClaimLike> {
  field: string;
  /** The distinct values the sources gave, in the order first seen. */
  values: unknown[];
  claims: C[];
}

/** Stable text form of a JSON value, so equal values compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Fields on which the claims disagree (two or more distinct values), ordered by field name. */
export function findConflicts<C extends ClaimLike>(claims: readonly C[]): FieldConflict<C>[] {
  const byField = new Map<string, C[]>();
  for (const claim of claims) {
    const list = byField.get(claim.field);
    if (list) list.push(claim);
    else byField.set(claim.field, [claim]);
  }
  const conflicts: FieldConflict<C>[] = [];
  for (const [field, list] of [...byField].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const distinct = new Map<string, unknown>();
    for (const c of list) {
      const key = canonicalJson(c.value);
      if (!distinct.has(key)) distinct.set(key, c.value);
    }
    if (distinct.size > 1) conflicts.push({ field, values: [...distinct.values()], claims: list });
  }
  return conflicts;
}

/** The distinct sources behind a set of claims, in first-seen order. */
export function distinctBy<T, K>(items: readonly T[], key: (item: T) => K): T[] {
  const seen = new Set<K>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
