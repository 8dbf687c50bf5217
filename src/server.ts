// HTTP: graphql-yoga over node:http, with the limits and switches a public endpoint needs.
import { createServer, type Server } from 'node:http';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Redis } from './cache/redis.js';
import { inMemoryResponseCache, sharedResponseCache, useVersionedResponseCache } from './cache/response-cache.js';
import { schema, type Context } from './api/index.js';
import { useArgumentChecks } from './api/argument-checks.js';
import { useCostLimit } from './api/cost-limit.js';
import { useFieldRepeatsLimit } from './api/field-repeats.js';
import { loadExamples } from './api/examples.js';
import { createLoaders } from './api/loaders.js';
import { loadConfig, type Config } from './config.js';
import { corsOptions, useVaryOrigin } from './cors.js';
import { useHiddenSuggestions } from './hide-suggestions.js';
import { useBodyLimit, useProbes } from './http-plugins.js';
import { useAdmission } from './execution/admission.js';
import { useDeadline } from './execution/deadline.js';
import { InlineGate } from './execution/inline-gate.js';
import type { ExecutionPool } from './execution/pool.js';
import { useJsonInput } from './json-input.js';
import { providerOfDb, urlOfDb, type Db } from './store/db.js';
import { SqliteDataVersion } from './store/sqlite-data-version.js';
import { sqliteFile } from './store/sqlite-file.js';

export const EXAMPLE_QUERY = `# Welcome to wiregraph. Press the play button to run this query.
{
  articles(first: 5) {
    totalCount
    edges {
      node {
        title
        publishedAt
        dateline
        readingMinutes
        authors { name }
        editors { name }
        credits { role journalist { name } }
        subheads
        paragraphs
      }
    }
  }
}
`;

export type App = YogaServerInstance<Record<string, never>, Context>;

function securityPlugins(config: Config): Plugin[] {
  const production = config.NODE_ENV === 'production';
  const armor = EnvelopArmorPlugin({
    maxDepth: { n: config.MAX_DEPTH },
    // Aliases of __typename count too (armor leaves them out by default; graphql-cop's check).
    maxAliases: { n: config.MAX_ALIASES, allowList: [] },
    // Cost is priced by our own model, after variables are applied (api/cost-limit.ts).
    costLimit: { enabled: false },
    maxTokens: { n: config.MAX_TOKENS },
    maxDirectives: { n: config.MAX_DIRECTIVES },
    // "Did you mean ...?" hints map the schema for someone who cannot introspect it.
    blockFieldSuggestion: { enabled: production || !config.INTROSPECTION },
  });
  const plugins: Plugin[] = [armor as Plugin, useFieldRepeatsLimit(config.MAX_FIELD_REPEATS), useCSRFPrevention(), useCostLimit(config.MAX_COST)];
  if (!config.INTROSPECTION) plugins.push(useDisableIntrospection());
  // Armor's hiding misses enum values and variable errors: hide hints in every error.
  if (production || !config.INTROSPECTION) plugins.push(useHiddenSuggestions());
  plugins.push(
    // Bad cursors and IDs are the client's error, refused before anything executes.
    useArgumentChecks(),
    // JSON in any casing of its media type; bad JSON is a 400 that echoes nothing in production.
    useJsonInput({ details: config.NODE_ENV === 'development' }),
    // With a list of CORS origins, answers differ by Origin.
    useVaryOrigin(config.CORS_ORIGINS),
  );
  return plugins;
}

/**
 * Redis when given (shared by every instance); otherwise, on SQLite, this process's memory,
 * versioned by SQLite's own change counter. PostgreSQL without Redis has no such cheap
 * counter across processes, so it is served uncached.
 */
