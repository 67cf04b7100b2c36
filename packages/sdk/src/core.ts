// `@genetrials/sdk/core`: the smallest way to call the API. `createCoreClient`
// has `request()` only, and every shipped document is its own export, so a
// bundle carries the transport and the documents it runs, nothing else:
//
//   import { createCoreClient, TrialsDocument } from '@genetrials/sdk/core';
//   const client = createCoreClient({ url: 'http://localhost:4000/graphql' });
//   const { trials } = await client.request(TrialsDocument, { first: 10 });

export {
  ERROR_CODES,
  type ErrorCode,
  type GeneTrialsErrorCode,
  isGeneTrialsErrorCode,
  TRANSPORT_ERROR_CODES,
  type TransportErrorCode,
} from './error-codes.js';
export {
  AbortError,
  type ErrorIssue,
  GeneTrialsError,
  type GeneTrialsErrorDetails,
  type GraphQLErrorEntry,
  type GraphQLErrorExtensions,
  TimeoutError,
} from './errors.js';
// The shipped documents (`TrialsDocument`, …), each a module-level export, and
// their result, variables and schema types.
export * from './gql/graphql.js';
export type { JsonValue } from './json.js';
export {
  type ClientOptions,
  type CoreClient,
  createCoreClient,
  DEFAULT_RETRY_ON,
  type Execute,
  type FetchLike,
  type KnownFieldsDocument,
  parseRetryAfter,
  type RequestArgs,
  type RequestOptions,
  type RetryCondition,
  type RetryEvent,
  type RetryOptions,
  type TokenSource,
  type TypedDocument,
  type UnknownFieldPaths,
} from './transport.js';
