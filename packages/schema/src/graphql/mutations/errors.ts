import { wrapErrorIfMatches } from '@pothos/plugin-errors';
import type { GraphQLResolveInfo } from 'graphql';
import { ConflictError, ForbiddenError, NotFoundError } from '../../domain/errors.js';
import type { TokenRole } from '../../domain/roles.js';
import { type FieldIssue, ValidationError } from '../../domain/validation.js';
import { builder, type Context } from '../builder.js';
import { RoleEnum } from '../types/enums.js';

// The typed failures every mutation result union carries. Anything else a resolver throws stays
// an ordinary (masked) GraphQL error.

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'A failure the client can act on, returned as a member of a mutation result union.',
  fields: (t) => ({
    message: t.exposeString('message', {
      description:
        'Human-readable explanation in English, for logs and developers; branch on `__typename`, not on this text.',
    }),
  }),
});

export const FieldIssueRef = builder.objectRef<FieldIssue>('FieldIssue').implement({
  description: 'One invalid input value.',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'Dotted path of the value, e.g. `input.notes`.' }),
    rule: t.exposeString('rule', {
      description: 'Machine-readable rule, e.g. `too_small`, `identifier_phone`, `wrong_id_type`.',
    }),
    message: t.exposeString('message', {
      description: 'What is wrong with the value, in English, e.g. "must be at most 100".',
    }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input is invalid; nothing was written.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ issues: t.field({ type: [FieldIssueRef], resolve: (error) => error.issues }) }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'An ID in the input names nothing (or something since deleted); nothing was written.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    entity: t.exposeString('entity', { description: 'The type the ID was expected to name.' }),
    id: t.exposeID('id'),
    path: t.exposeString('path', { nullable: true, description: 'Input path of the ID.' }),
  }),
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description: 'The API token is missing or its role is too low; nothing was written.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    requiredRole: t.field({ type: RoleEnum, resolve: (error) => error.requiredRole }),
  }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description:
    'The row changed since it was read (`currentVersion`: read it again and retry), or a unique value is ' +
    'already taken (`path`, `existingId`). Nothing was written.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    currentVersion: t.exposeInt('currentVersion', { nullable: true }),
    path: t.exposeString('path', { nullable: true }),
    existingId: t.exposeID('existingId', { nullable: true }),
  }),
});

export const MUTATION_ERRORS = [ValidationError, NotFoundError, ForbiddenError, ConflictError];

function capitalize(name: string): string {
  return `${name.slice(0, 1).toUpperCase()}${name.slice(1)}`;
}

/** `errors` options of a mutation returning an entity: `<Name>Result = <Name>Success | errors`. */
export function entityResult<const Field extends string>(mutation: string, dataField: Field) {
  const name = capitalize(mutation);
  return {
    types: MUTATION_ERRORS,
    union: { name: `${name}Result`, description: `The outcome of \`${mutation}\`.` },
    result: {
      name: `${name}Success`,
      description: `\`${mutation}\` succeeded: the change is committed and recorded in the change history.`,
    },
    dataField: {
      name: dataField,
      description: 'The written object as it is now, after the change (with its new `version`).',
    },
  };
}

export interface Deleted {
  deletedId: string;
}

/** The success type of a delete (its global ID) and the `errors` options of its result union. */
export function deletedResult(mutation: string) {
  const name = capitalize(mutation);
  const type = builder.objectRef<Deleted>(`${name}Success`).implement({
    description: `\`${mutation}\` succeeded: the row (and whatever the mutation deletes with it) is gone and the deletion is recorded in the change history.`,
    fields: (t) => ({
      deletedId: t.exposeID('deletedId', { description: 'Global ID of what was deleted.' }),
    }),
  });
  const errors = {
    types: MUTATION_ERRORS,
    directResult: true,
    union: { name: `${name}Result`, description: `The outcome of \`${mutation}\`.` },
  } as const;
  return { type, errors };
}

function forbiddenFor(required: TokenRole, ctx: Context, info: GraphQLResolveInfo): ForbiddenError {
  const field = info.fieldName;
  return new ForbiddenError(
    required,
    ctx.viewer.role === 'anonymous'
      ? `${field} needs an API token with the ${required} role (send Authorization: Bearer <token>)`
      : `${field} needs the ${required} role; this token has the ${ctx.viewer.role} role`,
  );
}

/**
 * Scope-auth options for a mutation: the role it needs, and a ForbiddenError in the result union
 * (instead of a top-level error) for anyone below it. Checked before the input is looked at.
 */
function access(required: 'curator' | 'admin') {
  return {
    authScopes: { [required]: true } as { curator?: boolean; admin?: boolean },
    unauthorizedResolver: (_parent: unknown, _args: unknown, ctx: Context, info: GraphQLResolveInfo) =>
      wrapErrorIfMatches(forbiddenFor(required, ctx, info), [ForbiddenError]) as never,
  };
}

/** Creates and updates. */
export const curatorAccess = access('curator');
/** Deletes. */
export const adminAccess = access('admin');
