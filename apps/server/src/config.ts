import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root; the default database lives in its `.data/` folder. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** `true`/`false` (or `1`/`0`) flags. */
const flag = (fallback: 'true' | 'false') =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback)
    .transform((v) => v === 'true' || v === '1');

/** A whole number from the environment, at least `min`. */
const count = (fallback: number, min = 1) => z.coerce.number().int().min(min).default(fallback);

/**
 * Safe defaults for the request limits (see the README's Security section). Tests and embedders
 * override single values through `createApp({ config: { hardening: { … } } })`.
 */
export const DEFAULT_HARDENING: HardeningConfig = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 1000,
  maxDirectives: 50,
  maxCost: 500_000,
  maxBodyBytes: 100_000,
  maxBatchOperations: 0,
  executionTimeoutMs: 5_000,
  rateLimitPerMinute: 600,
  rateLimitIpPerMinute: 6_000,
  trustProxy: 0,
  introspection: true,
  csrfPrevention: true,
};

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().min(1).optional(),
  DATABASE_AUTH_TOKEN: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  GRAPHIQL: flag('true'),
  MAX_DEPTH: count(DEFAULT_HARDENING.maxDepth),
  MAX_ALIASES: count(DEFAULT_HARDENING.maxAliases, 0),
  MAX_TOKENS: count(DEFAULT_HARDENING.maxTokens),
  MAX_DIRECTIVES: count(DEFAULT_HARDENING.maxDirectives, 0),
  MAX_COST: count(DEFAULT_HARDENING.maxCost),
  MAX_BODY_BYTES: count(DEFAULT_HARDENING.maxBodyBytes, 1024),
  MAX_BATCH_OPERATIONS: count(DEFAULT_HARDENING.maxBatchOperations, 0),
  EXECUTION_TIMEOUT_MS: count(DEFAULT_HARDENING.executionTimeoutMs),
  RATE_LIMIT_PER_MINUTE: count(DEFAULT_HARDENING.rateLimitPerMinute, 0),
  RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().int().min(0).optional(),
  TRUST_PROXY: count(DEFAULT_HARDENING.trustProxy, 0),
  INTROSPECTION: flag('true'),
  CSRF_PREVENTION: flag('true'),
  METRICS: flag('true'),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
});

/** Limits that keep one client or one query from taking the server down. */
export interface HardeningConfig {
  /** Deepest field nesting an operation may have (fragments count as a level). */
  maxDepth: number;
  /** Most aliases in one operation. */
  maxAliases: number;
  /** Most lexical tokens in one document; checked while parsing. */
  maxTokens: number;
  /** Most directives in one operation. */
  maxDirectives: number;
  /** Highest graphql-armor cost (objects 2, scalars 1, ×1.5 per level, × literal `first`/`last`). */
  maxCost: number;
  /** Largest request body in bytes (Content-Length and streamed bytes); 413 above it. */
  maxBodyBytes: number;
  /** Operations per batched request; 0 turns batching off. */
  maxBatchOperations: number;
  /** Execution time after which an operation answers a TIMEOUT error. */
  executionTimeoutMs: number;
  /** Requests per minute per bearer token, or per client address without one; 0 turns rate limiting off. */
  rateLimitPerMinute: number;
  /** Requests per minute from one client address whatever token they carry; 0 turns this ceiling off. */
  rateLimitIpPerMinute: number;
  /** Reverse proxies in front of the server whose X-Forwarded-For entries are trusted (0: use the socket address). */
  trustProxy: number;
  /** Allow introspection queries (GraphiQL needs them). */
  introspection: boolean;
  /** Require a custom header on requests a browser sends without a CORS preflight. */
  csrfPrevention: boolean;
}

export interface MetricsConfig {
  /** Serve Prometheus metrics at `/metrics`. */
  enabled: boolean;
  /** When set, `/metrics` requires `Authorization: Bearer <token>`. */
  token?: string;
}

export interface Config {
  port: number;
  host: string;
  /** libSQL URL: `file:…` for an embedded SQLite file, `:memory:`, or a libSQL server URL. */
  databaseUrl: string;
  databaseAuthToken?: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  production: boolean;
  graphiql: boolean;
  hardening: HardeningConfig;
  metrics: MetricsConfig;
}

export class ConfigError extends Error {}

/** Reads and validates the environment once; every other module receives a Config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid environment: ${detail}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? `file:${resolve(repoRoot, '.data/genetrials.db')}`,
    ...(e.DATABASE_AUTH_TOKEN ? { databaseAuthToken: e.DATABASE_AUTH_TOKEN } : {}),
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    graphiql: e.GRAPHIQL,
    hardening: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxTokens: e.MAX_TOKENS,
      maxDirectives: e.MAX_DIRECTIVES,
      maxCost: e.MAX_COST,
      maxBodyBytes: e.MAX_BODY_BYTES,
      maxBatchOperations: e.MAX_BATCH_OPERATIONS,
      executionTimeoutMs: e.EXECUTION_TIMEOUT_MS,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      rateLimitIpPerMinute: e.RATE_LIMIT_IP_PER_MINUTE ?? e.RATE_LIMIT_PER_MINUTE * 10,
      trustProxy: e.TRUST_PROXY,
      introspection: e.INTROSPECTION,
      csrfPrevention: e.CSRF_PREVENTION,
    },
    metrics: { enabled: e.METRICS, ...(e.METRICS_TOKEN ? { token: e.METRICS_TOKEN } : {}) },
  };
}

/** Creates the parent folder of a `file:` database so a fresh clone can start at once. */
export function ensureDatabaseFolder(databaseUrl: string): void {
  if (!databaseUrl.startsWith('file:')) return;
  const path = databaseUrl.slice('file:'.length);
  if (!path || path === ':memory:') return;
  mkdirSync(dirname(isAbsolute(path) ? path : resolve(path)), { recursive: true });
}
