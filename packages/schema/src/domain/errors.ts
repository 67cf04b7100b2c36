import type { TokenRole } from './roles.js';

// Failures a client can act on. Mutations return them as typed results (the GraphQL types are in
// graphql/mutations/errors.ts); ValidationError lives with the zod schemas in validation.ts.

/** The entity an id names does not exist (any more). */
export class NotFoundError extends Error {
  constructor(
    /** GraphQL type name, e.g. `Trial`. */
    readonly entity: string,
    /** The global ID that was looked up. */
    readonly id: string,
    /** Input path of the argument that named it, e.g. `input.trialId`. */
    readonly path: string | null = null,
  ) {
    super(`${entity} ${id} does not exist${path ? ` (${path})` : ''}`);
    this.name = 'NotFoundError';
  }
}

/** The viewer's role is below what the operation needs. */
export class ForbiddenError extends Error {
  constructor(
    readonly requiredRole: TokenRole,
    message: string,
  ) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

export interface ConflictDetails {
  /** The row's version now, when the conflict is a stale `expectedVersion`. */
  currentVersion?: number | null;
  /** Input path of the value that collides with an existing row, for uniqueness conflicts. */
  path?: string | null;
  /** Global ID of the existing row holding that value, when known. */
  existingId?: string | null;
}

/** The write lost a race (stale version) or collides with an existing row (unique value). */
export class ConflictError extends Error {
  readonly currentVersion: number | null;
  readonly path: string | null;
  readonly existingId: string | null;

  constructor(message: string, details: ConflictDetails = {}) {
    super(message);
    this.name = 'ConflictError';
    this.currentVersion = details.currentVersion ?? null;
    this.path = details.path ?? null;
    this.existingId = details.existingId ?? null;
  }
}
