export {
  type ClientOptions,
  createClient,
  DEFAULT_RETRY_ON,
  type FetchLike,
  type GeneTrialsClient,
  type KnownFieldsDocument,
  parseRetryAfter,
  type RequestArgs,
  type RequestOptions,
  type RetryCondition,
  type RetryEvent,
  type RetryOptions,
  type TokenSource,
  type UnknownFieldPaths,
} from './client.js';
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
export type { OperationMethods } from './gql/client-methods.js';
// The shipped documents (`TrialsDocument`, …) and their result, variables and
// schema types. The client preset's own `graphql()` (src/gql/gql.ts) only knows
// these documents, so it is not exported: `graphql` below types any document.
export * from './gql/graphql.js';
// `graphql()` types any document a consumer writes, from the schema (gql.tada).
export { type FragmentOf, graphql, type ResultOf, readFragment, type VariablesOf } from './graphql.js';
export type { JsonValue } from './json.js';
export {
  type ConnectionLike,
  DEFAULT_PAGE_SIZE,
  type ForwardPageInfo,
  type ItemOf,
  MAX_PAGE_SIZE,
  type PagedVariables,
  type PageVariables,
  type Paginate,
  type PaginateArgs,
  type PaginateOptions,
  type PatientNode,
  type ReviewNode,
  type SearchHit,
  type TherapyNode,
  type TrialNode,
} from './paginate.js';
