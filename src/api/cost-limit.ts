// Refuses an operation whose cost (./cost.ts) is over the limit, before any of it runs. The cost
// is computed per request with its variables and argument defaults applied, so a limit cannot be
// dodged by passing `first` as a variable or by leaving it at its default.
import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError, validate } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function costError(cost: number, max: number): GraphQLError {
  return new GraphQLError(`Query cost of ${cost} exceeds the limit of ${max} (MAX_COST); ask for fewer items or fewer nested lists.`, {
    extensions: { code: 'QUERY_TOO_COSTLY', cost: { max, actual: cost } },
  });
}

/** The cost of one operation (the named one, or the only one) with these variables. */
export function operationCost(
  args: { schema: Parameters<typeof validate>[0]; document: Parameters<typeof validate>[1]; variableValues?: Record<string, unknown> | null; operationName?: string | null },
  context: object = {},
): { cost: number; errors: readonly GraphQLError[] } {
  let cost = 0;
  const rule = createComplexityRule({
    context,
    variableValues: args.variableValues ?? {},
    operationName: args.operationName ?? undefined,
    onResult: (result) => {
      cost = Math.max(cost, result.complexity);
    },
  });
  const errors = validate(args.schema, args.document, [rule]);
  return { cost, errors };
}

const prices = new WeakMap<object, number>();

/** What the request with this context was priced at (undefined: not priced). */
export function priceOf(context: unknown): number | undefined {
  return typeof context === 'object' && context !== null ? prices.get(context) : undefined;
}

export function useCostLimit(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let priced: ReturnType<typeof operationCost>;
      try {
        priced = operationCost(args, args.contextValue as object);
      } catch {
        // An operation that cannot run at all (a mutation: the schema has none) is priced at
        // nothing: execution refuses it with GraphQL's own error.
        return;
      }
      if (priced.errors.length === 0) prices.set(args.contextValue as object, priced.cost);
      // Variable errors are reported by execution itself, with GraphQL's own messages.
      if (priced.errors.length === 0 && priced.cost > maxCost) setResultAndStopExecution({ errors: [costError(priced.cost, maxCost)] });
    },
  };
}
