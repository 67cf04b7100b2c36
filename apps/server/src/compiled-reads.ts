import { type CompiledRead, type Context, compileRead, hasRole } from '@genetrials/schema';
import type { DocumentNode, ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';

/**
 * Answers a query the schema package can compile (`compileRead`) with its one JSON-building SQL
 * statement on the request's read db, instead of resolving it field by field; any other operation,
 * and any compiled one whose statement fails, goes to the normal executor, which then gives its
 * usual answer or error.
 *
 * Plans are kept per parsed document (yoga's parser cache hands the same DocumentNode to every
 * request of the same text) and, under it, per operation, reader or not, and variables: a repeated
 * request skips compiling, and the statement text is the same for every request of a document, so
 * the read pool's workers prepare it once.
 */
export function useCompiledReads(options: { maxPlansPerDocument?: number } = {}): Plugin<Context> {
  const max = options.maxPlansPerDocument ?? 256;
  const plans = new WeakMap<DocumentNode, LRUCache<string, CompiledRead | false>>();
  const planFor = (args: ExecutionArgs, ctx: Context): CompiledRead | null => {
    let cache = plans.get(args.document);
    if (!cache) {
      cache = new LRUCache({ max });
      plans.set(args.document, cache);
    }
    const variables = args.variableValues ?? {};
    const key = `${args.operationName ?? ''}\u0000${hasRole(ctx.viewer.role, 'reader') ? 'r' : 'a'}\u0000${JSON.stringify(variables)}`;
    let plan = cache.get(key);
    if (plan === undefined) {
      plan = compileRead(args.schema, args.document, args.operationName, variables, ctx.viewer) ?? false;
      cache.set(key, plan);
    }
    return plan || null;
  };
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args: ExecutionArgs) => {
        const ctx = args.contextValue as Context;
        const plan = planFor(args, ctx);
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
