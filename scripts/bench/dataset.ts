// The benchmark's data: Reuters-21578 loaded with the project's own seed command into a
// database of the benchmark's own (a SQLite file, a PostgreSQL database). A database already
// holding the corpus is reused; otherwise it is loaded, and what is done is printed.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

/** Every SGML record with a <BODY> becomes one article (the others are skipped as briefs). */
export function expectedArticles(dir: string): number {
  let n = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.sgm'))) n += readFileSync(`${dir}/${file}`, 'latin1').split('<BODY>').length - 1;
  return n;
}

/** Refuses the databases the benchmark must never touch: the app's default and tests'. */
export function guard(url: string): void {
  if (url.startsWith('file:')) {
    const file = resolve(url.replace(/^file:/, '').replace(/\?.*$/, ''));
    if (file === resolve('data/wiregraph.db')) throw new Error('refusing to benchmark on data/wiregraph.db, the default database');
    return;
  }
  const name = new URL(url).pathname.slice(1);
  if (name === 'test' || name === 'postgres' || name === '' || name.startsWith('template')) {
    throw new Error(`refusing to benchmark on the PostgreSQL database "${name || '(default)'}": give one of its own, e.g. wiregraph_bench`);
  }
}

async function articleCount(url: string): Promise<number | null> {
  if (url.startsWith('file:')) {
    const file = url.replace(/^file:/, '').replace(/\?.*$/, '');
    if (!existsSync(file)) return null;
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM "Article"').get() as { n: number }).n;
    } catch {
      return null; // no tables yet
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return null;
  }
  try {
    return Number((await client.query<{ n: string }>('SELECT COUNT(*) AS n FROM "Article"')).rows[0]!.n);
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

async function createPgDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  const name = admin.pathname.slice(1);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      console.log(`  creating PostgreSQL database ${name}`);
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    }
  } finally {
    await client.end();
  }
}

/**
 * PostgreSQL plans from statistics that autovacuum gathers after a bulk load. Where autovacuum
 * is off (as on this machine's server) or has not run yet, gather them as it would have.
 */
async function pgStatistics(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const autovacuum = (await client.query<{ autovacuum: string }>('SHOW autovacuum')).rows[0]!.autovacuum;
    const { rows } = await client.query<{ n: string }>(
      'SELECT COUNT(*) AS n FROM pg_stat_user_tables WHERE last_analyze IS NULL AND last_autoanalyze IS NULL AND n_live_tup > 0',
    );
    if (Number(rows[0]!.n) > 0) {
      console.log(`  ${rows[0]!.n} table(s) never analyzed (autovacuum is ${autovacuum}): VACUUM ANALYZE, as autovacuum would after a load`);
      await client.query('VACUUM ANALYZE');
    }
  } finally {
    await client.end();
  }
}

/** Makes sure `url` holds the corpus in `dir`, loading it with `npm run seed` when not. */
export async function ensureLoaded(url: string, dir: string): Promise<number> {
  guard(url);
  const expected = expectedArticles(dir);
  const postgres = !url.startsWith('file:');
  if (postgres) await createPgDatabase(url);
  const before = await articleCount(url);
  if (before === expected) {
    console.log(`  ${redact(url)}: ${expected.toLocaleString('en-US')} articles already loaded, reused`);
  } else {
    console.log(`  ${redact(url)}: ${before ?? 'no'} articles, ${expected.toLocaleString('en-US')} expected: loading ${dir} with npm run seed`);
    const started = performance.now();
    execFileSync('npm', ['run', '--silent', 'seed', '--', '--dir', dir], { env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'ignore', 'inherit'] });
    const after = await articleCount(url);
    if (after !== expected) throw new Error(`${redact(url)} holds ${after} articles after seeding, not ${expected}: give the benchmark a database of its own`);
    console.log(`  loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  if (postgres) await pgStatistics(url);
  return expected;
}

/** A URL fit to print: no password. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:…@');
}
