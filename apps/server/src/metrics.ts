import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Viewer } from '@genetrials/schema/roles';
import { GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { MetricsConfig } from './config.js';
import type { Logger } from './logger.js';

/** How a GraphQL request ended. */
export type Outcome = 'ok' | 'error' | 'rejected';

/** Distinct operation names kept as label values; later names are counted as `other`. */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

interface RequestState {
  start: number;
  /** Operation name; null for an anonymous operation, undefined until the request is parsed. */
  operation?: string | null | undefined;
  executed: boolean;
  codes: string[];
  /** The request carried an Authorization header. */
  authorization: boolean;
  /** Who made the request, once the operation's context was built (the token was checked). */
  viewer?: Viewer;
}

export interface ObservabilityOptions {
  metrics?: Partial<MetricsConfig>;
  logger?: Logger | undefined;
  graphqlEndpoint?: string;
  /**
   * Checks an Authorization header (throws a GraphQLError for an unknown, revoked or expired
   * token). `/metrics` on the main port answers admin tokens; without this only `metrics.token` is
   * accepted.
   */
  viewerFor?: (authorization: string) => Promise<Viewer>;
}

export interface Observability {
  /** This app's own registry (several apps can live in one process). */
  registry: Registry;
  plugin: Plugin;
}

/**
 * Request metrics, `/metrics` in Prometheus text format, and one structured log line per GraphQL
 * request (operation, duration, outcome, HTTP status, error codes, and who asked: `tokenId` and
 * `role`, never the token itself), including requests rejected before execution (limits, rate
 * limit, CSRF, bad bodies).
 *
 * `/metrics` on the main port needs `Authorization: Bearer` with an admin API token (or the
 * static `metrics.token`): 401 without a valid one, 403 for a lower role. With `metrics.port` it
 * is not served here at all (see startMetricsListener).
 *
 * Outcomes: `ok` (no errors), `error` (executed, with errors in the result, or a 5xx),
 * `rejected` (refused before execution: a 4xx, or a parse/validation error).
 */
export function createObservability({
  metrics = {},
  logger,
  graphqlEndpoint = '/graphql',
  viewerFor,
}: ObservabilityOptions = {}): Observability {
  const enabled = metrics.enabled ?? true;
  const registry = new Registry();
  if (enabled) collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'genetrials_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok, error, rejected).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'genetrials_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to its response, by operation name and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'genetrials_graphql_errors_total',
    help: 'Errors in GraphQL responses by operation name and error code (HTTP_<status> for bare HTTP errors).',
    labelNames: ['operation', 'code'] as const,
    registers: [registry],
  });

  const seenOperations = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (name === undefined) return 'unknown';
    if (name === null || name === '') return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'invalid';
    if (seenOperations.has(name)) return name;
    if (seenOperations.size >= MAX_OPERATION_LABELS) return 'other';
    seenOperations.add(name);
    return name;
  };

  const states = new WeakMap<Request, RequestState>();
  const stateOf = (request: Request | undefined): RequestState | undefined =>
    request ? states.get(request) : undefined;

  /** Why a /metrics request on the main port is refused, or undefined when it may read. */
  const refusal = async (authorization: string | null): Promise<[number, string] | undefined> => {
    if (!authorization) return [401, 'unauthorized: send Authorization: Bearer <admin token>'];
    if (metrics.token && bearerMatches(authorization, metrics.token)) return undefined;
    if (!viewerFor) return [401, 'unauthorized'];
    let viewer: Viewer;
    try {
      viewer = await viewerFor(authorization);
    } catch (error) {
      if (error instanceof GraphQLError) return [401, `unauthorized: ${error.message}`];
      logger?.error({ err: error }, 'metrics authorization failed');
      return [503, 'unavailable'];
    }
    return viewer.role === 'admin' ? undefined : [403, 'forbidden: /metrics needs an admin token'];
  };

  const plugin: Plugin = {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === graphqlEndpoint) {
        states.set(request, {
          start: performance.now(),
          executed: false,
          codes: [],
          authorization: request.headers.has('authorization'),
        });
        return;
      }
      // With a metrics port, /metrics lives only on that loopback listener (404 here).
      if (url.pathname !== '/metrics' || !enabled || metrics.port !== undefined) return;
      const refused = await refusal(request.headers.get('authorization'));
      if (refused) {
        const [status, message] = refused;
        endResponse(
          new fetchAPI.Response(`${message}\n`, {
            status,
            headers: {
              'content-type': 'text/plain; charset=utf-8',
              ...(status === 401 ? { 'www-authenticate': 'Bearer' } : {}),
            },
          }),
        );
        return;
      }
      endResponse(
        new fetchAPI.Response(await registry.metrics(), {
          headers: { 'content-type': registry.contentType },
        }),
      );
    },
    onParams({ params, request }) {
      const state = stateOf(request);
      if (state && state.operation === undefined) {
        state.operation = typeof params.operationName === 'string' ? params.operationName : null;
      }
    },
    onParse({ context }) {
      const state = stateOf((context as { request?: Request }).request);
      if (!state) return;
      // Names requests that fail validation too (before execution names them from the document).
      return ({ result }) => {
        if (result && !(result instanceof Error) && 'definitions' in result) {
          const operationName = (context as { params?: { operationName?: string } }).params?.operationName;
          const name = getOperationAST(result, operationName)?.name?.value;
          if (name) state.operation = name;
        }
      };
    },
    onExecute({ args }) {
      const state = stateOf((args.contextValue as { request?: Request }).request);
      if (!state) return;
      state.executed = true;
      state.operation = getOperationAST(args.document, args.operationName)?.name?.value ?? null;
      state.viewer = (args.contextValue as { viewer?: Viewer }).viewer;
    },
    onResultProcess({ request, result }) {
      const state = stateOf(request);
      if (!state) return;
      for (const single of Array.isArray(result) ? result : [result]) {
        const list = (single as { errors?: readonly GraphQLError[] } | undefined)?.errors;
        if (!Array.isArray(list)) continue;
        for (const error of list) {
          const code = error.extensions?.code;
          state.codes.push(typeof code === 'string' ? code : 'UNKNOWN');
        }
      }
    },
    onResponse({ request, response }) {
      const state = stateOf(request);
      if (!state) return;
      states.delete(request);
      const status = response.status;
      const outcome: Outcome =
        status >= 500
          ? 'error'
          : status >= 400
            ? 'rejected'
            : state.codes.length === 0
              ? 'ok'
              : state.executed
                ? 'error'
                : 'rejected';
      const operation = operationLabel(state.operation);
      const seconds = (performance.now() - state.start) / 1000;
      const codes = state.codes.length > 0 ? state.codes : status >= 400 ? [`HTTP_${status}`] : [];
      requests.inc({ operation, outcome });
      duration.observe({ operation, outcome }, seconds);
      for (const code of codes) errors.inc({ operation, code });
      logger?.info(
        {
          operation: state.operation ? loggable(state.operation) : null,
          // Attribution: the token's id and role (never its secret or hash). A request refused
          // before its token was checked logs null for both; one without a token is anonymous.
          tokenId: state.viewer?.tokenId ?? null,
          role: state.viewer?.role ?? (state.authorization ? null : 'anonymous'),
          durationMs: Math.round(seconds * 100_000) / 100,
          outcome,
          status,
          errors: codes.length,
          ...(codes.length > 0 ? { codes: [...new Set(codes)] } : {}),
        },
        'graphql request',
      );
    },
  };
  return { registry, plugin };
}

export interface MetricsListener {
  server: Server;
  /** e.g. http://127.0.0.1:9464/metrics */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves `GET /metrics` from `registry` on its own listener, bound to 127.0.0.1 only, without a
 * token (only processes on this machine can reach it); every other path is 404.
 */
export async function startMetricsListener(registry: Registry, port: number): Promise<MetricsListener> {
  const host = '127.0.0.1';
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    registry.metrics().then(
      (text) => {
        response.writeHead(200, { 'content-type': registry.contentType });
        response.end(request.method === 'HEAD' ? undefined : text);
      },
      () => {
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('metrics failed\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host}:${bound}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Operation names come from the client: log well-formed ones, not arbitrary strings. */
function loggable(name: string): string {
  return OPERATION_NAME.test(name) ? name : 'invalid';
}

function bearerMatches(authorization: string | null, token: string): boolean {
  const given = Buffer.from(authorization?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
