import { describe, expect, it } from 'vitest';
import { checkClaim, isAgeField } from '../src/domain/claims.js';
import { ValidationError } from '../src/domain/validation.js';
import { screenClaim } from '../src/write/screen.js';

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

  it('leaves privacy to the write layer screen: it top-codes ages over 89 at 90, as a number or in a list', () => {
    const age = (subjectType: 'PATIENT' | 'TRIAL', field: string, value: unknown) =>
      screenClaim({ subjectType, field, value }, 'input');
    expect(checkClaim({ subjectType: 'PATIENT', field: 'ageAtEnrollment', value: 95 }).value).toBe(95);
    expect(age('PATIENT', 'ageAtEnrollment', 95)).toBe(90);
    expect(age('TRIAL', 'participantAgeAtDeath', [18, 92])).toEqual([18, 90]);
    expect(age('PATIENT', 'followUpMonths', 120)).toBe(120);
  });

  it('the screen checks claims about patients and adverse events for direct identifiers, value and locator', () => {
    expect(
      issuesOf(() =>
        screenClaim(
          {
            subjectType: 'PATIENT',
            field: 'notes',
            value: { contact: ['call 608-555-0147'] },
            locator: 'letter from Mr. Smith',
          },
          'input',
        ),
      ),
    ).toEqual([
      { path: 'input.value.contact.0', rule: 'identifier_phone' },
      { path: 'input.locator', rule: 'identifier_person_name' },
    ]);
    expect(
      issuesOf(() =>
        screenClaim({ subjectType: 'ADVERSE_EVENT', field: 'note', value: 'jane@example.org' }, 'input'),
      ),
    ).toEqual([{ path: 'input.value', rule: 'identifier_email' }]);
  });

  it('the screen checks claims about trials too: an investigator may be named, a patient may not', () => {
    expect(
      screenClaim({ subjectType: 'TRIAL', field: 'principalInvestigator', value: 'Dr. Rosenberg' }, 'input'),
    ).toBe('Dr. Rosenberg');
    expect(
      issuesOf(() =>
        screenClaim({ subjectType: 'TRIAL', field: 'responders', value: 'Mr. Smith and one other' }, 'input'),
      ),
    ).toEqual([{ path: 'input.value', rule: 'identifier_person_name' }]);
    // Fields that name investigators may carry a registry's honorific ("Falcone Mr Marco").
    expect(
      screenClaim({ subjectType: 'TRIAL', field: 'principalInvestigator', value: 'Mr. Rosenberg' }, 'input'),
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
