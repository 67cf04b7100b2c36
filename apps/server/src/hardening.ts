import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import {
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLError,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import {
  type RateLimiterAbstract,
  RateLimiterCluster,
  RateLimiterMemory,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { DEFAULT_HARDENING, type HardeningConfig } from './config.js';

/** Request headers that mark a GET or form-like request as coming from a real client, not a CSRF. */
export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight'];

/** Fills in the defaults for any limit the caller left out. */
export function resolveHardening(overrides: Partial<HardeningConfig> = {}): HardeningConfig {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_HARDENING, ...defined };
}

/** Yoga options the limits map onto directly: body size and batching. */
export function hardeningYogaOptions(
  limits: HardeningConfig,
): Pick<YogaServerOptions<object, object>, 'maxRequestBodySize' | 'batching'> {
  return {
    // Yoga rejects a larger Content-Length before reading, and counts streamed (chunked) bytes.
    maxRequestBodySize: limits.maxBodyBytes,
    batching: limits.maxBatchOperations > 0 ? { limit: limits.maxBatchOperations } : false,
  };
}

/** The hardening plugins, in the order they must run. */
export function hardeningPlugins(
  limits: HardeningConfig,
  graphqlEndpoint = '/graphql',
): NonNullable<YogaServerOptions<object, object>['plugins']> {
  return [
    ...(limits.rateLimitPerMinute > 0 ? [useRateLimit(limits, graphqlEndpoint)] : []),
    ...(limits.csrfPrevention ? [useCSRFPrevention({ requestHeaders: CSRF_HEADERS })] : []),
    ...(limits.introspection ? [] : [useDisableIntrospection()]),
    useQueryLimits(limits),
    useAggregateBudget(limits.maxAggregateCost),
    useExecutionTimeout(limits.executionTimeoutMs),
  ];
}

/**
 * Static limits on the operation document, from graphql-armor: tokens while parsing (before any
 * AST is built), then depth, aliases, directives and cost as validation rules. Each rejection is
 * thrown at once (validation stops at the first, before the costlier built-in rules) with code
 * QUERY_TOO_COMPLEX and the name of the limit: HTTP 400 for `application/graphql-response+json`
 * clients, 200 with the error for legacy `application/json` ones, as GraphQL over HTTP asks.
 * Field suggestions ("Did you mean …") are masked when introspection is off.
 */
export function useQueryLimits(limits: HardeningConfig): Plugin {
  const reject =
    (limit: string, hint = '') =>
    (_context: unknown, error: GraphQLError): never => {
      throw new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')}${hint}`, {
        extensions: { code: 'QUERY_TOO_COMPLEX', limit, http: { status: 400, spec: true } },
      });
    };
  const common = { exposeLimits: true, propagateOnRejection: true } as const;
  return EnvelopArmorPlugin({
    maxTokens: { ...common, n: limits.maxTokens, onReject: [reject('maxTokens')] },
    maxDepth: { ...common, n: limits.maxDepth, onReject: [reject('maxDepth')] },
    maxAliases: { ...common, n: limits.maxAliases, onReject: [reject('maxAliases')] },
    maxDirectives: { ...common, n: limits.maxDirectives, onReject: [reject('maxDirectives')] },
    costLimit: {
      ...common,
      maxCost: limits.maxCost,
      onReject: [
        reject(
          'maxCost',
          ' Each list counts as often as its literal first/last asks (pages hold at most 100): ask for smaller or fewer nested pages.',
        ),
      ],
    },
    blockFieldSuggestion: { enabled: !limits.introspection },
  }) as Plugin;
}

export function timeoutError(ms: number): GraphQLError {
  return new GraphQLError(`Execution took longer than ${ms} ms and was stopped`, {
    extensions: { code: 'TIMEOUT' },
  });
}

/** The field extension that prices a field's SQL aggregate (see `Stats` in the schema package). */
export const AGGREGATE_COST = 'aggregateCost';

/**
 * The summed `aggregateCost` of every field an operation selects, fragments expanded as often as
 * they are spread (each fragment is priced once and memoised, so nesting cannot blow up the count).
 */
