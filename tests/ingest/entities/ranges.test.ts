// ranges.ts: what the tagger and the rules read of an article.
import { describe, expect, it } from 'vitest';
import { paragraphsOf, taggedRanges } from '../../../src/ingest/entities/ranges.js';
import { readWireText } from '../../../src/ingest/formats/wire-text.js';

const read = (ranges: { start: number; end: number; paragraphIndex: number }[], text: string): string[] =>
  ranges.map((r) => `${r.paragraphIndex}: ${text.slice(r.start, r.end)}`);

describe('paragraphsOf', () => {
  it('drops a plain-text dateline from the lead only', () => {
    const wire = 'Title line\n\nWASHINGTON — Labor Secretary Thomas Perez met union leaders on Friday.\n\nBOSTON — a later line keeps its capitals.\n';
    const draft = readWireText(wire, 'x.txt');
    expect(read(paragraphsOf(draft), wire)).toEqual(['0: Labor Secretary Thomas Perez met union leaders on Friday.', '1: BOSTON — a later line keeps its capitals.']);
    expect(paragraphsOf(draft)[0]!.start).toBe(wire.indexOf('Labor'));
  });

  it('drops a dateline with a state and an agency', () => {
    const wire = 'Title line\n\nKYIV, Ukraine (AP) — Russian drones struck the city overnight.\n';
    expect(read(paragraphsOf(readWireText(wire, 'x.txt')), wire)).toEqual(['0: Russian drones struck the city overnight.']);
  });

  it('drops a dateline with a date', () => {
    const wire = 'Title line\n\nLOS ANGELES, Sept. 28 (UPI) — The fire spread north.\n';
    expect(read(paragraphsOf(readWireText(wire, 'x.txt')), wire)).toEqual(['0: The fire spread north.']);
  });

  it('leaves a lead that opens with a name', () => {
    const wire = 'Title line\n\nDmitry Peskov said on Tuesday that talks were possible.\n';
    expect(read(paragraphsOf(readWireText(wire, 'x.txt')), wire)).toEqual(['0: Dmitry Peskov said on Tuesday that talks were possible.']);
  });

  it('skips subheads, keeping block indexes', () => {
    const wire = 'Title line\n\nThe Kremlin said talks were possible.\n\nWAR AND PEACE\n\nProtests erupted in Ferguson, Missouri.\n';
    expect(read(paragraphsOf(readWireText(wire, 'x.txt')), wire)).toEqual(['0: The Kremlin said talks were possible.', '2: Protests erupted in Ferguson, Missouri.']);
  });
});

describe('taggedRanges', () => {
  const wire =
    'Kremlin says Trump talks possible\n\nMOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov said on Tuesday that Russia was ready.\n\nWAR AND PEACE\n\nProtests erupted in Ferguson, Missouri.\n';
  const draft = readWireText(wire, 'x.txt');

  it('reads the title, the lead after its dateline, the subhead and the paragraphs in text order', () => {
    expect(read(taggedRanges(draft), wire)).toEqual([
      '-1: Kremlin says Trump talks possible',
      '0: Kremlin spokesman Dmitry Peskov said on Tuesday that Russia was ready.',
      '1: WAR AND PEACE',
      '2: Protests erupted in Ferguson, Missouri.',
    ]);
    expect(taggedRanges(draft)[0]).toEqual({ start: 0, end: 'Kremlin says Trump talks possible'.length, paragraphIndex: -1 });
  });

  it('gives the title no range when the text does not hold it before the first block', () => {
    const dated = 'date 2024-11-11 Kremlin says talks possible\n\nThe Kremlin said talks were possible.\n';
    const d = readWireText(dated, 'x.txt');
    expect(read(taggedRanges(d), dated)).toEqual(['-1: Kremlin says talks possible', '0: The Kremlin said talks were possible.']);
    const moved = { ...d, title: 'A title the text does not hold' };
    expect(read(taggedRanges(moved), dated)).toEqual(['0: The Kremlin said talks were possible.']);
  });
});
