// What the benchmark scripts share on their command lines and at start-up.
import { InvalidArgumentError } from 'commander';
import pg from 'pg';

/** A commander parser for a positive number. */
export function positive(value: string): number {
  const n = Number(value);
  if (!(n > 0)) throw new InvalidArgumentError('expected a positive number');
  return n;
}

/** Whether the PostgreSQL server of `url` answers (through its `postgres` database, which exists before the benchmark's own). */
export async function pgAvailable(url: string): Promise<boolean> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
