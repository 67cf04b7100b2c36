import { databaseBusyExtensions, isDatabaseBusy, writeStatement } from '@genetrials/schema';
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

/** When this process last recorded a use, per database and token id (at most one write a minute). */
const lastTouched = new WeakMap<Db, Map<number, number>>();

/**
 * Records that a token was used, at most once a minute per token, and off the request's path: a
 * read never waits for (or fails on) the write lock. Best effort: the write waits its turn in the
 * process's write queue, and a lock held by another process past the busy timeout (SQLITE_BUSY),
 * or a database closed meanwhile, only loses this one timestamp.
 */
function recordUse(db: Db, tokenId: number, now: number, storedLastUsed: number): void {
  let byToken = lastTouched.get(db);
  if (!byToken) {
    byToken = new Map();
    lastTouched.set(db, byToken);
  }
  if (now - Math.max(storedLastUsed, byToken.get(tokenId) ?? 0) <= LAST_USED_RESOLUTION_MS) return;
  byToken.set(tokenId, now);
  const at = new Date(now).toISOString();
  const staleBefore = new Date(now - LAST_USED_RESOLUTION_MS).toISOString();
  const timer = setTimeout(() => {
    writeStatement(db, {
      // Another server process may have recorded a use meanwhile.
      sql: 'update api_tokens set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)',
      args: [at, tokenId, staleBefore],
    }).catch(() => undefined);
  }, 0);
  timer.unref();
}

function databaseBusy(): GraphQLError {
  return new GraphQLError('The database is busy: retry shortly.', { extensions: databaseBusyExtensions() });
}

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
  // Raw statements: this runs before every authenticated request, outside the query plan. It
  // only reads: readers do not wait for writers of a WAL database.
  const found = await db.client
    .execute({
      sql: 'select id, name, role, last_used_at, revoked_at, expires_at from api_tokens where token_hash = ? limit 1',
      args: [hashToken(token)],
    })
    .catch((error: unknown) => {
      throw isDatabaseBusy(error) ? databaseBusy() : error;
    });
  const row = found.rows[0];
  if (!row || row.revoked_at) throw unauthenticated('Unknown or revoked API token');
  const now = Date.now();
  if (row.expires_at && !(Date.parse(String(row.expires_at)) > now))
    throw unauthenticated(
      `API token expired at ${String(row.expires_at)}: ask an admin for a new one (genetrials token create --expires-in …)`,
    );
  const role = String(row.role);
  if (!(TOKEN_ROLES as readonly string[]).includes(role))
    throw unauthenticated('Unknown or revoked API token');
  recordUse(db, Number(row.id), now, row.last_used_at ? Date.parse(String(row.last_used_at)) : 0);
  return { role: role as TokenRole, tokenId: Number(row.id), tokenName: String(row.name) };
}
