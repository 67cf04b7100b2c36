import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root; the default database lives in its `.data/` folder. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().min(1).optional(),
  DATABASE_AUTH_TOKEN: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  GRAPHIQL: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
});

export interface Config {
  port: number;
  host: string;
  /** libSQL URL: `file:…` for an embedded SQLite file, `:memory:`, or a libSQL server URL. */
  databaseUrl: string;
  databaseAuthToken?: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  production: boolean;
  graphiql: boolean;
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
  };
}

/** Creates the parent folder of a `file:` database so a fresh clone can start at once. */
export function ensureDatabaseFolder(databaseUrl: string): void {
  if (!databaseUrl.startsWith('file:')) return;
  const path = databaseUrl.slice('file:'.length);
  if (!path || path === ':memory:') return;
  mkdirSync(dirname(isAbsolute(path) ? path : resolve(path)), { recursive: true });
}
