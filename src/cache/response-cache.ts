// Whole-response caching with graphql-yoga's response-cache plugin, in one of two stores:
// Redis, shared by every API instance (REDIS_URL), or this process's memory (SQLite, one
// instance). Keys carry a data version that every committed change moves, so nothing cached
// before a seed run's change is served after it. Cache trouble never fails a request: reads
// miss and writes are dropped. Responses over a size are not cached in either store.
import { hashSHA256, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { DataVersion } from './data-version.js';
import { documentKey } from './document-key.js';
import type { Redis } from './redis.js';
import { responseBytes } from './response-size.js';

/** Marks a key built while Redis could not give the data version: never read nor stored. */
const UNVERSIONED = '-';

/** A Cache for the response-cache plugin that keeps each response as one Redis string. */
export function redisResponseCache(redis: Redis, prefix: string): Cache {
  const keyOf = (id: string) => `${prefix}response:${id}`;
  return {
    async get(id) {
      if (id.startsWith(UNVERSIONED)) return undefined;
      try {
        const json = await redis.get(keyOf(id));
        return json === null ? undefined : (JSON.parse(json) as ExecutionResult);
      } catch {
        return undefined;
      }
    },
    async set(id, data, _entities, ttl) {
      if (id.startsWith(UNVERSIONED) || !(ttl > 0)) return;
      try {
        await redis.set(keyOf(id), JSON.stringify(data), 'PX', Math.ceil(Math.min(ttl, 2 ** 31)));
      } catch {
        // A response that could not be cached is simply computed again next time.
      }
    },
    // The API has no mutations; anything that invalidates invalidates everything.
    async invalidate() {
      await new DataVersion(redis, prefix).bump();
    },
  };
}

/** Where the current data version comes from: Redis (data-version.ts) or SQLite's own counter. */
export interface VersionSource {
  /** The version, or null when it cannot be known (then nothing is cached or served). */
  read(): Promise<string | null> | string | null;
}

export interface VersionedResponseCacheOptions {
  cache: Cache;
  version: VersionSource;
  ttlSeconds: number;
  /** Adds `extensions.responseCache` ({ hit, didCache, ttl }) to responses, for debugging. */
  exposeMetadata: boolean;
  /** Larger responses (bytes of JSON) are not cached: a few would fill the cache. */
  maxEntryBytes: number;
  /** The token limit of documents (MAX_TOKENS); see document-key.ts. */
  maxTokens: number;
}

/**
 * graphql-yoga's response cache with the data version in every key: after a change, no
 * instance reads an entry made before it, without deleting anything.
 */
export function useVersionedResponseCache({ cache, version, ttlSeconds, exposeMetadata, maxEntryBytes, maxTokens }: VersionedResponseCacheOptions): Plugin {
  const documentOf = documentKey(maxTokens);
  return useResponseCache({
    cache,
    // Everything the API serves is public: one cache entry for all clients.
    session: () => null,
    ttl: ttlSeconds * 1000,
    includeExtensionMetadata: exposeMetadata,
    // `documentString` is the request's text as sent: the same operation however it is written.
    buildResponseCacheKey: async ({ documentString, operationName, variableValues }) => {
      const current = (await version.read()) ?? UNVERSIONED;
      const operation = await hashSHA256([documentOf(documentString), operationName ?? '', JSON.stringify(variableValues ?? {})].join('|'));
      return `${current}:${operation}`;
    },
    // Decided here rather than in a store, so that RESPONSE_CACHE_DEBUG reports didCache: false.
    shouldCacheResult: ({ result }) => !result.errors?.length && responseBytes(result) <= maxEntryBytes,
  });
}

export interface InMemoryLimits {
  /** Bytes of JSON of every response kept, together. */
  maxBytes: number;
  maxEntries: number;
}

/**
 * An in-process cache for one instance, within a budget of bytes and of entries: least
 * recently used responses go first. The heap holds 1 to 2 times the budget: V8 keeps text
 * beyond Latin-1 (curly quotes) at two bytes a character (measured: 64 MB of JSON, 62-120 MB).
 */
export function inMemoryResponseCache({ maxBytes, maxEntries }: InMemoryLimits): Cache {
  const cache = new LRUCache<string, ExecutionResult>({ max: maxEntries, maxSize: maxBytes, sizeCalculation: (result) => Math.max(1, responseBytes(result)) });
  return {
    get: (id) => (id.startsWith(UNVERSIONED) ? undefined : cache.get(id)),
    set: (id, data, _entities, ttl) => {
      // One larger than the whole budget is not kept (lru-cache's maxEntrySize is maxSize).
      if (!id.startsWith(UNVERSIONED)) cache.set(id, data, { ttl });
    },
    // The API has no mutations; anything that invalidates invalidates everything.
    invalidate: () => cache.clear(),
  };
}

/** The cache every instance shares through Redis (REDIS_URL), versioned by seed runs. */
export function sharedResponseCache(redis: Redis, prefix: string): { cache: Cache; version: VersionSource } {
  return { cache: redisResponseCache(redis, prefix), version: new DataVersion(redis, prefix) };
}
