import { type DocumentNode, print } from '@0no-co/graphql.web';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import {
  AbortError,
  GeneTrialsError,
  type GraphQLErrorEntry,
  TimeoutError,
  type TransportErrorCode,
} from './errors.js';
import type { JsonValue } from './json.js';

/** The part of `fetch` the client uses; `globalThis.fetch` and `yoga.fetch` both fit. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** A bearer token, or a function asked for one before every request. */
export type TokenSource = string | (() => string | undefined | Promise<string | undefined>);

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: TokenSource;
  /** Defaults to `globalThis.fetch`. */
  fetch?: FetchLike;
  /** Sent with every request. */
  headers?: Record<string, string>;
  /**
   * Give up on an attempt that has not been answered (body included) within
   * this many milliseconds, with a {@link TimeoutError}. Each retry gets its own
   * `timeoutMs`. No timeout by default.
   */
  timeoutMs?: number;
  /** Retry failed requests (off by default); see {@link RetryOptions}. */
  retry?: RetryOptions;
  /**
   * Send this package's documents by hash instead of text (off by default):
   * `extensions.persistedQuery.sha256Hash`, the sha256 of the document in
   * `@genetrials/sdk/persisted-documents.json`. Requests get smaller, and a
   * server started with `TRUSTED_DOCUMENTS=only` runs nothing else. When the
   * server does not know a hash (`PERSISTED_QUERY_NOT_FOUND`, e.g. an older
   * server), the document is sent again as text at once, and as text from then
   * on. Documents from `graphql()` have no hash and are always sent as text.
   */
  persistedDocuments?: boolean;
}

/** Failures a retry policy can retry. */
export type RetryCondition = 'RATE_LIMITED' | 'DATABASE_BUSY' | 'NETWORK_ERROR';

/** The default `retry.on`: every {@link RetryCondition}. */
export const DEFAULT_RETRY_ON: readonly RetryCondition[] = ['RATE_LIMITED', 'DATABASE_BUSY', 'NETWORK_ERROR'];

export interface RetryEvent {
  /** The retry about to be made: 1 for the first. */
  attempt: number;
  /** How long the client waits before it. */
  delayMs: number;
  /** The failure being retried. */
  error: GeneTrialsError;
}

/**
 * An opt-in retry policy. A failure whose code is in `on` is retried up to
 * `retries` times: after the server's `Retry-After` when it sent one (a wait
 * longer than `maxDelayMs` is not made: the error is thrown at once), else after
 * an exponential backoff with jitter from `baseDelayMs`. `RATE_LIMITED` and
 * `DATABASE_BUSY` requests were not executed, so every operation may be retried;
 * a mutation is never retried on `NETWORK_ERROR`, since the server may have
 * applied it. Aborts, timeouts and every other error are thrown at once.
 */
export interface RetryOptions {
  /** Retries after the first attempt (0 turns retrying off). */
  retries: number;
  /** Which failures to retry; all of {@link DEFAULT_RETRY_ON} when omitted. */
  on?: readonly RetryCondition[];
  /** First backoff when the server sent no `Retry-After` (default 250 ms; doubles per retry). */
  baseDelayMs?: number;
  /** Longest wait before a retry, `Retry-After` included (default 60 000 ms). */
  maxDelayMs?: number;
  /** Called before each retry's wait, e.g. to log it. */
  onRetry?: (event: RetryEvent) => void;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Sent with this request, over the client's headers. */
  headers?: Record<string, string>;
  /** Overrides the client's `timeoutMs` for this request. */
  timeoutMs?: number;
  /** Overrides the client's retry policy for this request; `false` turns it off. */
  retry?: RetryOptions | false;
}

/** Variables are required exactly when the operation has a required variable. */
export type RequestArgs<TVariables> =
  Partial<TVariables> extends TVariables
    ? [variables?: TVariables, options?: RequestOptions]
    : [variables: TVariables, options?: RequestOptions];

type UnknownFieldsAt<T, Path extends string> = unknown extends T
  ? Path
  : [JsonValue] extends [T]
    ? never
    : T extends readonly (infer Item)[]
      ? UnknownFieldsAt<Item, Path>
      : T extends object
        ? { [K in keyof T & string]-?: UnknownFieldsAt<T[K], `${Path}.${K}`> }[keyof T & string]
        : never;

