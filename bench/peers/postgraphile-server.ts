// The peer for npm run bench:api: PostGraphile 4 over the same PostgreSQL database, in
// production settings (no GraphiQL, no query log, no watch), on node:http. PostGraphile
// compiles a whole GraphQL query into one SQL statement per root field.
//
// Co-mentions are not a relation, so they come from a SQL function in a schema of their own
// (wiregraph_peer), created here: PostGraphile's way to add a computed list.
//
//   DATABASE_URL=postgresql://…  PORT=0  tsx bench/peers/postgraphile-server.ts
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import postgraphilePackage from 'postgraphile';

const { postgraphile } = postgraphilePackage;
const url = process.env.DATABASE_URL;
if (!url?.startsWith('postgres')) throw new Error('PostGraphile needs a PostgreSQL DATABASE_URL');

// The same ranking as wiregraph's src/store/graph.ts (shared articles, then name, then id).
const SETUP = `
CREATE SCHEMA IF NOT EXISTS wiregraph_peer;
DROP FUNCTION IF EXISTS wiregraph_peer.co_mentions(text, int);
CREATE FUNCTION wiregraph_peer.co_mentions(entity_slug text, n int)
RETURNS TABLE (shared_articles int, name text, slug text, type "EntityType")
LANGUAGE sql STABLE AS $$
  SELECT COUNT(*)::int, e."name", e."slug", e."type"
  FROM "Entity" me
  JOIN "ArticleEntity" a ON a."entityId" = me."id"
  JOIN "ArticleEntity" b ON b."articleId" = a."articleId" AND b."entityId" <> a."entityId"
  JOIN "Entity" e ON e."id" = b."entityId"
  WHERE me."slug" = entity_slug
  GROUP BY b."entityId", e."name", e."slug", e."type"
  ORDER BY COUNT(*) DESC, e."name" ASC, b."entityId" ASC
  LIMIT n
$$;`;

const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const setup = await pool.connect();
try {
  // Two peers starting at once would race on DROP and CREATE; take turns.
  await setup.query('SELECT pg_advisory_lock(727074)');
  await setup.query(SETUP);
  await setup.query('SELECT pg_advisory_unlock(727074)');
} finally {
  setup.release();
}

const middleware = postgraphile(pool, ['public', 'wiregraph_peer'], {
  graphqlRoute: '/graphql',
  graphiql: false,
  disableQueryLog: true,
  watchPg: false,
  retryOnInitFail: false,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  disableDefaultMutations: true,
  legacyRelations: 'omit',
  enableQueryBatching: false,
  ignoreRBAC: true,
  ...(process.env.POSTGRAPHILE_EXPORT_SCHEMA ? { exportGqlSchemaPath: process.env.POSTGRAPHILE_EXPORT_SCHEMA } : {}),
});

const server = createServer(middleware);
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  process.send?.({ type: 'ready', port: (server.address() as AddressInfo).port });
});
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
