// hand-rules/titles.ts: titles and descriptions around a person's name.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/ingest/entities/hand-rules/runs.js';
import {
  descriptionAfter,
  descriptionStart,
  innerTitleEnd,
  isHead,
  knownLength,
  splitTitle,
  titleLength,
} from '../../../../src/ingest/entities/hand-rules/titles.js';

const tokens = (s: string) => tokenize(s, 0, s.length);
const words = (list: { text: string }[]): string => list.map((t) => t.text).join(' ');

describe('titleLength', () => {
  it('matches the longest title phrase, then a title word', () => {
    expect(titleLength(tokens('Secretary of State John Kerry'), 0)).toBe(3);
    expect(titleLength(tokens('President Obama'), 0)).toBe(1);
  });

  it('is 0 on a name', () => {
    expect(titleLength(tokens('Donald Trump'), 0)).toBe(0);
  });
});

describe('knownLength', () => {
  it('matches a known entity of up to three words', () => {
    expect(knownLength(tokens('White House aides'), 0)).toBe(2);
    expect(knownLength(tokens('aides at the Kremlin'), 3)).toBe(1);
  });

  it('is 0 on an unknown word', () => {
    expect(knownLength(tokens('Zakharova said'), 0)).toBe(0);
  });
});

describe('splitTitle', () => {
  it('splits "U.S. President-elect" off Donald Trump and keeps U.S. as a known name inside', () => {
    const split = splitTitle(tokens('U.S. President-elect Donald Trump'));
    expect(words(split.title)).toBe('U.S. President-elect');
    expect(split.inside.map(words)).toEqual(['U.S.']);
    expect(words(split.rest)).toBe('Donald Trump');
  });

  it('splits a demonym and a title phrase', () => {
    const split = splitTitle(tokens('British Prime Minister Keir Starmer'));
    expect([words(split.title), words(split.rest)]).toEqual(['British Prime Minister', 'Keir Starmer']);
  });

  it('splits nothing off a plain name', () => {
    const split = splitTitle(tokens('Dmitry Peskov'));
    expect(split.title).toEqual([]);
    expect(split.inside).toEqual([]);
    expect(words(split.rest)).toBe('Dmitry Peskov');
  });
});

describe('innerTitleEnd', () => {
  it('finds where an inner title ends before a name', () => {
    expect(innerTitleEnd(tokens('CWA President Chris Shelton'))).toBe(2);
    expect(innerTitleEnd(tokens('Labor Secretary Thomas Perez'))).toBe(2);
  });

  it('gives null when a head word follows the title', () => {
    expect(innerTitleEnd(tokens('CWA President Department'))).toBeNull();
  });
});

describe('isHead', () => {
  it('knows organisation and place head words, not names', () => {
    expect([isHead('Institute'), isHead('County'), isHead('Smith')]).toEqual([true, true, false]);
  });
});

describe('descriptionStart', () => {
  it('finds the role words before a name', () => {
    const all = tokens('Kremlin spokesman Dmitry Peskov said');
    expect(descriptionStart(all, 2, true)).toBe(0);
  });

  it('gives null when no role word stands before the name', () => {
    expect(descriptionStart(tokens('the big Dmitry Peskov'), 2, true)).toBeNull();
  });
});

describe('descriptionAfter', () => {
  it('reads an apposition with a role', () => {
    const text = 'Dmitry Peskov, the Kremlin spokesman, said so.';
    expect(descriptionAfter(text, tokens(text), 1)).toBe('Kremlin spokesman');
  });

  it('gives null for a relative clause', () => {
    const text = 'Dmitry Peskov, who was there, said so.';
    expect(descriptionAfter(text, tokens(text), 1)).toBeNull();
  });
});
