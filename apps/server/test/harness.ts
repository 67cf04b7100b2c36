import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type Db, migrateDb, TOKEN_ROLES, type TokenRole } from '@genetrials/schema';
import { type AppOptions, createApp } from '../src/app.js';
import { createToken } from '../src/auth.js';
import type { Logger } from '../src/logger.js';
import { sharedSeededDatabase } from './shared-import.js';

export interface TestServer {
  /** e.g. http://127.0.0.1:PORT/graphql */
  url: string;
  origin: string;
  db: Db;
  /** Every SQL statement the ORM issued since the last reset. */
  statements: string[];
  /** One token per role, created at start. */
  tokens: Record<TokenRole, string>;
  gql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; role?: TokenRole; anonymous?: boolean },
  ) => Promise<{ status: number; body: { data?: T; errors?: GqlError[] }; text: string }>;
  close: () => Promise<void>;
}

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; issues?: { path: string; rule: string; message: string }[] };
}

/** A real yoga server on 127.0.0.1 with a random port over its own temp SQLite file. */
export interface TestServerOptions {
  /** Start with the seeded knowledge base (default true; a copy of the run's seeded database). */
  seed?: boolean;
  /** Start from a copy of this database file instead (e.g. the run's shared import: shared-import.ts). */
  from?: string;
  /** Requests without an explicit token use this role's token (default: anonymous). */
  defaultRole?: TokenRole;
  /** Overrides of the app config, e.g. `{ hardening: { maxDepth: 3 } }` (default: production, GraphiQL on). */
  config?: Partial<AppOptions['config']>;
  /** Receives the app's logs (default: none). */
  logger?: Logger;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'genetrials-test-'));
  const statements: string[] = [];
  // A seeded server starts from a copy of the run's one seeded database (shared-import.ts).
  const from = options.from ?? (options.seed !== false ? await sharedSeededDatabase() : undefined);
  if (from) copyFileSync(from, join(dir, 'test.db'));
  const db = createDb({ url: `file:${join(dir, 'test.db')}`, onQuery: (sql) => statements.push(sql) });
  await migrateDb(db);
  const defaultRole = options.defaultRole;
  const tokens = {} as Record<TokenRole, string>;
  for (const role of TOKEN_ROLES)
    tokens[role] = (await createToken(db, { name: `test ${role}`, role })).token;
  statements.length = 0;
  const yoga = createApp({
    db,
    config: { production: true, graphiql: true, ...options.config },
    ...(options.logger ? { logger: options.logger } : {}),
  });
  const server: Server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}/graphql`;
  return {
    url,
    origin,
    db,
    statements,
    tokens,
    async gql(query, variables, options = {}) {
      const role = options.role ?? (options.anonymous ? undefined : defaultRole);
      const token = options.token ?? (role ? tokens[role] : undefined);
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.text();
      return { status: res.status, body: JSON.parse(text), text };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
