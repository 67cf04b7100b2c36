/** One entry of a GraphQL response's `errors` list. */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** Codes the client gives failures that never reached a GraphQL result. */
export type TransportErrorCode = 'HTTP_ERROR' | 'NETWORK_ERROR' | 'INVALID_RESPONSE';

export interface GeneTrialsErrorDetails {
  errors: GraphQLErrorEntry[];
  /** HTTP status, when a response arrived. */
  status?: number;
  /** Response body text, for responses that were not a GraphQL result. */
  body?: string;
  /** Partial data the server returned alongside the errors. */
  data?: unknown;
  cause?: unknown;
}

/**
 * Every failure of a GeneTrials request: GraphQL errors in the result, HTTP
 * errors and network failures. `code` is the first error's `extensions.code`.
 */
export class GeneTrialsError extends Error {
  override readonly name = 'GeneTrialsError';
  readonly errors: GraphQLErrorEntry[];
  readonly status: number | undefined;
  readonly body: string | undefined;
  readonly data: unknown;

  constructor(details: GeneTrialsErrorDetails) {
    super(details.errors.map((error) => error.message).join('; ') || 'GeneTrials request failed', {
      cause: details.cause,
    });
    this.errors = details.errors;
    this.status = details.status;
    this.body = details.body;
    this.data = details.data;
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}
