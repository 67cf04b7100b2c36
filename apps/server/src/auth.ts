import { createHash, randomBytes } from 'node:crypto';
import { type Db, tables } from '@genetrials/schema/db';
import { ANONYMOUS, TOKEN_ROLES, type TokenRole, type Viewer } from '@genetrials/schema/domain';
import { desc, eq } from 'drizzle-orm';
import { GraphQLError } from 'graphql';

const TOKEN_PREFIX = 'gt_';
/** Tokens are 256-bit random secrets, so a fast hash is enough to keep them unusable at rest. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface CreatedToken {
  id: number;
  name: string;
  role: TokenRole;
  /** The secret. It is not stored and cannot be shown again. */
  token: string;
}

export async function createToken(db: Db, input: { name: string; role: TokenRole }): Promise<CreatedToken> {
  const name = input.name.trim();
  if (!name || name.length > 100) throw new Error('token name must be 1 to 100 characters');
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const [row] = await db
    .insert(tables.apiTokens)
    .values({ name, role: input.role, tokenHash: hashToken(token), prefix: token.slice(0, 10) })
    .returning({ id: tables.apiTokens.id });
  if (!row) throw new Error('token was not created');
  return { id: row.id, name, role: input.role, token };
}

export function listTokens(db: Db) {
  return db
    .select({
      id: tables.apiTokens.id,
      name: tables.apiTokens.name,
      role: tables.apiTokens.role,
      prefix: tables.apiTokens.prefix,
      createdAt: tables.apiTokens.createdAt,
      lastUsedAt: tables.apiTokens.lastUsedAt,
      revokedAt: tables.apiTokens.revokedAt,
    })
    .from(tables.apiTokens)
    .orderBy(desc(tables.apiTokens.id));
}

/** Revokes a token; true when it existed and was active. */
export async function revokeToken(db: Db, id: number): Promise<boolean> {
  const rows = await db
    .update(tables.apiTokens)
    .set({ revokedAt: new Date().toISOString() })
    .where(eq(tables.apiTokens.id, id))
    .returning({ revokedAt: tables.apiTokens.revokedAt });
  return rows.length > 0;
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
  });
}

const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The viewer for an Authorization header: anonymous without one, the token's role with a
 * valid one; a malformed, unknown or revoked token is an UNAUTHENTICATED error (never a silent
 * downgrade to anonymous, which would hide a misconfigured client).
 */
export async function resolveViewer(db: Db, authorization: string | null): Promise<Viewer> {
  if (!authorization) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1]) throw unauthenticated('Authorization header must be "Bearer <token>"');
  const token = match[1];
  if (!token.startsWith(TOKEN_PREFIX)) throw unauthenticated('Unknown or revoked API token');
  // Raw statements: this runs before every authenticated request, outside the query plan.
  const found = await db.client.execute({
    sql: 'select id, name, role, last_used_at, revoked_at from api_tokens where token_hash = ? limit 1',
    args: [hashToken(token)],
  });
  const row = found.rows[0];
  if (!row || row.revoked_at) throw unauthenticated('Unknown or revoked API token');
  const now = Date.now();
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
