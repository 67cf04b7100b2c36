import { sql } from 'drizzle-orm';
import { patients, trials } from '../../db/tables.js';
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
import { TrialFilter, trialFilterSql } from '../filters/trial-filter.js';
import { TrialOrder, trialOrderQuery } from '../filters/trial-order.js';
import { PhaseEnum, TrialStatusEnum } from './enums.js';
import { OutcomeRef, outcomeFromJson } from './outcome.js';
import { Claim, Conflict, conflictsOf, Source } from './provenance.js';

/** Counts of best responses among a trial's patients, as one JSON object per trial. */
function responseCountsSql(filter: ReturnType<typeof sql>) {
  const r = patients.bestResponse;
  return sql<string>`(select json_object(
    'CR', coalesce(sum(${r} = 'CR'), 0), 'PR', coalesce(sum(${r} = 'PR'), 0),
    'SD', coalesce(sum(${r} = 'SD'), 0), 'PD', coalesce(sum(${r} = 'PD'), 0),
    'NO_RESPONSE', coalesce(sum(${r} = 'NO_RESPONSE'), 0), 'NE', coalesce(sum(${r} = 'NE'), 0),
    'unknown', coalesce(sum(${r} is null), 0)) from ${patients} where ${filter})`;
}

export const Trial = builder.drizzleNode('trials', {
  name: 'Trial',
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
      description: 'ISO date, possibly partial (YYYY-MM).',
    }),
    completionDate: t.exposeString('completionDate', { nullable: true }),
    plannedEnrollment: t.exposeInt('plannedEnrollment', { nullable: true }),
    actualEnrollment: t.exposeInt('actualEnrollment', { nullable: true }),
    summary: t.exposeString('summary', { nullable: true }),
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
      description: "Response summary computed from the trial's patients.",
      select: (buildFilter) => ({
        extras: { responseCounts: (parent) => responseCountsSql(buildFilter(parent)) },
      }),
      resolve: (trial) => outcomeFromJson(trial.responseCounts),
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
      totalCount: (_parent, args, ctx) => ctx.db.$count(trials, trialFilterSql(args.filter)),
      resolve: (query, _root, args, ctx) => {
        return ctx.db.query.trials.findMany(
          query({
            ...rawWhere((table: typeof trials) => trialFilterSql(args.filter, table)),
            ...trialOrderQuery(args.orderBy),
          }),
        );
      },
    },
    { name: 'TrialConnection' },
  ),
}));
