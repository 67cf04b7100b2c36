import { type SQL, sql } from 'drizzle-orm';
import type { therapies } from '../../db/tables.js';
import type { CellSource, Modality, Vector } from '../../domain/enums.js';
import { builder } from '../builder.js';
import { CellSourceEnum, ModalityEnum, VectorEnum } from '../types/enums.js';
import {
  type Combinators,
  checkList,
  checkText,
  combine,
  containsSql,
  type Direction,
  inListSql,
  SortDirection,
} from './common.js';

export interface TherapyFilterInput extends Combinators<TherapyFilterInput> {
  modalities?: Modality[] | null;
  vectors?: Vector[] | null;
  cellSources?: CellSource[] | null;
  targetAntigen?: string | null;
  name?: string | null;
}

export const TherapyFilter = builder.inputRef<TherapyFilterInput>('TherapyFilter').implement({
  description: 'Conditions on therapies. All given fields must hold (AND).',
  fields: (t) => ({
    modalities: t.field({ type: [ModalityEnum], description: 'Any of these modalities.' }),
    vectors: t.field({ type: [VectorEnum], description: 'Any of these vectors.' }),
    cellSources: t.field({ type: [CellSourceEnum], description: 'Any of these cell sources.' }),
    targetAntigen: t.string({ description: 'Target antigen (case-insensitive, exact).' }),
    name: t.string({ description: 'Text contained in the name (case-insensitive).' }),
    and: t.field({ type: [TherapyFilter] }),
    or: t.field({ type: [TherapyFilter] }),
    not: t.field({ type: TherapyFilter }),
  }),
});

function build(
  filter: TherapyFilterInput,
  table: typeof therapies,
  path: string,
  depth: number,
): SQL | undefined {
  checkList(`${path}.modalities`, filter.modalities);
  checkList(`${path}.vectors`, filter.vectors);
  checkList(`${path}.cellSources`, filter.cellSources);
  checkText(`${path}.targetAntigen`, filter.targetAntigen);
  checkText(`${path}.name`, filter.name);
  const own = [
    inListSql(table.modality, filter.modalities),
    inListSql(table.vector, filter.vectors),
    inListSql(table.cellSource, filter.cellSources),
    filter.targetAntigen != null
      ? sql`lower(${table.targetAntigen}) = lower(${filter.targetAntigen.trim()})`
      : undefined,
    containsSql(table.name, filter.name),
  ];
  return combine(filter, own, (sub, subPath) => build(sub, table, subPath, depth + 1), path, depth);
}

export function therapyFilterSql(
  filter: TherapyFilterInput | null | undefined,
  table: typeof therapies,
  path = 'filter',
): SQL | undefined {
  return filter ? build(filter, table, path, 0) : undefined;
}

export const THERAPY_ORDER_FIELDS = ['CREATED', 'NAME', 'MODALITY'] as const;
export type TherapyOrderField = (typeof THERAPY_ORDER_FIELDS)[number];
export const TherapyOrderFieldEnum = builder.enumType('TherapyOrderField', { values: THERAPY_ORDER_FIELDS });
export interface TherapyOrderInput {
  field: TherapyOrderField;
  direction?: Direction | null;
}
export const TherapyOrder = builder.inputType('TherapyOrder', {
  description: 'Sort order. Ties are broken by the therapy id.',
  fields: (t) => ({
    field: t.field({ type: TherapyOrderFieldEnum, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: 'ASC' }),
  }),
});

export function therapyOrderQuery(order: TherapyOrderInput | null | undefined) {
  const d = order?.direction === 'DESC' ? 'desc' : 'asc';
  switch (order?.field ?? 'CREATED') {
    case 'NAME':
      return { orderBy: { name: d, id: d } } as const;
    case 'MODALITY':
      return { orderBy: { modality: d, id: d } } as const;
    default:
      return { orderBy: { id: d } } as const;
  }
}
