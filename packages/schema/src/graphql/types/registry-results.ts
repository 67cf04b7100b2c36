import type {
  Baseline,
  BaselineMeasure,
  FlowAchievement,
  FlowDropWithdraw,
  FlowMilestone,
  FlowPeriod,
  FlowReason,
  ParticipantFlow,
} from '../../domain/registry-validation.js';
import { wilsonInterval } from '../../domain/statistics.js';
import { builder } from '../builder.js';
import { RateRef } from './outcome.js';
import { AdverseEventGroupRef } from './registry-adverse-event.js';
import { DispersionTypeEnum, ParamTypeEnum } from './registry-enums.js';
import { DenomRef, MeasureClassRef, ResultGroupRef } from './result-parts.js';

const FlowAchievementRef = builder.objectRef<FlowAchievement>('FlowAchievement').implement({
  description: 'How many of one group reached a milestone.',
  fields: (t) => ({
    groupId: t.exposeString('groupId', { description: 'The `ResultGroup.id` of the participant flow.' }),
    numSubjects: t.exposeInt('numSubjects', { nullable: true, description: 'Participants.' }),
    numUnits: t.exposeInt('numUnits', {
      nullable: true,
      description: 'Units other than participants, when analysed by unit.',
    }),
    comment: t.exposeString('comment', { nullable: true }),
  }),
});

const FlowMilestoneRef = builder.objectRef<FlowMilestone>('FlowMilestone').implement({
  description: 'A milestone of a period, e.g. STARTED, COMPLETED, NOT COMPLETED.',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'Milestone name as registered.' }),
    comment: t.exposeString('comment', { nullable: true }),
    achievements: t.field({
      type: [FlowAchievementRef],
      description: 'Counts per group.',
      resolve: (m) => m.achievements,
    }),
  }),
});

const FlowReasonRef = builder.objectRef<FlowReason>('FlowReason').implement({
  description: 'How many of one group left for one reason.',
  fields: (t) => ({
    groupId: t.exposeString('groupId'),
    numSubjects: t.exposeInt('numSubjects', { nullable: true }),
    comment: t.exposeString('comment', { nullable: true }),
  }),
});

const FlowDropWithdrawRef = builder.objectRef<FlowDropWithdraw>('FlowDropWithdraw').implement({
  description: 'A reason participants did not complete a period, with counts per group.',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'e.g. "Adverse Event", "Death", "Progressive disease".' }),
    comment: t.exposeString('comment', { nullable: true }),
    reasons: t.field({ type: [FlowReasonRef], description: 'Counts per group.', resolve: (d) => d.reasons }),
  }),
});

const FlowPeriodRef = builder.objectRef<FlowPeriod>('FlowPeriod').implement({
  description: 'A period of the participant flow (e.g. "Overall Study" or "Treatment").',
  fields: (t) => ({
    title: t.exposeString('title'),
    milestones: t.field({ type: [FlowMilestoneRef], resolve: (p) => p.milestones }),
    dropWithdraws: t.field({
      type: [FlowDropWithdrawRef],
      description: 'Why participants left.',
      resolve: (p) => p.dropWithdraws,
    }),
  }),
});

export const ParticipantFlowRef = builder.objectRef<ParticipantFlow>('ParticipantFlow').implement({
  description: "How participants moved through a trial, from the registry record's posted results.",
  fields: (t) => ({
    recruitmentDetails: t.exposeString('recruitmentDetails', { nullable: true }),
    preAssignmentDetails: t.exposeString('preAssignmentDetails', { nullable: true }),
    typeUnitsAnalyzed: t.exposeString('typeUnitsAnalyzed', {
      nullable: true,
      description: 'Units other than participants, if any.',
    }),
    groups: t.field({ type: [ResultGroupRef], resolve: (f) => f.groups }),
    periods: t.field({ type: [FlowPeriodRef], resolve: (f) => f.periods }),
  }),
});

