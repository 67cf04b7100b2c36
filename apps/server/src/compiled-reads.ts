import { type CompiledRead, type Context, compileRead } from '@genetrials/schema';
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Answers a query the schema package can compile (`compileRead`) with its one JSON-building SQL
 * statement on the request's read db, instead of resolving it field by field; any other operation,
 * and any compiled one whose statement fails, goes to the normal executor, which then gives its
 * usual answer or error. Plans are not cached: compiling walks the selection once (a few tens of
 * microseconds), and the statement text is the same for every request of a document, so the read
 * pool's workers prepare it once.
 */
export function useCompiledReads(): Plugin<Context> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args: ExecutionArgs) => {
        const ctx = args.contextValue as Context;
        const plan = compileRead(
          args.schema,
          args.document,
          args.operationName,
          args.variableValues as Record<string, unknown> | undefined,
          ctx.viewer,
        );
        if (!plan) return executeFn(args) as Promise<ExecutionResult>;
        const result = await run(ctx, plan).catch(() => undefined);
        return result ?? (executeFn(args) as Promise<ExecutionResult>);
      });
    },
  };
}

async function run(ctx: Context, plan: CompiledRead): Promise<ExecutionResult | undefined> {
  const rows = await ctx.db.all<{ data: string }>(plan.statement);
  const json = rows[0]?.data;
  return typeof json === 'string' ? { data: plan.finish(json) } : undefined;
}
