import { type SQL, sql } from 'drizzle-orm';
import { assessments, type reviews, reviewTherapies, reviewTrials } from '../../db/tables.js';
import type { ReviewKind, Stance } from '../../domain/enums.js';
import { MAX_YEAR, MIN_YEAR } from '../../domain/validation.js';
import { builder } from '../builder.js';
import { ReviewKindEnum, StanceEnum } from '../types/enums.js';
import {
  type Combinators,
  checkList,
  checkRange,
  checkText,
  combine,
  containsSql,
  type Direction,
  type GlobalId,
  IntRange,
  type IntRangeInput,
  idsOf,
  inListSql,
  rangeSql,
  SortDirection,
} from './common.js';

interface RawReviewFilter extends Combinators<RawReviewFilter> {
  kinds?: ReviewKind[] | null;
  year?: IntRangeInput | null;
  journal?: string | null;
  stances?: Stance[] | null;
  aboutTrials?: GlobalId[] | null;
  aboutTherapies?: GlobalId[] | null;
}

export const ReviewFilter = builder.inputRef<RawReviewFilter>('ReviewFilter').implement({
  description: 'Conditions on reviews. All given fields must hold (AND).',
  fields: (t) => ({
    kinds: t.field({ type: [ReviewKindEnum] }),
    year: t.field({ type: IntRange, description: 'Publication year within this range.' }),
    journal: t.string({ description: 'Text contained in the journal name (case-insensitive).' }),
    stances: t.field({ type: [StanceEnum], description: 'Holds an assessment with any of these stances.' }),
    aboutTrials: t.globalIDList({ description: 'Discusses any of these trials (Trial IDs).' }),
    aboutTherapies: t.globalIDList({ description: 'Discusses any of these therapies (Therapy IDs).' }),
    and: t.field({ type: [ReviewFilter] }),
    or: t.field({ type: [ReviewFilter] }),
    not: t.field({ type: ReviewFilter }),
  }),
});

function build(f: RawReviewFilter, table: typeof reviews, path: string, depth: number): SQL | undefined {
  checkList(`${path}.kinds`, f.kinds);
  checkList(`${path}.stances`, f.stances);
  checkList(`${path}.aboutTrials`, f.aboutTrials);
  checkList(`${path}.aboutTherapies`, f.aboutTherapies);
  checkText(`${path}.journal`, f.journal);
  checkRange(`${path}.year`, f.year, MIN_YEAR, MAX_YEAR);
  const own = [
    inListSql(table.kind, f.kinds),
    rangeSql(table.year, f.year),
    containsSql(table.journal, f.journal),
    f.stances
      ? f.stances.length === 0
        ? sql`0`
        : sql`exists (select 1 from ${assessments} where ${assessments.reviewId} = ${table.id} and ${assessments.stance} in ${f.stances})`
      : undefined,
    f.aboutTrials
      ? f.aboutTrials.length === 0
        ? sql`0`
        : sql`exists (select 1 from ${reviewTrials} where ${reviewTrials.reviewId} = ${table.id} and ${reviewTrials.trialId} in ${idsOf(f.aboutTrials, 'Trial', `${path}.aboutTrials`)})`
      : undefined,
    f.aboutTherapies
      ? f.aboutTherapies.length === 0
        ? sql`0`
        : sql`exists (select 1 from ${reviewTherapies} where ${reviewTherapies.reviewId} = ${table.id} and ${reviewTherapies.therapyId} in ${idsOf(f.aboutTherapies, 'Therapy', `${path}.aboutTherapies`)})`
      : undefined,
  ];
  return combine(f, own, (sub, subPath) => build(sub, table, subPath, depth + 1), path, depth);
}

export function reviewFilterSql(filter: unknown, table: typeof reviews, path = 'filter'): SQL | undefined {
  return filter ? build(filter as RawReviewFilter, table, path, 0) : undefined;
}

export const REVIEW_ORDER_FIELDS = ['CREATED', 'YEAR', 'TITLE'] as const;
export type ReviewOrderField = (typeof REVIEW_ORDER_FIELDS)[number];
export const ReviewOrderFieldEnum = builder.enumType('ReviewOrderField', {
  values: {
    CREATED: {},
    YEAR: { description: 'Publication year; unknown sorts as lowest.' },
    TITLE: {},
  } satisfies Record<ReviewOrderField, { description?: string }>,
});
export interface ReviewOrderInput {
  field: ReviewOrderField;
  direction?: Direction | null;
}
export const ReviewOrder = builder.inputType('ReviewOrder', {
  description: 'Sort order. Ties are broken by the review id.',
  fields: (t) => ({
    field: t.field({ type: ReviewOrderFieldEnum, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: 'ASC' }),
  }),
});

export function reviewOrderQuery(order: ReviewOrderInput | null | undefined) {
  const d = order?.direction === 'DESC' ? 'desc' : 'asc';
  switch (order?.field ?? 'CREATED') {
    case 'YEAR':
      return {
        extras: { sortKey: (t: typeof reviews) => sql`coalesce(${t.year}, -1)` },
        orderBy: { sortKey: d, id: d },
      } as const;
    case 'TITLE':
      return { orderBy: { title: d, id: d } } as const;
    default:
      return { orderBy: { id: d } } as const;
  }
}
