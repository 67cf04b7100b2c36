import { and, type SQL, sql } from 'drizzle-orm';
import { patients, type trials } from '../../db/tables.js';
import { distinctBy } from '../../domain/provenance.js';
import { nctId as nctIdSchema } from '../../domain/validation.js';
import { builder } from '../builder.js';
import { fieldError, pageCap, userInputError } from '../errors.js';
import { rawWhere } from '../filters/common.js';
import {
  PatientFilter,
  PatientOrder,
  patientFilterSql,
  patientOrderQuery,
} from '../filters/patient-filter.js';
import { ReviewFilter, ReviewOrder, reviewFilterSql, reviewOrderQuery } from '../filters/review-filter.js';
import { SiteFilter, siteFilterSql } from '../filters/site-filter.js';
import { countTrials } from '../filters/trial-count.js';
import { TrialFilter, trialFilterSql } from '../filters/trial-filter.js';
import { TrialOrder, trialCursorSeek, trialOrderQuery } from '../filters/trial-order.js';
import { PhaseEnum, TrialStatusEnum } from './enums.js';
import { isSmallCell, OutcomeRef, outcomeFromJson, SMALL_CELL_RULE } from './outcome.js';
import { Claim, Conflict, conflictsOf, Source } from './provenance.js';
import {
  AdverseEventSeriousnessEnum,
  InterventionTypeEnum,
  MeshKindEnum,
  OutcomeSourceEnum,
  OutcomeTypeEnum,
  StudyTypeEnum,
} from './registry-enums.js';
import {
  BaselineRef,
  ParticipantFlowRef,
  RegistryAdverseEventReport,
  RegistryOutcome,
} from './registry-results.js';
import {
  DesignRef,
  dateWithType,
  EligibilityRef,
  OfficialRef,
  SecondaryIdRef,
  TrialDatesRef,
} from './trial-registry.js';

/** Counts of best responses among a trial's patients, as one JSON object per trial. */
function responseCountsSql(filter: ReturnType<typeof sql>) {
  const r = patients.bestResponse;
  return sql<string>`(select json_object(
    'CR', coalesce(sum(${r} = 'CR'), 0), 'PR', coalesce(sum(${r} = 'PR'), 0),
    'SD', coalesce(sum(${r} = 'SD'), 0), 'PD', coalesce(sum(${r} = 'PD'), 0),
    'NO_RESPONSE', coalesce(sum(${r} = 'NO_RESPONSE'), 0), 'NE', coalesce(sum(${r} = 'NE'), 0),
    'unknown', coalesce(sum(${r} is null), 0)) from ${patients} where ${filter})`;
}

/** The same counts for the trial whose id is `trialId` (compiled reads). */
export function trialResponseCountsSql(trialId: SQL) {
  return responseCountsSql(sql`${patients.trialId} = ${trialId}`);
}