export function aggregateCostOf(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  type: unknown,
): number {
  const fragmentCosts = new Map<string, number>();
  const schema = context.getSchema();
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType | undefined): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) continue;
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        total += Number(field.extensions?.[AGGREGATE_COST] ?? 0) || 0;
        const child = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(child)) total += walk(selection.selectionSet, child);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        total += walk(selection.selectionSet, isCompositeType(condition) ? condition : undefined);
      } else {
        total += fragmentCost(context.getFragment(selection.name.value));
      }
    }
    return total;
  };
  const fragmentCost = (fragment: FragmentDefinitionNode | null | undefined): number => {
    if (!fragment) return 0;
    const name = fragment.name.value;
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    fragmentCosts.set(name, 0); // a cycle (refused by validation anyway) adds nothing
    const condition = schema.getType(fragment.typeCondition.name.value);
    const cost = walk(fragment.selectionSet, isCompositeType(condition) ? condition : undefined);
    fragmentCosts.set(name, cost);
    return cost;
  };
  return walk(selectionSet, isCompositeType(type) ? type : undefined);
}

/**
 * Prices the fields that run SQL aggregates over many rows (the `stats` figures: pooled outcomes
 * most): an operation whose summed price exceeds `max` is refused before execution with
 * QUERY_TOO_COMPLEX (limit `maxAggregateCost`), so aliasing one aggregate many times cannot buy
 * minutes of database work.
 */
export function useAggregateBudget(max: number): Plugin {
  const rule: ValidationRule = (context) => ({
    OperationDefinition(operation) {
      const root = context.getSchema().getRootType(operation.operation);
      const cost = aggregateCostOf(context, operation.selectionSet, root);
      if (cost <= max) return;
      throw new GraphQLError(
        `Aggregate cost limit of ${max} exceeded, found ${cost}. Statistics figures run SQL aggregates over every matching trial (pooled outcomes cost most): select each at most once or a few, or split the request.`,
        {
          extensions: {
            code: 'QUERY_TOO_COMPLEX',
            limit: 'maxAggregateCost',
            http: { status: 400, spec: true },
          },
        },
      );
    },
  });
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}

/**
 * Stops an execution that runs longer than `ms`: the executor races the abort signal, so the
 * client gets a TIMEOUT error at once and no further resolvers start. Statements on the read pool
 * see the same signal (the execution's `signal`, which the query's read db takes: `readDbFor`): a
 * running one is interrupted in its worker, a queued one never starts. (A statement on the main
 * connection, such as a write, finishes.)
 */
export function useExecutionTimeout(ms: number): Plugin {
  return {
    onExecute({ args }) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(timeoutError(ms)), ms);
      timer.unref?.();
      const executeArgs = args as typeof args & { signal?: AbortSignal };
      const signal = executeArgs.signal
        ? AbortSignal.any([executeArgs.signal, controller.signal])
        : controller.signal;
      executeArgs.signal = signal;
      return {
        onExecuteDone({ result, setResult }) {
          clearTimeout(timer);
          // A read-pool statement rejects the moment the timeout aborts it, so its resolver can finish
          // before the executor notices the abort: the answer is the TIMEOUT all the same.
          const reason = controller.signal.reason;
          if (controller.signal.aborted && !(Symbol.asyncIterator in result))
            if (!result.errors?.some((error) => error === reason)) setResult({ errors: [reason] });
        },
      };
    },
  };
}

/** The client address: the socket's, or the one the trusted proxies recorded. */
export function clientAddress(
  request: Request,
  serverContext: { req?: IncomingMessage } | undefined,
  trustProxy: number,
): string {
  if (trustProxy > 0) {
    const forwarded = (request.headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    // Each trusted proxy appends the address it saw; entries left of those are client-controlled.
    const address = forwarded[forwarded.length - trustProxy];
    if (address) return address;
  }
  return serverContext?.req?.socket?.remoteAddress ?? 'unknown';
}

function hash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32);
}

/** One budget's state after a request spent from it (for the RateLimit-* response headers). */
interface Budget {
  limit: number;
  remaining: number;
  /** Seconds until the budget's window ends and it is full again. */
  resetSeconds: number;
}

/** The budget each rate-limited request spent from: the one closest to running out. */
const budgets = new WeakMap<Request, Budget>();

