import { z } from 'zod';

// Every setting comes from the environment, is validated once here, and is read from this
// object everywhere else. Defaults suit production (NODE_ENV unset is production); development
// (`npm run dev`) turns GraphiQL, introspection, hints and error details on.
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const count = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

const Env = z.object({
  DATABASE_URL: z
    .string()
    .default('file:./data/wiregraph.db')
    .refine((url) => /^(?:file:|postgres(?:ql)?:\/\/)/.test(url), {
      message: 'must be a SQLite URL (file:./data/wiregraph.db) or a PostgreSQL URL (postgresql://user@host:5432/db)',
    }),
  /** PostgreSQL connections each process keeps open (ignored for SQLite). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).default(10),
  /** Comma-separated PostgreSQL read replicas; reads go to one of them, writes to DATABASE_URL. */
  DATABASE_REPLICA_URLS: z
    .string()
    .default('')
    .transform((list) => list.split(',').map((u) => u.trim()).filter(Boolean))
    .refine((urls) => urls.every((u) => /^postgres(?:ql)?:\/\//.test(u)), { message: 'must be PostgreSQL URLs (postgresql://user@replica:5432/db), comma-separated' }),
  /** Redis for the response cache shared by every API instance; unset: no response cache. */
  REDIS_URL: z
    .string()
    .optional()
    .refine((url) => url === undefined || /^rediss?:\/\//.test(url), { message: 'must be a Redis URL (redis://host:6379)' }),
  /** Namespace of wiregraph's keys, so that several deployments can share one Redis. */
  REDIS_KEY_PREFIX: z.string().default('wiregraph:'),
  /** Whole-response cache: in Redis with REDIS_URL, else in memory on SQLite; default on. */
  RESPONSE_CACHE: flag.optional(),
  /** How long a cached response lives; every committed change also invalidates at once. */
  RESPONSE_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).default(300),
  /** Responses the in-memory cache keeps (least recently used go first). */
  RESPONSE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).default(1000),
  /** Bytes of JSON the in-memory cache keeps, all responses together (the heap holds more). */
  RESPONSE_CACHE_MAX_BYTES: z.coerce.number().int().min(1).default(64 * 2 ** 20),
  /** Responses larger than this (bytes of JSON) are never cached, in memory or in Redis. */
  RESPONSE_CACHE_MAX_ENTRY_BYTES: z.coerce.number().int().min(0).default(2 ** 20),
  /** Adds `extensions.responseCache` ({ hit, didCache, ttl }) to every response. */
  RESPONSE_CACHE_DEBUG: flag.optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  /** A client has this long to send its request headers (slow-header sockets are closed with 408). */
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1).default(10_000),
  /** ... and this long to send the whole request, body included. */
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1).default(30_000),
  /** An idle kept-alive connection is closed after this; behind a load balancer, make it longer than the balancer's. */
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1).default(5_000),
  /** A connection with no data moving either way this long is closed (a client that stopped reading). */
  HTTP_IDLE_TIMEOUT_MS: z.coerce.number().int().min(1).default(30_000),
  /** Open connections at once; further ones are closed as they arrive. */
  HTTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).default(500),
  /** Header lines read from a request; the rest are ignored. */
  HTTP_MAX_HEADERS: z.coerce.number().int().min(1).default(100),
  SEED_DIR: z.string().default('seeds'),
  // Unset means production: a forgotten variable must not expose GraphiQL, hints or error details.
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  /** GraphiQL in the browser; default: on except in production. */
  GRAPHIQL: flag.optional(),
  /** Schema introspection; default: on except in production. */
  INTROSPECTION: flag.optional(),
  /** Comma-separated origins allowed by CORS (with credentials), or * for any (never with credentials). */
  CORS_ORIGINS: z.string().default('*'),
  /** Largest request body accepted, in bytes. */
  MAX_BODY_BYTES: count(100_000),
  /** Operations per batched request; 0 turns batching off. */
  BATCHING_LIMIT: count(0),
  MAX_DEPTH: count(12),
  MAX_ALIASES: count(30),
  // Points of src/api/cost.ts, after variables: the example pages cost 300 to 4,400, a page of
  // 100 articles with authors, entities and 10 quotes each about 9,400.
  MAX_COST: count(20_000),
  MAX_TOKENS: count(2_000),
  /** Every GraphQL request's deadline: past it the client gets a TIMEOUT error and the work stops. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  /** Threads that run GraphQL operations, each with its own connection; unset: one per core; 0: on the HTTP thread. */
  EXECUTION_WORKERS: z.coerce.number().int().min(0).max(64).optional(),
  /** GraphQL requests in flight at once, in total (503 above) and per client address (429 above). */
  MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).default(64),
  MAX_CONCURRENT_PER_CLIENT: z.coerce.number().int().min(1).default(16),
  /** On SIGTERM/SIGINT: in-flight requests get this long to finish before the process exits anyway. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(8_000),
  // No directive of ours takes more than @include/@skip on a few fields (graphql-cop sends 10).
  MAX_DIRECTIVES: count(5),
  /** Times one field (or alias) may be named in one selection (graphql-cop's field duplication). */
  MAX_FIELD_REPEATS: count(3),
});

type Parsed = z.infer<typeof Env>;
type Switches = 'GRAPHIQL' | 'INTROSPECTION' | 'RESPONSE_CACHE' | 'RESPONSE_CACHE_DEBUG';
export type Config = Omit<Parsed, Switches> & Record<Switches, boolean>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const production = parsed.data.NODE_ENV === 'production';
  if (parsed.data.DATABASE_REPLICA_URLS.length > 0 && !/^postgres/.test(parsed.data.DATABASE_URL)) {
    throw new Error('Invalid configuration:\n  DATABASE_REPLICA_URLS: read replicas need a PostgreSQL DATABASE_URL');
  }
  // node:http refuses a headers timeout longer than the request timeout.
  if (parsed.data.HTTP_HEADERS_TIMEOUT_MS > parsed.data.HTTP_REQUEST_TIMEOUT_MS) {
    throw new Error('Invalid configuration:\n  HTTP_HEADERS_TIMEOUT_MS: must not exceed HTTP_REQUEST_TIMEOUT_MS');
  }
  return {
    ...parsed.data,
    GRAPHIQL: parsed.data.GRAPHIQL ?? !production,
    INTROSPECTION: parsed.data.INTROSPECTION ?? !production,
    RESPONSE_CACHE: parsed.data.RESPONSE_CACHE ?? true,
    RESPONSE_CACHE_DEBUG: parsed.data.RESPONSE_CACHE_DEBUG ?? false,
  };
}
