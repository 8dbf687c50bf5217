// Which committed migrations the database has not applied yet (for the /ready endpoint).
import { readdirSync } from 'node:fs';
import { providerOfDb, type Db } from './db.js';
import type { Provider } from './provider.js';

export function committedMigrations(provider: Provider): string[] {
  return readdirSync(new URL(`../../prisma/${provider}/migrations/`, import.meta.url), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export async function pendingMigrations(db: Db): Promise<string[]> {
  let applied: { migration_name: string }[] = [];
  try {
    applied = await db.$queryRawUnsafe(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
  } catch {
    // No migrations table yet: nothing is applied.
  }
  const done = new Set(applied.map((m) => m.migration_name));
  return committedMigrations(providerOfDb(db)).filter((name) => !done.has(name));
}
