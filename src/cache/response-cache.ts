// The response cache shared by every API instance: graphql-yoga's response-cache plugin over
// Redis. Keys carry the data version (data-version.ts), so a seed run that changes an article
// invalidates every instance's cached responses at once. Redis trouble never fails a request:
// reads miss and writes are dropped.
import { hashSHA256, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DataVersion } from './data-version.js';
import type { Redis } from './redis.js';

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

export interface SharedResponseCacheOptions {
  redis: Redis;
  prefix: string;
  ttlSeconds: number;
  /** Adds `extensions.responseCache` ({ hit, didCache, ttl }) to responses: for development. */
  exposeMetadata: boolean;
}

export function useSharedResponseCache({ redis, prefix, ttlSeconds, exposeMetadata }: SharedResponseCacheOptions): Plugin {
  const version = new DataVersion(redis, prefix);
  return useResponseCache({
    cache: redisResponseCache(redis, prefix),
    // Everything the API serves is public: one cache entry for all clients.
    session: () => null,
    ttl: ttlSeconds * 1000,
    includeExtensionMetadata: exposeMetadata,
    buildResponseCacheKey: async ({ documentString, operationName, variableValues }) => {
      const current = (await version.read()) ?? UNVERSIONED;
      const operation = await hashSHA256([documentString, operationName ?? '', JSON.stringify(variableValues ?? {})].join('|'));
      return `${current}:${operation}`;
    },
  });
}
