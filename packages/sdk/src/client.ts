import { createOperationMethods, type OperationMethods } from './gql/client-methods.js';
import { createPaginate, type Paginate } from './paginate.js';
import { type ClientOptions, type CoreClient, createExecute, type RequestOptions } from './transport.js';

/**
 * The full client: `request()`, a method per shipped operation
 * (`client.trials({ first: 10 })`, …) and `paginate`. It carries every
 * operation's document; for the smallest bundle use `createCoreClient` and the
 * documents you need from `@genetrials/sdk/core`.
 */
export interface GeneTrialsClient extends CoreClient, OperationMethods<RequestOptions> {
  /**
   * Auto-paginating iterators: `client.paginate.trials({ filter })` and its
   * siblings, or `client.paginate(document, variables, selectConnection)` for
   * any connection a document selects.
   */
  paginate: Paginate;
}

export function createClient(options: ClientOptions): GeneTrialsClient {
  const execute = createExecute(options);
  return {
    ...createOperationMethods<RequestOptions>(execute),
    request: (document, ...[variables, requestOptions]) => execute(document, variables, requestOptions),
    paginate: createPaginate(execute),
  };
}
