// Every operation has a deadline: the client gets a TIMEOUT answer when it passes, and the work
// is told to stop (its next database call throws).
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useDeadline } from '../../src/execution/deadline.js';
import { checkGuard } from '../../src/execution/guard.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A schema whose `slow(ms)` waits, then does one more "database call" (checkGuard). */
function app(timeoutMs: number, log: string[]) {
  const schema = createSchema({
    typeDefs: 'type Query { slow(ms: Int!): String }',
    resolvers: {
      Query: {
        slow: async (_: unknown, { ms }: { ms: number }) => {
          await sleep(ms);
          try {
            checkGuard();
            log.push('ran on');
            return 'done';
          } catch (error) {
            log.push('stopped');
            throw error;
          }
        },
      },
    },
  });
  return createYoga({ schema, logging: false, plugins: [useDeadline({ timeoutMs })] });
}

async function post(yoga: ReturnType<typeof app>, query: string, signal?: AbortSignal) {
  const started = Date.now();
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal,
  });
  return { status: response.status, body: await response.json(), ms: Date.now() - started };
}

describe('the request deadline', () => {
  it('answers a request that finishes in time as usual', async () => {
    const log: string[] = [];
    const { status, body } = await post(app(1000, log), '{ slow(ms: 10) }');
    expect([status, body, log]).toEqual([200, { data: { slow: 'done' } }, ['ran on']]);
  });

  it('answers TIMEOUT (504) when the deadline passes, at the deadline, and the work stops at its next query', async () => {
    const log: string[] = [];
    const { status, body, ms } = await post(app(100, log), '{ slow(ms: 400) }');
    expect(status).toBe(504);
    expect(body).toEqual({
      errors: [{ message: 'The request took longer than 100 ms (REQUEST_TIMEOUT_MS) and was stopped; ask for less.', extensions: { code: 'TIMEOUT' } }],
    });
    expect(ms).toBeLessThan(300);
    await sleep(400);
    expect(log).toEqual(['stopped']);
  });

  it('stops the work when the client goes away', async () => {
    const log: string[] = [];
    const controller = new AbortController();
    const yoga = app(5000, log);
    const pending = post(yoga, '{ slow(ms: 200) }', controller.signal).catch(() => 'aborted');
    setTimeout(() => controller.abort(), 50);
    await pending;
    await sleep(300);
    expect(log).toEqual(['stopped']);
  });
});
