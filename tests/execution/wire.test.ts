// Results cross from a worker thread as plain data and come back as the same GraphQL errors,
// so Yoga masks an unexpected one exactly as if it had been thrown on its own thread.
import { buildSchema, execute, GraphQLError, parse, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { fromWire, toWire } from '../../src/execution/wire.js';

const typeDefs = 'type Query { ok: String, bad: String, secret: String }';
const resolvers = {
  ok: () => 'fine',
  bad: () => {
    throw new GraphQLError('bad: "x" is not a valid ID', { extensions: { code: 'BAD_USER_INPUT' } });
  },
  secret: () => {
    throw new Error('SQLITE_IOERR /var/lib/secret.db');
  },
};

/** Execution as a round trip through the wire format, as the pool does it. */
const roundTrip: Plugin = {
  onExecute({ executeFn, setExecuteFn }) {
    setExecuteFn(async (args: ExecutionArgs) => fromWire(structuredClone(toWire(await (executeFn(args) as Promise<ExecutionResult>))), args.document.loc!.source.body));
  },
};

describe('results across threads', () => {
  it('keep data, messages, locations, paths and codes through structured cloning', async () => {
    const result = await execute({ schema: buildSchema(typeDefs), document: parse('{ ok\n  bad }'), rootValue: resolvers });
    const back = fromWire(structuredClone(toWire(result)), '{ ok\n  bad }');
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(result)));
    expect(back.errors![0]).toBeInstanceOf(GraphQLError);
  });

  it('leave an unexpected error to Yoga to mask, with no detail in production', async () => {
    // A Yoga whose execution is a round trip through the wire format.
    const yoga = createYoga({
      schema: createSchema({ typeDefs, resolvers: { Query: resolvers } }),
      logging: false,
      maskedErrors: { isDev: false },
      plugins: [roundTrip],
    });
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ok secret }' }),
    });
    expect(await response.json()).toEqual({
      data: { ok: 'fine', secret: null },
      errors: [{ message: 'Unexpected error.', locations: [{ line: 1, column: 6 }], path: ['secret'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  });
});
