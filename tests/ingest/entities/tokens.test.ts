import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/ingest/entities/tokens.js';

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

describe('tokenize (newswire treebank cuts)', () => {
  it('splits possessives and negations off their word', () => {
    expect(words("Germany's Kohl didn't go.")).toEqual(['Germany', "'s", 'Kohl', 'did', "n't", 'go', '.']);
    expect(words('Moscow’s forces')).toEqual(['Moscow', '’s', 'forces']);
  });

  it('keeps acronyms, hyphenated words, tickers and dates whole', () => {
    expect(words('U.S.-led talks at S&P on 1996-08-30 cost $1,000.50')).toEqual(['U.S.-led', 'talks', 'at', 'S&P', 'on', '1996-08-30', 'cost', '$', '1,000.50']);
    expect(words('Texaco Inc <TX> said')).toEqual(['Texaco', 'Inc', '<', 'TX', '>', 'said']);
  });

  it('keeps the stop of abbreviations and initials, not of sentence ends', () => {
    expect(words('Aceto Corp. and J. Smith of Calif. left.')).toEqual(['Aceto', 'Corp.', 'and', 'J.', 'Smith', 'of', 'Calif.', 'left', '.']);
  });

  it('gives offsets into the text it was given, from `start`', () => {
    const text = 'Title\n\nPeter Blackburn said';
    const tokens = tokenize(text, 7);
    expect(tokens[0]).toEqual({ text: 'Peter', start: 7, end: 12 });
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Peter', 'Blackburn', 'said']);
  });
});
