import { type ErrorCode, MAX_PAGE_SIZE } from '@genetrials/schema';
import { GraphQLError, Kind, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Rejects `first`/`last` above the page cap or below zero anywhere in the operation, literal or
 * variable, before execution. The schema's connections enforce the cap when they load rows; this also
 * covers selections that load none (e.g. only `totalCount`), so the rule holds everywhere.
 */
export function usePageCap(max = MAX_PAGE_SIZE): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const errors: GraphQLError[] = [];
      visit(args.document, {
        Argument(node) {
          if (node.name.value !== 'first' && node.name.value !== 'last') return;
          const raw =
            node.value.kind === Kind.INT
              ? Number(node.value.value)
              : node.value.kind === Kind.VARIABLE
                ? variables[node.value.name.value]
                : undefined;
          if (typeof raw !== 'number' || (raw <= max && raw >= 0)) return;
          const [rule, message] =
            raw > max
              ? ['max_page_size', `must be at most ${max} (got ${raw}); page with after/before`]
              : ['min', 'must not be negative'];
          errors.push(
            new GraphQLError(`${node.name.value}: ${message}`, {
              nodes: [node],
              extensions: {
                code: 'BAD_USER_INPUT' satisfies ErrorCode,
                issues: [{ path: node.name.value, rule, message }],
              },
            }),
          );
        },
      });
      if (errors.length > 0) setResultAndStopExecution({ errors });
    },
  };
}
