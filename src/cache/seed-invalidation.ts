// How a seed run tells the API instances' shared response cache that the data changed.
import { DataVersion } from './data-version.js';
import type { Redis } from './redis.js';

export interface CacheInvalidation {
  /** Call after each commit that changed data; cheap, never blocks, never throws. */
  onChange: () => void;
  /** Resolves once every change so far has been announced (or Redis was found unreachable). */
  settled: () => Promise<void>;
}

export function seedInvalidation(redis: Redis, prefix: string, warn: (message: string) => void = console.warn): CacheInvalidation {
  const version = new DataVersion(redis, prefix);
  let inFlight: Promise<void> | undefined;
  let again = false;
  let warned = false;
  // Changes made while a bump is on its way are covered by one more bump, not one each:
  // a bulk load of thousands of articles sends a handful of INCRs, and the last one always
  // follows the last commit.
  const run = async () => {
    do {
      again = false;
      if (!(await version.bump()) && !warned) {
        warned = true;
        warn('Redis is unreachable: API instances may serve cached responses from before this run until they expire (RESPONSE_CACHE_TTL_SECONDS).');
      }
    } while (again);
    inFlight = undefined;
  };
  return {
    onChange: () => {
      if (inFlight) again = true;
      else inFlight = run();
    },
    settled: async () => {
      while (inFlight) await inFlight;
    },
  };
}
