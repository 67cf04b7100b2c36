// API tokens: created, listed and revoked by the CLI. Only a hash of each token is stored.
import { createHash, randomBytes } from 'node:crypto';
import { type Db, tables } from '@genetrials/schema/db';
import type { TokenRole } from '@genetrials/schema/roles';
import { and, desc, eq, isNull } from 'drizzle-orm';

export const TOKEN_PREFIX = 'gt_';
/** Tokens are 256-bit random secrets, so a fast hash is enough to keep them unusable at rest. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const DURATION_UNITS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;
/** The longest lifetime `--expires-in` accepts: about five years. */
const MAX_LIFETIME_MS = 1_830 * 86_400_000;

/**
 * A token lifetime such as `12h`, `30d` or `8w` (hours, days, weeks; a whole number from 1, at
 * most about five years) in milliseconds; an Error with the accepted forms otherwise.
 */
export function parseLifetime(text: string): number {
  const match = /^\s*(\d{1,6})\s*([hdw])\s*$/i.exec(text);
  const amount = Number(match?.[1]);
  const unit = match?.[2]?.toLowerCase() as keyof typeof DURATION_UNITS | undefined;
  const ms = unit ? amount * DURATION_UNITS[unit] : Number.NaN;
  if (!(ms > 0) || ms > MAX_LIFETIME_MS)
    throw new Error(
      `invalid lifetime "${text}": use a whole number of hours, days or weeks such as 12h, 30d or 8w (at most 1830d)`,
    );
  return ms;
}

export interface CreatedToken {
  id: number;
  name: string;
  role: TokenRole;
  /** When it stops working (ISO 8601), or null when it does not expire. */
  expiresAt: string | null;
  /** The secret. It is not stored and cannot be shown again. */
  token: string;
}

export async function createToken(
  db: Db,
  input: {
    name: string;
    role: TokenRole;
    /** Lifetime in milliseconds from now (see parseLifetime); without it the token does not expire. */
    expiresInMs?: number;
  },
): Promise<CreatedToken> {
  const name = input.name.trim();
  if (!name || name.length > 100) throw new Error('token name must be 1 to 100 characters');
  if (input.expiresInMs !== undefined && !(input.expiresInMs > 0))
    throw new Error('token lifetime must be positive');
  const expiresAt =
    input.expiresInMs === undefined ? null : new Date(Date.now() + input.expiresInMs).toISOString();
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const [row] = await db
    .insert(tables.apiTokens)
    .values({ name, role: input.role, tokenHash: hashToken(token), prefix: token.slice(0, 10), expiresAt })
    .returning({ id: tables.apiTokens.id });
  if (!row) throw new Error('token was not created');
  return { id: row.id, name, role: input.role, expiresAt, token };
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
      expiresAt: tables.apiTokens.expiresAt,
    })
    .from(tables.apiTokens)
    .orderBy(desc(tables.apiTokens.id));
}

export type RevokeResult =
  | { status: 'revoked'; revokedAt: string }
  /** Revoked before: nothing changed, `revokedAt` is the original time. */
  | { status: 'already-revoked'; revokedAt: string }
  | { status: 'not-found' };

/** Revokes a token. Revoking it again changes nothing: the first revocation time is kept. */
export async function revokeToken(db: Db, id: number): Promise<RevokeResult> {
  const [revoked] = await db
    .update(tables.apiTokens)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(tables.apiTokens.id, id), isNull(tables.apiTokens.revokedAt)))
    .returning({ revokedAt: tables.apiTokens.revokedAt });
  if (revoked?.revokedAt) return { status: 'revoked', revokedAt: revoked.revokedAt };
  const [existing] = await db
    .select({ revokedAt: tables.apiTokens.revokedAt })
    .from(tables.apiTokens)
    .where(eq(tables.apiTokens.id, id));
  return existing?.revokedAt
    ? { status: 'already-revoked', revokedAt: existing.revokedAt }
    : { status: 'not-found' };
}
