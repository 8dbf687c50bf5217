import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database with no cache and no replicas', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('file:./data/wiregraph.db');
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.DATABASE_REPLICA_URLS).toEqual([]);
    expect(config.RESPONSE_CACHE_TTL_SECONDS).toBe(300);
    expect(config.REDIS_KEY_PREFIX).toBe('wiregraph:');
  });

  it('behaves as in production when NODE_ENV is unset, and as in development only when asked', () => {
    expect(loadConfig({})).toMatchObject({ NODE_ENV: 'production', GRAPHIQL: false, INTROSPECTION: false });
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({ GRAPHIQL: true, INTROSPECTION: true });
    expect(loadConfig({ GRAPHIQL: 'true' })).toMatchObject({ NODE_ENV: 'production', GRAPHIQL: true, INTROSPECTION: false });
  });

  it('has explicit HTTP socket limits', () => {
    expect(loadConfig({})).toMatchObject({
      HTTP_HEADERS_TIMEOUT_MS: 10_000,
      HTTP_REQUEST_TIMEOUT_MS: 30_000,
      HTTP_KEEP_ALIVE_TIMEOUT_MS: 5_000,
      HTTP_MAX_CONNECTIONS: 500,
      HTTP_MAX_HEADERS: 100,
    });
  });

  it('reads a list of read replicas', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://app@primary:5432/news',
      DATABASE_REPLICA_URLS: 'postgresql://app@replica-1:5432/news, postgres://app@replica-2:5432/news',
    });
    expect(config.DATABASE_REPLICA_URLS).toEqual(['postgresql://app@replica-1:5432/news', 'postgres://app@replica-2:5432/news']);
  });

  it('names the variable and the reason when a value is wrong', () => {
    expect(() => loadConfig({ REDIS_URL: 'localhost:6379' })).toThrow('REDIS_URL: must be a Redis URL (redis://host:6379)');
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db' })).toThrow('DATABASE_URL: must be a SQLite URL');
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'file:./replica.db', DATABASE_URL: 'postgresql://primary/db' })).toThrow('DATABASE_REPLICA_URLS: must be PostgreSQL URLs');
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgresql://replica/db' })).toThrow('DATABASE_REPLICA_URLS: read replicas need a PostgreSQL DATABASE_URL');
    expect(() => loadConfig({ RESPONSE_CACHE_TTL_SECONDS: '0' })).toThrow('RESPONSE_CACHE_TTL_SECONDS');
  });
});
