// Caps on requests in flight: over the per-client cap 429, over the total 503, both at once;
// the probes never wait; slots come back when responses go out.
import type { IncomingMessage } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useAdmission } from '../../src/execution/admission.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function app(total: number, perClient: number) {
  const schema = createSchema({
    typeDefs: 'type Query { slow(ms: Int!): Int }',
    resolvers: { Query: { slow: async (_: unknown, { ms }: { ms: number }) => (await sleep(ms), ms) } },
  });
  return createYoga<{ req?: IncomingMessage }>({ schema, logging: false, healthCheckEndpoint: '/live', plugins: [useAdmission({ total, perClient })] });
}

/** A request as coming from `address` (the node:http server context Yoga hands plugins). */
async function post(yoga: ReturnType<typeof app>, address: string, ms: number) {
  const request = new Request('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ slow(ms: ${ms}) }` }),
  });
  const response = await yoga.handleRequest(request, { req: { socket: { remoteAddress: address } } as IncomingMessage });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
}

describe('admission', () => {
  it('refuses a client over its cap with 429 at once, and lets other clients in', async () => {
    const yoga = app(10, 2);
    const first = [post(yoga, '10.0.0.1', 200), post(yoga, '10.0.0.1', 200)];
    const started = Date.now();
    const third = await post(yoga, '10.0.0.1', 200);
    expect(Date.now() - started).toBeLessThan(100);
    expect(third).toEqual({
      status: 429,
      retryAfter: '1',
      body: { errors: [{ message: 'Too many requests from one client at once: at most 2 (MAX_CONCURRENT_PER_CLIENT).', extensions: { code: 'TOO_MANY_REQUESTS' } }] },
    });
    expect((await post(yoga, '10.0.0.2', 1)).status).toBe(200);
    expect((await Promise.all(first)).map((r) => r.status)).toEqual([200, 200]);
    // Slots came back.
    expect((await post(yoga, '10.0.0.1', 1)).status).toBe(200);
  });

  it('refuses anyone over the total with 503, and never the probes', async () => {
    const yoga = app(2, 2);
    const busy = [post(yoga, '10.0.0.1', 200), post(yoga, '10.0.0.2', 200)];
    const refused = await post(yoga, '10.0.0.3', 1);
    expect(refused.status).toBe(503);
    expect(refused.body.errors[0].message).toBe('The server is busy: 2 requests are in flight (MAX_CONCURRENT_REQUESTS). Try again in a moment.');
    expect((await yoga.fetch('http://localhost/live')).status).toBe(200);
    await Promise.all(busy);
    expect((await post(yoga, '10.0.0.3', 1)).status).toBe(200);
  });

  it('gives every slot back after many requests, refused or not', async () => {
    const yoga = app(3, 1);
    for (let round = 0; round < 20; round++) {
      const results = await Promise.all(['a', 'a', 'b', 'c', 'd'].map((client) => post(yoga, client, 5)));
      expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 429, 503].sort());
    }
  });
});
