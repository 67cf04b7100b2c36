import { describe, expect, it } from 'vitest';
import { ageLabel, findDirectIdentifiers, topCodeAge } from '../src/domain/privacy.js';
import { patientInput, ValidationError } from '../src/domain/validation.js';
import { screenPatientLevel } from '../src/write/screen.js';

describe('findDirectIdentifiers', () => {
  const flagged: [string, string][] = [
    ['Contact jane.doe@example.org for follow-up', 'EMAIL'],
    ['Phone (608) 555-0147 after 5pm', 'PHONE'],
    ['call 608-555-0147', 'PHONE'],
    ['MRN 4482913', 'RECORD_NUMBER'],
    ['Medical record: A-99812', 'RECORD_NUMBER'],
    ['born 03/14/1953 in Wisconsin', 'EXACT_DATE'],
    ['Date of birth: 14 March 1953', 'EXACT_DATE'],
    ['SSN 123-45-6789', 'SSN'],
    ['lives at 42 Elm Street', 'STREET_ADDRESS'],
    ['Mr. Smith responded well', 'PERSON_NAME'],
    ['the patient, named Walter, relapsed', 'PERSON_NAME'],
    ['see https://hospital.example/patients/991', 'URL'],
  ];
  it.each(flagged)('flags %j as %s', (text, kind) => {
    expect(findDirectIdentifiers(text).map((f) => f.kind)).toContain(kind);
  });

  const clean = [
    'A tumour in the armpit disappeared; disease-free 19 months after treatment.',
    'Melanoma first diagnosed in 1999.',
    'Grade 3 cytokine release syndrome on day 4; resolved with tocilizumab.',
    'Lung, liver and lymph nodes',
    'Received 1.2 x 10^9 cells; IL-2 at 720,000 IU/kg.',
  ];
  it.each(clean)('passes clinical text %j', (text) => {
    expect(findDirectIdentifiers(text)).toEqual([]);
  });

  it('names a clinician in patient text as an identifier, but not in public (trial) text', () => {
    const text = 'Dr. Rosenberg reported no side effects from the gene therapy.';
    expect(findDirectIdentifiers(text, 'patient').map((f) => f.kind)).toEqual(['PERSON_NAME']);
    expect(findDirectIdentifiers(text, 'public')).toEqual([]);
  });
});

describe('patient input', () => {
  it('the write layer screen rejects identifiers in free text, naming the field and the rule', () => {
    let error: unknown;
    try {
      screenPatientLevel(
        { subjectCode: 'P1', notes: 'Reach him at 608-555-0147', metastaticSites: ['liver', 'x@y.org'] },
        ['input'],
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => [i.path, i.rule])).toEqual(
      expect.arrayContaining([
        ['input.notes', 'identifier_phone'],
        ['input.metastaticSites.1', 'identifier_email'],
      ]),
    );
  });

  it('rejects fields a person would be identified by: the schema has nowhere to put them', () => {
    const r = patientInput.strict().safeParse({ subjectCode: 'P1', name: 'Jane Doe' });
    expect(r.success).toBe(false);
  });

  it('top-codes ages above 89 to 90 ("90 or older")', () => {
    expect(patientInput.parse({ subjectCode: 'P1', ageAtEnrollment: 97 }).ageAtEnrollment).toBe(90);
    expect(patientInput.parse({ subjectCode: 'P1', ageAtEnrollment: 89 }).ageAtEnrollment).toBe(89);
    expect(topCodeAge(104)).toBe(90);
    expect(ageLabel(93)).toBe('90 or older');
    expect(ageLabel(52)).toBe('52');
    expect(ageLabel(null)).toBeNull();
  });
});
