// A database of generated articles, a GraphQL client over it (no response cache) and the oracle
// that answers the same questions in plain JavaScript: the start of every acceptance test of
// list answers.
import type { Db } from '../../src/store/db.js';
import { uncachedClient } from './api-client.js';
import { createTestDb } from './db.js';
import { generateDb } from './generated-db.js';
import { Oracle } from './oracle.js';

export interface GeneratedApi {
  db: Db;
  query: ReturnType<typeof uncachedClient>;
  oracle: Oracle;
}

export async function generatedApi(articles: number): Promise<GeneratedApi> {
  const { db } = await createTestDb();
  await generateDb(db, articles);
  return { db, query: uncachedClient(db), oracle: await Oracle.load(db) };
}
