// An execution result as it crosses from a worker thread to the HTTP thread. GraphQLError
// instances do not survive structured cloning, so errors travel as their JSON shape plus, for an
// unexpected error, what the original error said; the HTTP thread rebuilds them, and Yoga's
// error masking then treats them exactly as if they had been thrown on its own thread.
import { GraphQLError, Source, type ExecutionResult, type SourceLocation } from 'graphql';

interface WireError {
  message: string;
  locations?: readonly SourceLocation[];
  /** Offsets in the document, from which the HTTP thread recomputes the locations. */
  positions?: readonly number[];
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
  /** Set when the error was not a GraphQLError of ours: Yoga masks it as "Unexpected error.". */
  original?: { name: string; message: string; stack?: string };
}

export interface WireResult {
  data?: Record<string, unknown> | null;
  errors?: WireError[];
}

export function toWire(result: ExecutionResult): WireResult {
  const wire: WireResult = {};
  if (result.data !== undefined) wire.data = result.data as Record<string, unknown> | null;
  if (result.errors) {
    wire.errors = result.errors.map((error) => {
      const original = error.originalError && !(error.originalError instanceof GraphQLError) ? error.originalError : undefined;
      return {
        message: error.message,
        ...(error.locations ? { locations: error.locations } : {}),
        ...(error.positions ? { positions: error.positions } : {}),
        ...(error.path ? { path: error.path } : {}),
        ...(Object.keys(error.extensions).length ? { extensions: { ...error.extensions } } : {}),
        ...(original ? { original: { name: original.name, message: original.message, stack: original.stack } } : {}),
      };
    });
  }
  return wire;
}

/** The result, with errors located in `document`: the text the worker parsed. */
export function fromWire(wire: WireResult, document: string): ExecutionResult {
  const result: ExecutionResult = {};
  if (wire.data !== undefined) result.data = wire.data;
  if (wire.errors) {
    const source = new Source(document);
    result.errors = wire.errors.map((e) => {
      const originalError = e.original ? Object.assign(new Error(e.original.message), { name: e.original.name, stack: e.original.stack }) : undefined;
      // A source and positions (unlike bare locations) survive Yoga re-creating a masked error.
      const at = e.positions ? { source, positions: e.positions } : {};
      const error = new GraphQLError(e.message, { ...at, path: e.path, extensions: e.extensions, originalError });
      if (!e.positions && e.locations) Object.assign(error, { locations: e.locations });
      return error;
    });
  }
  return result;
}
