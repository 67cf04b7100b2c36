// API tokens: created, listed and revoked by the CLI. Only a hash of each token is stored.
import { createHash, randomBytes } from 'node:crypto';
import { type Db, tables } from '@genetrials/schema/db';
import type { TokenRole } from '@genetrials/schema/roles';
import { desc, eq } from 'drizzle-orm';

export const TOKEN_PREFIX = 'gt_';
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
