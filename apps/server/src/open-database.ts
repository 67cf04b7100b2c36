import { ensureDatabaseFolder, loadConfig } from './config.js';

/** Opens the configured database, migrated, for a one-shot command (loads only the database layer). */
export async function openDatabase() {
  const { createDb, migrateDb } = await import('@genetrials/schema/db');
  const config = loadConfig();
  ensureDatabaseFolder(config.databaseUrl);
  const db = createDb({
    url: config.databaseUrl,
    ...(config.databaseAuthToken ? { authToken: config.databaseAuthToken } : {}),
    busyTimeoutMs: config.databaseBusyTimeoutMs,
  });
  await migrateDb(db);
  return db;
}
