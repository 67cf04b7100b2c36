import { describe, expect, it } from 'vitest';
import {
  ageRange,
  ctcaeGrade,
  doi,
  nctId,
  parseOrThrow,
  patientInput,
  pmid,
  reviewInput,
  trialInput,
  ValidationError,
  yearRange,
} from '../src/domain/validation.js';

describe('identifier formats', () => {
  it.each(['NCT00000001', 'NCT12345678'])('accepts NCT id %s', (v) =>
    expect(nctId.safeParse(v).success).toBe(true),
  );
  it.each(['NCT1234567', 'NCT123456789', 'nct12345678', 'NCTABCDEFGH', ' NCT12345678', ''])(
    'rejects NCT id %j',
    (v) => expect(nctId.safeParse(v).success).toBe(false),
  );
  it.each(['10.1126/science.1129003', '10.1517/14712598.4.10.1595'])('accepts DOI %s', (v) =>
    expect(doi.safeParse(v).success).toBe(true),
  );
  it.each(['doi:10.1126/x', '10.12/abc', 'https://doi.org/10.1126/science.1129003', '10.1126/'])(
    'rejects DOI %j',
    (v) => expect(doi.safeParse(v).success).toBe(false),
  );
  it.each(['1', '16946036', '123456789'])('accepts PMID %s', (v) =>
    expect(pmid.safeParse(v).success).toBe(true),
  );
  it.each(['0', '0123', '1234567890', 'PMID:1', '12a'])('rejects PMID %j', (v) =>
    expect(pmid.safeParse(v).success).toBe(false),
  );
});

describe('numeric rules', () => {
  it('keeps ages within 0-120 and whole', () => {
    expect(patientInput.safeParse({ subjectCode: 'P1', ageAtEnrollment: 0 }).success).toBe(true);
    expect(patientInput.safeParse({ subjectCode: 'P1', ageAtEnrollment: 120 }).success).toBe(true);
    for (const age of [-1, 121, 40.5]) {
      const r = patientInput.safeParse({ subjectCode: 'P1', ageAtEnrollment: age });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(['ageAtEnrollment']);
    }
  });

  it('keeps CTCAE grades within 1-5', () => {
    for (const g of [1, 5]) expect(ctcaeGrade.safeParse(g).success).toBe(true);
    for (const g of [0, 6, 2.5]) expect(ctcaeGrade.safeParse(g).success).toBe(false);
  });

  it('rejects inverted and out-of-range year and age ranges', () => {
    expect(yearRange.safeParse({ min: 2000, max: 2010 }).success).toBe(true);
    expect(yearRange.safeParse({ min: 2010 }).success).toBe(true);
    const inverted = yearRange.safeParse({ min: 2010, max: 2000 });
    expect(inverted.success).toBe(false);
    expect(inverted.error?.issues[0]?.message).toMatch(/min must not be greater than max/);
    expect(yearRange.safeParse({ min: 1800 }).success).toBe(false);
    expect(ageRange.safeParse({ min: 50, max: 20 }).success).toBe(false);
  });

  it('rejects a review year outside 1900-2100', () => {
    expect(reviewInput.safeParse({ kind: 'NEWS', title: 'x', year: 1850 }).success).toBe(false);
  });
});

describe('parseOrThrow', () => {
  it('names each failing field with its path and rule', () => {
    try {
      parseOrThrow(trialInput, { title: '', nctId: 'NCT1', startDate: '2006-13' }, ['trials', 0]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const issues = (error as ValidationError).issues;
      expect(issues.map((i) => i.path).sort()).toEqual([
        'trials.0.nctId',
        'trials.0.startDate',
        'trials.0.title',
      ]);
      expect(issues.every((i) => i.rule && i.message)).toBe(true);
    }
  });

  it('rejects a completion date before the start date', () => {
    const r = trialInput.safeParse({ title: 'T', startDate: '2006-05', completionDate: '2005' });
    expect(r.error?.issues[0]?.path).toEqual(['completionDate']);
  });
});
