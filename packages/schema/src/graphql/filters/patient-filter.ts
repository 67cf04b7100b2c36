import { type SQL, sql } from 'drizzle-orm';
import { adverseEvents, type patients } from '../../db/tables.js';
import type { Response, Sex } from '../../domain/enums.js';
import { builder } from '../builder.js';
import { fieldError } from '../errors.js';
import { ResponseEnum, SexEnum } from '../types/enums.js';
import {
  type Combinators,
  checkList,
  checkRange,
  combine,
  type Direction,
  type GlobalId,
  IntRange,
  type IntRangeInput,
  idsOf,
  inListSql,
  rangeSql,
  SortDirection,
} from './common.js';

export interface PatientFilterInput extends Combinators<PatientFilterInput> {
  trialIds?: number[] | null;
  bestResponses?: Response[] | null;
  responseKnown?: boolean | null;
  age?: IntRangeInput | null;
  sexes?: Sex[] | null;
  hasAdverseEventGrade?: number | null;
}

export const PatientFilter = builder.inputRef<PatientFilterInput>('PatientFilter').implement({
  description: 'Conditions on patients. All given fields must hold (AND).',
  fields: (t) => ({
    trials: t.globalIDList({ description: 'Enrolled in any of these trials (Trial IDs).' }),
    bestResponses: t.field({ type: [ResponseEnum], description: 'Best overall response is any of these.' }),
    responseKnown: t.boolean({ description: 'Whether the best response is known.' }),
    age: t.field({ type: IntRange, description: 'Age at enrollment within this range (0-120).' }),
    sexes: t.field({ type: [SexEnum] }),
    hasAdverseEventGrade: t.int({ description: 'Had an adverse event of this CTCAE grade or higher.' }),
    and: t.field({ type: [PatientFilter] }),
    or: t.field({ type: [PatientFilter] }),
    not: t.field({ type: PatientFilter }),
  }),
});

type RawPatientFilter = Omit<PatientFilterInput, 'trialIds'> & { trials?: GlobalId[] | null };

function build(raw: RawPatientFilter, table: typeof patients, path: string, depth: number): SQL | undefined {
  checkList(`${path}.trials`, raw.trials);
  checkList(`${path}.bestResponses`, raw.bestResponses);
  checkRange(`${path}.age`, raw.age, 0, 120);
  if (raw.hasAdverseEventGrade != null && (raw.hasAdverseEventGrade < 1 || raw.hasAdverseEventGrade > 5)) {
    throw fieldError(`${path}.hasAdverseEventGrade`, 'ctcae_grade', 'CTCAE grades run from 1 to 5');
  }
  const own = [
    raw.trials
      ? raw.trials.length === 0
        ? sql`0`
        : sql`${table.trialId} in ${idsOf(raw.trials, 'Trial', `${path}.trials`)}`
      : undefined,
    inListSql(table.bestResponse, raw.bestResponses),
    raw.responseKnown != null
      ? sql`${table.bestResponse} is ${sql.raw(raw.responseKnown ? 'not null' : 'null')}`
      : undefined,
    rangeSql(table.ageAtEnrollment, raw.age),
    inListSql(table.sex, raw.sexes),
    raw.hasAdverseEventGrade != null
      ? sql`exists (select 1 from ${adverseEvents} where ${adverseEvents.patientId} = ${table.id} and ${adverseEvents.grade} >= ${raw.hasAdverseEventGrade})`
      : undefined,
  ];
  return combine(raw, own, (sub, subPath) => build(sub, table, subPath, depth + 1), path, depth);
}

export function patientFilterSql(filter: unknown, table: typeof patients, path = 'filter'): SQL | undefined {
  return filter ? build(filter as RawPatientFilter, table, path, 0) : undefined;
}

export const PATIENT_ORDER_FIELDS = ['CREATED', 'SUBJECT_CODE', 'AGE', 'FOLLOW_UP'] as const;
export type PatientOrderField = (typeof PATIENT_ORDER_FIELDS)[number];
export const PatientOrderFieldEnum = builder.enumType('PatientOrderField', {
  values: {
    CREATED: {},
    SUBJECT_CODE: {},
    AGE: { description: 'Age at enrollment; unknown sorts as lowest.' },
    FOLLOW_UP: { description: 'Follow-up months; unknown sorts as lowest.' },
  } satisfies Record<PatientOrderField, { description?: string }>,
});
export interface PatientOrderInput {
  field: PatientOrderField;
  direction?: Direction | null;
}
export const PatientOrder = builder.inputType('PatientOrder', {
  description: 'Sort order. Ties are broken by the patient id.',
  fields: (t) => ({
    field: t.field({ type: PatientOrderFieldEnum, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: 'ASC' }),
  }),
});

export function patientOrderQuery(order: PatientOrderInput | null | undefined) {
  const d = order?.direction === 'DESC' ? 'desc' : 'asc';
  switch (order?.field ?? 'CREATED') {
    case 'SUBJECT_CODE':
      return { orderBy: { subjectCode: d, id: d } } as const;
    case 'AGE':
      return {
        extras: { sortKey: (t: typeof patients) => sql`coalesce(${t.ageAtEnrollment}, -1)` },
        orderBy: { sortKey: d, id: d },
      } as const;
    case 'FOLLOW_UP':
      return {
        extras: { sortKey: (t: typeof patients) => sql`coalesce(${t.followUpMonths}, -1.0)` },
        orderBy: { sortKey: d, id: d },
      } as const;
    default:
      return { orderBy: { id: d } } as const;
  }
}