/**
 * Dotted paths of the result fields typed `unknown`. `graphql()` types a field
 * the schema does not have as `unknown` (every scalar, `JSON` included, has a
 * real type), so these are the misspelt fields of a document. A result that is
 * `unknown` as a whole (an untyped document) has none.
 */
export type UnknownFieldPaths<TResult> = unknown extends TResult
  ? never
  : TResult extends object
    ? { [K in keyof TResult & string]-?: UnknownFieldsAt<TResult[K], K> }[keyof TResult & string]
    : never;

/**
 * A typed document: one of this package's (`TrialsDocument`, … — strings
 * carrying their result and variables types), one from `graphql()` (a
 * `TypedDocumentNode`), or any other `DocumentTypeDecoration`, as other code
 * generators make them.
 */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> &
  (DocumentNode | string | StringObject);

/** A `String` object: the generated documents are (`TypedDocumentString` extends `String`). */
type StringObject = InstanceType<StringConstructor>;

/**
 * A typed document whose fields all exist in the schema. A document from
 * `graphql()` with a misspelt field fails to compile where it is run, naming the
 * field: `Property ''unknown field in document'' is missing in type … { 'unknown field in document':
 * "trials.nodes.titel" }`.
 */
export type KnownFieldsDocument<TResult, TVariables> = TypedDocument<TResult, TVariables> &
  NoInfer<
    [UnknownFieldPaths<TResult>] extends [never]
      ? unknown
      : { 'unknown field in document': UnknownFieldPaths<TResult> }
  >;

/** Runs a typed document: what `request` and the generated operation methods call. */
export type Execute<TOptions> = <TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables | undefined,
  options: TOptions | undefined,
) => Promise<TResult>;

/**
 * The smallest client: `request()` runs any typed document. A bundle that uses
 * it with one document carries that document and this package's transport, not
 * the other operations (see `@genetrials/sdk/core`).
 */
export interface CoreClient {
  /** Runs any typed document: one from this package, or one from `graphql()`. */
  request<TResult, TVariables>(
    document: KnownFieldsDocument<TResult, TVariables>,
    ...args: RequestArgs<TVariables>
  ): Promise<TResult>;
}

interface PreparedDocument {
  /** The text sent as `query` (left out when the hash is sent instead). */
  query: string;
  operationName: string | undefined;
  isMutation: boolean;
  /** The sha256 of the document's normalised text, for this package's documents. */
  hash: string | undefined;
}

// Documents are module constants, so preparing each once is enough.
const prepared = new WeakMap<object, PreparedDocument>();

const TOKENS =
  /#[^\n\r]*|"""[\s\S]*?"""|"(?:\\.|[^"\\\n])*"|[{}]|\b(query|mutation|subscription|fragment)\b\s*([_A-Za-z]\w*)?/g;

/** The first operation of a document text: its name and whether it is a mutation. */
function operationOf(text: string): { name: string | undefined; isMutation: boolean } {
  let depth = 0;
  let inFragment = false;
  for (const [token, keyword, name] of text.matchAll(TOKENS)) {
    if (token === '{') {
      // `{ … }` at the top level outside a fragment: the query shorthand.
      if (depth++ === 0 && !inFragment) return { name: undefined, isMutation: false };
    } else if (token === '}') {
      if (--depth === 0) inFragment = false;
    } else if (keyword && depth === 0) {
      if (keyword === 'fragment') inFragment = true;
      else return { name, isMutation: keyword === 'mutation' };
    }
  }
  // Not recognisable: never retried as if it were safe to repeat.
  return { name: undefined, isMutation: true };
}

