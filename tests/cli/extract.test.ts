import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('npm run extract', () => {
  it('prints one JSON line per file, in input order, with entities and quotes, and flags a bad file', async () => {
    const { code, stdout } = await runCli('src/cli/extract.ts', ['seeds/000_fd439a6a3e23e835.txt', 'no-such-file.txt'], {}).done;
    const [seed, missing] = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(code).toBe(1);
    expect(missing).toEqual({ file: 'no-such-file.txt', error: 'the file does not exist (or disappeared while reading)' });

    expect(seed).toMatchObject({
      file: 'seeds/000_fd439a6a3e23e835.txt',
      title: 'Kremlin says reports that Trump and Putin spoke in recent days are ‘pure fiction’',
      publishedAt: '2024-11-11',
      source: 'Reuters',
      dateline: 'MOSCOW',
      readingMinutes: 4,
      authors: ['Dmitry Antonov', 'Guy Faulconbridge'],
      subheads: ['WAR AND PEACE'],
    });
    expect(seed.credits).toHaveLength(7);
    expect(seed.paragraphs[0]).toMatch(/^The Kremlin on Monday denied/);
    // The quotes in quotation marks, then the reported speech (INDIRECT), one list in text order.
    type Quote = { speaker: string | null; kind: string };
    expect(seed.quotes.filter((q: Quote) => q.kind !== 'INDIRECT').map((q: Quote) => q.speaker)).toEqual([
      'Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov',
      'Vladimir Putin', 'Kremlin', 'Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov',
    ]);
    expect(seed.quotes).toHaveLength(27);
    expect(seed.quotes[0]).toMatchObject({
      text: 'reports that U.S. President-elect Donald Trump had spoken to Russian President Vladimir Putin in recent days',
      speaker: 'Kremlin',
      speakerAsWritten: 'The Kremlin',
      cue: 'denied',
      kind: 'INDIRECT',
    });

    const byName = new Map(seed.entities.map((e: { name: string; type: string }) => [e.name, e]));
    const expected: Record<string, string[]> = {
      PERSON: ['Donald Trump', 'Vladimir Putin', 'Dmitry Peskov', 'Keir Starmer', 'Emmanuel Macron', 'Joe Biden'],
      ORGANIZATION: ['Kremlin', 'The Washington Post', 'NATO', 'Reuters'],
      LOCATION: ['Moscow', 'Ukraine', 'Russia', 'United States', 'Europe'],
    };
    for (const [type, names] of Object.entries(expected)) {
      for (const name of names) expect(byName.get(name), name).toMatchObject({ type });
    }
    expect(byName.get('Donald Trump')).toMatchObject({ aliases: ['Trump'] });
    expect(byName.get('Dmitry Peskov')).toMatchObject({ aliases: ['Peskov'], descriptions: ['Kremlin spokesman'] });
    for (const absent of ['WAR AND PEACE', 'Sept.', 'MOSCOW (Reuters)', 'SMO']) expect(byName.has(absent)).toBe(false);
  });
});
