// "Did you mean ...?" hints name fields, enum values and input fields: enough to rebuild much
// of a schema that cannot be introspected. graphql-armor hides them in validation errors about
// fields only; this hides them in every error of every response, including the variable
// errors that only execution finds.
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** What a hidden hint becomes, as graphql-armor writes it. */
export const SUGGESTION_MASK = '[Suggestion hidden]';

// graphql-js ends every hint with "?" and quotes only names, which never hold one.
const HINT = /Did you mean [^?]*\?/g;

export function hideSuggestions(message: string): string {
  return message.replace(HINT, SUGGESTION_MASK);
}

function hideIn(error: GraphQLError): GraphQLError {
  if (!error.message.includes('Did you mean ')) return error;
  return new GraphQLError(hideSuggestions(error.message), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

function hideInResult<T extends ExecutionResult>(result: T): T {
  return result.errors ? { ...result, errors: result.errors.map(hideIn) } : result;
}

export function useHiddenSuggestions(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      // Streamed results (subscriptions, @defer) are not served.
      if (Array.isArray(result)) setResult(result.map(hideInResult));
      else if (!(Symbol.asyncIterator in result)) setResult(hideInResult(result));
    },
  };
}
