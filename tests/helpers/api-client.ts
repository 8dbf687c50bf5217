// What the acceptance tests of issue 23 share: an in-process client without the response
// cache (every answer is computed), global IDs and cursors written as the server writes them,
// and errors reduced to what a client reads.
import { loadConfig } from '../../src/config.js';
import { createApp } from '../../src/server.js';
import type { Db } from '../../src/store/db.js';
import type { GraphQLResponse } from './graphql.js';

export function uncachedClient(db: Db) {
  const app = createApp(db, loadConfig({ NODE_ENV: 'test', RESPONSE_CACHE: 'false' }));
  return async function query<T = any>(source: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T> & { errors?: { extensions?: { code?: string } }[] }> {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: source, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
}

export const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');
export const keyOf = (globalId: string) => Number(Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]);
/** The cursor of a Prisma connection on the node's id. */
export const cursorOf = (id: number) => Buffer.from(`GPC:N:${id}`).toString('base64');

/** `CODE: message` of each error, or undefined. */
export function refusals(result: { errors?: { message: string; extensions?: { code?: string } }[] }): string[] | undefined {
  return result.errors?.map((e) => `${e.extensions?.code}: ${e.message}`);
}
