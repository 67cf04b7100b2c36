// The server's documented `extensions.code` values, kept by hand in step with
// packages/schema/src/graphql/error-codes.ts (test/error-codes.test.ts compares
// the two lists). The SDK ships no server code, so the list is copied, not imported.

/** Every `extensions.code` a GeneTrials server puts on an error, in the server's order. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'TRUSTED_DOCUMENT_REQUIRED',
  'QUERY_TOO_COMPLEX',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CSRF_REJECTED',
  'UNSUPPORTED_MEDIA_TYPE',
  'REQUEST_ENTITY_TOO_LARGE',
  'RATE_LIMITED',
  'TIMEOUT',
  'DATABASE_BUSY',
  'INTERNAL_SERVER_ERROR',
] as const;

/** A code the server sends in `extensions.code`. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Codes the client gives failures that never reached a GraphQL result:
 * - `HTTP_ERROR`: a non-2xx response without GraphQL errors (`status`, `body`);
 * - `NETWORK_ERROR`: the request did not get a response (`cause`);
 * - `INVALID_RESPONSE`: a 2xx response that is not a GraphQL result (`body`);
 * - `ABORTED`: the caller's `signal` aborted the request ({@link AbortError});
 * - `CLIENT_TIMEOUT`: no answer within `timeoutMs` ({@link TimeoutError}).
 */
export const TRANSPORT_ERROR_CODES = [
  'HTTP_ERROR',
  'NETWORK_ERROR',
  'INVALID_RESPONSE',
  'ABORTED',
  'CLIENT_TIMEOUT',
] as const;

export type TransportErrorCode = (typeof TRANSPORT_ERROR_CODES)[number];

/** Every value `GeneTrialsError.code` can take (besides `undefined`). */
export type GeneTrialsErrorCode = ErrorCode | TransportErrorCode;

const known: ReadonlySet<string> = new Set<string>([...ERROR_CODES, ...TRANSPORT_ERROR_CODES]);

/** Whether `value` is a code this version of the SDK knows. */
export function isGeneTrialsErrorCode(value: unknown): value is GeneTrialsErrorCode {
  return typeof value === 'string' && known.has(value);
}
