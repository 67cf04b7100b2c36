import { therapies } from '../../db/tables.js';
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
import { CellSourceEnum, ModalityEnum, VectorEnum } from './enums.js';
import { Conflict, conflictsOf, Source } from './provenance.js';

export const Therapy = builder.drizzleNode('therapies', {
  name: 'Therapy',
  select: {},
  description: 'An engineered cell product, vector, transgene, cytokine or supportive drug.',
  id: { column: (t) => t.id },
  fields: (t) => ({
    name: t.exposeString('name'),
    modality: t.expose('modality', { type: ModalityEnum }),
    transgene: t.exposeString('transgene', { nullable: true, description: 'Gene delivered, when any.' }),
    targetAntigen: t.exposeString('targetAntigen', { nullable: true }),
    vector: t.expose('vector', { type: VectorEnum, nullable: true, description: 'Null when not known.' }),
    cellSource: t.expose('cellSource', { type: CellSourceEnum, nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    costimulatoryDomain: t.exposeString('costimulatoryDomain', {
      nullable: true,
      description: 'Costimulatory domain of a CAR construct, e.g. "4-1BB" or "CD28".',
    }),
    manufacturer: t.exposeString('manufacturer', { nullable: true, description: 'Who makes the product.' }),
    productCodes: t.exposeStringList('productCodes', {
      description:
        'Sponsor product codes, e.g. "CTL019". A registered intervention named by one is matched to this therapy.',
    }),
    aliases: t.exposeStringList('aliases', {
      description:
        'Other names (brand, INN, former names). A registered intervention named by one is matched to this therapy.',
    }),
    interventions: t.relatedConnection('interventions', {
      description:
        'Registered interventions matched to this therapy (see each `match` for why), oldest first.',
      maxSize: pageCap,
      totalCount: true,
      query: () => ({ orderBy: { id: 'asc' } }),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    version: t.exposeInt('version'),
    reviews: t.relatedConnection('reviews', {
      description: 'Publications that discuss this therapy or its class.',
      args: { filter: t.arg({ type: ReviewFilter }), orderBy: t.arg({ type: ReviewOrder }) },
      maxSize: pageCap,
      totalCount: true,
      query: (args) => ({
        ...rawWhere((table) => reviewFilterSql(args.filter, table)),
        ...reviewOrderQuery(args.orderBy),
      }),
    }),
    claims: t.relation('claims', { query: { orderBy: { id: 'asc' } } }),
    sources: t.field({
      type: [Source],
      select: { with: { claims: { with: { source: true }, orderBy: { id: 'asc' } } } },
      resolve: (therapy) =>
        distinctBy(
          therapy.claims.map((c) => c.source),
          (s) => s.id,
        ),
    }),
    conflicts: t.field({
      type: [Conflict],
      select: { columns: { id: true }, with: { claims: { orderBy: { id: 'asc' } } } },
      resolve: (therapy) => conflictsOf('THERAPY', therapy.id, therapy.claims),
    }),
  }),
});

builder.queryFields((t) => ({
  therapy: t.drizzleField({
    type: Therapy,
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: Therapy }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.therapies.findFirst(query({ where: { id: Number(args.id.id) } })),
  }),
  therapies: t.drizzleConnection(
    {
      type: 'therapies',
      description: 'Therapies matching the filter, in the given order.',
      args: { filter: t.arg({ type: TherapyFilter }), orderBy: t.arg({ type: TherapyOrder }) },
      maxSize: pageCap,
      totalCount: (_parent, args, ctx) => ctx.db.$count(therapies, therapyFilterSql(args.filter, therapies)),
      resolve: (query, _root, args, ctx) =>
        ctx.db.query.therapies.findMany(
          query({
            ...rawWhere((table: typeof therapies) => therapyFilterSql(args.filter, table)),
            ...therapyOrderQuery(args.orderBy),
          }),
        ),
    },
    { name: 'TherapyConnection' },
  ),
}));
