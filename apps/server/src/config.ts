import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { TRUSTED_DOCUMENTS_MODES, type TrustedDocumentsMode } from './trusted-documents.js';

/** The repository root; the default database lives in its `.data/` folder. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** `true`/`false` (or `1`/`0`) flags. */
const flag = (fallback: 'true' | 'false') =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback)
    .transform((v) => v === 'true' || v === '1');

/**
 * `CORS_ORIGINS`: comma-separated origins (`https://app.example.org`), each normalised to
 * scheme://host[:port]. A wildcard is refused: credentials are only ever allowed for named origins.
 */
const origins = z
  .string()
  .default('')
  .transform((value, ctx) => {
    const list: string[] = [];
    for (const part of value
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      let url: URL | undefined;
      try {
        url = new URL(part);
      } catch {
        url = undefined;
      }
      if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== part.replace(/\/$/, '')) {
        ctx.addIssue({
          code: 'custom',
          message: `"${part}" is not an origin like https://app.example.org (no path, no wildcard)`,
        });
        return z.NEVER;
      }
      if (!list.includes(url.origin)) list.push(url.origin);
    }
    return list;
  });

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
  maxAggregateCost: 40,
  maxBodyBytes: 100_000,
  maxBatchOperations: 0,
  executionTimeoutMs: 5_000,
  rateLimitPerMinute: 600,
  rateLimitIpPerMinute: 6_000,
  trustProxy: 0,
  introspection: true,
  csrfPrevention: true,
  sharedRateLimits: false,
};

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  // Loopback only unless HOST says otherwise (HOST=0.0.0.0 exposes the server on every interface).
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).optional(),
  DATABASE_AUTH_TOKEN: z.string().min(1).optional(),
  DB_BUSY_TIMEOUT_MS: count(5000, 0),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Production semantics unless development is asked for (`pnpm dev`): errors masked, no stack traces.
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  GRAPHIQL: flag('true'),
  MAX_DEPTH: count(DEFAULT_HARDENING.maxDepth),
  MAX_ALIASES: count(DEFAULT_HARDENING.maxAliases, 0),
  MAX_TOKENS: count(DEFAULT_HARDENING.maxTokens),
  MAX_DIRECTIVES: count(DEFAULT_HARDENING.maxDirectives, 0),
  MAX_COST: count(DEFAULT_HARDENING.maxCost),
  MAX_AGGREGATE_COST: count(DEFAULT_HARDENING.maxAggregateCost),
  // Worker threads running GraphQL reads off the event loop (file: databases); 0 reads in-process;
  // `auto`: the cores shared out among the WORKERS processes, 1 or 2 (see readWorkersFor).
  DB_READ_WORKERS: z
    .string()
    .default('auto')
    .transform((value, ctx) => {
      if (value.trim() === 'auto') return 'auto' as const;
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > 64) {
        ctx.addIssue({ code: 'custom', message: 'must be "auto" or a whole number from 0 to 64' });
        return z.NEVER;
      }
      return n;
    }),
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
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  CORS_ORIGINS: origins,
  // Server processes sharing the port (node:cluster): a number, or `auto` for one per core.
  WORKERS: z
    .string()
    .default('1')
    .transform((value, ctx) => {
      if (value.trim() === 'auto') return availableParallelism();
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 256) {
        ctx.addIssue({ code: 'custom', message: 'must be "auto" or a whole number from 1 to 256' });
        return z.NEVER;
      }
      return n;
    }),
  RESPONSE_CACHE: z
    .enum(['on', 'off', 'true', 'false', '1', '0'])
    .default('off')
    .transform((v) => ['on', 'true', '1'].includes(v)),
  RESPONSE_CACHE_MAX_ENTRIES: count(1000),
  RESPONSE_CACHE_MAX_BYTES: count(64 * 1024 * 1024, 1024),
  RESPONSE_CACHE_TTL_SECONDS: count(300),
  // `off`: every query goes through the executor field by field (compiled-reads.ts).
  COMPILED_READS: z
    .enum(['on', 'off', 'true', 'false', '1', '0'])
    .default('on')
    .transform((v) => ['on', 'true', '1'].includes(v)),
  // `only`: run the SDK's documents by hash and refuse document text (trusted-documents.ts).
  TRUSTED_DOCUMENTS: z.enum(TRUSTED_DOCUMENTS_MODES).default('any'),
  // Set by npm/pnpm/yarn for the script they run (`pnpm start`).
  npm_lifecycle_event: z.string().optional(),
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
  /**
   * Highest summed price of the SQL aggregates an operation selects (the `aggregateCost` of the
   * stats fields: pooled outcomes cost most), so aliasing one aggregate many times is refused.
   */
  maxAggregateCost: number;
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
  /**
   * Keep the rate-limit budgets in the cluster's primary process, shared by every worker (set by
   * `serve` when WORKERS > 1; not an environment variable).
   */
  sharedRateLimits: boolean;
}

export interface MetricsConfig {
  /** Serve Prometheus metrics at `/metrics`. */
  enabled: boolean;
  /**
   * A static scraper secret: `Authorization: Bearer <token>` is accepted on `/metrics` besides an
   * admin API token (without a metrics port, `/metrics` on the main port always needs one of them).
   */
  token?: string;
  /**
   * Serve `/metrics` without a token on a separate listener bound to 127.0.0.1 at this port (0: any
   * free port), and not on the main port at all.
   */
  port?: number;
}

