import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedFolder } from '../../src/seed/run.js';
import type { Db } from '../../src/store/db.js';
import { createTestDb } from '../helpers/db.js';

const FULL = 'Talks stall\n\nKremlin spokesman Dmitry Peskov said on Monday that talks had stalled. Peskov added that Moscow would wait.\n';
const BARE = 'No comment\n\nPeskov said on Tuesday that the Kremlin had nothing to add.\n';
const TWO_SMITHS = 'Smiths\n\nJohn Smith met Anna Smith in London. Smith said the meeting went well.\n';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'wiregraph-merge-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function people(db: Db) {
  const rows = await db.entity.findMany({
    where: { type: 'PERSON' },
    orderBy: { slug: 'asc' },
    select: { slug: true, aliases: { select: { name: true } }, _count: { select: { mentions: true, articles: true } } },
  });
  return rows.map((r) => ({ slug: r.slug, aliases: r.aliases.map((a) => a.name).sort(), ...r._count }));
}

describe('cross-article merging', () => {
  it('folds a bare surname into the one full name, whichever article came first', async () => {
    const results = [];
    for (const order of [['a.txt', 'b.txt'], ['b.txt', 'a.txt']]) {
      const { db } = await createTestDb();
      // Separate runs, in both orders: the bare article alone first, then the full one.
      await seedFolder(db, folder({ [order[0]!]: order[0] === 'a.txt' ? FULL : BARE }));
      await seedFolder(db, folder({ [order[1]!]: order[1] === 'a.txt' ? FULL : BARE }));
      results.push(await people(db));
    }
    expect(results[0]).toEqual([{ slug: 'dmitry-peskov', aliases: ['Peskov'], mentions: 3, articles: 2 }]);
    expect(results[1]).toEqual(results[0]);
  });

  it('leaves a bare surname alone when two full names share it', async () => {
    const { db } = await createTestDb();
    await seedFolder(db, folder({ 'smiths.txt': TWO_SMITHS, 'bare.txt': 'Later\n\nSmith said on Friday the deal was done.\n' }));
    expect((await people(db)).map((p) => p.slug)).toEqual(['anna-smith', 'john-smith', 'smith']);
  });
});
