export { createClient, type GeneTrialsClient } from './client.js';
// Everything `@genetrials/sdk/core` has: createCoreClient, the shipped
// documents (`TrialsDocument`, …) with their result, variables and schema
// types, the errors and codes. The client preset's own `graphql()`
// (src/gql/gql.ts) only knows the shipped documents, so it is not exported:
// `graphql` below types any document.
export * from './core.js';
export type { OperationMethods } from './gql/client-methods.js';
// `graphql()` types any document a consumer writes, from the schema (gql.tada).
export { type FragmentOf, graphql, type ResultOf, readFragment, type VariablesOf } from './graphql.js';
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
