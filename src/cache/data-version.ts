// A counter in Redis that every cached response is filed under. The seed script bumps it
// after each article it commits, so every API instance stops reading what was cached before
// the change at once, without scanning or deleting keys; old entries simply expire.
import type { Redis } from './redis.js';

export class DataVersion {
  private readonly key: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.key = `${prefix}data-version`;
  }

  /** The current version, or null when Redis cannot say (then nothing should be cached). */
  async read(): Promise<string | null> {
    try {
      return (await this.redis.get(this.key)) ?? '0';
    } catch {
      return null;
    }
  }

  /**
   * Marks the data as changed. Call it after the change is committed: a response computed
   * before the commit is then filed under the old version, which no one reads again.
   * Never throws: an unreachable Redis must not stop a seed run (its entries expire by TTL).
   */
  async bump(): Promise<boolean> {
    try {
      await this.redis.incr(this.key);
      return true;
    } catch {
      return false;
    }
  }
}
