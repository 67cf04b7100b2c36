import {
  databaseBusyExtensions,
  type ErrorCode,
  isDatabaseBusy,
  isErrorCode,
  MAX_INPUT_DEPTH,
} from '@genetrials/schema';
import { type ASTVisitor, type ExecutionResult, GraphQLError, Kind, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// The error contract: every error in every response on the GraphQL endpoint carries an
// `extensions.code` from ERROR_CODES (packages/schema/src/graphql/error-codes.ts, listed in the
// README's "Errors" section), no error message echoes an invalid ID or cursor back, and input
// nested deeper than MAX_INPUT_DEPTH is refused before GraphQL coerces it (coercion recurses once
// per level, so a deep enough filter would overflow the stack and answer 500).

/** Codes for errors that reach the response without one, by HTTP status. */
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'CSRF_REJECTED',
  405: 'BAD_REQUEST',
  413: 'REQUEST_ENTITY_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

const STATUS_MESSAGE: Record<number, string> = {
  405: 'GraphQL only supports GET and POST requests.',
  413: 'The request body is too large.',
  415: 'Unsupported Content-Type: send the operation as application/json (or a GET query string).',
};

/**
 * Messages of the schema libraries' input errors that would echo what the client sent (an invalid
 * global ID or cursor can be anything, including script or a probe), mapped to fixed ones.
 */
const ECHOING_MESSAGES: [RegExp, string][] = [
  [/^Invalid global ID\b[\s\S]*$/, 'Invalid global ID'],
  [/^ID: [\s\S]* is not of type: ([\w, ]+)$/, 'The ID is not of type: $1'],
  [/^Invalid cursor\b[\s\S]*$/, 'Invalid cursor'],
  [/^Invalid offset cursor\b[\s\S]*$/, 'Invalid cursor'],
  [/^Invalid serialized (ID|data)\b[\s\S]*$/, 'Invalid cursor'],
  [/^Expected compound ID [\s\S]*$/, 'Invalid cursor'],
  [/^Cursor must be a string$/, 'Invalid cursor'],
];

/** Errors graphql-js raises for variables and operation selection, which have no code of their own. */
const VARIABLE_VALUE = /^Variable "\$/;

const REQUEST_MESSAGES: [RegExp, ErrorCode][] = [
  [/^Unknown operation named /, 'OPERATION_RESOLUTION_FAILURE'],
  [/^Must provide (an operation|operation name)/, 'OPERATION_RESOLUTION_FAILURE'],
  [/^Could not determine what operation to execute/, 'OPERATION_RESOLUTION_FAILURE'],
];

function httpStatusOf(error: GraphQLError): number | undefined {
  const http = error.extensions?.http as { status?: unknown } | undefined;
  return typeof http?.status === 'number' ? http.status : undefined;
}

function isPothosValidationError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'PothosValidationError';
}

function withoutEcho(message: string): string {
  for (const [pattern, replacement] of ECHOING_MESSAGES) {
    if (pattern.test(message)) return message.replace(pattern, replacement);
  }
  return message;
}

/** The code an error should carry, and its message with any echoed input removed. */
export function classifyError(error: GraphQLError): { code: ErrorCode; message: string } {
  const current = error.extensions?.code;
  const original = error.originalError;
  const fromSchemaLibrary = isPothosValidationError(original);
  const message =
    fromSchemaLibrary || current === 'BAD_USER_INPUT' ? withoutEcho(error.message) : error.message;
  // graphql-js rejects a variable value before execution; yoga calls that BAD_REQUEST, but it is
  // the same mistake as an invalid argument literal.
  if (VARIABLE_VALUE.test(message) && !error.path) return { code: 'BAD_USER_INPUT', message };
  if (isErrorCode(current)) return { code: current, message };
  if (fromSchemaLibrary) return { code: 'BAD_USER_INPUT', message };
  const status = httpStatusOf(error);
  if (status !== undefined && CODE_BY_STATUS[status]) return { code: CODE_BY_STATUS[status], message };
  for (const [pattern, code] of REQUEST_MESSAGES) if (pattern.test(message)) return { code, message };
  if (status !== undefined && status >= 400 && status < 500) return { code: 'BAD_REQUEST', message };
  // An error before execution (no path) is about the request; one from a resolver is ours.
  return { code: error.path ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST', message };
}

function normalize(error: unknown): unknown {
  if (!(error instanceof GraphQLError)) return error;
  const { code, message } = classifyError(error);
  // DATABASE_BUSY always comes with its 503 and Retry-After.
  const busy = code === 'DATABASE_BUSY' && !error.extensions?.http;
  if (code === error.extensions?.code && message === error.message && !busy) return error;
  return new GraphQLError(message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path ?? null,
    originalError: error.originalError ?? null,
    extensions: { ...error.extensions, ...(busy ? databaseBusyExtensions() : {}), code },
  });
}

