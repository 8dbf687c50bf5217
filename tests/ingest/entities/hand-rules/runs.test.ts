// hand-rules/runs.ts: the words of a paragraph and the runs of capitalised words that may be names.
import { describe, expect, it } from 'vitest';
import { candidates, tokenize } from '../../../../src/ingest/entities/hand-rules/runs.js';

const tokens = (s: string) => tokenize(s, 0, s.length);
const runs = (s: string): string[] => candidates(tokens(s)).map((c) => `${c.first}: ${c.tokens.map((t) => t.text).join(' ')}`);

describe('tokenize', () => {
  const text = 'Russia’s U.S. President-elect Donald Trump met officials in post-Iowa Des Moines.';
  const list = tokens(text);

  it('splits words with offsets, keeping acronyms and hyphenated words whole', () => {
    expect(list.map((t) => t.text)).toEqual(['Russia', 'U.S.', 'President-elect', 'Donald', 'Trump', 'met', 'officials', 'in', 'Iowa', 'Des', 'Moines']);
    for (const t of list) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(list[1]).toMatchObject({ start: text.indexOf('U.S.'), end: text.indexOf('U.S.') + 4, cap: true });
  });

  it('takes a possessive off the word and ends the name there', () => {
    expect(list[0]).toMatchObject({ text: 'Russia', possessive: true, joinsNext: false, gapAfter: ' ' });
  });

  it('reads the name after a lower-case prefix as a word of its own', () => {
    expect(list[8]).toMatchObject({ text: 'Iowa', start: text.indexOf('Iowa'), cap: true });
    expect(list[7]!.gapAfter).toBe(' post-');
  });

  it('marks sentence starts and words joined by plain spaces', () => {
    const s = tokens('He left. Then Ms. Black spoke, “Trump won” she said.');
    const byText = (w: string) => s.find((t) => t.text === w)!;
    expect(byText('He').sentenceStart).toBe(true);
    expect(byText('Then').sentenceStart).toBe(true);
    expect(byText('Black').sentenceStart).toBe(false);
    expect(byText('Trump').sentenceStart).toBe(true);
    expect(byText('spoke').joinsNext).toBe(false);
    expect(byText('Black').joinsNext).toBe(true);
  });

  it('gives offsets into the article text when reading a slice of it', () => {
    const text2 = 'Title line\n\nPeskov said so.';
    const start = text2.indexOf('Peskov');
    expect(tokenize(text2, start, text2.length).map((t) => [t.text, t.start])).toEqual([['Peskov', start], ['said', start + 7], ['so', start + 12]]);
  });
});

describe('candidates', () => {
  it('keeps a title and a name in one run and splits at a possessive', () => {
    expect(runs('Russia’s U.S. President-elect Donald Trump met officials in post-Iowa Des Moines.')).toEqual([
      '0: Russia',
      '1: U.S. President-elect Donald Trump',
      '8: Iowa Des Moines',
    ]);
  });

  it('bridges "of" after an organisation head word', () => {
    expect(runs('He called the Department of Justice on Monday.')).toEqual(['0: He', '3: Department of Justice', '7: Monday']);
  });

  it('does not bridge "and" between two people', () => {
    expect(runs('Aides to Trump and Putin met.')).toEqual(['0: Aides', '2: Trump', '4: Putin']);
  });

  it('keeps a name particle inside a name', () => {
    expect(runs('Mayor Bill de Blasio spoke.')).toEqual(['0: Mayor Bill de Blasio']);
  });
});
