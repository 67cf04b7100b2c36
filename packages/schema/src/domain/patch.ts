import { z } from 'zod';
import { pickKeys } from './changes.js';
import { parseOrThrow, toFieldIssues, ValidationError } from './validation.js';

// Partial updates: each field given is validated on its own, then the row as it would be after
// the update is validated as a whole, so cross-field rules (completionDate ≥ startDate) hold.

// biome-ignore lint/suspicious/noExplicitAny: any object schema, refined or not
type ObjectSchema = z.ZodObject<any>;

/** Every field of `schema` optional, without its object-level refinements. */
export function patchSchema<S extends ObjectSchema>(schema: S) {
  return z.object(schema.shape).partial();
}

/** The keys a patch sets: present and not `undefined` (an explicit null is a value). */
export function patchKeys(patch: Record<string, unknown>): string[] {
  return Object.keys(patch).filter((key) => patch[key] !== undefined);
}

function issueKey(issue: z.core.$ZodIssue): string {
  return `${issue.path.join('.')}|${issue.code}|${issue.message}`;
}

/**
 * Validates `patch` against `schema` field by field and then merged over `current` (the row as
 * stored), and returns the parsed values of the fields the patch sets. Throws a ValidationError
 * naming `prefix`-ed paths. Only issues the patch introduces are reported: a stored value that
 * predates a rule does not block an update that leaves it alone.
 */
export function validatePatch<S extends ObjectSchema>(
  schema: S,
  current: Record<string, unknown>,
  patch: Record<string, unknown>,
  prefix: readonly (string | number)[] = [],
): Partial<z.output<S>> {
  const keys = patchKeys(patch);
  const parsed = parseOrThrow(patchSchema(schema), pickKeys(patch, keys), prefix) as Record<string, unknown>;
  const values = pickKeys(parsed, keys);
  const merged = schema.safeParse({ ...current, ...values });
  if (!merged.success) {
    const before = schema.safeParse(current);
    const known = new Set(before.success ? [] : before.error.issues.map(issueKey));
    const introduced = merged.error.issues.filter((issue) => !known.has(issueKey(issue)));
    if (introduced.length > 0) {
      throw new ValidationError(toFieldIssues(new z.ZodError(introduced), prefix));
    }
  }
  return values as Partial<z.output<S>>;
}
