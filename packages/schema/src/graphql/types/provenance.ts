import { encodeGlobalID } from '@pothos/plugin-relay';
import { JSONResolver } from 'graphql-scalars';
import { sources } from '../../db/tables.js';
import { PATIENT_LEVEL_SUBJECT_TYPES } from '../../domain/claims.js';
import type { SubjectType } from '../../domain/enums.js';
import { findConflicts } from '../../domain/provenance.js';
import { hasRole } from '../../domain/roles.js';
import { builder } from '../builder.js';
import { forbidden, pageCap } from '../errors.js';
import { SourceKindEnum, SubjectTypeEnum } from './enums.js';

builder.addScalarType('JSON', JSONResolver, { description: 'Any JSON value, as a source reported it.' });

/** GraphQL type name of each claim subject, for global IDs. */
export const SUBJECT_TYPENAMES: Record<SubjectType, string> = {
  TRIAL: 'Trial',
  THERAPY: 'Therapy',
  PATIENT: 'Patient',
  REVIEW: 'Review',
  ADVERSE_EVENT: 'AdverseEvent',
};

export const Source = builder.drizzleNode('sources', {
  name: 'Source',
  select: {},
  description: 'A document facts were taken from: a paper, a news report, a registry record.',
  id: { column: (s) => s.id },
  fields: (t) => ({
    kind: t.expose('kind', { type: SourceKindEnum }),
    title: t.exposeString('title'),
    publisher: t.exposeString('publisher', { nullable: true }),
    publishedOn: t.exposeString('publishedOn', {
      nullable: true,
      description: 'ISO date, possibly partial.',
    }),
    url: t.exposeString('url', { nullable: true }),
    doi: t.exposeString('doi', { nullable: true }),
    pmid: t.exposeString('pmid', { nullable: true }),
    nctId: t.exposeString('nctId', { nullable: true }),
    retrievedAt: t.exposeString('retrievedAt', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    version: t.exposeInt('version', { description: 'Incremented on every change.' }),
    claims: t.relatedConnection('claims', {
      description: 'Everything this source is cited for (claims about patients only with a reader token).',
      maxSize: pageCap,
      totalCount: true,
      query: (_args, ctx) => ({
        where: hasRole(ctx.viewer.role, 'reader')
          ? {}
          : { subjectType: { notIn: [...PATIENT_LEVEL_SUBJECT_TYPES] } },
        orderBy: { id: 'asc' },
      }),
    }),
  }),
});

export const Claim = builder.drizzleObject('claims', {
  name: 'Claim',
  select: {},
  description:
    'What one source reported for one field of one entity. The entity itself holds the curated value.',
  fields: (t) => ({
    id: t.id({
      description: 'Global ID of the claim, for deleteClaim and the change history.',
      select: { columns: { id: true } },
      resolve: (c) => encodeGlobalID('Claim', c.id),
    }),
    version: t.exposeInt('version'),
    field: t.exposeString('field'),
    value: t.field({
      type: 'JSON',
      nullable: true,
      select: { columns: { value: true } },
      resolve: (c) => c.value as never,
    }),
    subjectType: t.expose('subjectType', { type: SubjectTypeEnum }),
    subjectId: t.id({
      description: 'Global ID of the entity the claim is about (use with `node`).',
      select: { columns: { subjectType: true, subjectId: true } },
      resolve: (c) => encodeGlobalID(SUBJECT_TYPENAMES[c.subjectType], c.subjectId),
    }),
    locator: t.exposeString('locator', {
      nullable: true,
      description: 'Where in the source: a section or a short paraphrase of the passage.',
    }),
    source: t.relation('source'),
  }),
});

export interface ConflictShape {
  subjectType: SubjectType;
  subjectId: number;
  field: string;
  values: unknown[];
  claims: { id: number }[];
}

export const Conflict = builder.objectRef<ConflictShape>('Conflict').implement({
  description: 'A field on which sources disagree, with every claim made about it.',
  fields: (t) => ({
    field: t.exposeString('field'),
    subjectType: t.field({ type: SubjectTypeEnum, resolve: (c) => c.subjectType }),
    subjectId: t.id({ resolve: (c) => encodeGlobalID(SUBJECT_TYPENAMES[c.subjectType], c.subjectId) }),
    values: t.field({
      type: ['JSON'],
      description: 'The distinct values reported, in the order first seen.',
      resolve: (c) => c.values as never[],
    }),
    claims: t.field({ type: [Claim], resolve: (c) => c.claims as never[] }),
  }),
});

/** Conflicts among the claims loaded for one entity. */
export function conflictsOf<C extends { id: number; field: string; value: unknown; sourceId: number }>(
  subjectType: SubjectType,
  subjectId: number,
  claims: readonly C[],
): ConflictShape[] {
  return findConflicts(claims).map((c) => ({ subjectType, subjectId, ...c }));
}

builder.queryField('conflicts', (t) =>
  t.field({
    type: [Conflict],
    description: 'Every field, on any entity, where the cited sources disagree.',
    args: { subjectType: t.arg({ type: SubjectTypeEnum, required: false }) },
    resolve: async (_root, args, ctx) => {
      // Claims about patients are patient-level data: only readers see them.
      const patientLevel = hasRole(ctx.viewer.role, 'reader');
      if (args.subjectType && PATIENT_LEVEL_SUBJECT_TYPES.includes(args.subjectType) && !patientLevel) {
        throw forbidden(`conflicts(subjectType: ${args.subjectType})`);
      }
      const claims = await ctx.db.query.claims.findMany({
        where: args.subjectType
          ? { subjectType: args.subjectType }
          : patientLevel
            ? {}
            : { subjectType: { notIn: [...PATIENT_LEVEL_SUBJECT_TYPES] } },
        orderBy: { subjectType: 'asc', subjectId: 'asc', id: 'asc' },
      });
      const bySubject = new Map<string, typeof claims>();
      for (const c of claims) {
        const key = `${c.subjectType}:${c.subjectId}`;
        const list = bySubject.get(key);
        if (list) list.push(c);
        else bySubject.set(key, [c]);
      }
      return [...bySubject.values()].flatMap((list) => {
        const first = list[0];
        return first ? conflictsOf(first.subjectType, first.subjectId, list) : [];
      });
    },
  }),
);

builder.queryFields((t) => ({
  source: t.drizzleField({
    type: Source,
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: Source }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.sources.findFirst(query({ where: { id: Number(args.id.id) } })),
  }),
  sources: t.drizzleConnection(
    {
      type: 'sources',
      maxSize: pageCap,
      totalCount: (_parent, _args, ctx) => ctx.db.$count(sources),
      resolve: (query, _root, _args, ctx) => ctx.db.query.sources.findMany(query({ orderBy: { id: 'asc' } })),
    },
    { name: 'SourceConnection' },
  ),
}));
