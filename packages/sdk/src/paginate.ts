import {
  PatientsDocument,
  type PatientsQuery,
  type PatientsQueryVariables,
  ReviewsDocument,
  type ReviewsQuery,
  type ReviewsQueryVariables,
  SearchDocument,
  type SearchQuery,
  type SearchQueryVariables,
  TherapiesDocument,
  type TherapiesQuery,
  type TherapiesQueryVariables,
  TrialsDocument,
  type TrialsQuery,
  type TrialsQueryVariables,
} from './gql/graphql.js';
import type { Execute, KnownFieldsDocument, RequestOptions, TypedDocument } from './transport.js';

/** Page size when none is given. */
export const DEFAULT_PAGE_SIZE = 50;
/** The server's cap on `first`: asking for more is an error, not a silent clamp. */
export const MAX_PAGE_SIZE = 100;

/** The variables a paged document must declare: `$first: Int` and `$after: String`. */
export interface PageVariables {
  first?: number | null;
  after?: string | null;
}

/** The part of a Relay `PageInfo` paging forward needs. */
export interface ForwardPageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** A selected connection: its `pageInfo`, and `nodes` or `edges`. */
export interface ConnectionLike {
  pageInfo: ForwardPageInfo;
  nodes?: readonly unknown[] | null;
  edges?: readonly unknown[] | null;
}

/** What iterating a connection yields: its `nodes` when selected, else its `edges`. */
export type ItemOf<TConnection> = TConnection extends { nodes: readonly (infer TNode)[] }
  ? TNode
  : TConnection extends { edges: readonly (infer TEdge)[] }
    ? TEdge
    : never;

export interface PaginateOptions extends RequestOptions {
  /** Items per request, 1 to 100 (default 50). */
  pageSize?: number;
}

/**
 * Arguments of a named paginator: the operation's variables without the paging
 * ones, plus the page size.
 */
export type PaginateArgs<TVariables> = Omit<TVariables, 'first' | 'after' | 'last' | 'before'> & {
  /** Items per request, 1 to 100 (default 50). */
  pageSize?: number;
};

/** A selected connection's page of variables, as the document types it, without the paging ones. */
export type PagedVariables<TVariables> = Omit<TVariables, 'first' | 'after'>;

export type TrialNode = TrialsQuery['trials']['nodes'][number];
export type TherapyNode = TherapiesQuery['therapies']['nodes'][number];
export type PatientNode = NonNullable<PatientsQuery['patients']>['nodes'][number];
export type ReviewNode = ReviewsQuery['reviews']['nodes'][number];
/** One search hit: the matched object with its rank, matched fields and snippet. */
export type SearchHit = SearchQuery['search']['edges'][number];

/**
 * Auto-paginating iterators. Each call returns an `AsyncIterable` that asks for
 * the next page only when the consumer pulls past the current one, following
 * `pageInfo.endCursor` while `hasNextPage`; leaving a `for await` loop early
 * fetches nothing more. Every iteration starts again from the first page.
 *
 * ```ts
 * for await (const trial of client.paginate.trials({ filter: { phases: ['PHASE_1'] } })) {
 *   console.log(trial.title);
 * }
 * ```
 */
