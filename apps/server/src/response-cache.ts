import { type CommittedChanges, createDb, type Db, onCommittedChanges } from '@genetrials/schema';
import { type ExecutionResult, getOperationAST, print } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { ResponseCacheConfig } from './config.js';

/** The response header naming how a request was answered: `hit`, `miss` (cacheable) or absent. */
export const CACHE_HEADER = 'x-cache';

export interface ResponseCache {
  plugin: Plugin;
  /** Drops every cached result (a write committed somewhere). */
  clear(): void;
  /** Results served from the cache and executed for it since start. */
  readonly stats: { hits: number; misses: number; clears: number; entries: number };
  /**
   * Called with the entities each write through this process's database committed, after the cache
   * dropped its entries (cluster workers pass it on to the others).
   */
  onLocalChanges(listener: (changes: CommittedChanges) => void): void;
  close(): void;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` variables share an entry. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/**
 * Watches `PRAGMA data_version` of a connection of its own that never writes: the number changes
 * whenever any other connection commits to the file (this process's writer, another server
 * process, a `genetrials import`), at the price of one PRAGMA, no table read. Null for a database
 * that is not an embedded file (a remote libSQL server), where only this process's writes (and
 * the cluster's broadcasts) and the time-to-live bound staleness.
 */
async function versionProbe(db: Db): Promise<Db['client'] | null> {
  try {
    const result = await db.client.execute("select file from pragma_database_list where name = 'main'");
    const file = result.rows[0]?.file;
    if (typeof file !== 'string' || file === '') return null;
    return createDb({ url: `file:${file}` }).client;
  } catch {
    return null;
  }
}

/**
 * The opt-in cache of anonymous GraphQL query results (`RESPONSE_CACHE=on`), keyed by document,
 * operation name and variables. Requests with an Authorization header, mutations and results with
 * errors are never cached. Any committed write drops every entry: a response joins across trials,
 * therapies, patients and sources (a trial's response rate comes from its patients, a filter from
 * its therapy links), so any entity type can change any cached answer. Writes are noticed three
 * ways: this process's write layer announces each commit (onCommittedChanges), cluster workers pass
 * those on to each other, and before every lookup the file's `data_version` is compared, which
 * also catches writers outside the server. A result computed while a write committed is not kept.
 */
export function createResponseCache(db: Db, config: ResponseCacheConfig): ResponseCache {
  // Least recently used first out, bounded by count and by bytes (key + serialized data), each
  // entry served until its time-to-live ends; an entry larger than the byte budget is not kept.
  const entries = new LRUCache<string, ExecutionResult>({
    max: config.maxEntries,
    maxSize: config.maxBytes,
    ttl: config.ttlSeconds * 1000,
  });
  const stats = { hits: 0, misses: 0, clears: 0, entries: 0 };
  /** Bumped by every clear: a result whose execution saw a bump is not kept. */
  let generation = 0;
  /** The data_version the entries were computed under. */
  let knownVersion: number | undefined;
  let closed = false;
  const probe = versionProbe(db);
  const outcome = new WeakMap<Request, 'hit' | 'miss'>();
  const localListeners: ((changes: CommittedChanges) => void)[] = [];

  const clear = () => {
    generation += 1;
    stats.clears += 1;
    entries.clear();
  };
  const stopListening = onCommittedChanges(db, (changes) => {
    clear();
    for (const listener of localListeners) listener(changes);
  });

  /** Drops the entries when another connection committed since the last look. */
  async function checkVersion(): Promise<void> {
    const client = await probe;
    if (!client || closed) return;
    const result = await client.execute('PRAGMA data_version');
    const version = Number(result.rows[0]?.data_version ?? result.rows[0]?.[0]);
    if (version !== knownVersion) {
      if (knownVersion !== undefined || entries.size > 0) clear();
      knownVersion = version;
    }
  }

  const plugin: Plugin = {
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as {
        request?: Request;
        params?: { query?: string };
        viewer?: { role?: string };
      };
      const request = context.request;
      if (!request || closed || request.headers.get('authorization') !== null) return;
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      const key = stableJson([
        context.params?.query ?? print(args.document),
        args.operationName ?? null,
        args.variableValues ?? {},
      ]);
      try {
        await checkVersion();
      } catch {
        return; // the probe failed: answer uncached
      }
      const hit = entries.get(key);
      if (hit) {
        stats.hits += 1;
        outcome.set(request, 'hit');
        setResultAndStopExecution({ ...hit });
        return;
      }
      stats.misses += 1;
      outcome.set(request, 'miss');
      const startedAt = generation;
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result) return;
          if (result.errors?.length || !result.data) return;
          // A write committed during the execution (or the version moved): the answer may predate it.
          if (generation !== startedAt) return;
          const size = key.length + JSON.stringify(result.data).length;
          if (size <= config.maxBytes) entries.set(key, { data: result.data }, { size });
        },
      };
    },
    onResponse({ request, response }) {
      const state = outcome.get(request);
      if (state) response.headers.set(CACHE_HEADER, state);
    },
  };

  return {
    plugin,
    clear,
    get stats() {
      return { ...stats, entries: entries.size };
    },
    onLocalChanges(listener) {
      localListeners.push(listener);
    },
    close() {
      closed = true;
      stopListening();
      entries.clear();
      void probe.then((client) => client?.close());
    },
  };
}
