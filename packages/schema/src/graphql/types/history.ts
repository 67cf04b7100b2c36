import { encodeGlobalID } from '@pothos/plugin-relay';
import { and, asc, gt, gte, inArray, type SQL, sql } from 'drizzle-orm';
import { changes } from '../../db/tables.js';
import { changedFields } from '../../domain/changes.js';
import { PATIENT_LEVEL_SUBJECT_TYPES } from '../../domain/claims.js';
import type { ChangeAction, EntityType } from '../../domain/enums.js';
import {
  CHANGE_ACTION_DESCRIPTIONS,
  describedValues,
  ENTITY_TYPE_DESCRIPTIONS,
} from '../../domain/labels.js';
import { hasRole, type Role, type TokenRole } from '../../domain/roles.js';
import { SYSTEM_ROLE } from '../../write/actor.js';
import { builder, type Context, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../builder.js';
import { fieldError, pageCap } from '../errors.js';
import { Patient } from './patient.js';
import { Source } from './provenance.js';
import { Review } from './review.js';
import { Therapy } from './therapy.js';
import { Trial } from './trial.js';

// The change history: every row a mutation wrote, with who, when and the values before and after.
// Each entity's `history` is planned into the query that loads the entity (one correlated
// subquery, no extra statement); the admin-only root `changes` is a feed of everything.

export const EntityTypeEnum = builder.enumType('EntityType', {
  description: 'Kinds of row the change history records.',
  values: describedValues(ENTITY_TYPE_DESCRIPTIONS),
});
export const ChangeActionEnum = builder.enumType('ChangeAction', {
  values: describedValues(CHANGE_ACTION_DESCRIPTIONS),
  description: 'What a recorded write did to its row.',
});

/** GraphQL type name of each kind of row, for the global ID of what changed. */
const ENTITY_TYPENAMES: Record<EntityType, string> = {
  TRIAL: 'Trial',
  THERAPY: 'Therapy',
  TRIAL_THERAPY: 'TrialTherapyLink',
  PATIENT: 'Patient',
  ADVERSE_EVENT: 'AdverseEvent',
  REVIEW: 'Review',
  ASSESSMENT: 'Assessment',
  SOURCE: 'Source',
  CLAIM: 'Claim',
  INTERVENTION: 'Intervention',
};

export interface ChangeRow {
  id: number;
  entityType: EntityType;
  entityId: number;
  action: ChangeAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  actorName: string | null;
  actorRole: string;
  at: string;
}

type ActorRole = TokenRole | typeof SYSTEM_ROLE;

interface ActorShape {
  role: ActorRole;
  name: string | null;
}

export const ActorRoleEnum = builder.enumType('ActorRole', {
  description: 'Who made a change: an API token of a role, or the system itself.',
  values: {
    READER: { value: 'reader', description: 'An API token with the reader role.' },
    CURATOR: { value: 'curator', description: 'An API token with the curator role.' },
    ADMIN: { value: 'admin', description: 'An API token with the admin role.' },
    SYSTEM: {
      value: SYSTEM_ROLE,
      description: 'The system itself: the curated seed or an importer, named by `ChangeActor.name`.',
    },
  } as const,
});

const ChangeActor = builder.objectRef<ActorShape>('ChangeActor').implement({
  description:
    'Who made a change: the role of the API token and (to admins only) its name, or a system writer and its name.',
  fields: (t) => ({
    role: t.field({ type: ActorRoleEnum, resolve: (a) => a.role }),
    name: t.exposeString('name', {
      nullable: true,
      description:
        'The name of the token used (shown to admins only; null for everyone else), or of the system writer ' +
        '(`seed`, `ctgov import`, `publications import`), shown to everyone.',
    }),
  }),
});

export const Change = builder.objectRef<ChangeRow>('Change').implement({
  description: 'One row written by one mutation.',
  fields: (t) => ({
    action: t.field({ type: ChangeActionEnum, resolve: (c) => c.action }),
    at: t.field({ type: 'DateTime', resolve: (c) => c.at }),
    entityType: t.field({ type: EntityTypeEnum, resolve: (c) => c.entityType }),
    entityId: t.id({
      description: 'Global ID of the row that changed (it may since have been deleted).',
      resolve: (c) => encodeGlobalID(ENTITY_TYPENAMES[c.entityType], c.entityId),
    }),
    actor: t.field({
      type: ChangeActor,
      resolve: (c, _args, ctx) => ({
        role: c.actorRole as ActorRole,
        name: c.actorRole === SYSTEM_ROLE || hasRole(ctx.viewer.role, 'admin') ? c.actorName : null,
      }),
    }),
    before: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'The row before the change, as stored (camelCase keys, database ids; a review also lists its trialIds and therapyIds). Null for CREATE.',
      resolve: (c) => c.before as never,
    }),
    after: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The row after the change, as stored. Null for DELETE.',
      resolve: (c) => c.after as never,
    }),
    changedFields: t.stringList({
      description:
        'Fields whose values differ between before and after (set ones for CREATE, held ones for DELETE); ' +
        'id, createdAt, updatedAt and version are left out.',
      resolve: (c) => changedFields(c.before, c.after),
    }),
  }),
});

