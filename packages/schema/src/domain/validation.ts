import { z } from 'zod';
import {
  ATTRIBUTIONS,
  CELL_SOURCES,
  MODALITIES,
  PATIENT_STATUSES,
  PHASES,
  RESPONSES,
  REVIEW_KINDS,
  SEXES,
  SOURCE_KINDS,
  STANCES,
  THERAPY_ROLES,
  TRIAL_STATUSES,
  VECTORS,
} from './enums.js';
import { SUBJECT_CODE_PATTERN, topCodeAge } from './privacy.js';
import { cleanText } from './text.js';

export const NCT_ID_PATTERN = /^NCT\d{8}$/;
/** DOI: "10." + registrant code + "/" + suffix (Crossref's recommended pattern). */
export const DOI_PATTERN = /^10\.\d{4,9}\/[-._;()/:A-Za-z0-9<>[\]]+$/;
export const PMID_PATTERN = /^[1-9]\d{0,8}$/;
/** ISO date with optional month and day: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export const nctId = z.string().regex(NCT_ID_PATTERN, { message: 'must be "NCT" followed by 8 digits' });
export const doi = z
  .string()
  .regex(DOI_PATTERN, { message: 'must be a DOI such as 10.1126/science.1129003' });
export const pmid = z.string().regex(PMID_PATTERN, { message: 'must be a PubMed id: 1 to 9 digits' });
export const year = z
  .number()
  .int({ message: 'must be a whole year' })
  .min(MIN_YEAR, { message: `must be ${MIN_YEAR} or later` })
  .max(MAX_YEAR, { message: `must be ${MAX_YEAR} or earlier` });
export const partialDate = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, { message: 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD' });
export const age = z
  .number()
  .int({ message: 'must be a whole number of years' })
  .min(0, { message: 'must be at least 0' })
  .max(120, { message: 'must be at most 120' });
export const ctcaeGrade = z
  .number()
  .int({ message: 'must be a whole CTCAE grade' })
  .min(1, { message: 'CTCAE grades run from 1 to 5' })
  .max(5, { message: 'CTCAE grades run from 1 to 5' });
const count = z.number().int().min(0, { message: 'must not be negative' });
const months = z.number().min(0, { message: 'must not be negative' }).max(1200);
const text = cleanText;

/** An inclusive range whose lower bound must not exceed its upper bound. */
export function rangeOf<T extends z.ZodNumber>(bound: T) {
  return z
    .object({ min: bound.nullish(), max: bound.nullish() })
    .refine((r) => r.min == null || r.max == null || r.min <= r.max, {
      message: 'min must not be greater than max',
      path: ['min'],
    });
}
export const yearRange = rangeOf(year);
export const ageRange = rangeOf(age);

export const sourceInput = z.object({
  kind: z.enum(SOURCE_KINDS),
  title: text(500),
  publisher: text(200).nullish(),
  publishedOn: partialDate.nullish(),
  url: z.url().nullish(),
  doi: doi.nullish(),
  pmid: pmid.nullish(),
  nctId: nctId.nullish(),
  retrievedAt: z.iso.datetime().nullish(),
});

export const trialInput = z
  .object({
    nctId: nctId.nullish(),
    title: text(500),
    officialTitle: text(1000).nullish(),
    phase: z.enum(PHASES).nullish(),
    status: z.enum(TRIAL_STATUSES).nullish(),
    conditions: z.array(text(300)).max(100).default([]),
    sponsor: text(300).nullish(),
    institution: text(300).nullish(),
    country: text(100).nullish(),
    principalInvestigator: text(200).nullish(),
    startDate: partialDate.nullish(),
    completionDate: partialDate.nullish(),
    plannedEnrollment: count.nullish(),
    actualEnrollment: count.nullish(),
    summary: text(20_000).nullish(),
  })
  .refine((t) => !t.startDate || !t.completionDate || t.startDate <= t.completionDate, {
    message: 'completionDate must not be before startDate',
    path: ['completionDate'],
    params: { rule: 'date_order' },
  })
  .refine((t) => !t.startDate || year.safeParse(Number(t.startDate.slice(0, 4))).success, {
    message: `start year must be between ${MIN_YEAR} and ${MAX_YEAR}`,
    path: ['startDate'],
    params: { rule: 'year_range' },
  });

