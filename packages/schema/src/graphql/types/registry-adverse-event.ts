import type { AdverseEventGroup, AdverseEventStat } from '../../domain/registry-validation.js';
import { builder } from '../builder.js';
import { AdverseEventAssessmentTypeEnum, AdverseEventSeriousnessEnum } from './registry-enums.js';

export const AdverseEventStatRef = builder.objectRef<AdverseEventStat>('AdverseEventGroupStat').implement({
  description: 'Counts of one adverse event term in one result group.',
  fields: (t) => ({
    groupId: t.exposeString('groupId', { description: 'The `AdverseEventGroup.id` these counts are for.' }),
    numEvents: t.exposeInt('numEvents', {
      nullable: true,
      description: 'Occurrences (a participant may have several).',
    }),
    numAffected: t.exposeInt('numAffected', { nullable: true, description: 'Participants with the event.' }),
    numAtRisk: t.exposeInt('numAtRisk', {
      nullable: true,
      description: 'Participants at risk in the group.',
    }),
  }),
});

export const AdverseEventGroupRef = builder.objectRef<AdverseEventGroup>('AdverseEventGroup').implement({
  description: 'A group adverse events are reported for, with its totals.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Registry group id, e.g. "EG000".' }),
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    deathsNumAffected: t.exposeInt('deathsNumAffected', {
      nullable: true,
      description: 'Deaths from any cause.',
    }),
    deathsNumAtRisk: t.exposeInt('deathsNumAtRisk', { nullable: true }),
    seriousNumAffected: t.exposeInt('seriousNumAffected', {
      nullable: true,
      description: 'Participants with any serious adverse event.',
    }),
    seriousNumAtRisk: t.exposeInt('seriousNumAtRisk', { nullable: true }),
    otherNumAffected: t.exposeInt('otherNumAffected', {
      nullable: true,
      description: 'Participants with any other adverse event above the threshold.',
    }),
    otherNumAtRisk: t.exposeInt('otherNumAtRisk', { nullable: true }),
  }),
});

export const RegistryAdverseEvent = builder.drizzleNode('registryAdverseEvents', {
  name: 'RegistryAdverseEvent',
  select: {},
  description:
    "An adverse event term from a registry record's posted results, with counts per group. Aggregate and public; patient-level events are `Patient.adverseEvents`.",
  id: { column: (e) => e.id },
  fields: (t) => ({
    seriousness: t.expose('seriousness', { type: AdverseEventSeriousnessEnum }),
    term: t.exposeString('term', { description: 'Event term, e.g. "Cytokine release syndrome".' }),
    organSystem: t.exposeString('organSystem', { nullable: true, description: 'MedDRA organ system class.' }),
    sourceVocabulary: t.exposeString('sourceVocabulary', {
      nullable: true,
      description: 'e.g. "MedDRA (23.0)".',
    }),
    assessmentType: t.expose('assessmentType', { type: AdverseEventAssessmentTypeEnum, nullable: true }),
    notes: t.exposeString('notes', { nullable: true }),
    stats: t.field({
      type: [AdverseEventStatRef],
      description: 'Counts per group.',
      select: { columns: { stats: true } },
      resolve: (e) => e.stats,
    }),
    position: t.exposeInt('position', { description: 'Order in the record, from 0.' }),
    trial: t.relation('trial'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    version: t.exposeInt('version', { description: 'Incremented on every change.' }),
  }),
});
