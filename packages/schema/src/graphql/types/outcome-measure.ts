import type { Analysis } from '../../domain/registry-validation.js';
import { builder } from '../builder.js';
import {
  DispersionTypeEnum,
  OutcomeSourceEnum,
  OutcomeTypeEnum,
  ParamTypeEnum,
  ReportingStatusEnum,
} from './registry-enums.js';
import { DenomRef, MeasureClassRef, ResultGroupRef } from './result-parts.js';

export const AnalysisRef = builder.objectRef<Analysis>('OutcomeAnalysis').implement({
  description: 'A statistical analysis reported for an outcome measure, values as the registry writes them.',
  fields: (t) => ({
    groupIds: t.exposeStringList('groupIds', { description: 'The groups compared.' }),
    groupDescription: t.exposeString('groupDescription', { nullable: true }),
    nonInferiorityType: t.exposeString('nonInferiorityType', {
      nullable: true,
      description: 'e.g. SUPERIORITY, NON_INFERIORITY.',
    }),
    nonInferiorityComment: t.exposeString('nonInferiorityComment', { nullable: true }),
    pValue: t.exposeString('pValue', { nullable: true, description: 'e.g. "0.03" or "<0.001".' }),
    pValueComment: t.exposeString('pValueComment', { nullable: true }),
    statisticalMethod: t.exposeString('statisticalMethod', {
      nullable: true,
      description: 'e.g. "Log Rank".',
    }),
    statisticalComment: t.exposeString('statisticalComment', { nullable: true }),
    paramType: t.exposeString('paramType', {
      nullable: true,
      description: 'Estimated parameter, e.g. "Hazard Ratio (HR)".',
    }),
    paramValue: t.exposeString('paramValue', { nullable: true }),
    ciPercent: t.string({
      nullable: true,
      description: 'Confidence level of the interval, e.g. "95".',
      resolve: (a) => a.ciPctValue ?? null,
    }),
    ciSides: t.string({
      nullable: true,
      description: 'ONE_SIDED or TWO_SIDED.',
      resolve: (a) => a.ciNumSides ?? null,
    }),
    ciLowerLimit: t.exposeString('ciLowerLimit', { nullable: true }),
    ciUpperLimit: t.exposeString('ciUpperLimit', { nullable: true }),
    dispersionType: t.exposeString('dispersionType', { nullable: true }),
    dispersionValue: t.exposeString('dispersionValue', { nullable: true }),
    estimateComment: t.exposeString('estimateComment', { nullable: true }),
    otherAnalysisDescription: t.exposeString('otherAnalysisDescription', { nullable: true }),
  }),
});

export const OutcomeMeasure = builder.drizzleNode('outcomeMeasures', {
  name: 'OutcomeMeasure',
  select: {},
  description:
    'An outcome measure of a registry record: planned in the protocol (no values) or reported in the results (values per group).',
  id: { column: (o) => o.id },
  fields: (t) => ({
    source: t.expose('source', {
      type: OutcomeSourceEnum,
      description: 'Protocol (planned) or results (reported).',
    }),
    type: t.expose('type', { type: OutcomeTypeEnum }),
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    timeFrame: t.exposeString('timeFrame', {
      nullable: true,
      description: 'When it is measured, as registered.',
    }),
    populationDescription: t.exposeString('populationDescription', {
      nullable: true,
      description: 'Who was analysed (results only).',
    }),
    paramType: t.expose('paramType', {
      type: ParamTypeEnum,
      nullable: true,
      description: 'Statistic reported (results only).',
    }),
    dispersionType: t.expose('dispersionType', { type: DispersionTypeEnum, nullable: true }),
    unitOfMeasure: t.exposeString('unitOfMeasure', {
      nullable: true,
      description: 'e.g. "Participants" or "months".',
    }),
    reportingStatus: t.expose('reportingStatus', { type: ReportingStatusEnum, nullable: true }),
    groups: t.field({
      type: [ResultGroupRef],
      description: 'Groups reported (results only).',
      select: { columns: { groups: true } },
      resolve: (o) => o.groups,
    }),
    denoms: t.field({
      type: [DenomRef],
      description: 'Numbers analysed per group.',
      select: { columns: { denoms: true } },
      resolve: (o) => o.denoms,
    }),
    classes: t.field({
      type: [MeasureClassRef],
      description: 'Values: classes, their categories and a measurement per group.',
      select: { columns: { classes: true } },
      resolve: (o) => o.classes,
    }),
    analyses: t.field({
      type: [AnalysisRef],
      description: 'Statistical analyses comparing groups.',
      select: { columns: { analyses: true } },
      resolve: (o) => o.analyses,
    }),
    position: t.exposeInt('position', { description: 'Order within its source in the record, from 0.' }),
    trial: t.relation('trial'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    version: t.exposeInt('version', { description: 'Incremented on every change.' }),
  }),
});