export const therapyInput = z.object({
  name: text(300),
  modality: z.enum(MODALITIES),
  transgene: text(300).nullish(),
  targetAntigen: text(100).nullish(),
  vector: z.enum(VECTORS).nullish(),
  cellSource: z.enum(CELL_SOURCES).nullish(),
  description: text(5000).nullish(),
});

export const trialTherapyInput = z.object({
  armName: text(300).nullish(),
  role: z.enum(THERAPY_ROLES),
  dose: text(500).nullish(),
});

// Patient-level text is screened for direct identifiers by the write layer's privacy screen
// (write/screen.ts) before these schemas see it: one screen for every field, key and claim.
const patientText = (max: number) => text(max);

export const adverseEventInput = z.object({
  term: text(300),
  grade: ctcaeGrade.nullish(),
  attribution: z.enum(ATTRIBUTIONS).nullish(),
  serious: z.boolean().nullish(),
  description: patientText(2000).nullish(),
});

export const patientInput = z.object({
  /** Format only; the subject-code rule (a digit, not a surname or an identifier) is in the screen. */
  subjectCode: z.string().regex(SUBJECT_CODE_PATTERN, {
    message: 'must be a short study code: up to 32 letters, digits, . _ - (e.g. NCI-MART1-01)',
  }),
  /** Ages over 89 are stored as 90, meaning "90 or older" (HIPAA Safe Harbor). */
  ageAtEnrollment: age.transform((a) => topCodeAge(a) as number).nullish(),
  sex: z.enum(SEXES).default('UNKNOWN'),
  diseaseStage: patientText(100).nullish(),
  metastaticSites: z.array(patientText(100)).max(50).default([]),
  priorTherapies: z.array(patientText(200)).max(50).default([]),
  bestResponse: z.enum(RESPONSES).nullish(),
  responseDurationMonths: months.nullish(),
  followUpMonths: months.nullish(),
  status: z.enum(PATIENT_STATUSES).default('UNKNOWN'),
  notes: patientText(5000).nullish(),
  adverseEvents: z.array(adverseEventInput).max(200).default([]),
});

export const assessmentInput = z.object({
  expert: text(200),
  affiliation: text(300).nullish(),
  quote: text(2000),
  stance: z.enum(STANCES),
  rationale: text(1000).nullish(),
});

export const reviewInput = z.object({
  kind: z.enum(REVIEW_KINDS),
  title: text(1000),
  authors: z.array(text(200)).max(500).default([]),
  authorsComplete: z.boolean().default(true),
  journal: text(300).nullish(),
  year: year.nullish(),
  volume: text(20).nullish(),
  issue: text(20).nullish(),
  pages: text(40).nullish(),
  doi: doi.nullish(),
  pmid: pmid.nullish(),
  url: z.url().nullish(),
  abstract: text(20_000).nullish(),
  summary: text(5000).nullish(),
  assessments: z.array(assessmentInput).max(100).default([]),
});

export type SourceInput = z.input<typeof sourceInput>;
export type TrialInput = z.input<typeof trialInput>;
export type TherapyInput = z.input<typeof therapyInput>;
export type PatientInput = z.input<typeof patientInput>;
export type ReviewInput = z.input<typeof reviewInput>;

export interface FieldIssue {
  /** Dotted path to the offending field, e.g. `patients.3.ageAtEnrollment`. */
  path: string;
  message: string;
  /** Machine-readable rule name, e.g. `too_big`, `invalid_format`. */
  rule: string;
}

function ruleOf(issue: z.core.$ZodIssue): string {
  const custom = issue.code === 'custom' ? (issue.params as { rule?: unknown } | undefined)?.rule : undefined;
  return typeof custom === 'string' ? custom : issue.code;
}

/** Flattens a zod error into field issues a client can show next to its inputs. */
export function toFieldIssues(error: z.ZodError, prefix: readonly (string | number)[] = []): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join('.'),
    message: issue.message,
    rule: ruleOf(issue),
  }));
}

export class ValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => `${i.path || '(input)'}: ${i.message}`).join('; '));
    this.name = 'ValidationError';
  }
}

/** Parses `value` with `schema`, throwing a ValidationError that names each failing field. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  prefix: readonly (string | number)[] = [],
): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(toFieldIssues(result.error, prefix));
  return result.data;
}

/** Year of a partial ISO date, or null. */
export function yearOf(date: string | null | undefined): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}
