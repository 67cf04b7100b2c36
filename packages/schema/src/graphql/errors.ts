import { GraphQLError } from 'graphql';
import type { FieldIssue } from '../domain/validation.js';
import { MAX_PAGE_SIZE } from './builder.js';

/** Error codes a client can switch on (in `extensions.code`). */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED';

export function userInputError(message: string, issues: FieldIssue[] = []): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', issues } });
}

export function fieldError(path: string, rule: string, message: string): GraphQLError {
  return userInputError(`${path}: ${message}`, [{ path, rule, message }]);
}

export function forbidden(what: string): GraphQLError {
  return new GraphQLError(`${what} needs an API token with the reader role or higher`, {
    extensions: { code: 'FORBIDDEN' },
  });
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
