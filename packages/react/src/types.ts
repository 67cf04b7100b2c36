import type { OperationMethods, RequestOptions } from '@genetrials/sdk';

/** The SDK's generated methods: one per shipped operation. */
export type Operations = OperationMethods<RequestOptions>;

/** Every operation of the SDK, by method name (`trials`, `createTrial`, …). */
export type OperationName = keyof Operations;

/**
 * The verbs mutation operations start with. The generated methods do not carry
 * their operation type, so mutations are told apart by name; a mutation with a
 * new verb needs it added here (the hooks test checks the split against the
 * documents' operation types).
 */
export type MutationVerb = 'add' | 'create' | 'delete' | 'update' | 'link' | 'unlink' | 'merge' | 'split';

/** The SDK's mutation operations: `useGeneTrialsMutation` takes these. */
export type MutationName = Extract<OperationName, `${MutationVerb}${string}`>;

/** The SDK's query operations: `useGeneTrialsQuery` takes these. */
export type QueryName = Exclude<OperationName, MutationName>;

/** An operation's variables, as its method types them. */
export type OperationVariables<TName extends OperationName> = NonNullable<Parameters<Operations[TName]>[0]>;

/** An operation's result, as its method types it. */
export type OperationResult<TName extends OperationName> = Awaited<ReturnType<Operations[TName]>>;

/** Whether an operation can be run without variables. */
export type VariablesOptional<TName extends OperationName> = undefined extends Parameters<
  Operations[TName]
>[0]
  ? true
  : false;

/** The query key of an operation's query: `['genetrials', name, variables]`. */
export type GeneTrialsQueryKey<TName extends OperationName> = readonly [
  'genetrials',
  TName,
  OperationVariables<TName> | Record<string, never>,
];

/** Calls a method by name; the cast is the one place the name's type is erased. */
export function runOperation<TName extends OperationName>(
  client: Operations,
  name: TName,
  variables: OperationVariables<TName> | undefined,
  options: RequestOptions | undefined,
): Promise<OperationResult<TName>> {
  const method = client[name] as unknown as (
    variables: OperationVariables<TName> | undefined,
    options: RequestOptions | undefined,
  ) => Promise<OperationResult<TName>>;
  return method.call(client, variables, options);
}
