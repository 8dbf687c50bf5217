// Many writers and many API instances against one database: unique keys and retries, not luck.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadExamples } from '../../src/api/examples.js';
import { seedFolder } from '../../src/seed/run.js';
import { createApp, listen } from '../../src/server.js';
import { openDb } from '../../src/store/db.js';
import { createTestDb } from '../helpers/db.js';

function folder(names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'wiregraph-concurrent-'));
  for (const name of names) copyFileSync('seeds/000_fd439a6a3e23e835.txt', join(dir, name));
  // A second story naming some of the same people, so entities are shared across files.
  writeFileSync(join(dir, 'other.txt'), 'Talks\n\nBy Guy Faulconbridge\n\nVladimir Putin met Keir Starmer in Moscow, the Kremlin said.\n');
  return dir;
}

it('two seed runs at once over overlapping folders leave no duplicate article, journalist or entity', async () => {
  const { db, url } = await createTestDb();
  const other = await openDb(url);
  const [a, b] = await Promise.all([
    seedFolder(db, folder(['a.txt', 'b.txt', 'c.txt'])),
    seedFolder(other, folder(['b.txt', 'c.txt', 'd.txt'])),
  ]);
  expect(a.failed).toEqual([]);
  expect(b.failed).toEqual([]);
  // Five distinct sources (a-d and other.txt): each stored once, whoever came first.
  expect(await db.article.count()).toBe(5);
  expect(a.created + a.unchanged + b.created + b.unchanged).toBe(8);
  const journalists = await db.journalist.findMany({ select: { slug: true } });
  expect(new Set(journalists.map((j) => j.slug)).size).toBe(journalists.length);
  expect(journalists).toHaveLength(5);
  const entities = await db.entity.findMany({ select: { slug: true } });
  expect(new Set(entities.map((e) => e.slug)).size).toBe(entities.length);
  expect(entities.map((e) => e.slug)).toContain('vladimir-putin');
  await other.$disconnect();
});

it('two API instances on different ports against one database answer identically', async () => {
  const { db, url } = await createTestDb();
  await seedFolder(db, 'seeds');
  const second = await openDb(url);
  const servers = await Promise.all([listen(createApp(db), 0, '127.0.0.1'), listen(createApp(second), 0, '127.0.0.1')]);
  try {
    const ports = servers.map((s) => (s.address() as AddressInfo).port);
    expect(ports[0]).not.toBe(ports[1]);
    for (const example of loadExamples()) {
      const answers = await Promise.all(
        ports.map(async (port) => {
          const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: example.query, variables: example.variables }),
          });
          return response.text();
        }),
      );
      expect(JSON.parse(answers[0]!).errors).toBeUndefined();
      expect(answers[1]).toBe(answers[0]);
    }
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    await second.$disconnect();
  }
});
