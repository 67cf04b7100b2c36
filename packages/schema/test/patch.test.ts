import { describe, expect, it } from 'vitest';
import { patchKeys, patchSchema, validatePatch } from '../src/domain/patch.js';
import { patientInput, trialInput, ValidationError } from '../src/domain/validation.js';

const storedTrial = {
  id: 1,
  title: 'Stored',
  nctId: null,
  startDate: '2020',
  completionDate: '2022',
  conditions: ['Melanoma'],
  version: 3,
};

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map(({ path, rule }) => ({ path, rule }));
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('patchSchema', () => {
  it('makes every field optional and drops object-level refinements', () => {
    expect(patchSchema(trialInput).safeParse({}).success).toBe(true);
    expect(patchSchema(trialInput).safeParse({ startDate: '2023', completionDate: '2020' }).success).toBe(
      true,
    );
  });

  it('still checks each field given', () => {
    expect(patchSchema(trialInput).safeParse({ title: '' }).success).toBe(false);
    expect(patchSchema(trialInput).safeParse({ title: null }).success).toBe(false);
  });
});

describe('patchKeys', () => {
  it('lists keys that are set, explicit nulls included', () => {
    expect(patchKeys({ a: 1, b: null, c: undefined })).toEqual(['a', 'b']);
  });
});

describe('validatePatch', () => {
  it('returns the parsed values of the fields given, and only those', () => {
    expect(validatePatch(trialInput, storedTrial, { title: '  New  ', sponsor: null })).toEqual({
      title: 'New',
      sponsor: null,
    });
  });

  it('does not fill in defaults for fields left out', () => {
    const stored = { subjectCode: 'P1', sex: 'FEMALE', status: 'ALIVE', metastaticSites: ['lung'] };
    expect(validatePatch(patientInput, stored, { notes: 'Responded.' })).toEqual({ notes: 'Responded.' });
  });

  it('applies transforms: an age over 89 becomes 90', () => {
    expect(validatePatch(patientInput, { subjectCode: 'P1' }, { ageAtEnrollment: 97 })).toEqual({
      ageAtEnrollment: 90,
    });
  });

  it('checks cross-field rules against the merged row', () => {
    expect(issuesOf(() => validatePatch(trialInput, storedTrial, { startDate: '2023' }, ['input']))).toEqual([
      { path: 'input.completionDate', rule: 'date_order' },
    ]);
    expect(validatePatch(trialInput, storedTrial, { startDate: '2023', completionDate: '2024' })).toEqual({
      startDate: '2023',
      completionDate: '2024',
    });
  });

  it('reports field issues with the prefix, before merging', () => {
    expect(
      issuesOf(() => validatePatch(trialInput, storedTrial, { nctId: 'NCT1', title: null }, ['input'])),
    ).toEqual([
      { path: 'input.nctId', rule: 'invalid_format' },
      { path: 'input.title', rule: 'invalid_type' },
    ]);
  });

  it('does not block an update on a stored value that predates a rule', () => {
    const legacy = { ...storedTrial, startDate: '2023', completionDate: '2020' };
    expect(validatePatch(trialInput, legacy, { title: 'Fixed title' })).toEqual({ title: 'Fixed title' });
  });
});