const BaselineMeasureRef = builder.objectRef<BaselineMeasure>('BaselineMeasure').implement({
  description: 'A baseline characteristic (e.g. age, sex, disease stage) with values per group.',
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    populationDescription: t.exposeString('populationDescription', { nullable: true }),
    paramType: t.field({ type: ParamTypeEnum, nullable: true, resolve: (m) => m.paramType ?? null }),
    dispersionType: t.field({
      type: DispersionTypeEnum,
      nullable: true,
      resolve: (m) => m.dispersionType ?? null,
    }),
    unitOfMeasure: t.exposeString('unitOfMeasure', { nullable: true }),
    denoms: t.field({ type: [DenomRef], resolve: (m) => m.denoms }),
    classes: t.field({ type: [MeasureClassRef], resolve: (m) => m.classes }),
  }),
});

export const BaselineRef = builder.objectRef<Baseline>('Baseline').implement({
  description:
    "Characteristics of the enrolled participants per group, from the registry record's posted results.",
  fields: (t) => ({
    populationDescription: t.exposeString('populationDescription', { nullable: true }),
    typeUnitsAnalyzed: t.exposeString('typeUnitsAnalyzed', { nullable: true }),
    groups: t.field({ type: [ResultGroupRef], resolve: (b) => b.groups }),
    denoms: t.field({
      type: [DenomRef],
      description: 'Participants analysed per group.',
      resolve: (b) => b.denoms,
    }),
    measures: t.field({ type: [BaselineMeasureRef], resolve: (b) => b.measures }),
  }),
});

export const RegistryAdverseEventReport = builder.drizzleObject('trialResults', {
  variant: 'RegistryAdverseEventReport',
  select: {},
  description:
    "How a registry record's results report adverse events: groups, totals, time frame and threshold.",
  fields: (t) => ({
    timeFrame: t.exposeString('adverseEventTimeFrame', {
      nullable: true,
      description: 'Period over which events were collected.',
    }),
    description: t.exposeString('adverseEventDescription', {
      nullable: true,
      description: 'How events were defined or collected.',
    }),
    frequencyThreshold: t.exposeString('adverseEventFrequencyThreshold', {
      nullable: true,
      description: 'Percent above which other (non-serious) events are listed, e.g. "5".',
    }),
    groups: t.field({
      type: [AdverseEventGroupRef],
      select: { columns: { adverseEventGroups: true } },
      resolve: (r) => r.adverseEventGroups,
    }),
  }),
});

export const RegistryOutcome = builder.drizzleObject('trialResults', {
  variant: 'RegistryOutcome',
  description:
    "An objective response the trial's registry record reports as aggregate counts (not computed from patient rows; compare `Trial.outcome`).",
  select: { columns: { orrResponders: true, orrAnalysed: true } },
  fields: (t) => ({
    responders: t.int({
      description: 'Participants with an objective response (CR or PR), as reported.',
      resolve: (r) => r.orrResponders ?? 0,
    }),
    analysed: t.int({
      description: 'Participants analysed for response, as reported.',
      resolve: (r) => r.orrAnalysed ?? 0,
    }),
    objectiveResponseRate: t.field({
      type: RateRef,
      nullable: true,
      description: 'Responders / analysed with a 95% Wilson interval; null when none were analysed.',
      resolve: (r) => {
        const responders = r.orrResponders ?? 0;
        const analysed = r.orrAnalysed ?? 0;
        const ci95 = responders <= analysed ? wilsonInterval(responders, analysed) : null;
        return ci95 ? { estimate: responders / analysed, ci95 } : null;
      },
    }),
    measureTitle: t.exposeString('orrMeasureTitle', {
      nullable: true,
      description: 'The outcome measure the counts were read from.',
    }),
    locator: t.exposeString('orrLocator', {
      nullable: true,
      description: 'Where in the record: measure, class and category.',
    }),
    registryReported: t.boolean({
      description: 'Always true: these counts are what the registry reports, not patient-level data.',
      resolve: () => true,
    }),
    source: t.relation('source', {
      nullable: true,
      description: 'The registry record these results come from.',
    }),
  }),
});
