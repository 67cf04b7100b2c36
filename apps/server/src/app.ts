import { type Db, schema } from '@genetrials/schema';
import { createYoga, type Plugin } from 'graphql-yoga';
import { resolveViewer } from './auth.js';
import type { Config, HardeningConfig, MetricsConfig } from './config.js';
import { DEFAULT_GRAPHIQL_QUERY, renderGeneTrialsGraphiQL } from './graphiql.js';
import { hardeningPlugins, hardeningYogaOptions, resolveHardening } from './hardening.js';
import type { Logger } from './logger.js';
import { createObservability } from './metrics.js';
import { usePageCap } from './page-cap.js';
import { readinessCheck } from './readiness.js';

export interface AppOptions {
  db: Db;
  /** Limits and metrics left out take their defaults (see config.ts). */
  config: Pick<Config, 'production' | 'graphiql'> & {
    hardening?: Partial<HardeningConfig>;
    metrics?: Partial<MetricsConfig>;
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

/** Builds the GraphQL server over one database. Listening is left to the caller. */
export function createApp({ db, config, logger }: AppOptions) {
  const limits = resolveHardening(config.hardening);
  const observability = createObservability({ metrics: config.metrics, logger });
  return createYoga({
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
      ? { title: 'GeneTrials GraphiQL', defaultQuery: DEFAULT_GRAPHIQL_QUERY }
      : false,
    renderGraphiQL: renderGeneTrialsGraphiQL,
    logging: logger ?? false,
    ...hardeningYogaOptions(limits),
    // Metrics and request logs first, so they also see requests the later plugins reject.
    plugins: [
      observability.plugin,
      healthCheck(db, logger),
      readinessCheck(db, logger),
      ...hardeningPlugins(limits),
      usePageCap(),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
