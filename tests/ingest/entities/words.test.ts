// The small word-level rules on the tagger's spans: groups, dictionary words in Title Case,
// a span's edges, lone common words.
import { describe, expect, it } from 'vitest';
import { isLoneCommonWord } from '../../../src/ingest/entities/common-words.js';
import { isGroupName } from '../../../src/ingest/entities/groups.js';
import { isHandle, nameEdges } from '../../../src/ingest/entities/span-edges.js';
import { tokenize } from '../../../src/ingest/entities/tokens.js';
import { isTitleCase, truecase } from '../../../src/ingest/entities/truecase.js';

describe('isGroupName', () => {
  it('reads nationalities, religious and political groups, singular or plural', () => {
    for (const name of ['Russian', 'Americans', 'West Indian', 'African-American', 'Republicans', 'Democratic', 'Muslims', 'Black', 'Latinos', 'Saudi-led'])
      expect(isGroupName(name), name).toBe(true);
  });
  it('leaves names of people, places and organisations alone', () => {
    for (const name of ['Russia', 'Democratic Party', 'Vladimir Putin', 'West', 'Republican National Committee', 'Black Sea', 'White House'])
      expect(isGroupName(name), name).toBe(false);
  });
});

describe('truecase', () => {
  const read = (line: string): string => truecase(tokenize(line)).map((t) => t.text).join(' ');
  it('lowers the dictionary words of a Title Case headline or lead-in, never the names', () => {
    expect(read('Hillary Clinton Speaks Directly to Voters')).toBe('Hillary Clinton speaks directly to voters');
    expect(read('Little Relief for Refugees: The refugee crisis is here')).toBe('Little relief for refugees : The refugee crisis is here');
  });
  it('leaves running text, capitals and lines of names as they are', () => {
    expect(read('The Kremlin on Monday denied reports.')).toBe('The Kremlin on Monday denied reports .');
    expect(read('SOCCER - JAPAN GET LUCKY WIN')).toBe('SOCCER - JAPAN GET LUCKY WIN');
    expect(isTitleCase(tokenize('Peter Blackburn'))).toBe(false);
    expect(isTitleCase(tokenize('Leeds United 3 Wimbledon 0'))).toBe(false);
  });
});

describe('isHandle', () => {
  it('reads a handle or hashtag with the mark before the span or as its first character', () => {
    const text = 'Trump replied to @HillaryClinton and #MAGA, said Clinton.';
    const at = (word: string, from = 0) => ({ start: text.indexOf(word) + from, end: text.indexOf(word) + word.length });
    expect(isHandle(text, at('@HillaryClinton', 1))).toBe(true);
    expect(isHandle(text, at('@HillaryClinton'))).toBe(true);
    expect(isHandle(text, at('#MAGA', 1))).toBe(true);
    expect(isHandle(text, at('Clinton.', 0))).toBe(false);
  });
});

describe('nameEdges', () => {
  const edges = (text: string): string | null => {
    const e = nameEdges(text, { start: 0, end: text.length });
    return e && text.slice(e.start, e.end);
  };
  it('ends a name at a dash and starts a state after its party letter', () => {
    expect(edges('Donald — USA')).toBe('Donald');
    expect(edges('D-Va.')).toBe('Va.');
    expect(edges('R-Texas')).toBe('Texas');
  });
  it('keeps compounds, prefixed words and "The" as newswire annotates them', () => {
    expect(edges('New York-based')).toBe('New York-based');
    expect(edges('ex-Milan')).toBe('ex-Milan');
    expect(edges('The Oval')).toBe('The Oval');
    expect(edges('—')).toBeNull();
  });
});

describe('isLoneCommonWord', () => {
  it('drops one dictionary word at a sentence start and a bare title', () => {
    const text = 'Can they win? Senator said so. Family matters.';
    expect(isLoneCommonWord(text, 0, 'Can')).toBe(true);
    expect(isLoneCommonWord(text, text.indexOf('Senator'), 'Senator')).toBe(true);
    expect(isLoneCommonWord(text, text.indexOf('Family'), 'Family')).toBe(true);
  });
  it('keeps names and words inside a sentence', () => {
    const text = 'Reagan said the Internet grew.';
    expect(isLoneCommonWord(text, 0, 'Reagan')).toBe(false);
    expect(isLoneCommonWord(text, text.indexOf('Internet'), 'Internet')).toBe(false);
    expect(isLoneCommonWord(text, 0, 'Reagan said')).toBe(false);
  });
});

describe('the dictionary lookup', () => {
  it('knows only its own words, not the properties of a JavaScript object', async () => {
    const { lexiconTags } = await import('../../../src/ingest/gazetteer/index.js');
    expect(lexiconTags('Constructor')).toEqual([]);
    expect(lexiconTags('__proto__')).toEqual([]);
    expect(isLoneCommonWord('Constructor said so.', 0, 'Constructor')).toBe(false);
  });
});
