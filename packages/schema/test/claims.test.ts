import { describe, expect, it } from 'vitest';
import { checkClaim, isAgeField } from '../src/domain/claims.js';
import { ValidationError } from '../src/domain/validation.js';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map(({ path, rule }) => ({ path, rule }));
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('isAgeField', () => {
  it.each(['age', 'ageAtEnrollment', 'participantAgeAtDeath', 'medianAge'])('%s is an age', (f) =>
    expect(isAgeField(f)).toBe(true),
  );
  it.each(['stage', 'page', 'averageDose', 'agent', 'leakage'])('%s is not', (f) =>
    expect(isAgeField(f)).toBe(false),
  );
});

describe('checkClaim', () => {
  it('keeps a valid claim as given, trimming the locator', () => {
    expect(
      checkClaim({ subjectType: 'TRIAL', field: 'actualEnrollment', value: 17, locator: ' Results ' }),
    ).toEqual({
      value: 17,
      locator: 'Results',
    });
  });

  it('top-codes ages over 89 at 90, as a number or in a list', () => {
    expect(checkClaim({ subjectType: 'PATIENT', field: 'ageAtEnrollment', value: 95 }).value).toBe(90);
    expect(
      checkClaim({ subjectType: 'TRIAL', field: 'participantAgeAtDeath', value: [18, 92] }).value,
    ).toEqual([18, 90]);
    expect(checkClaim({ subjectType: 'PATIENT', field: 'followUpMonths', value: 120 }).value).toBe(120);
  });

  it('screens claims about patients and adverse events for direct identifiers, value and locator', () => {
    expect(
      issuesOf(() =>
        checkClaim({
          subjectType: 'PATIENT',
          field: 'notes',
          value: { contact: ['call 608-555-0147'] },
          locator: 'letter from Mr. Smith',
        }),
      ),
    ).toEqual([
      { path: 'input.value.contact.0', rule: 'identifier_phone' },
      { path: 'input.locator', rule: 'identifier_person_name' },
    ]);
    expect(
      issuesOf(() => checkClaim({ subjectType: 'ADVERSE_EVENT', field: 'note', value: 'jane@example.org' })),
    ).toEqual([{ path: 'input.value', rule: 'identifier_email' }]);
  });

  it('does not screen claims about trials (an investigator may be named)', () => {
    expect(
      checkClaim({ subjectType: 'TRIAL', field: 'principalInvestigator', value: 'Mr. Rosenberg' }).value,
    ).toBe('Mr. Rosenberg');
  });

  it('rejects a malformed field, an empty locator and oversized values', () => {
    expect(
      issuesOf(() =>
        checkClaim({
          subjectType: 'TRIAL',
          field: 'Age at enrollment',
          value: 'x'.repeat(20_000),
          locator: ' ',
        }),
      ),
    ).toEqual([
      { path: 'input.field', rule: 'field_format' },
      { path: 'input.value', rule: 'too_big' },
      { path: 'input.locator', rule: 'too_small' },
    ]);
  });
});