function prepare(document: DocumentNode | string | StringObject): PreparedDocument {
  const key = typeof document === 'object' ? document : undefined;
  let entry = key && prepared.get(key);
  if (entry) return entry;
  const meta = (document as { __meta__?: { hash?: unknown } }).__meta__;
  const hash = typeof meta?.hash === 'string' ? meta.hash : undefined;
  if (typeof document === 'string' || document instanceof String) {
    const query = document.toString();
    const { name, isMutation } = operationOf(query);
    entry = { query, operationName: name, isMutation, hash };
  } else {
    const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
    entry = {
      query: print(document),
      operationName: operation?.name?.value,
      isMutation: operation?.operation === 'mutation',
      hash,
    };
  }
  if (key) prepared.set(key, entry);
  return entry;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toErrorEntries(errors: unknown[]): GraphQLErrorEntry[] {
  return errors.map((error) =>
    isRecord(error) && typeof error.message === 'string'
      ? (error as unknown as GraphQLErrorEntry)
      : { message: String(error) },
  );
}

function transportError(
  code: TransportErrorCode,
  message: string,
  extra: { status?: number; body?: string; cause?: unknown; retryAfter?: number | undefined } = {},
): GeneTrialsError {
  return new GeneTrialsError({ errors: [{ message, extensions: { code } }], ...extra });
}

async function resolveToken(token: TokenSource | undefined): Promise<string | undefined> {
  return typeof token === 'function' ? token() : token;
}

/** Seconds from a `Retry-After` header: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** The typed error for an aborted signal: a timeout reason stays a timeout. */
function abortErrorFrom(reason: unknown): GeneTrialsError {
  if (reason instanceof GeneTrialsError) return reason;
  if (reason instanceof Error && reason.name === 'TimeoutError') return new TimeoutError(undefined, reason);
  const message = reason instanceof Error && reason.message ? reason.message : 'The request was aborted';
  return new AbortError(message, reason);
}

function checkTimeout(timeoutMs: number | undefined): number | undefined {
  if (timeoutMs !== undefined && !(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw new RangeError(`timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
  }
  return timeoutMs;
}

interface RetryPolicy {
  retries: number;
  on: ReadonlySet<string>;
  baseDelayMs: number;
  maxDelayMs: number;
  onRetry: ((event: RetryEvent) => void) | undefined;
}

function retryPolicy(retry: RetryOptions | false | undefined): RetryPolicy | undefined {
  if (!retry) return undefined;
  const { retries, on = DEFAULT_RETRY_ON, baseDelayMs = 250, maxDelayMs = 60_000, onRetry } = retry;
  if (!Number.isInteger(retries) || retries < 0) {
    throw new RangeError(`retry.retries must be a non-negative integer, got ${retries}`);
  }
  for (const [name, value] of [
    ['baseDelayMs', baseDelayMs],
    ['maxDelayMs', maxDelayMs],
  ] as const) {
    if (!(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(`retry.${name} must be a non-negative number, got ${value}`);
    }
  }
  return { retries, on: new Set(on), baseDelayMs, maxDelayMs, onRetry };
}

/** Milliseconds to wait before retrying `error`, or undefined to throw it. */
function retryDelay(
  error: GeneTrialsError,
  retry: number,
  policy: RetryPolicy,
  isMutation: boolean,
): number | undefined {
  const code = error.code;
  if (code === undefined || !policy.on.has(code)) return undefined;
  if (code === 'NETWORK_ERROR' && isMutation) return undefined;
  if (error.retryAfter !== undefined) {
    const wait = error.retryAfter * 1000;
    return wait <= policy.maxDelayMs ? wait : undefined;
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  // "Equal jitter": at least half the backoff, so retries stay spread out.
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortErrorFrom(signal.reason));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortErrorFrom(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The function every request of a client goes through (`request`, the
 * generated operation methods, `paginate`).
 */
export function createExecute(options: ClientOptions): Execute<RequestOptions> {
  const fetchImpl: FetchLike = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const clientTimeout = checkTimeout(options.timeoutMs);
  const clientRetry = retryPolicy(options.retry);

  /** One attempt: a typed error for every way it can fail. */
  async function attempt<TResult>(
    document: PreparedDocument,
    variables: unknown,
    requestOptions: RequestOptions | undefined,
    timeoutMs: number | undefined,
    sendHash: boolean,
  ): Promise<TResult> {
    const { query, operationName, hash } = document;
    const headers: Record<string, string> = {
      accept: 'application/graphql-response+json, application/json',
      'content-type': 'application/json',
      ...options.headers,
      ...requestOptions?.headers,
    };
    const token = await resolveToken(options.token);
    if (token) headers.authorization = `Bearer ${token}`;

    const callerSignal = requestOptions?.signal;
    if (callerSignal?.aborted) throw abortErrorFrom(callerSignal.reason);
    // One signal for fetch and the body read: the caller's abort or our timeout.
    const controller = new AbortController();
    let timedOut = false;
    const onCallerAbort = () => controller.abort(callerSignal?.reason);
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs);
    const interrupted = (cause: unknown): GeneTrialsError | undefined => {
      if (timedOut) return new TimeoutError(timeoutMs, cause);
      if (callerSignal?.aborted) return abortErrorFrom(callerSignal.reason);
      return undefined;
    };

    let response: Response;
    let body: string;
    try {
      try {
        response = await fetchImpl(options.url, {
          method: 'POST',
          headers,
          body: JSON.stringify(
            sendHash
              ? {
                  variables: variables ?? {},
                  operationName,
                  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
                }
              : { query, variables: variables ?? {}, operationName },
          ),
          signal: controller.signal,
        });
      } catch (cause) {
        const stopped = interrupted(cause);
        if (stopped) throw stopped;
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw transportError('NETWORK_ERROR', `Could not reach ${options.url}: ${reason}`, { cause });
      }
      try {
        body = await response.text();
      } catch (cause) {
        const stopped = interrupted(cause);
        if (stopped) throw stopped;
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw transportError('NETWORK_ERROR', `The response from ${options.url} broke off: ${reason}`, {
          cause,
          status: response.status,
        });
      }
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }

    let payload: unknown;
    try {
      payload = JSON.parse(body);
    } catch {
      payload = undefined;
    }
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));

    // GraphQL over HTTP answers request errors with 4xx and a GraphQL body, so
    // look for `errors` before judging the status.
    if (isRecord(payload) && Array.isArray(payload.errors) && payload.errors.length > 0) {
      throw new GeneTrialsError({
        errors: toErrorEntries(payload.errors),
        status: response.status,
        data: payload.data ?? undefined,
        ...(retryAfter === undefined ? {} : { retryAfter }),
      });
    }
    if (!response.ok) {
      const excerpt = body.length > 500 ? `${body.slice(0, 500)}…` : body;
      throw transportError(
        'HTTP_ERROR',
        `HTTP ${response.status} ${response.statusText}: ${excerpt}`.trim(),
        { status: response.status, body, retryAfter },
      );
    }
    if (!isRecord(payload) || !isRecord(payload.data)) {
      throw transportError('INVALID_RESPONSE', 'The response is not a GraphQL result', {
        status: response.status,
        body,
      });
    }
    return payload.data as TResult;
  }

  // Hashes the server answered PERSISTED_QUERY_NOT_FOUND for: sent as text from then on.
  const unknownHashes = new Set<string>();

  return async function execute<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables: TVariables | undefined,
    requestOptions: RequestOptions | undefined,
  ): Promise<TResult> {
    const prepared = prepare(document);
    const timeoutMs =
      requestOptions?.timeoutMs === undefined ? clientTimeout : checkTimeout(requestOptions.timeoutMs);
    const policy = requestOptions?.retry === undefined ? clientRetry : retryPolicy(requestOptions.retry);
    for (let retry = 0; ; retry++) {
      const sendHash =
        options.persistedDocuments === true &&
        prepared.hash !== undefined &&
        !unknownHashes.has(prepared.hash);
      try {
        return await attempt<TResult>(prepared, variables, requestOptions, timeoutMs, sendHash);
      } catch (error) {
        if (sendHash && error instanceof GeneTrialsError && error.code === 'PERSISTED_QUERY_NOT_FOUND') {
          // The server does not know this document: send its text at once (not a retry).
          unknownHashes.add(prepared.hash as string);
          retry--;
          continue;
        }
        if (!policy || retry >= policy.retries || !(error instanceof GeneTrialsError)) throw error;
        const delayMs = retryDelay(error, retry, policy, prepared.isMutation);
        if (delayMs === undefined) throw error;
        policy.onRetry?.({ attempt: retry + 1, delayMs, error });
        await sleep(delayMs, requestOptions?.signal);
      }
    }
  };
}

/**
 * A client with `request()` only: the smallest bundle. Import it and the
 * documents you run from `@genetrials/sdk/core`:
 *
 * ```ts
 * import { createCoreClient, TrialsDocument } from '@genetrials/sdk/core';
 * const client = createCoreClient({ url: 'http://localhost:4000/graphql' });
 * const { trials } = await client.request(TrialsDocument, { first: 10 });
 * ```
 */
export function createCoreClient(options: ClientOptions): CoreClient {
  const execute = createExecute(options);
  return {
    request: (document, ...[variables, requestOptions]) => execute(document, variables, requestOptions),
  };
}
