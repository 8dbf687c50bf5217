// The one shape of a client's mistake: a GraphQL error coded BAD_USER_INPUT, whose message names
// the argument and shows the value it got.
import { GraphQLError } from 'graphql';

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** A value as an error message shows it: quoted, and cut short when long. */
export function shown(value: unknown): string {
  const text = String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