export interface CorsConfig {
  /**
   * Origins allowed to read responses cross-origin, with credentials. Empty (the default): no
   * Access-Control-Allow-Origin header at all, so browsers refuse cross-origin reads.
   */
  origins: string[];
}

/**
 * The opt-in cache of anonymous GraphQL query results, keyed by document, operation name and
 * variables, dropped on every committed write (see response-cache.ts).
 */
export interface ResponseCacheConfig {
  enabled: boolean;
  /** Most results kept (least recently used go first). */
  maxEntries: number;
  /** Most bytes of serialized results kept. */
  maxBytes: number;
  /** A result is served from the cache for at most this long. */
  ttlSeconds: number;
}

export interface Config {
  port: number;
  host: string;
  /** libSQL URL: `file:…` for an embedded SQLite file, `:memory:`, or a libSQL server URL. */
  databaseUrl: string;
  databaseAuthToken?: string;
  /**
   * Worker threads per server process, each with its own read-only connection, that run the
   * statements of GraphQL queries off the event loop (a `file:` database only; 0, or any other URL:
   * reads in-process). The first starts with the server, the others when reads overlap.
   */
  readWorkers: number;
  /**
   * How long a write waits for a database lock held by another process (an import, a second
   * server) before it answers DATABASE_BUSY (503 with Retry-After). Embedded SQLite files only.
   */
  databaseBusyTimeoutMs: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  production: boolean;
  graphiql: boolean;
  hardening: HardeningConfig;
  metrics: MetricsConfig;
  cors: CorsConfig;
  /** Server processes sharing the port (node:cluster); 1 serves from this process alone. */
  workers: number;
  responseCache: ResponseCacheConfig;
  /** `only`: known (persisted) documents only, by hash; `any`: text too (see trusted-documents.ts). */
  trustedDocuments: TrustedDocumentsMode;
  /** Queries compileRead knows run as one JSON-building statement (compiled-reads.ts); default on. */
  compiledReads: boolean;
  /**
   * Started by a package manager script: `serve` shuts down once its launcher is gone (pnpm does
   * not pass SIGTERM on to the script's processes).
   */
  followLauncher: boolean;
}

export class ConfigError extends Error {}

/**
 * Read threads per server process for `DB_READ_WORKERS=auto`: the machine's cores shared out among
 * the `WORKERS` processes, at least 1 (a slow statement must never hold the event loop) and at most
 * 2. libSQL steps the statements of every read thread of a process on one runtime with a thread per
 * core, so one process with 2 read threads already keeps 2 cores busy; more processes need fewer
 * threads each (WORKERS=2 on 2 cores: 1 each), and each thread costs memory (an isolate, a connection).
 */
export function readWorkersFor(workers: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(2, Math.floor(cores / Math.max(1, workers))));
}

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
    readWorkers: e.DB_READ_WORKERS === 'auto' ? readWorkersFor(e.WORKERS) : e.DB_READ_WORKERS,
    databaseBusyTimeoutMs: e.DB_BUSY_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
    // `test` keeps production semantics: only `development` shows error details.
    production: e.NODE_ENV !== 'development',
    graphiql: e.GRAPHIQL,
    hardening: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxTokens: e.MAX_TOKENS,
      maxDirectives: e.MAX_DIRECTIVES,
      maxCost: e.MAX_COST,
      maxAggregateCost: e.MAX_AGGREGATE_COST,
      maxBodyBytes: e.MAX_BODY_BYTES,
      maxBatchOperations: e.MAX_BATCH_OPERATIONS,
      executionTimeoutMs: e.EXECUTION_TIMEOUT_MS,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      rateLimitIpPerMinute: e.RATE_LIMIT_IP_PER_MINUTE ?? e.RATE_LIMIT_PER_MINUTE * 10,
      trustProxy: e.TRUST_PROXY,
      introspection: e.INTROSPECTION,
      csrfPrevention: e.CSRF_PREVENTION,
      sharedRateLimits: false,
    },
    metrics: {
      enabled: e.METRICS,
      ...(e.METRICS_TOKEN ? { token: e.METRICS_TOKEN } : {}),
      ...(e.METRICS_PORT !== undefined ? { port: e.METRICS_PORT } : {}),
    },
    cors: { origins: e.CORS_ORIGINS },
    workers: e.WORKERS,
    responseCache: {
      enabled: e.RESPONSE_CACHE,
      maxEntries: e.RESPONSE_CACHE_MAX_ENTRIES,
      maxBytes: e.RESPONSE_CACHE_MAX_BYTES,
      ttlSeconds: e.RESPONSE_CACHE_TTL_SECONDS,
    },
    trustedDocuments: e.TRUSTED_DOCUMENTS,
    compiledReads: e.COMPILED_READS,
    followLauncher: Boolean(e.npm_lifecycle_event),
  };
}

/** Creates the parent folder of a `file:` database so a fresh clone can start at once. */
export function ensureDatabaseFolder(databaseUrl: string): void {
  if (!databaseUrl.startsWith('file:')) return;
  const path = databaseUrl.slice('file:'.length);
  if (!path || path === ':memory:') return;
  mkdirSync(dirname(isAbsolute(path) ? path : resolve(path)), { recursive: true });
}
