import { type Db, schema } from '@genetrials/schema';
import { getOperationAST } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { Registry } from 'prom-client';
import { resolveViewer } from './auth.js';
import { useCompiledReads } from './compiled-reads.js';
import type { Config, CorsConfig, HardeningConfig, MetricsConfig, ResponseCacheConfig } from './config.js';
import { useErrorContract } from './error-contract.js';
import { EXPORT_PATHS, useExport } from './export-http.js';
import { FHIR_EXPORT_PATHS } from './fhir/http.js';
import { DEFAULT_GRAPHIQL_QUERY, renderGeneTrialsGraphiQL, useGraphiQLHeaders } from './graphiql.js';
import { graphiqlTabs } from './graphiql-examples.js';
import { hardeningPlugins, hardeningYogaOptions, resolveHardening, useRateLimit } from './hardening.js';
import { useCompression, useGraphqlEtag } from './http-encoding.js';
import { useLandingPage } from './landing.js';
import type { Logger } from './logger.js';
import { createObservability } from './metrics.js';
import { usePageCap } from './page-cap.js';
import { readDbFor } from './read-pool.js';
import { readinessCheck } from './readiness.js';
import { createResponseCache, type ResponseCache } from './response-cache.js';
import { type TrustedDocumentsMode, useTrustedDocuments } from './trusted-documents.js';

export interface AppOptions {
  db: Db;
  /**
   * The database GraphQL queries read through, e.g. a read pool's (`createReadPool`): statements off
   * the event loop. Mutations, token checks and `/health` keep `db`. Left out: `db` for everything.
   */
  readDb?: Db;
  /** Limits and metrics left out take their defaults (see config.ts). */
  config: Pick<Config, 'production' | 'graphiql'> & {
    hardening?: Partial<HardeningConfig>;
    metrics?: Partial<MetricsConfig>;
    /** Cross-origin access; left out: no origin is allowed. */
    cors?: Partial<CorsConfig>;
    /** The opt-in cache of anonymous query results; left out: off. */
    responseCache?: ResponseCacheConfig;
    /** Persisted documents: left out, `any` (hashes of the SDK's documents accepted, text too). */
    trustedDocuments?: TrustedDocumentsMode;
    /** Answer the queries `compileRead` knows with one JSON-building statement; left out: on. */
    compiledReads?: boolean;
  };
  logger?: Logger;
}

/** `GET /health`: 200 when the database answers a read, 503 otherwise. */
function healthCheck(db: Db, logger?: Logger): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/health') return;
      try {
        const result = await db.client.execute('select count(*) as trials from trials');
        endResponse(Response.json({ status: 'ok', trials: Number(result.rows[0]?.trials ?? 0) }));
      } catch (error) {
        logger?.error({ err: error }, 'health check failed');
        endResponse(new fetchAPI.Response(JSON.stringify({ status: 'unavailable' }), { status: 503 }));
      }
    },
  };
}

/**
 * Queries get the read db as `ctx.db`; mutations keep the main one (writes and read-your-writes).
 * A query's statements end with its execution signal (the execution timeout's, set by an earlier
 * plugin): see `readDbFor`.
 */
function useReadDb(readDb: Db): Plugin<{ db: Db }> {
  return {
    onExecute({ args, extendContext }) {
      if (getOperationAST(args.document, args.operationName)?.operation === 'query')
        extendContext({ db: readDbFor(readDb, (args as { signal?: AbortSignal }).signal) });
    },
  };
}

/**
 * CORS from an allowlist: an allowed Origin gets exactly itself back in Access-Control-Allow-Origin,
 * with credentials; any other origin gets no CORS headers at all (a preflight answers 204 without
 * them), so browsers refuse cross-origin reads. Never `*`, never a reflected foreign origin.
 */
function corsOptions(origins: readonly string[]) {
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false as const;
    return { origin, credentials: true, maxAge: 600 };
  };
}

/** Responses differ by Origin whenever an allowlist exists: caches must key on it. */
function varyOnOrigin(): Plugin {
  return {
    onResponse({ response }) {
      const vary = response.headers.get('vary');
      if (
        !vary
          ?.toLowerCase()
          .split(/\s*,\s*/)
          .includes('origin')
      )
        response.headers.set('vary', vary ? `${vary}, Origin` : 'Origin');
    },
  };
}

const registries = new WeakMap<object, Registry>();
const responseCaches = new WeakMap<object, ResponseCache>();

/** The response cache of an app made by createApp, when `RESPONSE_CACHE` is on. */
export function responseCacheOf(app: App): ResponseCache | undefined {
  return responseCaches.get(app);
}

/** The Prometheus registry of an app made by createApp (for a separate metrics listener). */
export function metricsRegistryOf(app: App): Registry {
  const registry = registries.get(app);
  if (!registry) throw new Error('not an app made by createApp');
  return registry;
}

/** Builds the GraphQL server over one database. Listening is left to the caller. */
export function createApp({ db, readDb, config, logger }: AppOptions) {
  const limits = resolveHardening(config.hardening);
  const origins = config.cors?.origins ?? [];
  const responseCache = config.responseCache?.enabled
    ? createResponseCache(db, config.responseCache)
    : undefined;
  const observability = createObservability({
    metrics: config.metrics,
    logger,
    viewerFor: (authorization) => resolveViewer(db, authorization),
  });
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    context: async ({ request }) => ({
      db,
      viewer: await resolveViewer(db, request.headers.get('authorization')),
    }),
    maskedErrors: { isDev: !config.production },
    graphiql: config.graphiql
      ? { title: 'GeneTrials GraphiQL', defaultQuery: DEFAULT_GRAPHIQL_QUERY, defaultTabs: graphiqlTabs() }
      : false,
    renderGraphiQL: renderGeneTrialsGraphiQL,
    logging: logger ?? false,
    cors: corsOptions(origins),
    ...hardeningYogaOptions(limits),
    // Metrics and request logs first, so they also see requests the later plugins reject.
    plugins: [
      // First: every later plugin (metrics included) sees the final error codes.
      useErrorContract(),
      observability.plugin,
      healthCheck(db, logger),
      readinessCheck(db, logger),
      ...hardeningPlugins(limits),
      useTrustedDocuments(config.trustedDocuments ?? 'any'),
      // Exports are rate-limited like /graphql: the same limits, a separate budget per export path.
      // `/fhir/ResearchStudy` and `/fhir/ResearchStudy/{id}` share one budget.
      ...(limits.rateLimitPerMinute > 0
        ? [
            ...[...Object.keys(EXPORT_PATHS), ...Object.keys(FHIR_EXPORT_PATHS)].map((path) =>
              useRateLimit(limits, path),
            ),
            useRateLimit(limits, '/fhir/ResearchStudy', { subpaths: true }),
          ]
        : []),
      useExport(readDb ?? db, logger),
      useLandingPage(),
      ...(readDb && readDb !== db ? [useReadDb(readDb)] : []),
      usePageCap(),
      ...(config.compiledReads === false ? [] : [useCompiledReads()]),
      ...(responseCache ? [responseCache.plugin] : []),
      ...(origins.length > 0 ? [varyOnOrigin()] : []),
      // Last: ETags and headers are set on the uncompressed body, then it is compressed.
      useGraphiQLHeaders(),
      useGraphqlEtag(),
      useCompression(),
    ],
  });
  registries.set(yoga, observability.registry);
  if (responseCache) responseCaches.set(yoga, responseCache);
  return yoga;
}

export type App = ReturnType<typeof createApp>;
