// The one list of `extensions.code` values a GeneTrials error can carry. Every error in every
// response has exactly one of these (the server's error-contract plugin fills in a code where a
// library left it out and replaces any code not listed here); the README's "Errors" section
// documents the same list. Mutations report the failures a client acts on (validation, not found,
// forbidden, conflict) as typed members of their result unions, not as errors with a code.

/** Every error code, with what it means and the HTTP status it comes with (for `application/json` clients). */
export const ERROR_CODES = {
  BAD_USER_INPUT: {
    http: '200; 400 when a variable value is refused before execution',
    meaning:
      'An argument or variable value is invalid: out of range, wrong format, an invalid global ID or cursor, input nested too deeply. `issues` names the values when known.',
  },
  BAD_REQUEST: {
    http: '400; 405 for another method or a mutation over GET',
    meaning:
      'Not a usable GraphQL request: no query, a body that is not JSON, parameters of the wrong type, a batch when batching is off.',
  },
  GRAPHQL_PARSE_FAILED: {
    http: '200, or 400 with Accept: application/graphql-response+json',
    meaning: 'The document is not valid GraphQL syntax.',
  },
  GRAPHQL_VALIDATION_FAILED: {
    http: '200, or 400 with Accept: application/graphql-response+json',
    meaning: 'The document does not match the schema (unknown field or argument, wrong type, …).',
  },
  OPERATION_RESOLUTION_FAILURE: {
    http: '400',
    meaning:
      'The operation to run cannot be determined: `operationName` names none of the operations, or is missing while the document has several.',
  },
  PERSISTED_QUERY_NOT_FOUND: {
    http: '400',
    meaning:
      "The request sent a document hash (`extensions.persistedQuery.sha256Hash`) that is not one of the known documents (the SDK's persisted-documents.json). The SDK then sends the document text once.",
  },
  TRUSTED_DOCUMENT_REQUIRED: {
    http: '400',
    meaning:
      'The server runs with TRUSTED_DOCUMENTS=only: it runs the known documents by hash and refuses document text (GraphiQL included).',
  },
  QUERY_TOO_COMPLEX: {
    http: '200, or 400 with Accept: application/graphql-response+json',
    meaning:
      'A static limit on the document was exceeded: depth, aliases, tokens, directives or cost; `extensions.limit` names it.',
  },
  UNAUTHENTICATED: { http: '401', meaning: 'The bearer token is unknown, revoked or malformed.' },
  FORBIDDEN: {
    http: '200',
    meaning:
      "The token's role is too low for the field or object. Patient-level data answers the same way whether or not the ID exists.",
  },
  CSRF_REJECTED: {
    http: '403',
    meaning:
      'A GET or form-like request came without the `x-graphql-yoga-csrf` (or `apollo-require-preflight`) header.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    http: '415',
    meaning: 'The POST body has no or an unsupported Content-Type; send `application/json`.',
  },
  REQUEST_ENTITY_TOO_LARGE: { http: '413', meaning: 'The body is larger than MAX_BODY_BYTES.' },
  RATE_LIMITED: { http: '429', meaning: 'Too many requests this minute; retry after `Retry-After` seconds.' },
  TIMEOUT: { http: '200', meaning: 'Execution ran longer than EXECUTION_TIMEOUT_MS and was stopped.' },
  DATABASE_BUSY: {
    http: '503 with Retry-After',
    meaning:
      'Another writer (e.g. an import or a second server process) held the database lock for longer than DB_BUSY_TIMEOUT_MS. Nothing was written; retry the same request after `Retry-After` seconds.',
  },
  INTERNAL_SERVER_ERROR: {
    http: '200 (the failing field is null)',
    meaning: 'An unexpected failure on the server; the message is masked in production and the cause logged.',
  },
} as const satisfies Record<string, { http: string; meaning: string }>;

/** Error codes a client can switch on (in `extensions.code`). */
export type ErrorCode = keyof typeof ERROR_CODES;

export const ERROR_CODE_LIST = Object.keys(ERROR_CODES) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}

/** Seconds a client should wait before retrying after DATABASE_BUSY (the `Retry-After` header). */
export const DATABASE_BUSY_RETRY_AFTER_SECONDS = 1;

/** The `extensions` of a DATABASE_BUSY error: its code, and the 503 status with `Retry-After`. */
export function databaseBusyExtensions() {
  return {
    code: 'DATABASE_BUSY' as const satisfies ErrorCode,
    retryAfterSeconds: DATABASE_BUSY_RETRY_AFTER_SECONDS,
    http: { status: 503, headers: { 'retry-after': String(DATABASE_BUSY_RETRY_AFTER_SECONDS) } },
  };
}

/** Deepest nesting of lists and input objects accepted in variables and argument literals. */
export const MAX_INPUT_DEPTH = 32;

/**
 * The FORBIDDEN message for a field the viewer's role may not read. It depends only on the field
 * and the role, never on the data, so it cannot tell whether a requested ID exists.
 */
export function forbiddenMessage(parentType: string, fieldName: string, role: string): string {
  return role === 'anonymous'
    ? `${parentType}.${fieldName} needs an API token with a higher role (send Authorization: Bearer <token>)`
    : `${parentType}.${fieldName} is not allowed for the ${role} role`;
}
