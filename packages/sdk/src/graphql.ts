import { initGraphQLTada } from 'gql.tada';
import type { introspection, Scalars } from './gql/graphql-env.js';

/**
 * Parses a GraphQL document and types it from the schema: any query a consumer
 * writes gets its result and variables types in the TypeScript type system,
 * with no codegen on the consumer's side. The result is a TypedDocumentNode for
 * `client.request()`.
 *
 * ```ts
 * const TrialTitles = graphql(`query TrialTitles($first: Int) { trials(first: $first) { nodes { title phase } } }`);
 * const { trials } = await client.request(TrialTitles, { first: 5 });
 * ```
 *
 * Fragments are plain (unmasked): spread them with `graphql(query, [Fragment])`
 * and read their fields directly.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: Scalars;
  disableMasking: true;
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
