// hand-rules/classify.ts: what a run of capitalised words is.
import { describe, expect, it } from 'vitest';
import { classify, type Mention } from '../../../../src/ingest/entities/hand-rules/classify.js';
import { candidates, tokenize } from '../../../../src/ingest/entities/hand-rules/runs.js';

/** Every candidate run of a sentence, classified. */
function mentions(text: string): Mention[] {
  const all = tokenize(text, 0, text.length);
  return candidates(all).flatMap((c) => classify(text, all, c));
}
const show = (text: string): string[] =>
  mentions(text).map((m) => `${m.type} ${text.slice(m.start, m.end)} = ${m.name}${m.known ? ' (known)' : ''}${m.descriptions.length ? ` [${m.descriptions.join('; ')}]` : ''}`);

describe('classify: known names and titles', () => {
  it('splits a title off a person and keeps it as a description', () => {
    expect(show('Kremlin spokesman Dmitry Peskov said on Tuesday.')).toEqual(['ORGANIZATION Kremlin = Kremlin (known)', 'PERSON Dmitry Peskov = Dmitry Peskov [Kremlin spokesman]']);
  });

  it('gives the body before an inner title and the person after it', () => {
    expect(show('Labor Secretary Thomas Perez met CWA President Chris Shelton.')).toEqual([
      'PERSON Thomas Perez = Thomas Perez [Secretary]',
      'ORGANIZATION CWA = CWA',
      'PERSON Chris Shelton = Chris Shelton [CWA President]',
    ]);
  });

  it('reads an apposition after the name as its description', () => {
    const text = 'Dmitry Peskov, the Kremlin spokesman, said so.';
    expect(show(text)).toEqual(['PERSON Dmitry Peskov = Dmitry Peskov [Kremlin spokesman]', 'ORGANIZATION Kremlin = Kremlin (known)']);
    expect(mentions(text)[0]).toMatchObject({ start: 0, end: text.indexOf(',') });
  });

  it('completes a party with a lower-case "party" and reads a town before its state', () => {
    expect(show('He backed the Republican party in Henderson, Nev. on Monday.')).toEqual([
      'ORGANIZATION Republican party = Republican Party (known)',
      'LOCATION Henderson = Henderson',
      'LOCATION Nev. = Nevada (known)',
    ]);
  });
});

describe('classify: context', () => {
  it('makes a name before a media noun or call letters an organisation', () => {
    expect(show('He read Time magazine on the train.')).toEqual(['ORGANIZATION Time = Time']);
    expect(show('He joined WNBC-TV in 1990.')).toEqual(['ORGANIZATION WNBC-TV = WNBC-TV']);
  });

  it('makes names after a role people', () => {
    expect(show('his wife, Melania, and spokeswoman Hope Hicks')).toEqual(['PERSON Melania = Melania', 'PERSON Hope Hicks = Hope Hicks [spokeswoman]']);
  });

  it('makes a speaker at a reporting verb a person and keeps the known place before the title', () => {
    expect(show('The office was closed, said Chicago Alderman Jason C. Ervin.')).toEqual([
      'LOCATION Chicago = Chicago (known)',
      'PERSON Jason C. Ervin = Jason C. Ervin [Chicago Alderman]',
    ]);
  });

  it('keeps a lone word unresolved, with what is known of it', () => {
    const list = mentions('Peskov said talks could begin.');
    expect(list).toEqual([
      { name: 'Peskov', type: null, start: 0, end: 6, known: false, descriptions: [], hint: { lexicon: undefined, sentenceStart: true, afterThe: false, beforeSpeech: true, acronym: false } },
    ]);
  });
});

describe('classify: no name', () => {
  it('gives nothing for a word only capitalised by its place in the sentence', () => {
    expect(mentions('Asked about it, he declined.')).toEqual([]);
  });

  it('gives nothing for a kind of place after "a"', () => {
    expect(show('He was taken to a state-designated Level I Trauma Center in Ohio.')).toEqual(['LOCATION Ohio = Ohio (known)']);
  });

  it('gives nothing for a church service written like a state', () => {
    expect(show('They went to Mass. on Sunday.')).toEqual([]);
  });
});