function cachePlugins(config: Config, db: Db, redis: Redis | undefined): Plugin[] {
  if (!config.RESPONSE_CACHE) return [];
  const options = {
    ttlSeconds: config.RESPONSE_CACHE_TTL_SECONDS,
    exposeMetadata: config.RESPONSE_CACHE_DEBUG,
    maxEntryBytes: config.RESPONSE_CACHE_MAX_ENTRY_BYTES,
    maxTokens: config.MAX_TOKENS,
  };
  if (redis) return [useVersionedResponseCache({ ...sharedResponseCache(redis, config.REDIS_KEY_PREFIX), ...options })];
  if (providerOfDb(db) !== 'sqlite') return [];
  const version = new SqliteDataVersion(sqliteFile(urlOfDb(db)));
  return [
    useVersionedResponseCache({
      cache: inMemoryResponseCache({ maxBytes: config.RESPONSE_CACHE_MAX_BYTES, maxEntries: config.RESPONSE_CACHE_MAX_ENTRIES }),
      version,
      ...options,
    }),
    // The counter's own connection closes with the app (app.dispose()).
    { onDispose: () => version.close() },
  ];
}

/**
 * The GraphQL app; with `redis` (REDIS_URL), responses are cached there for every instance.
 * With `pool`, operations run on its worker threads (what `npm start` does); without, here.
 */
export function createApp(db: Db, config: Config = loadConfig(), redis?: Redis, pool?: ExecutionPool): App {
  // Which cheap operations may skip the pool: told the load by admission (execution/inline-gate.ts).
  const gate = new InlineGate();
  return createYoga<Record<string, never>, Context>({
    schema,
    context: () => ({ db, loaders: createLoaders(db) }),
    graphiql: config.GRAPHIQL
      ? {
          title: 'wiregraph',
          defaultQuery: EXAMPLE_QUERY,
          // One tab for the welcome query, then one per operation in examples/.
          defaultTabs: [
            { query: EXAMPLE_QUERY },
            ...loadExamples().map((e) => ({ query: e.query, variables: JSON.stringify(e.variables, null, 2) })),
          ],
        }
      : false,
    renderGraphiQL,
    // Unexpected errors always reach clients as "Unexpected error."; development adds details.
    maskedErrors: { isDev: config.NODE_ENV === 'development' },
    batching: config.BATCHING_LIMIT > 0 ? { limit: config.BATCHING_LIMIT } : false,
    // `*`: any origin, without credentials; a list: only those origins (src/cors.ts).
    cors: corsOptions(config.CORS_ORIGINS),
    // Liveness of the process only; /health and /ready look at the database.
    healthCheckEndpoint: '/live',
    landingPage: false,
    logging: config.NODE_ENV === 'test' ? false : 'info',
    // The cache comes last: a cached answer is only served to a request that passed the limits.
    // The deadline plugin hands execution to the pool; the cache, after it, then runs what it set.
    plugins: [
      useBodyLimit(config.MAX_BODY_BYTES),
      useProbes(db),
      useAdmission({ total: config.MAX_CONCURRENT_REQUESTS, perClient: config.MAX_CONCURRENT_PER_CLIENT, onLoad: (n) => gate.load(n) }) as Plugin,
      ...securityPlugins(config),
      useDeadline({ timeoutMs: config.REQUEST_TIMEOUT_MS, pool, gate }),
      ...cachePlugins(config, db, redis),
    ],
  });
}

export type HttpLimits = Pick<
  Config,
  'HTTP_HEADERS_TIMEOUT_MS' | 'HTTP_REQUEST_TIMEOUT_MS' | 'HTTP_KEEP_ALIVE_TIMEOUT_MS' | 'HTTP_IDLE_TIMEOUT_MS' | 'HTTP_MAX_CONNECTIONS' | 'HTTP_MAX_HEADERS'
>;

/** Starts listening, with the socket limits of `limits` (default: the environment's); resolves once the port is bound. */
export function listen(app: App, port: number, host: string, limits: HttpLimits = loadConfig()): Promise<Server> {
  const server = createServer(
    {
      headersTimeout: limits.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeout: limits.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeout: limits.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      // node:http looks for expired headers and requests this often (30 s by default), so a
      // slow-header socket lives at most a second past its timeout.
      connectionsCheckingInterval: Math.min(1_000, limits.HTTP_HEADERS_TIMEOUT_MS),
    },
    app,
  );
  // Beyond the cap, new sockets are closed at once: held-open sockets cannot exhaust the process.
  server.maxConnections = limits.HTTP_MAX_CONNECTIONS;
  server.maxHeadersCount = limits.HTTP_MAX_HEADERS;
  // A connection with no data moving either way (a client that stopped reading its answer).
  server.timeout = limits.HTTP_IDLE_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
