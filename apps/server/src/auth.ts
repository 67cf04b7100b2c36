import type { Db } from '@genetrials/schema/db';
import { ANONYMOUS, TOKEN_ROLES, type TokenRole, type Viewer } from '@genetrials/schema/roles';
import { GraphQLError } from 'graphql';
import { hashToken, TOKEN_PREFIX } from './tokens.js';

export { createToken, listTokens, parseLifetime, revokeToken } from './tokens.js';

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
  });
}

const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The viewer for an Authorization header: anonymous without one, the token's role with a
 * valid one; a malformed, unknown, revoked or expired token is an UNAUTHENTICATED error (never a
 * silent downgrade to anonymous, which would hide a misconfigured client).
 */
export async function resolveViewer(db: Db, authorization: string | null): Promise<Viewer> {
  if (!authorization) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1]) throw unauthenticated('Authorization header must be "Bearer <token>"');
  const token = match[1];
  if (!token.startsWith(TOKEN_PREFIX)) throw unauthenticated('Unknown or revoked API token');
  // Raw statements: this runs before every authenticated request, outside the query plan.
  const found = await db.client.execute({
    sql: 'select id, name, role, last_used_at, revoked_at, expires_at from api_tokens where token_hash = ? limit 1',
    args: [hashToken(token)],
  });
  const row = found.rows[0];
  if (!row || row.revoked_at) throw unauthenticated('Unknown or revoked API token');
  const now = Date.now();
  if (row.expires_at && !(Date.parse(String(row.expires_at)) > now))
    throw unauthenticated(
      `API token expired at ${String(row.expires_at)}: ask an admin for a new one (genetrials token create --expires-in …)`,
    );
  const lastUsed = row.last_used_at ? Date.parse(String(row.last_used_at)) : 0;
  if (now - lastUsed > LAST_USED_RESOLUTION_MS) {
    await db.client.execute({
      sql: 'update api_tokens set last_used_at = ? where id = ?',
      args: [new Date(now).toISOString(), Number(row.id)],
    });
  }
  const role = String(row.role);
  if (!(TOKEN_ROLES as readonly string[]).includes(role))
    throw unauthenticated('Unknown or revoked API token');
  return { role: role as TokenRole, tokenId: Number(row.id), tokenName: String(row.name) };
}
