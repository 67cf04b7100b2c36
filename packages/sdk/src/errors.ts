import {
  type ErrorCode,
  type GeneTrialsErrorCode,
  isGeneTrialsErrorCode,
  type TransportErrorCode,
} from './error-codes.js';

export type { ErrorCode, GeneTrialsErrorCode, TransportErrorCode } from './error-codes.js';

/** One invalid value named by a `BAD_USER_INPUT` error (`extensions.issues`). */
export interface ErrorIssue {
  /** Dotted path to the value, e.g. `first` or `filter.phases.0`. */
  path: string;
  /** Machine-readable rule, e.g. `max_page_size`, `invalid_format`. */
  rule: string;
  message: string;
}

/** The `extensions` of a GraphQL error from a GeneTrials server. */
export interface GraphQLErrorExtensions {
  /** One of {@link ErrorCode} from a GeneTrials server; any string from elsewhere. */
  code?: ErrorCode | (string & {});
  /** On `BAD_USER_INPUT`: the values refused, when known. */
  issues?: ErrorIssue[];
  /** On `QUERY_TOO_COMPLEX`: the limit exceeded. */
  limit?: unknown;
  /** On `DATABASE_BUSY`: seconds to wait before retrying. */
  retryAfterSeconds?: number;
  [key: string]: unknown;
}

/** One entry of a GraphQL response's `errors` list. */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: GraphQLErrorExtensions;
}

export interface GeneTrialsErrorDetails {
  errors: GraphQLErrorEntry[];
  /** HTTP status, when a response arrived. */
  status?: number;
  /** Response body text, for responses that were not a GraphQL result. */
  body?: string;
  /** Partial data the server returned alongside the errors. */
  data?: unknown;
  /** Seconds the server asked to wait before retrying (`Retry-After`). */
  retryAfter?: number;
  cause?: unknown;
}

function isIssue(value: unknown): value is ErrorIssue {
  if (typeof value !== 'object' || value === null) return false;
  const issue = value as Record<string, unknown>;
  return (
    typeof issue.path === 'string' && typeof issue.rule === 'string' && typeof issue.message === 'string'
  );
}

/**
 * Every failure of a GeneTrials request: GraphQL errors in the result, HTTP
 * errors, network failures, aborts ({@link AbortError}) and client timeouts
 * ({@link TimeoutError}).
 */
export class GeneTrialsError extends Error {
  override readonly name: string = 'GeneTrialsError';
  readonly errors: GraphQLErrorEntry[];
  readonly status: number | undefined;
  readonly body: string | undefined;
  readonly data: unknown;
  /**
   * Seconds to wait before retrying, from the response's `Retry-After` header
   * (or a `DATABASE_BUSY` error's `retryAfterSeconds`). Set on `RATE_LIMITED`
   * (429) and `DATABASE_BUSY` (503) errors.
   */
  readonly retryAfter: number | undefined;

  constructor(details: GeneTrialsErrorDetails) {
    super(details.errors.map((error) => error.message).join('; ') || 'GeneTrials request failed', {
      cause: details.cause,
    });
    this.errors = details.errors;
    this.status = details.status;
    this.body = details.body;
    this.data = details.data;
    const fromExtensions = details.errors.find(
      (error) => typeof error.extensions?.retryAfterSeconds === 'number',
    )?.extensions?.retryAfterSeconds;
    this.retryAfter = details.retryAfter ?? fromExtensions;
  }

  /**
   * The first error's `extensions.code`: one of the server's documented
   * {@link ErrorCode}s, or a {@link TransportErrorCode} for failures without a
   * GraphQL result. `undefined` when the server sent no code or one this SDK
   * version does not know (the raw value stays in `errors[0].extensions.code`).
   */
  get code(): GeneTrialsErrorCode | undefined {
    const code = this.errors[0]?.extensions?.code;
    return isGeneTrialsErrorCode(code) ? code : undefined;
  }

  /** The invalid values named by the errors' `extensions.issues` (`BAD_USER_INPUT`), in order. */
  get issues(): ErrorIssue[] {
    return this.errors.flatMap((error) => {
      const issues: unknown = error.extensions?.issues;
      return Array.isArray(issues) ? issues.filter(isIssue) : [];
    });
  }
}

/** A transport failure: one error entry carrying the client's code. */
function transportDetails(code: TransportErrorCode, message: string, cause: unknown): GeneTrialsErrorDetails {
  return { errors: [{ message, extensions: { code } }], cause };
}

/**
 * The request was aborted through the caller's `signal`. `cause` is the
 * signal's `reason`. (`name` is `'AbortError'`, like the DOMException `fetch` throws.)
 */
export class AbortError extends GeneTrialsError {
  override readonly name: string = 'AbortError';

  constructor(message = 'The request was aborted', cause?: unknown) {
    super(transportDetails('ABORTED', message, cause));
  }
}

/**
 * No answer within the client's `timeoutMs` (or an `AbortSignal.timeout()` the
 * caller passed fired). `name` is `'TimeoutError'`, like the DOMException.
 */
export class TimeoutError extends GeneTrialsError {
  override readonly name: string = 'TimeoutError';
  /** The timeout that expired, when it was the client's `timeoutMs`. */
  readonly timeoutMs: number | undefined;

  constructor(timeoutMs: number | undefined, cause?: unknown) {
    super(
      transportDetails(
        'CLIENT_TIMEOUT',
        timeoutMs === undefined ? 'The request timed out' : `No answer within ${timeoutMs} ms`,
        cause,
      ),
    );
    this.timeoutMs = timeoutMs;
  }
}