/**
 * The IETF draft's RateLimit-Limit / RateLimit-Remaining / RateLimit-Reset (delta seconds) and
 * RateLimit-Policy (`<limit>;w=<window seconds>`) headers for a request's budget.
 */
function rateLimitHeaders(budget: Budget): Record<string, string> {
  return {
    'ratelimit-limit': String(budget.limit),
    'ratelimit-remaining': String(budget.remaining),
    'ratelimit-reset': String(budget.resetSeconds),
    'ratelimit-policy': `${budget.limit};w=60`,
  };
}

function budgetOf(limit: number, res: RateLimiterRes): Budget {
  return {
    limit,
    remaining: Math.max(0, res.remainingPoints),
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  };
}

/** A fixed one-minute window of `points` requests: in this process, or shared by every cluster worker. */
function minuteLimiter(points: number, keyPrefix: string, shared: boolean): RateLimiterAbstract {
  return shared
    ? // The primary's RateLimiterClusterMaster keeps the counts; workers ask it over IPC.
      new RateLimiterCluster({ points, duration: 60, keyPrefix, timeoutMs: 2000 })
    : new RateLimiterMemory({ points, duration: 60 });
}

/**
 * Per-client request budget on the GraphQL endpoint (fixed one-minute windows, in memory; idle
 * keys expire with their window). A request with a bearer token spends that token's budget, one
 * without spends its address's; every request also spends its address's ceiling, so inventing
 * tokens does not buy an unlimited budget. Over budget: 429 with Retry-After. Every response to a
 * limited request carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset for the budget
 * closest to running out. With `sharedRateLimits` (several server processes, `WORKERS`), the
 * budgets live in the cluster's primary process, so they hold across every worker; if the primary
 * does not answer within 2 s, the request is let through rather than failed. `options.subpaths`
 * extends the budget to every path below the endpoint.
 */
export function useRateLimit(
  limits: HardeningConfig,
  graphqlEndpoint = '/graphql',
  options: { subpaths?: boolean } = {},
): Plugin {
  const shared = limits.sharedRateLimits;
  const perClient = minuteLimiter(limits.rateLimitPerMinute, `${graphqlEndpoint}:client`, shared);
  const perAddress =
    limits.rateLimitIpPerMinute > 0
      ? minuteLimiter(limits.rateLimitIpPerMinute, `${graphqlEndpoint}:address`, shared)
      : undefined;

  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      // With `subpaths`, the path's children spend the same budget (`/fhir/ResearchStudy/{id}`).
      const matches =
        url.pathname === graphqlEndpoint ||
        (options.subpaths === true && url.pathname.startsWith(`${graphqlEndpoint}/`));
      if (!matches || request.method === 'OPTIONS') return;
      const address = clientAddress(request, serverContext as { req?: IncomingMessage }, limits.trustProxy);
      const authorization = request.headers.get('authorization');
      const key = authorization ? `token:${hash(authorization)}` : `ip:${address}`;
      // The limit of the budget being spent, for the headers of a 429.
      let limit = limits.rateLimitPerMinute;
      try {
        let budget = budgetOf(limit, await perClient.consume(key));
        if (perAddress) {
          limit = limits.rateLimitIpPerMinute;
          const ceiling = budgetOf(limits.rateLimitIpPerMinute, await perAddress.consume(address));
          if (ceiling.remaining < budget.remaining) budget = ceiling;
        }
        budgets.set(request, budget);
      } catch (error) {
        // No answer from the cluster's primary in time: serve rather than fail the request.
        if (!(error instanceof RateLimiterRes)) return;
        const budget = budgetOf(limit, error);
        const retryAfter = budget.resetSeconds;
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message: `Too many requests: retry in ${retryAfter} s`,
                  extensions: { code: 'RATE_LIMITED' },
                },
              ],
            }),
            {
              status: 429,
              headers: {
                'content-type': 'application/json; charset=utf-8',
                'retry-after': String(retryAfter),
                ...rateLimitHeaders({ ...budget, remaining: 0 }),
              },
            },
          ),
        );
      }
    },
    onResponse({ request, response }) {
      const budget = budgets.get(request);
      if (!budget) return;
      for (const [name, value] of Object.entries(rateLimitHeaders(budget))) response.headers.set(name, value);
    },
  };
}
