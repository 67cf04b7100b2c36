import type { SubjectType } from './enums.js';
import { findDirectIdentifiers, topCodeAge } from './privacy.js';
import { type FieldIssue, ValidationError } from './validation.js';

// Rules for a claim a curator adds: what one source said about one field of one entity.

/** A field name as the entities use them: camelCase, e.g. `ageAtEnrollment`, `patientsWithLeukaemia`. */
export const CLAIM_FIELD_PATTERN = /^[a-z][A-Za-z0-9]{0,63}$/;
export const MAX_CLAIM_VALUE_CHARS = 10_000;
export const MAX_LOCATOR_CHARS = 1_000;

/** Claims about these subjects are patient-level data: screened like patient input, shown to readers only. */
export const PATIENT_LEVEL_SUBJECT_TYPES: readonly SubjectType[] = ['PATIENT', 'ADVERSE_EVENT'];

/** True for a field holding an age in years: `ageAtEnrollment`, `participantAgeAtDeath`. */
export function isAgeField(field: string): boolean {
  return /(?:^age|Age)(?:[A-Z]|$)/.test(field);
}

/** Every string inside a JSON value, with its path below the value. */
function* stringsIn(
  value: unknown,
  path: (string | number)[] = [],
): Generator<[string, (string | number)[]]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value))
    for (const [i, item] of value.entries()) yield* stringsIn(item, [...path, i]);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
  }
}

/** Ages over 89 become 90 ("90 or older"), as a number or inside a list. */
function topCodeAges(value: unknown): unknown {
  if (typeof value === 'number') return topCodeAge(value);
  if (Array.isArray(value)) return value.map(topCodeAges);
  return value;
}

function identifierIssues(text: string, path: string): FieldIssue[] {
  return findDirectIdentifiers(text).map((finding) => ({
    path,
    rule: `identifier_${finding.kind.toLowerCase()}`,
    message: `${finding.message}: patient-level claims hold no direct identifiers`,
  }));
}

export interface ClaimContent {
  subjectType: SubjectType;
  field: string;
  value: unknown;
  locator?: string | null | undefined;
}

/**
 * Checks a new claim and returns the value and locator to store. Throws a ValidationError with
 * paths under `prefix` (e.g. `input.value`). Claims about patients or adverse events are screened
 * for direct identifiers, and an age field's value is top-coded at 90 whatever the subject.
 */
export function checkClaim(
  claim: ClaimContent,
  prefix = 'input',
): { value: unknown; locator: string | null } {
  const issues: FieldIssue[] = [];
  if (!CLAIM_FIELD_PATTERN.test(claim.field)) {
    issues.push({
      path: `${prefix}.field`,
      rule: 'field_format',
      message: 'must be a camelCase field name such as ageAtEnrollment',
    });
  }
  const json = claim.value === undefined ? undefined : JSON.stringify(claim.value);
  if (json === undefined) {
    issues.push({ path: `${prefix}.value`, rule: 'required', message: 'must be a JSON value' });
  } else if (json.length > MAX_CLAIM_VALUE_CHARS) {
    issues.push({
      path: `${prefix}.value`,
      rule: 'too_big',
      message: `must be at most ${MAX_CLAIM_VALUE_CHARS} characters of JSON`,
    });
  }
  const locator = claim.locator == null ? null : claim.locator.trim();
  if (locator === '')
    issues.push({ path: `${prefix}.locator`, rule: 'too_small', message: 'must not be empty' });
  if (locator && locator.length > MAX_LOCATOR_CHARS) {
    issues.push({
      path: `${prefix}.locator`,
      rule: 'too_big',
      message: `must be at most ${MAX_LOCATOR_CHARS} characters`,
    });
  }
  if (PATIENT_LEVEL_SUBJECT_TYPES.includes(claim.subjectType)) {
    for (const [text, path] of stringsIn(claim.value)) {
      issues.push(...identifierIssues(text, [`${prefix}.value`, ...path].join('.')));
    }
    if (locator) issues.push(...identifierIssues(locator, `${prefix}.locator`));
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return { value: isAgeField(claim.field) ? topCodeAges(claim.value) : claim.value, locator };
}
