import { type Db, schema } from '@genetrials/schema';
import { createYoga, type Plugin } from 'graphql-yoga';
import { resolveViewer } from './auth.js';
import type { Config } from './config.js';
import { DEFAULT_GRAPHIQL_QUERY, renderGeneTrialsGraphiQL } from './graphiql.js';
import type { Logger } from './logger.js';

export interface AppOptions {
  db: Db;
  config: Pick<Config, 'production' | 'graphiql'>;
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

/** One structured log line per GraphQL request: operation, duration and outcome. */
function requestLog(logger: Logger): Plugin {
  const started = new WeakMap<Request, number>();
  return {
    onRequest({ request }) {
      started.set(request, performance.now());
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const start = request ? started.get(request) : undefined;
      return {
        onExecuteDone({ result }) {
          const errors = 'errors' in result && Array.isArray(result.errors) ? result.errors.length : 0;
          logger.info(
            {
              operation: args.operationName ?? null,
              durationMs: start === undefined ? null : Math.round((performance.now() - start) * 100) / 100,
              outcome: errors > 0 ? 'error' : 'ok',
              errors,
            },
            'graphql request',
          );
        },
      };
    },
  };
}

/** Builds the GraphQL server over one database. Listening is left to the caller. */
export function createApp({ db, config, logger }: AppOptions) {
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    context: async ({ request }) => ({ db, viewer: await resolveViewer(db, request.headers.get('authorization')) }),
    maskedErrors: { isDev: !config.production },
    graphiql: config.graphiql
      ? { title: 'GeneTrials GraphiQL', defaultQuery: DEFAULT_GRAPHIQL_QUERY }
      : false,
    renderGraphiQL: renderGeneTrialsGraphiQL,
    logging: logger ?? false,
    plugins: [healthCheck(db, logger), ...(logger ? [requestLog(logger)] : [])],
  });
}

export type App = ReturnType<typeof createApp>;