export interface Paginate {
  /**
   * Pages through any connection a document selects. The document must declare
   * `$first: Int` and `$after: String` and pass them to the connection; the
   * helper sets both on every request. Yields the connection's `nodes` when it
   * selects them, else its `edges`.
   *
   * ```ts
   * const TrialPatients = graphql(`query ($id: ID!, $first: Int, $after: String) {
   *   trial(id: $id) { patients(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }
   * }`);
   * for await (const patient of client.paginate(TrialPatients, { id }, (data) => data.trial?.patients)) { … }
   * ```
   */
  <TResult, TVariables extends PageVariables, TConnection extends ConnectionLike>(
    document: KnownFieldsDocument<TResult, TVariables>,
    variables: NoInfer<PagedVariables<TVariables>>,
    selectConnection: (result: TResult) => TConnection | null | undefined,
    options?: PaginateOptions,
  ): AsyncIterable<ItemOf<TConnection>>;
  /** Trials matching `filter`, in `orderBy` order (the `Trials` operation's nodes). */
  trials(args?: PaginateArgs<TrialsQueryVariables>, options?: RequestOptions): AsyncIterable<TrialNode>;
  /** Therapies matching `filter`, in `orderBy` order (the `Therapies` operation's nodes). */
  therapies(
    args?: PaginateArgs<TherapiesQueryVariables>,
    options?: RequestOptions,
  ): AsyncIterable<TherapyNode>;
  /** Patients matching `filter`, across trials (the `Patients` operation's nodes; needs a reader token). */
  patients(args?: PaginateArgs<PatientsQueryVariables>, options?: RequestOptions): AsyncIterable<PatientNode>;
  /** Reviews matching `filter`, in `orderBy` order (the `Reviews` operation's nodes). */
  reviews(args?: PaginateArgs<ReviewsQueryVariables>, options?: RequestOptions): AsyncIterable<ReviewNode>;
  /**
   * Search hits, most relevant first: the `Search` operation's edges, so each
   * hit keeps its `rank`, `matchedField(s)` and `snippet` beside the `node`.
   */
  search(args: PaginateArgs<SearchQueryVariables>, options?: RequestOptions): AsyncIterable<SearchHit>;
}

function checkPageSize(pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${pageSize}`);
  }
  return pageSize;
}

function itemsOf(connection: ConnectionLike): readonly unknown[] {
  const items = connection.nodes ?? connection.edges;
  if (!Array.isArray(items)) {
    throw new TypeError('paginate: the selected connection has neither `nodes` nor `edges`');
  }
  return items;
}

/** Builds `client.paginate` over the client's request function. */
export function createPaginate(execute: Execute<RequestOptions>): Paginate {
  function paginate<TResult, TVariables extends PageVariables, TConnection extends ConnectionLike>(
    document: TypedDocument<TResult, TVariables>,
    variables: PagedVariables<TVariables>,
    selectConnection: (result: TResult) => TConnection | null | undefined,
    options: PaginateOptions = {},
  ): AsyncIterable<ItemOf<TConnection>> {
    const { pageSize = DEFAULT_PAGE_SIZE, ...requestOptions } = options;
    const first = checkPageSize(pageSize);

    async function* pages(): AsyncGenerator<ItemOf<TConnection>, void, undefined> {
      let after: string | null = null;
      for (;;) {
        // The paging variables are the two this helper owns; the rest are the caller's.
        const pageVariables = { ...variables, first, after } as unknown as TVariables;
        const connection = selectConnection(await execute(document, pageVariables, requestOptions));
        if (!connection) return;
        // A generator suspends at each yield, so the next request waits until
        // the consumer pulls past the last item of this page.
        for (const item of itemsOf(connection)) yield item as ItemOf<TConnection>;
        const { hasNextPage, endCursor } = connection.pageInfo;
        if (!hasNextPage) return;
        if (!endCursor || endCursor === after) {
          throw new Error('paginate: the connection has a next page but did not advance its endCursor');
        }
        after = endCursor;
      }
    }

    return { [Symbol.asyncIterator]: pages };
  }

  const named =
    <TVariables extends PageVariables, TResult, TConnection extends ConnectionLike>(
      document: TypedDocument<TResult, TVariables>,
      select: (result: TResult) => TConnection | null | undefined,
    ) =>
    (args: PaginateArgs<TVariables> | undefined, options: RequestOptions | undefined) => {
      const { pageSize, ...variables } = args ?? ({} as PaginateArgs<TVariables>);
      return paginate(document, variables as unknown as PagedVariables<TVariables>, select, {
        ...options,
        ...(pageSize === undefined ? {} : { pageSize }),
      });
    };

  return Object.assign(paginate as Paginate, {
    trials: named(TrialsDocument, (result) => result.trials),
    therapies: named(TherapiesDocument, (result) => result.therapies),
    patients: named(PatientsDocument, (result) => result.patients),
    reviews: named(ReviewsDocument, (result) => result.reviews),
    search: named(SearchDocument, (result) => result.search),
  } satisfies Omit<Paginate, never>);
}
