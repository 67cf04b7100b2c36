import type {
  Denom,
  MeasureCategory,
  MeasureClass,
  Measurement,
  ResultGroup,
} from '../../domain/registry-validation.js';
import { builder } from '../builder.js';

// Typed shapes shared by the JSON-backed parts of registry results (outcome measures, baseline,
// participant flow, adverse-event groups). Reported numbers stay strings, as the registry writes them.

export const ResultGroupRef = builder.objectRef<ResultGroup>('ResultGroup').implement({
  description: 'A group of participants results are reported for (usually an arm or a dose cohort).',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Registry group id, e.g. "OG000"; measurements refer to it.' }),
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
  }),
});

export const DenomCountRef = builder.objectRef<Denom['counts'][number]>('DenomCount').implement({
  description: 'How many units one group analysed.',
  fields: (t) => ({
    groupId: t.exposeString('groupId', { description: 'The `ResultGroup.id` this count is for.' }),
    value: t.exposeInt('value', { description: 'Number of units analysed.' }),
  }),
});

export const DenomRef = builder.objectRef<Denom>('Denom').implement({
  description: 'Numbers analysed per group (the denominators of a measure).',
  fields: (t) => ({
    units: t.exposeString('units', { description: 'What is counted, usually "Participants".' }),
    counts: t.field({ type: [DenomCountRef], resolve: (d) => d.counts }),
  }),
});

export const MeasurementRef = builder.objectRef<Measurement>('Measurement').implement({
  description: 'One reported value of one group, as written in the registry ("NA" and the like kept).',
  fields: (t) => ({
    groupId: t.exposeString('groupId', { description: 'The `ResultGroup.id` this value is for.' }),
    value: t.exposeString('value', { nullable: true, description: 'The value, e.g. "12" or "45.3".' }),
    spread: t.exposeString('spread', {
      nullable: true,
      description: 'Standard deviation or error, per the dispersion type.',
    }),
    lowerLimit: t.exposeString('lowerLimit', {
      nullable: true,
      description: 'Lower limit of a range or interval.',
    }),
    upperLimit: t.exposeString('upperLimit', {
      nullable: true,
      description: 'Upper limit of a range or interval.',
    }),
    comment: t.exposeString('comment', {
      nullable: true,
      description: 'Why a value is missing, or another note.',
    }),
  }),
});

export const MeasureCategoryRef = builder.objectRef<MeasureCategory>('MeasureCategory').implement({
  description: 'A category of a measure (e.g. "Complete response"), with a value per group.',
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true, description: 'Null for an uncategorised measure.' }),
    measurements: t.field({ type: [MeasurementRef], resolve: (c) => c.measurements }),
  }),
});

export const MeasureClassRef = builder.objectRef<MeasureClass>('MeasureClass').implement({
  description: 'A class (row group) of a measure, e.g. a subgroup, holding categories of values.',
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true, description: 'Null when the measure has one class.' }),
    denoms: t.field({
      type: [DenomRef],
      description: 'Class-specific denominators, if any.',
      resolve: (c) => c.denoms,
    }),
    categories: t.field({ type: [MeasureCategoryRef], resolve: (c) => c.categories }),
  }),
});
