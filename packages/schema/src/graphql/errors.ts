import { GraphQLError } from 'graphql';
import type { FieldIssue } from '../domain/validation.js';
import { MAX_PAGE_SIZE } from './builder.js';
import type { ErrorCode } from './error-codes.js';

export type { ErrorCode } from './error-codes.js';

/** A GraphQL error whose `extensions.code` is one of ERROR_CODES (error-codes.ts). */
export function codedError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export function userInputError(message: string, issues: FieldIssue[] = []): GraphQLError {
  return codedError('BAD_USER_INPUT', message, { issues });
}

export function fieldError(path: string, rule: string, message: string): GraphQLError {
  return userInputError(`${path}: ${message}`, [{ path, rule, message }]);
}

export function forbidden(what: string): GraphQLError {
  return codedError('FORBIDDEN', `${what} needs an API token with the reader role or higher`);
}

/** Page-size guard for every connection: above the cap is an error, never a silent clamp. */
export function pageCap(args: { first?: number | null; last?: number | null }): number {
  for (const key of ['first', 'last'] as const) {
    const value = args[key];
    if (value != null && value > MAX_PAGE_SIZE) {
      throw fieldError(
        key,
        'max_page_size',
        `must be at most ${MAX_PAGE_SIZE} (got ${value}); page with after/before`,
      );
    }
    if (value != null && value < 0) throw fieldError(key, 'min', 'must not be negative');
  }
  return MAX_PAGE_SIZE;
}