export const Trial = builder.drizzleNode('trials', {
  name: 'Trial',
  select: {},
  description: 'A clinical trial of a cancer gene therapy, registered or not.',
  id: { column: (t) => t.id },
  fields: (t) => ({
    nctId: t.exposeString('nctId', {
      nullable: true,
      description: 'ClinicalTrials.gov id, when registered.',
    }),
    registryUrl: t.string({
      nullable: true,
      description: 'The ClinicalTrials.gov page of this trial, when registered.',
      select: { columns: { nctId: true } },
      resolve: (trial) => (trial.nctId ? `https://clinicaltrials.gov/study/${trial.nctId}` : null),
    }),
    title: t.exposeString('title'),
    officialTitle: t.exposeString('officialTitle', { nullable: true }),
    phase: t.expose('phase', { type: PhaseEnum, nullable: true }),
    status: t.expose('status', { type: TrialStatusEnum, nullable: true }),
    conditions: t.exposeStringList('conditions'),
    sponsor: t.exposeString('sponsor', { nullable: true }),
    institution: t.exposeString('institution', { nullable: true }),
    country: t.exposeString('country', { nullable: true }),
    principalInvestigator: t.exposeString('principalInvestigator', { nullable: true }),
    startDate: t.exposeString('startDate', {
      nullable: true,
      description:
        'ISO date, possibly partial (YYYY-MM). See `dates.start` for whether it is actual or estimated.',
    }),
    completionDate: t.exposeString('completionDate', {
      nullable: true,
      description:
        'ISO date, possibly partial. See `dates.completion` for whether it is actual or estimated.',
    }),
    plannedEnrollment: t.exposeInt('plannedEnrollment', { nullable: true }),
    actualEnrollment: t.exposeInt('actualEnrollment', { nullable: true }),
    summary: t.exposeString('summary', { nullable: true }),
    acronym: t.exposeString('acronym', {
      nullable: true,
      description: 'Short name of the trial, e.g. "ELIANA".',
    }),
    detailedDescription: t.exposeString('detailedDescription', {
      nullable: true,
      description: "The registry record's detailed description (plain text).",
    }),
    whyStopped: t.exposeString('whyStopped', {
      nullable: true,
      description: 'Why the trial stopped early, for suspended, terminated or withdrawn trials.',
    }),
    studyType: t.expose('studyType', {
      type: StudyTypeEnum,
      nullable: true,
      description: 'Kind of study as registered.',
    }),
    keywords: t.exposeStringList('keywords', { description: 'Keywords the registry record lists.' }),
    secondaryIds: t.field({
      type: [SecondaryIdRef],
      description: 'Other identifiers: grant numbers, sponsor protocol ids, other registries.',
      select: { columns: { secondaryIds: true } },
      resolve: (trial) => trial.secondaryIds,
    }),
    officials: t.field({
      type: [OfficialRef],
      description: 'Overall officials (principal investigators, study chairs) as registered.',
      select: { columns: { officials: true } },
      resolve: (trial) => trial.officials,
    }),
    eligibility: t.field({
      type: EligibilityRef,
      nullable: true,
      description: 'Who may enrol; null when the record gives no eligibility section.',
      select: { columns: { eligibility: true, minimumAgeYears: true, maximumAgeYears: true } },
      resolve: (trial) =>
        trial.eligibility
          ? {
              ...trial.eligibility,
              minimumAgeYears: trial.minimumAgeYears,
              maximumAgeYears: trial.maximumAgeYears,
            }
          : null,
    }),
    design: t.field({
      type: DesignRef,
      nullable: true,
      description: 'Allocation, masking, model and purpose; null when not registered.',
      select: { columns: { design: true } },
      resolve: (trial) => trial.design ?? null,
    }),
    dates: t.field({
      type: TrialDatesRef,
      description: 'Start, primary completion and completion dates, each marked actual or estimated.',
      select: {
        columns: {
          startDate: true,
          startDateType: true,
          primaryCompletionDate: true,
          primaryCompletionDateType: true,
          completionDate: true,
          completionDateType: true,
          lastUpdatePosted: true,
        },
      },
      resolve: (trial) => ({
        start: dateWithType(trial.startDate, trial.startDateType),
        primaryCompletion: dateWithType(trial.primaryCompletionDate, trial.primaryCompletionDateType),
        completion: dateWithType(trial.completionDate, trial.completionDateType),
        lastUpdatePosted: trial.lastUpdatePosted,
      }),
    }),
    interventions: t.relatedConnection('interventions', {
      description: "Interventions as the trial's registry record lists them, in record order.",
      args: {
        types: t.arg({
          type: [InterventionTypeEnum],
          description: 'Only interventions of any of these types.',
        }),
      },
      maxSize: pageCap,
      totalCount: true,
      query: (args) => ({
        where: args.types ? { type: { in: args.types } } : {},
        orderBy: { position: 'asc', id: 'asc' },
      }),
    }),
    arms: t.relation('arms', {
      description: 'Arms (arm groups) of the trial, in record order.',
      query: { orderBy: { position: 'asc', id: 'asc' } },
    }),
    sites: t.relatedConnection('sites', {
      description: 'Facilities where the trial enrols, in record order.',
      args: { filter: t.arg({ type: SiteFilter, description: 'Only sites matching this filter.' }) },
      maxSize: pageCap,
      totalCount: true,
      query: (args) => ({
        ...rawWhere((table) => siteFilterSql(args.filter, table)),
        orderBy: { position: 'asc', id: 'asc' },
      }),
    }),
    meshTerms: t.relation('meshTerms', {
      description: "MeSH headings the registry derived for the trial's conditions and interventions.",
      args: {
        kind: t.arg({ type: MeshKindEnum, description: 'Only condition or only intervention terms.' }),
        includeAncestors: t.arg.boolean({
          defaultValue: true,
          required: true,
          description: "Include broader headings from the record's ancestors lists (default true).",
        }),
      },
      query: (args) => ({
        where: {
          ...(args.kind ? { kind: args.kind } : {}),
          ...(args.includeAncestors ? {} : { isAncestor: false }),
        },
        orderBy: { kind: 'asc', isAncestor: 'asc', term: 'asc', id: 'asc' },
      }),
    }),
    outcomeMeasures: t.relatedConnection('outcomeMeasures', {
      description: 'Outcome measures: protocol ones first, then results ones, each in record order.',
      args: {
        sources: t.arg({ type: [OutcomeSourceEnum], description: 'Only from these parts of the record.' }),
        types: t.arg({ type: [OutcomeTypeEnum], description: 'Only of these types (e.g. PRIMARY).' }),
      },
      maxSize: pageCap,
      totalCount: true,
      query: (args) => ({
        where: {
          ...(args.sources ? { source: { in: args.sources } } : {}),
          ...(args.types ? { type: { in: args.types } } : {}),
        },
        orderBy: { source: 'asc', position: 'asc', id: 'asc' },
      }),
    }),
    registryAdverseEvents: t.relatedConnection('registryAdverseEvents', {
      description:
        "Adverse event terms from the registry record's posted results, with counts per group (aggregate, public).",
      args: {
        seriousness: t.arg({
          type: AdverseEventSeriousnessEnum,
          description: 'Only serious or only other events.',
        }),
      },
      maxSize: pageCap,
      totalCount: true,
      query: (args) => ({
        where: args.seriousness ? { seriousness: args.seriousness } : {},
        orderBy: { position: 'asc', id: 'asc' },
      }),
    }),
    registryAdverseEventReport: t.relation('results', {
      type: RegistryAdverseEventReport,
      nullable: true,
      description:
        'Groups, totals, time frame and threshold of the registry adverse events; null without posted results.',
    }),
    participantFlow: t.field({
      type: ParticipantFlowRef,
      nullable: true,
      description: "Participant flow from the registry record's posted results; null when none.",
      select: { with: { results: { columns: { participantFlow: true } } } },
      resolve: (trial) => trial.results?.participantFlow ?? null,
    }),
    baseline: t.field({
      type: BaselineRef,
      nullable: true,
      description: "Baseline characteristics from the registry record's posted results; null when none.",
      select: { with: { results: { columns: { baseline: true } } } },
      resolve: (trial) => trial.results?.baseline ?? null,
    }),
    registryOutcome: t.relation('results', {
      type: RegistryOutcome,
      nullable: true,
      description:
        'Objective response as the registry record reports it (aggregate counts), kept apart from `outcome` (computed from patients). Null when the record states none.',
      query: { where: { orrAnalysed: { isNotNull: true } } },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    version: t.exposeInt('version', { description: 'Incremented on every change.' }),
    therapyCount: t.relatedCount('therapyLinks', { description: 'Number of therapy links (arm × therapy).' }),
    patients: t.relatedConnection('patients', {
      description: 'De-identified patients enrolled in the trial. Needs a reader token; `outcome` is public.',
      authScopes: { reader: true },
      nullable: true,
      args: { filter: t.arg({ type: PatientFilter }), orderBy: t.arg({ type: PatientOrder }) },
      maxSize: pageCap,
      totalCount: true,
      query: (args) => ({
        ...rawWhere((table) => patientFilterSql(args.filter, table)),
        ...patientOrderQuery(args.orderBy),
      }),
    }),
    reviews: t.relatedConnection('reviews', {
      description: 'Reports, reviews and news that discuss the trial.',
      args: { filter: t.arg({ type: ReviewFilter }), orderBy: t.arg({ type: ReviewOrder }) },
      maxSize: pageCap,
      totalCount: true,
      query: (args) => ({
        ...rawWhere((table) => reviewFilterSql(args.filter, table)),
        ...reviewOrderQuery(args.orderBy),
      }),
    }),
    outcome: t.relatedField('patients', {
      type: OutcomeRef,
      nullable: true,
      description: `Response summary computed from the trial's patients. ${SMALL_CELL_RULE} (See \`outcomeSuppressed\`.)`,
      select: (buildFilter) => ({
        extras: { responseCounts: (parent) => responseCountsSql(buildFilter(parent)) },
      }),
      resolve: (trial, _args, ctx) => {
        const outcome = outcomeFromJson(trial.responseCounts);
        return isSmallCell(outcome.patients, ctx.viewer) ? null : outcome;
      },
    }),
    outcomeSuppressed: t.relatedField('patients', {
      type: 'Boolean',
      description:
        'True when `outcome` is withheld from this caller because it would describe fewer than 5 patients.',
      select: (buildFilter) => ({
        extras: { responseCounts: (parent) => responseCountsSql(buildFilter(parent)) },
      }),
      resolve: (trial, _args, ctx) => isSmallCell(outcomeFromJson(trial.responseCounts).patients, ctx.viewer),
    }),
    claims: t.relation('claims', {
      description: 'What each source reported about this trial, field by field.',
      query: { orderBy: { id: 'asc' } },
    }),
    sources: t.field({
      type: [Source],
      description: 'Documents cited for facts about this trial.',
      select: { with: { claims: { with: { source: true }, orderBy: { id: 'asc' } } } },
      resolve: (trial) =>
        distinctBy(
          trial.claims.map((c) => c.source),
          (s) => s.id,
        ),
    }),
    conflicts: t.field({
      type: [Conflict],
      description: 'Fields on which the sources disagree.',
      select: { columns: { id: true }, with: { claims: { orderBy: { id: 'asc' } } } },
      resolve: (trial) => conflictsOf('TRIAL', trial.id, trial.claims),
    }),
  }),
});
void Claim;

builder.queryFields((t) => ({
  trial: t.drizzleField({
    type: Trial,
    nullable: true,
    description: 'One trial, by global ID or by NCT id (give exactly one). Null when none matches.',
    args: {
      id: t.arg.globalID({ for: Trial }),
      nctId: t.arg.string({ description: 'ClinicalTrials.gov id, e.g. NCT00001234.' }),
    },
    resolve: (query, _root, args, ctx) => {
      if ((args.id == null) === (args.nctId == null)) {
        throw userInputError('trial: give exactly one of `id` or `nctId`', [
          { path: 'id', rule: 'exactly_one_of', message: 'give exactly one of `id` or `nctId`' },
        ]);
      }
      if (args.nctId != null) {
        const parsed = nctIdSchema.safeParse(args.nctId);
        if (!parsed.success) throw fieldError('nctId', 'nct_id_format', 'must be "NCT" followed by 8 digits');
        return ctx.db.query.trials.findFirst(query({ where: { nctId: parsed.data } }));
      }
      return ctx.db.query.trials.findFirst(query({ where: { id: Number(args.id?.id) } }));
    },
  }),
  trials: t.drizzleConnection(
    {
      type: 'trials',
      description: 'Trials matching the filter, in the given order (oldest added first by default).',
      args: {
        filter: t.arg({ type: TrialFilter }),
        orderBy: t.arg({ type: TrialOrder }),
      },
      maxSize: pageCap,
      totalCount: (_parent, args, ctx) => countTrials(ctx.db, args.filter),
      resolve: (query, _root, args, ctx) => {
        return ctx.db.query.trials.findMany(
          query({
            ...rawWhere((table: typeof trials) =>
              and(trialFilterSql(args.filter, table), trialCursorSeek(args.orderBy, args, table)),
            ),
            ...trialOrderQuery(args.orderBy),
          }),
        );
      },
    },
    { name: 'TrialConnection' },
  ),
}));
