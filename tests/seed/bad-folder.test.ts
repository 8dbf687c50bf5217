// A folder with every kind of bad file next to good ones: every good file loads, every bad
// one is reported by name with its reason, and the summary counts add up.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { seedFolder } from '../../src/seed/run.js';
import { createTestDb } from '../helpers/db.js';

const SEED = 'seeds/000_fd439a6a3e23e835.txt';

it('loads every good file and names every bad one with its reason', async () => {
  const { db } = await createTestDb();
  const dir = mkdtempSync(join(tmpdir(), 'wiregraph-bad-'));
  copyFileSync(SEED, join(dir, 'a-good.txt'));
  copyFileSync(SEED, join(dir, 'b-same-story-other-name.txt'));
  writeFileSync(join(dir, 'c-empty.txt'), '');
  writeFileSync(join(dir, 'd-binary.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x02]));
  writeFileSync(join(dir, 'e-latin1.txt'), Buffer.from('Caf\xe9 news\n\nA story.\n', 'latin1'));
  // 50 MB without writing 50 MB: a sparse file is refused by its size before it is read.
  writeFileSync(join(dir, 'f-huge.txt'), 'x');
  truncateSync(join(dir, 'f-huge.txt'), 50 * 2 ** 20);
  const record = (id: number) =>
    `<REUTERS NEWID="${id}">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT>\n<TITLE>STORY ${id}</TITLE>\n<BODY>Oil rose.\n Reuter\n</BODY></TEXT>\n</REUTERS>\n`;
  writeFileSync(join(dir, 'g-truncated.sgm'), `${record(1)}${record(2).slice(0, 60)}`);
  writeFileSync(join(dir, 'h-vanishing.txt'), readFileSync(SEED));

  const summary = await seedFolder(db, dir, {
    // The last file disappears while the run is under way.
    file: ({ file }) => file === 'a-good.txt' && rmSync(join(dir, 'h-vanishing.txt')),
  });

  expect(summary.failed).toEqual([
    { source: 'c-empty.txt', reason: 'the file is empty' },
    { source: 'd-binary.bin', reason: 'the file is binary (it contains NUL bytes), not text' },
    { source: 'e-latin1.txt', reason: 'the file is not valid UTF-8 (bad byte 0xe9 at offset 3)' },
    { source: 'f-huge.txt', reason: 'the file is 50.0 MB, over the 20.0 MB limit (--max-file-mb)' },
    { source: 'g-truncated.sgm#2', reason: expect.stringMatching(/<\/REUTERS>/) },
    { source: 'h-vanishing.txt', reason: 'the file does not exist (or disappeared while reading)' },
  ]);
  expect(summary).toMatchObject({ files: 8, created: 3, updated: 0, unchanged: 0, skipped: {} });
  // Every record is accounted for: two stories, two SGML records, and one per unreadable file.
  expect(summary.records).toBe(summary.created + summary.failed.length);
  expect(await db.article.count()).toBe(3);
});
