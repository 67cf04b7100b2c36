import { ForbiddenError } from '../domain/errors.js';
import type { TokenRole, Viewer } from '../domain/roles.js';

// Who a write is by. Every history row names its actor: an API token (its id, name and role at
// the time) or one of the system's own writers, which carry the role `system`.

export type Actor =
  | { kind: 'token'; tokenId: number; name: string; role: TokenRole }
  | { kind: 'system'; name: string };

export type SystemActor = Extract<Actor, { kind: 'system' }>;

/** The `actorRole` history rows of system actors carry. */
export const SYSTEM_ROLE = 'system';

/** The system's own writers, named in the history. */
export const SYSTEM_ACTORS = Object.freeze({
  seed: Object.freeze({ kind: 'system', name: 'seed' }),
  ctgovImport: Object.freeze({ kind: 'system', name: 'ctgov import' }),
  publicationsImport: Object.freeze({ kind: 'system', name: 'publications import' }),
} as const satisfies Record<string, SystemActor>);

export function systemActor(name: string): SystemActor {
  return { kind: 'system', name };
}

/** The role a history row records for the actor. */
export function actorRole(actor: Actor): TokenRole | typeof SYSTEM_ROLE {
  return actor.kind === 'token' ? actor.role : SYSTEM_ROLE;
}

/** The actor of a GraphQL request: its API token. Anonymous viewers never write. */
export function actorOfViewer(viewer: Viewer): Actor {
  if (viewer.role === 'anonymous' || viewer.tokenId === null) {
    throw new ForbiddenError('curator', 'writes need an API token (send Authorization: Bearer <token>)');
  }
  return { kind: 'token', tokenId: viewer.tokenId, name: viewer.tokenName ?? '', role: viewer.role };
}
