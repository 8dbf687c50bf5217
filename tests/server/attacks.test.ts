// The hardening audit's attacks against a production server (`npm start`'s entry point, as a
// child process) on a generated database of 3,000 articles in which a few names are in most
// articles, so graph questions and facets do real work. Each attack is refused with a clear
// error, or answered within the deadline, or refused at once for being over a concurrency cap;
// meanwhile /health answers fast, memory stays bounded, and SIGTERM still stops the server.
// `npm run bench:attack` runs the same attacks on Reuters-21578 (docs/security.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACKS, WORST_ACCEPTED, distinct, pollHealth, percentile, post, runAttack, startProductionServer, type ProductionServer } from '../../scripts/bench/attacks.js';
import { seedFolder } from '../../src/seed/run.js';
import { createTestDb } from '../helpers/db.js';
import { writeWireCorpus } from '../helpers/corpus.js';

const TIMEOUT_MS = 5_000;
let server: ProductionServer;
let url: string;

beforeAll(async () => {
  const test = await createTestDb();
  url = test.url;
  await seedFolder(test.db, writeWireCorpus(3_000), {}, { workers: 0 });
  await test.db.$disconnect();
  server = await startProductionServer(url);
}, 180_000);

afterAll(async () => {
  if (server.child.exitCode === null) await server.stop();
});

describe('each attack of the audit', () => {
  for (const attack of ATTACKS) {
    it(`${attack.name}: ${attack.expect}`, async () => {
      const result = await runAttack(server, attack, TIMEOUT_MS);
      expect(result.passed, `${result.summary}; ${result.why}`).toBe(true);
      expect(result.healthP99).toBeLessThan(200);
    }, 60_000);
  }
});

describe('under the worst accepted request', () => {
  it('answers /health within 200 ms (p99) while 50 copies run, and stays under 1.5 GB', async () => {
    const health = pollHealth(server.base, 10);
    const copy = distinct(WORST_ACCEPTED);
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => post(server.graphql, copy(1_000 + i))));
    const latencies = await health.stop();
    expect(replies.filter((r) => r.status === 200).length).toBeGreaterThan(0);
    expect(latencies.length).toBeGreaterThan(10);
    expect(percentile(latencies, 99)).toBeLessThan(200);
    expect(server.peakRssMb()).toBeLessThan(1_536);
  }, 60_000);

  it('exits on SIGTERM within 10 s while 50 copies run', async () => {
    const copy = distinct(WORST_ACCEPTED);
    const replies = Promise.all(Array.from({ length: 50 }, (_, i) => post(server.graphql, copy(2_000 + i)).catch(() => null)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { code, ms } = await server.stop('SIGTERM');
    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
    await replies;
    // A fresh server on the same database comes up as usual afterwards.
    server = await startProductionServer(url);
    expect((await post(server.graphql, { query: '{ articles { totalCount } }' })).status).toBe(200);
  }, 60_000);
});
