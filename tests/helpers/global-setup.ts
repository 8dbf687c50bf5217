// Migrates one template database per test run with the real `prisma migrate deploy`; each
// test file then works on its own copy (see ./db.ts). The `postgresql` project does the same
// on a PostgreSQL server, with template databases.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import type { Provider } from '../../src/store/provider.js';

declare module 'vitest' {
  export interface ProvidedContext {
    provider: Provider;
    /** SQLite: the template file. PostgreSQL: the server URL and the template database name. */
    templateDb: string;
    pgServer: string;
  }
}

function migrate(url: string): void {
  execFileSync('npx', ['prisma', 'migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' });
}

export function databaseUrl(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(server: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const provider = (project.config.env?.WIREGRAPH_TEST_PROVIDER ?? 'sqlite') as Provider;
  project.provide('provider', provider);
  if (provider === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'wiregraph-test-'));
    const template = join(dir, 'template.db');
    migrate(`file:${template}`);
    project.provide('templateDb', template);
    project.provide('pgServer', '');
    return async () => rmSync(dir, { recursive: true, force: true });
  }

  const server = process.env.WIREGRAPH_TEST_PG_URL!;
  const prefix = `wiregraph_t${process.pid}`;
  const template = `${prefix}_template`;
  await admin(server, (c) => c.query(`DROP DATABASE IF EXISTS ${template}`).then(() => c.query(`CREATE DATABASE ${template}`)));
  migrate(databaseUrl(server, template));
  project.provide('templateDb', template);
  project.provide('pgServer', server);
  return async () => {
    await admin(server, async (c) => {
      const { rows } = await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}_%`]);
      for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    });
  };
}
