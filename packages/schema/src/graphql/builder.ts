import SchemaBuilder from '@pothos/core';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { GraphQLError } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { Db } from '../db/client.js';
import { relations } from '../db/relations.js';
import { hasRole, type Viewer } from '../domain/roles.js';

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
    unauthorizedError: (_parent, ctx, info) =>
      new GraphQLError(
        ctx.viewer.role === 'anonymous'
          ? `${info.parentType.name}.${info.fieldName} needs an API token with a higher role (send Authorization: Bearer <token>)`
          : `${info.parentType.name}.${info.fieldName} is not allowed for the ${ctx.viewer.role} role`,
        { extensions: { code: 'FORBIDDEN' } },
      ),
  },
  errors: { defaultTypes: [] },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    nodesOnConnection: true,
    cursorType: 'String',
    nodeQueryOptions: { description: 'Fetches any object by its global ID.' },
    nodesQueryOptions: { description: 'Fetches several objects by their global IDs, in order.' },
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
