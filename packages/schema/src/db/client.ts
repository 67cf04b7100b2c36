import { fileURLToPath } from 'node:url';
import { type Client, createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { relations } from './relations.js';

/** Folder of the committed drizzle-kit migrations, shipped with this package. */
export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

export interface CreateDbOptions {
  /** libSQL URL: `file:path.db`, `:memory:`, or a libSQL server URL. */
  url: string;
  authToken?: string;
  /** Called with every SQL statement the ORM issues (for logs and statement-count tests). */
  onQuery?: (sql: string, params: unknown[]) => void;
}

export function createDb(options: CreateDbOptions) {
  const client = createClient({
    url: options.url,
    ...(options.authToken ? { authToken: options.authToken } : {}),
  });
  const onQuery = options.onQuery;
  const db = drizzle({
    client,
    relations,
    ...(onQuery
      ? { logger: { logQuery: (query: string, params: unknown[]) => onQuery(query, params) } }
      : {}),
  });
  return Object.assign(db, { client });
}

export type Db = ReturnType<typeof createDb>;

/** Pragmas for an embedded SQLite file: WAL for concurrent readers, enforced foreign keys. */
export async function configureConnection(client: Client): Promise<void> {
  await client.execute('PRAGMA foreign_keys = ON');
  if (!client.closed) {
    await client.execute('PRAGMA journal_mode = WAL').catch(() => undefined);
    await client.execute('PRAGMA busy_timeout = 5000');
  }
}

/** Applies every pending migration with drizzle's migrator. */
export async function migrateDb(db: Db): Promise<void> {
  await configureConnection(db.client);
  await migrate(db, { migrationsFolder });
  // Refresh the planner's statistics so the expression and filter indexes are chosen.
  await db.client.execute('PRAGMA optimize');
}
