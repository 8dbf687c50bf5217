// candidates.ts: which entities a source may refer to, and what is known of each.
import { describe, expect, it } from 'vitest';
import { MAX_BEFORE, sentencesOf } from '../../../../src/ingest/quotes/resolution/candidates.js';
import { article, nameOf } from './helpers.js';

describe('the entities mentioned before the source', () => {
  it('NULL first, then the entities most recently mentioned first, with their counts and last mentions', () => {
    const a = article(
      ['Federal prosecutor Glen Kopp said it is not surprising that agents want to interview Hillary Clinton. FBI Director James B. Comey has said little.', '“They are within the zone of interest of the investigation,” he said.'],
      [['Glen Kopp', 'PERSON'], ['Hillary Clinton', 'PERSON'], ['James B. Comey', 'PERSON'], ['FBI', 'ORGANIZATION']],
    );
    const cs = a.candidates(a.source('he', 'PRONOUN'), 'Glen Kopp');
    expect(cs.map((c) => [nameOf(c), c.rank, c.count, c.rule])).toEqual([
      [null, -1, 0, false],
      ['James B. Comey', 0, 1, false],
      ['FBI', 1, 1, false],
      ['Hillary Clinton', 2, 1, false],
      ['Glen Kopp', 3, 1, true],
    ]);
    expect(a.text.slice(a.candidate(cs, 'Glen Kopp').last!.start, a.candidate(cs, 'Glen Kopp').last!.end)).toBe('Glen Kopp');
  });

  it(`only the ${MAX_BEFORE} entities mentioned last are candidates, the rules' answer always`, () => {
    const names = Array.from({ length: MAX_BEFORE + 2 }, (_, i) => `Person${String.fromCharCode(65 + i)} Smith${String.fromCharCode(65 + i)}`);
    const a = article([`${names.join(', ')} and others met.`, '“It went well,” he said.'], names.map((n) => [n, 'PERSON'] as [string, 'PERSON']));
    const cs = a.candidates(a.source('he', 'PRONOUN'), names[0]!);
    expect(cs.length).toBe(MAX_BEFORE + 2);
    expect(nameOf(cs.at(-1)!)).toBe(names[0]);
    expect(cs.some((c) => nameOf(c) === names[1])).toBe(false);
  });
});

describe('entities named inside the source or later in its sentence', () => {
  it('"a spokeswoman for Trump hotels, Jennifer Rodstrom": both names inside; Rodstrom’s mention is the first inside', () => {
    const a = article(['Donald Trump opened a hotel.', 'A spokeswoman for Trump hotels, Jennifer Rodstrom, declined to comment.'], [['Donald Trump', 'PERSON', ['Donald Trump', 'Trump']], ['Jennifer Rodstrom', 'PERSON']]);
    const cs = a.candidates(a.source('A spokeswoman for Trump hotels, Jennifer Rodstrom'));
    expect(cs.map((c) => [nameOf(c), c.inside, c.last !== null])).toEqual([
      [null, false, false],
      ['Donald Trump', true, true],
      ['Jennifer Rodstrom', true, false],
    ]);
  });

  it('cataphora: a name after the source in its sentence, not in the next', () => {
    const a = article(['Asked about the ruling, the company’s chief executive, Tim Cook, said it was wrong. Apple will appeal.'], [['Tim Cook', 'PERSON'], ['Apple', 'ORGANIZATION']]);
    const cs = a.candidates(a.source('the company’s chief executive'));
    expect(cs.map((c) => [nameOf(c), c.inside, c.last, c.next && a.text.slice(c.next.start, c.next.end)])).toEqual([[null, false, null, null], ['Tim Cook', false, null, 'Tim Cook']]);
  });

  it('an entity whose name shares the head noun, wherever it is mentioned: "the fund"', () => {
    const a = article(['The fund said growth would slow.', 'The International Monetary Fund cut its forecast on Tuesday.'], [['International Monetary Fund', 'ORGANIZATION']]);
    expect(a.candidates(a.source('The fund')).map(nameOf)).toEqual([null, 'International Monetary Fund']);
  });

  it('the possessor of a person is no candidate: "Schilling’s son"', () => {
    const a = article(['Curt Schilling was suspended.', 'Schilling’s son defended his father on Tuesday.'], [['Curt Schilling', 'PERSON', ['Curt Schilling', 'Schilling']]]);
    expect(a.candidates(a.source('Schilling’s son')).map(nameOf)).toEqual([null]);
  });
});

describe('the sentences around the source', () => {
  it('its own sentence and up to five before it, across a paragraph break', () => {
    const a = article(['One. Two. Three.', 'Four. He said five.'], []);
    const { starts } = sentencesOf(a.resolver, a.text.indexOf('He said'));
    expect(starts.map((s) => a.text.slice(s, s + 4))).toEqual(['He s', 'Four', 'Thre', 'Two.', 'One.']);
  });
});