/**
 * A resolver error caused by a database lock held past the busy timeout (SQLITE_BUSY, e.g. while
 * another process writes) as the typed, retryable DATABASE_BUSY error. Runs before yoga masks
 * unexpected errors, which would turn it into an INTERNAL_SERVER_ERROR.
 */
function busyToTyped(error: unknown): unknown {
  if (!(error instanceof GraphQLError) || error.extensions?.code === 'DATABASE_BUSY') return error;
  if (!error.originalError || !isDatabaseBusy(error.originalError)) return error;
  return new GraphQLError('The database is busy: another writer held its lock for too long. Retry shortly.', {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path ?? null,
    extensions: databaseBusyExtensions(),
  });
}

function normalizeResult(result: unknown): unknown {
  if (Array.isArray(result)) return result.map(normalizeResult);
  if (!result || typeof result !== 'object' || Symbol.asyncIterator in result) return result;
  const errors = (result as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return result;
  const normalized = errors.map(normalize);
  return normalized.every((e, i) => e === errors[i]) ? result : { ...result, errors: normalized };
}

export function inputTooDeep(where: string, max: number): GraphQLError {
  return new GraphQLError(
    `${where} is nested too deeply: at most ${max} levels of lists and input objects are accepted (MAX_INPUT_DEPTH); flatten the filter (e.g. one \`and\` list instead of nested ones)`,
    {
      extensions: {
        code: 'BAD_USER_INPUT',
        issues: [{ path: where, rule: 'max_input_depth', message: `at most ${max} levels` }],
        // 400 like graphql-js' other refusals of variable values (for literals, validation sets it).
        http: { status: 400 },
      },
    },
  );
}

/**
 * The deepest nesting of arrays and objects in a JSON value, counted without recursion and
 * abandoned as soon as it passes `max` (so a hostile value costs at most its size to inspect).
 */
export function jsonDepthExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > max) return true;
    const children = Array.isArray(current) ? current : Object.values(current as object);
    for (const child of children) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** Validation rule: argument and default-value literals nested deeper than `max` are refused. */
function maxLiteralDepthRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let depth = 0;
    let reported = false;
    const enter = () => {
      depth += 1;
      if (depth > max && !reported) {
        reported = true;
        context.reportError(inputTooDeep('An argument value', max));
      }
    };
    const leave = () => {
      depth -= 1;
    };
    return {
      [Kind.OBJECT]: { enter, leave },
      [Kind.LIST]: { enter, leave },
    };
  };
}

/**
 * The error contract plugin. Register it FIRST, so that every later plugin (metrics, logging)
 * sees the final codes: it rewrites error lists as results are processed, wraps empty error
 * responses (e.g. yoga's bodiless 415) in a JSON error, and refuses deep input before coercion.
 */
export function useErrorContract(options: { maxInputDepth?: number; graphqlEndpoint?: string } = {}): Plugin {
  const max = options.maxInputDepth ?? MAX_INPUT_DEPTH;
  const endpoint = options.graphqlEndpoint ?? '/graphql';
  return {
    onParams({ params, setResult }) {
      // Variables arrive parsed from JSON; graphql-js would coerce them recursively.
      const variables = (params as { variables?: unknown }).variables;
      if (variables != null && jsonDepthExceeds(variables, max + 1)) {
        setResult({ errors: [inputTooDeep('A variable value', max)] });
      }
      const extensions = (params as { extensions?: unknown }).extensions;
      if (extensions != null && jsonDepthExceeds(extensions, max + 1)) {
        setResult({ errors: [inputTooDeep('The extensions value', max)] });
      }
    },
    onValidate({ addValidationRule }) {
      addValidationRule(maxLiteralDepthRule(max));
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const errors = (result as ExecutionResult).errors;
          if (!errors?.some((e) => busyToTyped(e) !== e)) return;
          setResult({
            ...(result as ExecutionResult),
            errors: errors.map((e) => busyToTyped(e) as GraphQLError),
          });
        },
      };
    },
    onResultProcess({ result, setResult }) {
      const normalized = normalizeResult(result);
      if (normalized !== result) setResult(normalized as typeof result);
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      if (response.status < 400) return;
      if (new URL(request.url, 'http://localhost').pathname !== endpoint) return;
      if ((response.headers.get('content-type') ?? '').includes('json')) return;
      const status = response.status;
      const code: ErrorCode =
        CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('content-type', 'application/json; charset=utf-8');
      headers.delete('content-length');
      const message = STATUS_MESSAGE[status] ?? (response.statusText || `HTTP ${status}`);
      setResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
          status,
          statusText: response.statusText,
          headers,
        }),
      );
    },
  };
}
