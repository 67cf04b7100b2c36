import { encodeGlobalID } from '@pothos/plugin-relay';
import { and } from 'drizzle-orm';
import { reviews, type trials } from '../../db/tables.js';
import { distinctBy } from '../../domain/provenance.js';
import { builder } from '../builder.js';
import { pageCap } from '../errors.js';
import { rawWhere } from '../filters/common.js';
import { ReviewFilter, ReviewOrder, reviewFilterSql, reviewOrderQuery } from '../filters/review-filter.js';
import {
  TherapyFilter,
  TherapyOrder,
  therapyFilterSql,
  therapyOrderQuery,
} from '../filters/therapy-filter.js';
import { TrialFilter, trialFilterSql } from '../filters/trial-filter.js';
import { TrialOrder, trialCursorSeek, trialOrderQuery } from '../filters/trial-order.js';
import { ReviewKindEnum, StanceEnum } from './enums.js';
import { Conflict, conflictsOf, Source } from './provenance.js';

export const Assessment = builder.drizzleObject('assessments', {
  name: 'Assessment',
  select: {},
  description: "An expert's judgement of the evidence, as quoted in a review or report.",
  fields: (t) => ({
    id: t.id({
      description: 'Global ID of the assessment (as the change history names it).',
      select: { columns: { id: true } },
      resolve: (a) => encodeGlobalID('Assessment', a.id),
    }),
    expert: t.exposeString('expert'),
    affiliation: t.exposeString('affiliation', { nullable: true }),
    quote: t.exposeString('quote'),
    stance: t.expose('stance', { type: StanceEnum }),
    rationale: t.exposeString('rationale', {
      nullable: true,
      description: 'Why the stance was classified so.',
    }),
    review: t.relation('review'),
  }),
});

export const Review = builder.drizzleNode('reviews', {
  name: 'Review',
  select: {},
  description: 'A publication that reports on or judges trials and therapies.',
  id: { column: (r) => r.id },
  fields: (t) => ({
    kind: t.expose('kind', { type: ReviewKindEnum }),
    title: t.exposeString('title'),
    authors: t.exposeStringList('authors'),
    authorsComplete: t.exposeBoolean('authorsComplete', {
      description: 'False when the record lists only the first authors ("et al.").',
    }),
    journal: t.exposeString('journal', { nullable: true }),
    year: t.exposeInt('year', { nullable: true }),
    volume: t.exposeString('volume', { nullable: true }),
    issue: t.exposeString('issue', { nullable: true }),
    pages: t.exposeString('pages', { nullable: true }),
    doi: t.exposeString('doi', { nullable: true }),
    pmid: t.exposeString('pmid', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    abstract: t.exposeString('abstract', {
      nullable: true,
      description: "The publisher's abstract, only where its licence allows storing it.",
    }),
    summary: t.exposeString('summary', { nullable: true, description: "GeneTrials' own summary." }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    version: t.exposeInt('version'),
    source: t.relation('source', { nullable: true }),
    assessments: t.relation('assessments', { query: { orderBy: { id: 'asc' } } }),
    trials: t.relatedConnection('trials', {
      description: 'Trials the publication discusses.',
      args: { filter: t.arg({ type: TrialFilter }), orderBy: t.arg({ type: TrialOrder }) },
      maxSize: pageCap,
      totalCount: true,
      query: (args) => ({
        ...rawWhere((table: typeof trials) =>
          and(trialFilterSql(args.filter, table), trialCursorSeek(args.orderBy, args, table)),
        ),
        ...trialOrderQuery(args.orderBy),
      }),
    }),
    therapies: t.relatedConnection('therapies', {
      description: 'Therapies the publication discusses.',
      args: { filter: t.arg({ type: TherapyFilter }), orderBy: t.arg({ type: TherapyOrder }) },
      maxSize: pageCap,
      totalCount: true,
      query: (args) => ({
        ...rawWhere((table) => therapyFilterSql(args.filter, table)),
        ...therapyOrderQuery(args.orderBy),
      }),
    }),
    claims: t.relation('claims', { query: { orderBy: { id: 'asc' } } }),
    sources: t.field({
      type: [Source],
      select: { with: { claims: { with: { source: true }, orderBy: { id: 'asc' } } } },
      resolve: (review) =>
        distinctBy(
          review.claims.map((c) => c.source),
          (s) => s.id,
        ),
    }),
    conflicts: t.field({
      type: [Conflict],
      select: { columns: { id: true }, with: { claims: { orderBy: { id: 'asc' } } } },
      resolve: (review) => conflictsOf('REVIEW', review.id, review.claims),
    }),
  }),
});

builder.queryFields((t) => ({
  review: t.drizzleField({
    type: Review,
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: Review }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.reviews.findFirst(query({ where: { id: Number(args.id.id) } })),
  }),
  reviews: t.drizzleConnection(
    {
      type: 'reviews',
      description: 'Reviews matching the filter, in the given order.',
      args: { filter: t.arg({ type: ReviewFilter }), orderBy: t.arg({ type: ReviewOrder }) },
      maxSize: pageCap,
      totalCount: (_parent, args, ctx) => ctx.db.$count(reviews, reviewFilterSql(args.filter, reviews)),
      resolve: (query, _root, args, ctx) =>
        ctx.db.query.reviews.findMany(
          query({
            ...rawWhere((table: typeof reviews) => reviewFilterSql(args.filter, table)),
            ...reviewOrderQuery(args.orderBy),
          }),
        ),
    },
    { name: 'ReviewConnection' },
  ),
}));
