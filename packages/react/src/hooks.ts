import type {
  ConnectionLike,
  GeneTrialsError,
  ItemOf,
  PatientNode,
  RequestOptions,
  ReviewNode,
  SearchHit,
  TherapyNode,
  TrialNode,
} from '@genetrials/sdk';
import {
  type InfiniteData,
  type UseInfiniteQueryOptions,
  type UseInfiniteQueryResult,
  type UseMutationOptions,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
  useInfiniteQuery,
  useMutation,
  useQuery,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import { useGeneTrialsClient } from './context.js';
import {
  type GeneTrialsQueryKey,
  type MutationName,
  type OperationResult,
  type OperationVariables,
  type QueryName,
  runOperation,
  type VariablesOptional,
} from './types.js';

/** The query key of an operation's query, for `invalidateQueries`, `setQueryData`, …. */
export function geneTrialsQueryKey<TName extends QueryName>(
  name: TName,
  variables?: OperationVariables<TName>,
): GeneTrialsQueryKey<TName> {
  return ['genetrials', name, variables ?? {}] as const;
}

/** `useQuery` options a GeneTrials query hook accepts: all but the key and the function. */
export type GeneTrialsQueryOptions<TName extends QueryName, TData = OperationResult<TName>> = Omit<
  UseQueryOptions<OperationResult<TName>, GeneTrialsError, TData, GeneTrialsQueryKey<TName>>,
  'queryKey' | 'queryFn'
> & {
  /** Sent with every request of this query (headers, timeoutMs); the signal is TanStack Query's. */
  request?: Omit<RequestOptions, 'signal'>;
};

/** The arguments after the name: variables (optional when the operation's are) and options. */
export type QueryArgs<TName extends QueryName, TData> =
  VariablesOptional<TName> extends true
    ? [variables?: OperationVariables<TName>, options?: GeneTrialsQueryOptions<TName, TData>]
    : [variables: OperationVariables<TName>, options?: GeneTrialsQueryOptions<TName, TData>];

/**
 * Runs any query operation of the SDK through TanStack Query, typed by the
 * operation's method: `useGeneTrialsQuery('trials', { first: 10 })`. The key is
 * `['genetrials', name, variables]`; the error is the SDK's `GeneTrialsError`.
 */
export function useGeneTrialsQuery<TName extends QueryName, TData = OperationResult<TName>>(
  name: TName,
  ...[variables, options]: QueryArgs<TName, TData>
): UseQueryResult<TData, GeneTrialsError> {
  const client = useGeneTrialsClient();
  const { request, ...queryOptions } = options ?? {};
  return useQuery({
    ...queryOptions,
    queryKey: geneTrialsQueryKey(name, variables),
    queryFn: ({ signal }) => runOperation(client, name, variables, { ...request, signal }),
  });
}

/** `useMutation` options a GeneTrials mutation hook accepts: all but the function. */
export type GeneTrialsMutationOptions<TName extends MutationName, TContext = unknown> = Omit<
  UseMutationOptions<OperationResult<TName>, GeneTrialsError, OperationVariables<TName>, TContext>,
  'mutationFn'
> & {
  /** Sent with every request of this mutation (headers, timeoutMs). */
  request?: RequestOptions;
};

/**
 * Runs any mutation operation of the SDK through TanStack Query:
 * `const create = useGeneTrialsMutation('createTrial'); create.mutate({ input })`.
 * Invalidate what it changes in `onSuccess`, e.g. `queryClient.invalidateQueries({ queryKey: ['genetrials', 'trials'] })`.
 */
export function useGeneTrialsMutation<TName extends MutationName, TContext = unknown>(
  name: TName,
  options?: GeneTrialsMutationOptions<TName, TContext>,
): UseMutationResult<OperationResult<TName>, GeneTrialsError, OperationVariables<TName>, TContext> {
  const client = useGeneTrialsClient();
  const { request, ...mutationOptions } = options ?? {};
  return useMutation({
    mutationKey: ['genetrials', name],
    ...mutationOptions,
    mutationFn: (variables) => runOperation(client, name, variables, request),
  });
}

/** Query operations whose variables page forward (`$first`, `$after`). */
export type ConnectionQueryName = {
  [TName in QueryName]: OperationVariables<TName> extends { after?: string | null | undefined }
    ? TName
    : never;
}[QueryName];

/** The variables of an infinite query: the operation's, without `after` (the hook owns it); `first` is the page size. */
export type InfiniteVariables<TName extends ConnectionQueryName> = Omit<OperationVariables<TName>, 'after'>;

/** The query key of an infinite query: the operation's, marked so it never shares a cache entry with `useGeneTrialsQuery`. */
export type GeneTrialsInfiniteQueryKey<TName extends ConnectionQueryName> = readonly [
  'genetrials',
  TName,
  InfiniteVariables<TName> | Record<string, never>,
  { readonly infinite: true },
];

/** `useInfiniteQuery` options an infinite hook accepts: all but the key, function and paging ones. */
export type GeneTrialsInfiniteOptions<TName extends ConnectionQueryName> = Omit<
  UseInfiniteQueryOptions<
    OperationResult<TName>,
    GeneTrialsError,
    InfiniteData<OperationResult<TName>, string | null>,
    GeneTrialsInfiniteQueryKey<TName>,
    string | null
  >,
  'queryKey' | 'queryFn' | 'initialPageParam' | 'getNextPageParam' | 'getPreviousPageParam'
> & {
  request?: Omit<RequestOptions, 'signal'>;
};

/** An infinite query's result, plus every page's items in order. */
export type UseInfiniteConnectionResult<TName extends ConnectionQueryName, TItem> = UseInfiniteQueryResult<
  InfiniteData<OperationResult<TName>, string | null>,
  GeneTrialsError
> & {
  /** The items of every fetched page (the connection's `nodes`, else its `edges`), in order. */
  items: TItem[];
};

/**
 * Pages forward through any connection a query operation selects, with
 * `useInfiniteQuery`: the next page's `after` is the last page's
 * `pageInfo.endCursor` while `hasNextPage`. `first` in `variables` is the page size.
 *
 * ```ts
 * const trials = useInfiniteConnection('trials', { first: 20 }, (data) => data.trials);
 * trials.items; trials.fetchNextPage(); trials.hasNextPage;
 * ```
 */
export function useInfiniteConnection<TName extends ConnectionQueryName, TConnection extends ConnectionLike>(
  name: TName,
  variables: InfiniteVariables<TName> | undefined,
  selectConnection: (result: OperationResult<TName>) => TConnection | null | undefined,
  options?: GeneTrialsInfiniteOptions<TName>,
): UseInfiniteConnectionResult<TName, ItemOf<TConnection>> {
  const client = useGeneTrialsClient();
  const { request, ...queryOptions } = options ?? {};
  const queryKey: GeneTrialsInfiniteQueryKey<TName> = [
    'genetrials',
    name,
    variables ?? {},
    { infinite: true },
  ];
  const result = useInfiniteQuery({
    ...queryOptions,
    queryKey,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      runOperation(client, name, { ...variables, after: pageParam } as unknown as OperationVariables<TName>, {
        ...request,
        signal,
      }),
    getNextPageParam: (lastPage) => {
      const pageInfo = selectConnection(lastPage)?.pageInfo;
      return pageInfo?.hasNextPage && pageInfo.endCursor ? pageInfo.endCursor : undefined;
    },
  });
  const pages = result.data?.pages;
  // biome-ignore lint/correctness/useExhaustiveDependencies: selectConnection is usually an inline arrow; the pages decide.
  const items = useMemo(
    () =>
      (pages ?? []).flatMap((page) => {
        const connection = selectConnection(page);
        return (connection?.nodes ?? connection?.edges ?? []) as ItemOf<TConnection>[];
      }),
    [pages],
  );
  return Object.assign(result, { items });
}

/** Trials, page by page (the `Trials` operation): `useInfiniteTrials({ first: 20, filter })`. */
export function useInfiniteTrials(
  variables?: InfiniteVariables<'trials'>,
  options?: GeneTrialsInfiniteOptions<'trials'>,
): UseInfiniteConnectionResult<'trials', TrialNode> {
  return useInfiniteConnection('trials', variables, (data) => data.trials, options);
}

/** Therapies, page by page (the `Therapies` operation). */
export function useInfiniteTherapies(
  variables?: InfiniteVariables<'therapies'>,
  options?: GeneTrialsInfiniteOptions<'therapies'>,
): UseInfiniteConnectionResult<'therapies', TherapyNode> {
  return useInfiniteConnection('therapies', variables, (data) => data.therapies, options);
}

/** Patients across trials, page by page (the `Patients` operation; needs a reader token). */
export function useInfinitePatients(
  variables?: InfiniteVariables<'patients'>,
  options?: GeneTrialsInfiniteOptions<'patients'>,
): UseInfiniteConnectionResult<'patients', PatientNode> {
  return useInfiniteConnection('patients', variables, (data) => data.patients, options);
}

/** Reviews, page by page (the `Reviews` operation). */
export function useInfiniteReviews(
  variables?: InfiniteVariables<'reviews'>,
  options?: GeneTrialsInfiniteOptions<'reviews'>,
): UseInfiniteConnectionResult<'reviews', ReviewNode> {
  return useInfiniteConnection('reviews', variables, (data) => data.reviews, options);
}

/** Search hits, most relevant first, page by page (the `Search` operation's edges). */
export function useInfiniteSearch(
  variables: InfiniteVariables<'search'>,
  options?: GeneTrialsInfiniteOptions<'search'>,
): UseInfiniteConnectionResult<'search', SearchHit> {
  return useInfiniteConnection('search', variables, (data) => data.search, options);
}
