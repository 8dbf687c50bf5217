import { seedFolder } from '../../src/seed/run.js';
import { createApp } from '../../src/server.js';
import type { Db } from '../../src/store/db.js';
import { createTestDb } from './db.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: string[] }[];
}

/** Runs an operation in-process through Yoga, as an HTTP client would send it. */
export function graphqlClient(db: Db) {
  const app = createApp(db);
  return async function query<T = any>(source: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: source, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
}

/** A client over a fresh database holding the seed article: the usual start of an API test. */
export async function seededClient(): Promise<{ db: Db; query: ReturnType<typeof graphqlClient> }> {
  const { db } = await createTestDb();
  await seedFolder(db, 'seeds');
  return { db, query: graphqlClient(db) };
}
