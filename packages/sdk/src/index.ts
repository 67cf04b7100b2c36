export {
  type ClientOptions,
  createClient,
  type FetchLike,
  type GeneTrialsClient,
  type RequestArgs,
  type RequestOptions,
  type TokenSource,
} from './client.js';
export {
  GeneTrialsError,
  type GeneTrialsErrorDetails,
  type GraphQLErrorEntry,
  type TransportErrorCode,
} from './errors.js';
export type { OperationMethods } from './gql/client-methods.js';
// `graphql()` knows the documents compiled into this package; a consumer's own
// queries need the consumer's own codegen run to get result types.
export { graphql } from './gql/gql.js';
export * from './gql/graphql.js';
export type { JsonValue } from './json.js';
