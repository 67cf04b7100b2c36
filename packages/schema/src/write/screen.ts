import type { SubjectType } from '../domain/enums.js';
import {
  findDirectIdentifiers,
  isAgeKey,
  type ScreenProfile,
  subjectCodeProblem,
  topCodeAge,
  topCodeAgeText,
} from '../domain/privacy.js';
import { forbiddenCharacter, normalizeText } from '../domain/text.js';
import { type FieldIssue, ValidationError } from '../domain/validation.js';

// THE privacy screen of the write layer. Every text and JSON value that can reach a patient,
// adverse event or claim row goes through `screen` before it is validated and stored: patient
// and adverse event inputs and patches (every field, every array item, every object key) and
// claims of every subject type (value recursively, the keys of its objects, the field name and
// the locator). It rejects direct identifiers (domain/privacy.ts) with a ValidationError naming
// the field path and the rule, applies the subject-code rule to `subjectCode`, and top-codes
// every age (a key or claim field such as age, ageAtEnrollment, ageYears) at 90.

export interface ScreenOptions {
  /** `patient` for patients, adverse events and claims about them; `public` for other claims. */
  profile: ScreenProfile;
  /** The name the value sits under (an input field, a claim's field): age and subject-code rules. */
  key?: string | undefined;
}

export interface Screened<T> {
  /** The value with ages top-coded (otherwise unchanged). */
  value: T;
  issues: FieldIssue[];
}

/** Claims about these subjects are screened with the `patient` profile, all others with `public`. */
export function profileOf(subjectType: SubjectType): ScreenProfile {
  return subjectType === 'PATIENT' || subjectType === 'ADVERSE_EVENT' ? 'patient' : 'public';
}

const PROFILE_NOTE: Record<ScreenProfile, string> = {
  patient: 'patient-level data holds no direct identifiers',
  public: 'claims hold no direct identifiers of any person',
};

/** Keys inside an age whose numbers are not years (`{ years: 97, months: 3 }`). */
const NOT_YEARS = /month|week|day|hour/i;

function textIssues(text: string, path: string, profile: ScreenProfile): FieldIssue[] {
  return findDirectIdentifiers(text, profile).map((finding) => ({
    path,
    rule: `identifier_${finding.kind.toLowerCase()}`,
    message: `${finding.message}: ${PROFILE_NOTE[profile]}`,
  }));
}

/** A control character (other than tab and newline) in stored text, as an issue at `at`. */
function controlIssues(text: string, at: string): FieldIssue[] {
  const bad = forbiddenCharacter(text);
  return bad
    ? [
        {
          path: at,
          rule: 'control_character',
          message: `must not contain control characters (found ${bad}); only tab and newline are allowed`,
        },
      ]
    : [];
}

function walk(
  value: unknown,
  path: (string | number)[],
  profile: ScreenProfile,
  key: string | undefined,
  age: boolean,
  issues: FieldIssue[],
): unknown {
  const at = path.join('.');
  if (typeof value === 'string') {
    const normalized = normalizeText(value);
    issues.push(...controlIssues(normalized, at));
    if (key === 'subjectCode') {
      const problem = subjectCodeProblem(normalized);
      if (problem) issues.push({ path: at, rule: problem.rule, message: problem.message });
      return normalized;
    }
    const text = age ? topCodeAgeText(normalized) : normalized;
    issues.push(...textIssues(text, at, profile));
    return text;
  }
  if (typeof value === 'number') {
    const n = age && Number.isFinite(value) ? (topCodeAge(value) as number) : value;
    // Digits can be a phone, SSN, record number or date: `6085550142` as a number too.
    if (Number.isInteger(n) && Math.abs(n) >= 1_000_000) issues.push(...textIssues(String(n), at, profile));
    return n;
  }
  if (Array.isArray(value)) {
    return value.map((item, i) => walk(item, [...path, i], profile, key, age, issues));
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, item] of Object.entries(value)) {
      // A key is text too: { "Mr. Smith": … } or { "6085550142": … } must not get through.
      issues.push(...textIssues(k, [...path, k].join('.'), profile));
      issues.push(...controlIssues(k, [...path, k].join('.')));
      const childAge = (age || isAgeKey(k)) && !NOT_YEARS.test(k);
      out[k] = walk(item, [...path, k], profile, k, childAge, issues);
    }
    return out;
  }
  return value;
}

/**
 * Screens `value` (a string, number, array or object, at any depth) found at `path`: returns the
 * value with ages top-coded and every issue found (empty when none).
 */
export function screen<T>(value: T, path: readonly (string | number)[], options: ScreenOptions): Screened<T> {
  const issues: FieldIssue[] = [];
  const key = options.key ?? (typeof path.at(-1) === 'string' ? (path.at(-1) as string) : undefined);
  const age = key !== undefined && isAgeKey(key) && !NOT_YEARS.test(key);
  const screened = walk(value, [...path], options.profile, key, age, issues);
  return { value: screened as T, issues };
}

/** `screen`, throwing a ValidationError naming each field path and rule when anything is found. */
export function screenOrThrow<T>(value: T, path: readonly (string | number)[], options: ScreenOptions): T {
  const { value: screened, issues } = screen(value, path, options);
  if (issues.length > 0) throw new ValidationError(issues);
  return screened;
}

/**
 * Screens a patient or adverse event input or patch: every field (the object's keys included)
 * with the `patient` profile; throws a ValidationError when anything is found. The age column is
 * then validated (0 to 120) and top-coded by the input schema (domain/validation.ts `patientInput`).
 */
export function screenPatientLevel(input: Record<string, unknown>, path: readonly (string | number)[]): void {
  screenOrThrow(input, path, { profile: 'patient' });
}

/**
 * Claim fields about trials, therapies and reviews that name investigators, authors or experts
 * (public people in their public role): a titled name is allowed there, and nowhere else.
 */
export const PUBLIC_NAME_FIELDS =
  /^(?:principalInvestigators?|investigators?|officials|overallOfficials|authors?|experts?|sponsors?|collaborators|institution|affiliation)$/;

export interface ClaimToScreen {
  subjectType: SubjectType;
  field: string;
  value: unknown;
  locator?: string | null | undefined;
}

/**
 * Screens a claim of any subject: its field name, its value (recursively, keys included, ages
 * top-coded when the field is an age) and its locator; `patient` profile for claims about
 * patients and adverse events, `public` for the rest. Returns the value to store.
 */
export function screenClaim(claim: ClaimToScreen, prefix: string): unknown {
  const profile = profileOf(claim.subjectType);
  const issues = textIssues(claim.field, `${prefix}.field`, profile);
  const value = screen(claim.value, [prefix, 'value'], { profile, key: claim.field });
  // Who ran a trial or wrote a review is public: "Falcone Mr Marco" may be a principalInvestigator.
  const namesAllowed = profile === 'public' && PUBLIC_NAME_FIELDS.test(claim.field);
  issues.push(...value.issues.filter((i) => !(namesAllowed && i.rule === 'identifier_person_name')));
  if (claim.locator != null) issues.push(...screen(claim.locator, [prefix, 'locator'], { profile }).issues);
  if (issues.length > 0) throw new ValidationError(issues);
  return value.value;
}
