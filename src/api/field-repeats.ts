// graphql-cop's "field duplication": one selection naming the same field hundreds of times
// (`{ __typename __typename ... }`). GraphQL merges the copies, so they cost nothing to run, but
// a server that accepts them invites the pattern; nothing a client needs repeats a field more
// than a few times in one selection. Fields reached through fragments are not counted: apps
// built from colocated fragments (Relay) legitimately ask for `id` in many of them; MAX_TOKENS
// bounds how many copies fragments can add.
import { GraphQLError, Kind, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function fieldRepeatsRule(max: number): ValidationRule {
  return (context) => ({
    SelectionSet(node) {
      const seen = new Map<string, number>();
      for (const selection of node.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const key = (selection.alias ?? selection.name).value;
        const count = (seen.get(key) ?? 0) + 1;
        seen.set(key, count);
        if (count === max + 1) {
          context.reportError(
            new GraphQLError(`The field "${key}" is selected more than ${max} times in one selection (MAX_FIELD_REPEATS).`, {
              nodes: selection,
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            }),
          );
        }
      }
    },
  });
}

export function useFieldRepeatsLimit(max: number): Plugin {
  const rule = fieldRepeatsRule(max);
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}
