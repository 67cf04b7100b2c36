import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, Kind, print } from 'graphql';
import { GeneTrialsError, type GraphQLErrorEntry, type TransportErrorCode } from './errors.js';
import { createOperationMethods, type OperationMethods } from './gql/client-methods.js';
import type { JsonValue } from './json.js';
import { createPaginate, type Paginate } from './paginate.js';

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
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Sent with this request, over the client's headers. */
  headers?: Record<string, string>;
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
 * A typed document whose fields all exist in the schema. A document from
 * `graphql()` with a misspelt field fails to compile where it is run, naming the
 * field: `Property ''unknown field in document'' is missing in type … { 'unknown field in document':
 * "trials.nodes.titel" }`.
 */
export type KnownFieldsDocument<TResult, TVariables> = TypedDocumentNode<TResult, TVariables> &
  NoInfer<
    [UnknownFieldPaths<TResult>] extends [never]
      ? unknown
      : { 'unknown field in document': UnknownFieldPaths<TResult> }
  >;

export interface GeneTrialsClient extends OperationMethods<RequestOptions> {
  /** Runs any typed document: one from this package, or one from `graphql()`. */
  request<TResult, TVariables>(
    document: KnownFieldsDocument<TResult, TVariables>,
    ...args: RequestArgs<TVariables>
  ): Promise<TResult>;
  /**
   * Auto-paginating iterators: `client.paginate.trials({ filter })` and its
   * siblings, or `client.paginate(document, variables, selectConnection)` for
   * any connection a document selects.
   */
  paginate: Paginate;
}

interface PreparedDocument {
  query: string;
  operationName: string | undefined;
}

// Documents are module constants, so printing each once is enough.
const prepared = new WeakMap<DocumentNode, PreparedDocument>();

function prepare(document: DocumentNode): PreparedDocument {
  let entry = prepared.get(document);
  if (!entry) {
    const operation = document.definitions.find(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION,
    );
    entry = { query: print(document), operationName: operation?.name?.value };
    prepared.set(document, entry);
  }
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
  extra: { status?: number; body?: string; cause?: unknown } = {},
): GeneTrialsError {
  return new GeneTrialsError({ errors: [{ message, extensions: { code } }], ...extra });
}

async function resolveToken(token: TokenSource | undefined): Promise<string | undefined> {
  return typeof token === 'function' ? token() : token;
}

export function createClient(options: ClientOptions): GeneTrialsClient {
  const fetchImpl: FetchLike = options.fetch ?? ((url, init) => globalThis.fetch(url, init));

  async function execute<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables | undefined,
    requestOptions: RequestOptions | undefined,
  ): Promise<TResult> {
    const { query, operationName } = prepare(document);
    const headers: Record<string, string> = {
      accept: 'application/graphql-response+json, application/json',
      'content-type': 'application/json',
      ...options.headers,
      ...requestOptions?.headers,
    };
    const token = await resolveToken(options.token);
    if (token) headers.authorization = `Bearer ${token}`;

    const signal = requestOptions?.signal;
    let response: Response;
    try {
      response = await fetchImpl(options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables: variables ?? {}, operationName }),
        ...(signal ? { signal } : {}),
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw transportError('NETWORK_ERROR', `Could not reach ${options.url}: ${reason}`, { cause });
    }

    const body = await response.text();
    let payload: unknown;
    try {
      payload = JSON.parse(body);
    } catch {
      payload = undefined;
    }

    // GraphQL over HTTP answers request errors with 4xx and a GraphQL body, so
    // look for `errors` before judging the status.
    if (isRecord(payload) && Array.isArray(payload.errors) && payload.errors.length > 0) {
      throw new GeneTrialsError({
        errors: toErrorEntries(payload.errors),
        status: response.status,
        data: payload.data ?? undefined,
      });
    }
    if (!response.ok) {
      const excerpt = body.length > 500 ? `${body.slice(0, 500)}…` : body;
      throw transportError(
        'HTTP_ERROR',
        `HTTP ${response.status} ${response.statusText}: ${excerpt}`.trim(),
        {
          status: response.status,
          body,
        },
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

  return {
    ...createOperationMethods<RequestOptions>(execute),
    request: (document, ...[variables, requestOptions]) => execute(document, variables, requestOptions),
    paginate: createPaginate(execute),
  };
}