interface ChangeConnectionShape {
  totalCount: number;
  edges: { cursor: string; node: ChangeRow }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const ChangeEdge = builder.objectRef<ChangeConnectionShape['edges'][number]>('ChangeEdge').implement({
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: Change, resolve: (e) => e.node }),
  }),
});

export const ChangeConnection = builder.objectRef<ChangeConnectionShape>('ChangeConnection').implement({
  description: 'A page of changes.',
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount'),
    pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (c) => c.pageInfo }),
    edges: t.field({ type: [ChangeEdge], resolve: (c) => c.edges }),
    nodes: t.field({ type: [Change], resolve: (c) => c.edges.map((e) => e.node) }),
  }),
});

const CURSOR = /^change:(\d{1,15})$/;
const encodeCursor = (id: number) => Buffer.from(`change:${id}`).toString('base64');

/** The change id a cursor names; null when absent. Strict: a bad cursor is a BAD_USER_INPUT error. */
function afterId(after: string | null | undefined): number | null {
  if (after == null) return null;
  const match = CURSOR.exec(Buffer.from(after, 'base64').toString('utf8'));
  if (!match?.[1]) throw fieldError('after', 'invalid_cursor', 'is not a cursor of a change connection');
  return Number(match[1]);
}

function toConnection(rows: ChangeRow[], limit: number, totalCount: number, hasPrevious: boolean) {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

interface HistoryArgs {
  first?: number | null;
  after?: string | null;
}

/** The page the planned subquery loads: lenient (the resolver reports bad arguments). */
function plannedPage(args: HistoryArgs) {
  const limit = Math.min(Math.max(args.first ?? DEFAULT_PAGE_SIZE, 0), MAX_PAGE_SIZE);
  let after = 0;
  try {
    after = afterId(args.after) ?? 0;
  } catch {
    after = 0;
  }
  return { limit, after };
}

/** The row the change is about, as recorded (after, or before for a DELETE). */
const row = sql.raw(`coalesce(hc.after, hc.before)`);
const ofType = (type: EntityType) => sql`hc.entity_type = ${type}`;
const rowField = (key: string) => sql`json_extract(${row}, ${`$.${key}`})`;

/** Changes to one entity of `type`, to its rows of `children` (by their `parentKey`) and to claims about it. */
function entityChanges(
  type: EntityType,
  id: SQL,
  options: { children?: { type: EntityType; parentKey: string }[]; claims?: SQL },
): SQL {
  const parts = [sql`(${ofType(type)} and hc.entity_id = ${id})`];
  for (const child of options.children ?? []) {
    parts.push(sql`(${ofType(child.type)} and ${rowField(child.parentKey)} = ${id})`);
  }
  if (options.claims) parts.push(sql`(${ofType('CLAIM')} and ${options.claims})`);
  return sql.join(parts, sql` or `);
}

const claimsAbout = (subjectType: string, id: SQL) =>
  sql`${rowField('subjectType')} = ${subjectType} and ${rowField('subjectId')} = ${id}`;

/**
 * One page of the changes matching `predicate` (newest first, `limit + 1` rows to tell whether
 * there is a next page) and their total, as one JSON value computed inside the parent's query.
 */
function historyPageSql(predicate: SQL, limit: number, after: number): SQL {
  return sql`(select json_object(
    'total', (select count(*) from changes hc where ${predicate}),
    'rows', (select json_group_array(json_object(
        'id', p.id, 'entityType', p.entity_type, 'entityId', p.entity_id, 'action', p.action,
        'before', json(p.before), 'after', json(p.after), 'actorName', p.actor_name,
        'actorRole', p.actor_role, 'at', p.at))
      from (select * from changes hc where (${predicate}) ${after > 0 ? sql`and hc.id < ${after}` : sql``}
        order by hc.id desc limit ${limit + 1}) p)))`;
}

function parseHistory(raw: unknown): { total: number; rows: ChangeRow[] } {
  const value = (typeof raw === 'string' ? JSON.parse(raw) : (raw ?? {})) as {
    total?: number;
    rows?: ChangeRow[] | string;
  };
  const rows = (typeof value.rows === 'string' ? JSON.parse(value.rows) : (value.rows ?? [])) as ChangeRow[];
  return { total: Number(value.total ?? 0), rows: rows.sort((a, b) => b.id - a.id) };
}

const historyArgs = builder.args((t) => ({
  first: t.int({ description: `Page size, at most ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` }),
  after: t.string({ description: 'Cursor of the change to continue after.' }),
}));

/**
 * A `history` field for a drizzle type: `predicate` selects the changes that belong to the row
 * with id `id` (the aliased column of the parent query), given the viewer's role.
 */
function historyField(
  t: { field: (options: never) => unknown },
  description: string,
  predicate: (id: SQL, role: Role) => SQL,
) {
  const key = (args: HistoryArgs, ctx: Context) => {
    const { limit, after } = plannedPage(args);
    return `history_${limit}_${after}_${ctx.viewer.role}`;
  };
  return t.field({
    type: ChangeConnection,
    description: `${description} Newest first.`,
    args: historyArgs,
    select: (args: HistoryArgs, ctx: Context) => {
      const { limit, after } = plannedPage(args);
      return {
        extras: {
          [key(args, ctx)]: (table: { id: unknown }) =>
            historyPageSql(predicate(sql`${table.id}`, ctx.viewer.role), limit, after),
        },
      };
    },
    resolve: (parent: { id: number }, args: HistoryArgs, ctx: Context) => {
      pageCap(args);
      const after = afterId(args.after);
      const { limit } = plannedPage(args);
      const { total, rows } = parseHistory((parent as Record<string, unknown>)[key(args, ctx)]);
      return toConnection(rows, limit, total, after != null);
    },
  } as never) as never;
}

builder.drizzleObjectFields(Trial, (t) => ({
  history: historyField(
    t,
    'Changes to this trial, its therapy links, its interventions and the claims about it.',
    (id) =>
      entityChanges('TRIAL', id, {
        children: [
          { type: 'TRIAL_THERAPY', parentKey: 'trialId' },
          { type: 'INTERVENTION', parentKey: 'trialId' },
        ],
        claims: claimsAbout('TRIAL', id),
      }),
  ),
}));

/** Changes of `type` whose row pointed at `id` by `key` before or after: a row moved away shows too. */
const pointedAt = (type: EntityType, key: string, id: SQL) =>
  sql`(${ofType(type)} and (json_extract(hc.before, ${`$.${key}`}) = ${id} or json_extract(hc.after, ${`$.${key}`}) = ${id}))`;

builder.drizzleObjectFields(Therapy, (t) => ({
  history: historyField(
    t,
    'Changes to this therapy, its trial links, the interventions linked to it (also those moved away by a merge or split) and the claims about it.',
    (id) =>
      sql`${entityChanges('THERAPY', id, { claims: claimsAbout('THERAPY', id) })} or ${pointedAt('TRIAL_THERAPY', 'therapyId', id)} or ${pointedAt('INTERVENTION', 'therapyId', id)}`,
  ),
}));

builder.drizzleObjectFields(Review, (t) => ({
  history: historyField(t, 'Changes to this review, its assessments and the claims about it.', (id) =>
    entityChanges('REVIEW', id, {
      children: [{ type: 'ASSESSMENT', parentKey: 'reviewId' }],
      claims: claimsAbout('REVIEW', id),
    }),
  ),
}));

// Patient is reader-only as a type, so its history is too.
builder.drizzleObjectFields(Patient, (t) => ({
  history: historyField(
    t,
    'Changes to this patient, its adverse events and the claims about either.',
    (id) => {
      const eventIds = sql`(select entity_id from changes ae where ae.entity_type = 'ADVERSE_EVENT'
        and json_extract(coalesce(ae.after, ae.before), '$.patientId') = ${id})`;
      return entityChanges('PATIENT', id, {
        children: [{ type: 'ADVERSE_EVENT', parentKey: 'patientId' }],
        claims: sql`(${claimsAbout('PATIENT', id)}) or (${rowField('subjectType')} = 'ADVERSE_EVENT' and ${rowField('subjectId')} in ${eventIds})`,
      });
    },
  ),
}));

builder.drizzleObjectFields(Source, (t) => ({
  history: historyField(
    t,
    'Changes to this source and to the claims citing it (claims about patients only with a reader token).',
    (id, role) => {
      const hidden = sql.join(
        PATIENT_LEVEL_SUBJECT_TYPES.map((s) => sql`${s}`),
        sql`, `,
      );
      const citing = sql`${rowField('sourceId')} = ${id}`;
      return entityChanges('SOURCE', id, {
        claims: hasRole(role, 'reader')
          ? citing
          : sql`${citing} and ${rowField('subjectType')} not in (${hidden})`,
      });
    },
  ),
}));

builder.queryField('changes', (t) =>
  t.field({
    type: ChangeConnection,
    description:
      'Every change since a time, oldest first, optionally only to some kinds of row. Needs an admin token.',
    authScopes: { admin: true },
    args: {
      since: t.arg({ type: 'DateTime', required: true }),
      entityTypes: t.arg({
        type: [EntityTypeEnum],
        description: 'Only these kinds of row (all when omitted).',
      }),
      first: t.arg.int({
        description: `Page size, at most ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
      }),
      after: t.arg.string({ description: 'Cursor of the change to continue after.' }),
    },
    resolve: async (_root, args, ctx) => {
      pageCap(args);
      const after = afterId(args.after);
      const limit = args.first ?? DEFAULT_PAGE_SIZE;
      const since = (args.since instanceof Date ? args.since : new Date(args.since)).toISOString();
      const where = and(
        gte(changes.at, since),
        args.entityTypes
          ? args.entityTypes.length > 0
            ? inArray(changes.entityType, [...args.entityTypes])
            : sql`0`
          : undefined,
      );
      const [rows, totalCount] = await Promise.all([
        ctx.db
          .select()
          .from(changes)
          .where(and(where, after != null ? gt(changes.id, after) : undefined))
          .orderBy(asc(changes.id))
          .limit(limit + 1),
        ctx.db.$count(changes, where),
      ]);
      return toConnection(rows as ChangeRow[], limit, totalCount, after != null);
    },
  }),
);
