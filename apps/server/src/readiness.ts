import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Db, migrationsFolder } from '@genetrials/schema';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from './logger.js';

/** Names of the migrations this build ships (drizzle-kit folders with a migration.sql). */
export function shippedMigrations(folder: string = migrationsFolder): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort();
}

export type Readiness =
  | { ready: true; migrations: number }
  | { ready: false; reason: 'database unreadable' | 'migrations pending'; pending?: number };

/** Ready when the database answers a read and every shipped migration has been applied. */
export async function checkReadiness(db: Db, expected: readonly string[]): Promise<Readiness> {
  let applied: Set<string>;
  try {
    await db.client.execute('select 1');
    const table = await db.client.execute(
      "select name from sqlite_master where type = 'table' and name = '__drizzle_migrations'",
    );
    applied =
      table.rows.length === 0
        ? new Set()
        : new Set(
            (await db.client.execute('select name from __drizzle_migrations')).rows.map((row) =>
              String(row.name),
            ),
          );
  } catch {
    return { ready: false, reason: 'database unreadable' };
  }
  const pending = expected.filter((name) => !applied.has(name)).length;
  return pending === 0
    ? { ready: true, migrations: expected.length }
    : { ready: false, reason: 'migrations pending', pending };
}

/** `GET /ready`: 200 when the database is readable and migrated, 503 otherwise. */
export function readinessCheck(db: Db, logger?: Logger): Plugin {
  let expected: string[] | undefined;
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready') return;
      expected ??= shippedMigrations();
      const result = await checkReadiness(db, expected);
      if (!result.ready) logger?.warn({ reason: result.reason }, 'not ready');
      const body = result.ready
        ? { status: 'ready', migrations: result.migrations }
        : {
            status: 'unavailable',
            reason: result.reason,
            ...(result.pending ? { pending: result.pending } : {}),
          };
      endResponse(
        new fetchAPI.Response(JSON.stringify(body), {
          status: result.ready ? 200 : 503,
          headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
