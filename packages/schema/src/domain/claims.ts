import type { SubjectType } from './enums.js';
import { isAgeKey } from './privacy.js';
import { type FieldIssue, ValidationError } from './validation.js';

// Rules for a claim a curator adds: what one source said about one field of one entity.

/** A field name as the entities use them: camelCase, e.g. `ageAtEnrollment`, `patientsWithLeukaemia`. */
export const CLAIM_FIELD_PATTERN = /^[a-z][A-Za-z0-9]{0,63}$/;
export const MAX_CLAIM_VALUE_CHARS = 10_000;
export const MAX_LOCATOR_CHARS = 1_000;

/** Claims about these subjects are patient-level data: screened with the patient profile, shown to readers only. */
export const PATIENT_LEVEL_SUBJECT_TYPES: readonly SubjectType[] = ['PATIENT', 'ADVERSE_EVENT'];

/** True for a field holding an age in years: `ageAtEnrollment`, `participantAgeAtDeath`. */
export function isAgeField(field: string): boolean {
  return isAgeKey(field);
}

export interface ClaimContent {
  subjectType: SubjectType;
  field: string;
  value: unknown;
  locator?: string | null | undefined;
}

/**
 * Checks the shape of a new claim (field name, size of the value, locator) and returns the value
 * and the trimmed locator. Throws a ValidationError with paths under `prefix` (e.g. `input.value`).
 * Privacy (identifiers in any claim, ages top-coded at 90) is the write layer's screen:
 * write/screen.ts `screenClaim`, which every claim command applies after this check.
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
  if (issues.length > 0) throw new ValidationError(issues);
  return { value: claim.value, locator };
}
