/** Who may do what. Each role includes everything the roles before it may do. */
export const ROLES = ['anonymous', 'reader', 'curator', 'admin'] as const;
export type Role = (typeof ROLES)[number];
/** Roles a token can carry (anonymous is the absence of a token). */
export const TOKEN_ROLES = ['reader', 'curator', 'admin'] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

export function hasRole(actual: Role, required: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(required);
}

export interface Viewer {
  role: Role;
  /** The API token used, when any. */
  tokenId: number | null;
  tokenName: string | null;
}

export const ANONYMOUS: Viewer = Object.freeze({ role: 'anonymous', tokenId: null, tokenName: null });
