// One Redis connection, tuned so that a missing or slow Redis makes the cache miss instead of
// making requests (or seed runs) wait: commands fail at once while it is down, and the client
// reconnects by itself.
import { Redis } from 'ioredis';

export type { Redis } from 'ioredis';

const CONNECT_TIMEOUT_MS = 2_000;

export interface RedisLog {
  warn(message: string): void;
  info(message: string): void;
}

/**
 * Connects, and resolves once Redis is ready or has failed to answer: commands are not queued
 * while offline, so one sent before the connection is up would fail for nothing.
 */
export async function connectRedis(url: string, log: RedisLog = console): Promise<Redis> {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: CONNECT_TIMEOUT_MS,
    // Back off up to 2 s between reconnection attempts, forever.
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  });
  // One line per outage, not one per reconnection attempt.
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    log.warn(`Redis at ${redactedUrl(url)} is unavailable (${error.message}); serving without the response cache until it returns`);
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    log.info(`Redis at ${redactedUrl(url)} is back; the response cache is on again`);
  });
  await new Promise<void>((resolve) => {
    const settle = () => {
      clearTimeout(timer);
      redis.off('ready', settle);
      redis.off('error', settle);
      resolve();
    };
    const timer = setTimeout(settle, CONNECT_TIMEOUT_MS);
    redis.once('ready', settle);
    redis.once('error', settle);
  });
  return redis;
}

/** The URL without its password, for logs. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'REDIS_URL';
  }
}
