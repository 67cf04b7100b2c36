import SchemaBuilder from '@pothos/core';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin, { resolveNodes } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { GraphQLError, type GraphQLResolveInfo, isObjectType } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { Db } from '../db/client.js';
import { relations } from '../db/relations.js';
import { hasRole, type Viewer } from '../domain/roles.js';
import { type ErrorCode, forbiddenMessage } from './error-codes.js';

/** Per-request context. The database is injected so one schema serves any database. */
export interface Context {
  db: Db;
  /** Who is asking: resolved from the bearer token before execution. */
  viewer: Viewer;
}

export interface PothosTypes {
  DrizzleRelations: typeof relations;
  Context: Context;
  AuthScopes: { reader: boolean; curator: boolean; admin: boolean };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    ID: { Input: string; Output: string | number };
  };
  DefaultFieldNullability: false;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export const builder = new SchemaBuilder<PothosTypes>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, RelayPlugin, DrizzlePlugin],
  scopeAuth: {
    authScopes: (ctx) => ({
      reader: hasRole(ctx.viewer.role, 'reader'),
      curator: hasRole(ctx.viewer.role, 'curator'),
      admin: hasRole(ctx.viewer.role, 'admin'),
    }),
    unauthorizedError: (_parent, ctx, info) => forbiddenFor(ctx, info),
  },
  errors: { defaultTypes: [] },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    nodesOnConnection: true,
    cursorType: 'String',
    // Descriptions of the Relay connection boilerplate, shared by every connection in the schema.
    pageInfoTypeOptions: {
      description: 'Where a page of a connection sits in the whole list, for paging forwards and backwards.',
    },
    nodeTypeOptions: {
      description:
        'An object with a global ID, refetchable with `node(id:)` or `nodes(ids:)`. IDs are opaque strings: store and pass them back as is.',
    },
    idFieldOptions: {
      description: 'Global ID of the object: opaque, stable, and accepted by `node(id:)` and `nodes(ids:)`.',
    },
    defaultConnectionTypeOptions: {
      description:
        'One page of a list, in the Relay connection format: the items (`edges` or `nodes`) and `pageInfo` for fetching the next or previous page.',
    },
    defaultEdgeTypeOptions: {
      description: 'One item of a connection page, with the cursor that marks its position in the list.',
    },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor, in list order.' },
    nodesFieldOptions: {
      description:
        'The items of this page in list order: a shortcut for `edges { node }` when cursors are not needed.',
    },
    nodeFieldOptions: { description: 'The item at this position of the list.' },
    cursorFieldOptions: {
      description:
        'Opaque position of this item in the list: pass it as `after` (or `before`) to fetch the items following (or preceding) it. Only valid for the same field and arguments.',
    },
    pageInfoFieldOptions: {
      description: 'Paging information: whether there are more items and the cursors to fetch them.',
    },
    hasNextPageFieldOptions: {
      description: 'True when there are more items after this page: fetch them with `after: endCursor`.',
    },
    hasPreviousPageFieldOptions: {
      description: 'True when there are items before this page: fetch them with `before: startCursor`.',
    },
    startCursorFieldOptions: {
      description: 'Cursor of the first item of this page; null when the page is empty.',
    },
    endCursorFieldOptions: {
      description: 'Cursor of the last item of this page; null when the page is empty.',
    },
    firstArgOptions: {
      description: `Page size counted from the start (or from \`after\`): 0 to ${MAX_PAGE_SIZE} items (a larger value is a BAD_USER_INPUT error, never a silent clamp); ${DEFAULT_PAGE_SIZE} when neither \`first\` nor \`last\` is given.`,
    },
    afterArgOptions: {
      description:
        'Cursor (an edge `cursor` or `pageInfo.endCursor` from this same field) to start after: returns the items following it.',
    },
    lastArgOptions: {
      description: `Page size counted from the end (or from \`before\`): 0 to ${MAX_PAGE_SIZE} items (a larger value is an error). Use with \`before\` to page backwards.`,
    },
    beforeArgOptions: {
      description:
        'Cursor (an edge `cursor` or `pageInfo.startCursor` from this same field) to end before: returns the items preceding it.',
    },
    nodeQueryOptions: {
      description:
        'Fetches any object by its global ID; null when nothing has that ID. Patient-level objects need a reader token, whether or not the ID exists.',
      resolve: (_root, args, ctx, info) => loadNodeOrError(args.id, ctx, info).then(throwIfError),
    },
    nodesQueryOptions: {
      description:
        'Fetches several objects by their global IDs, in order; an entry is null when nothing has its ID (or, with an error at its index, when the token may not read it).',
      resolve: (_root, args, ctx, info) => args.ids.map((id) => loadNodeOrError(id, ctx, info)),
    },
  },
  drizzle: {
    client: (ctx) => ctx.db,
    getTableConfig,
    relations,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
});

builder.addScalarType('DateTime', DateTimeResolver);
builder.queryType({ description: 'Read access to the GeneTrials knowledge base.' });

/** The FORBIDDEN error of a field the viewer may not read; the same for every ID asked for. */
export function forbiddenFor(ctx: Context, info: GraphQLResolveInfo): GraphQLError {
  const code: ErrorCode = 'FORBIDDEN';
  return new GraphQLError(forbiddenMessage(info.parentType.name, info.fieldName, ctx.viewer.role), {
    extensions: { code },
  });
}

type Scopes = PothosTypes['AuthScopes'];

/** Whether the viewer passes a type's static `authScopes` (any listed scope; `$all`/`$any` nest). */
function passesScopes(scopes: unknown, ctx: Context): boolean {
  if (scopes == null) return true;
  // Dynamic scopes need the loaded object: only an admin passes before loading.
  if (typeof scopes !== 'object') return hasRole(ctx.viewer.role, 'admin');
  return Object.entries(scopes as Record<string, unknown>).some(([key, value]) => {
    if (key === '$all') {
      return Object.entries(value as Record<string, unknown>).every(([k, v]) =>
        passesScopes({ [k]: v }, ctx),
      );
    }
    if (key === '$any') return passesScopes(value, ctx);
    return (
      value === true &&
      key in { reader: 1, curator: 1, admin: 1 } &&
      hasRole(ctx.viewer.role, key as keyof Scopes)
    );
  });
}

const CANONICAL_ID = /^[1-9][0-9]{0,15}$/;

/** The drizzle model loader's rejection for a row that does not exist. */
function isMissingRow(error: unknown): boolean {
  return error instanceof Error && /^Model \w+\(.*\) not found$/.test(error.message);
}

/**
 * One entry of `node`/`nodes`: the object, null when the (decodable) ID names nothing — unknown
 * type, not a number, no such row — or a FORBIDDEN error when the type's scopes exclude the viewer.
 * The scope check comes before any lookup, so the answer never tells whether the ID exists.
 */
async function loadNodeOrError(
  globalId: { typename: string; id: unknown } | null | undefined,
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<unknown> {
  if (!globalId) return null;
  const type = info.schema.getType(globalId.typename);
  if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) return null;
  const config = builder.configStore.getTypeConfig(globalId.typename, 'Object');
  const scopes = (config.pothosOptions as { authScopes?: unknown }).authScopes;
  if (!passesScopes(scopes, ctx)) return forbiddenFor(ctx, info);
  if (!CANONICAL_ID.test(String(globalId.id))) return null;
  try {
    const [node] = await resolveNodes(builder, ctx, info, [globalId]);
    return (await node) ?? null;
  } catch (error) {
    if (isMissingRow(error)) return null;
    throw error;
  }
}

function throwIfError<T>(value: T): T {
  if (value instanceof Error) throw value;
  return value;
}
