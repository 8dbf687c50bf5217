// merge.ts: one entity per (type, canonical name), short organisation names and acronyms
// folded into the long name, the article's journalists left out.
import { describe, expect, it } from 'vitest';
import { resolvedMentions } from '../../../src/ingest/entities/index.js';
import { merge, withoutJournalists } from '../../../src/ingest/entities/merge.js';
import { readWireText } from '../../../src/ingest/formats/wire-text.js';
import type { ParsedEntity } from '../../../src/ingest/types.js';

function merged(wire: string): { text: string; entities: ParsedEntity[] } {
  const draft = readWireText(wire, 'x.txt');
  return { text: draft.text, entities: merge(draft.text, resolvedMentions(draft)) };
}
const summary = (list: ParsedEntity[]): string[] => list.map((e) => `${e.type} ${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''}`);

describe('merge: one entity per type and name', () => {
  it('makes no entity of a name suffix alone: "y\u200bJr" (found by the property tests) named a PERSON ""', () => {
    const text = 'Title\n\ny\u200bJr said.';
    const draft = readWireText(text, 't.txt');
    expect(merge(text, withoutJournalists(draft, resolvedMentions(draft)))).toEqual([]);
  });

  it('merges a bare surname into the full name, with mentions, aliases and descriptions', () => {
    const { text, entities } = merged('Title line\n\nMOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov said on Tuesday that Russia was ready.\n\nPeskov said talks could begin.\n');
    expect(summary(entities)).toEqual(['ORGANIZATION Kremlin', 'PERSON Dmitry Peskov (Peskov)', 'LOCATION Russia']);
    const peskov = entities[1]!;
    expect(peskov.descriptions).toEqual(['Kremlin spokesman']);
    expect(peskov.mentions).toEqual([
      { start: text.indexOf('Dmitry'), end: text.indexOf(' said'), text: 'Dmitry Peskov', paragraphIndex: 0 },
      { start: text.lastIndexOf('Peskov'), end: text.lastIndexOf('Peskov') + 6, text: 'Peskov', paragraphIndex: 1 },
    ]);
    expect(peskov.salience).toBe(0);
  });

  it('keeps the gazetteer’s name over a longer written form', () => {
    const { entities } = merged('Title line\n\nRussia vetoed a resolution at the United Nations Security Council on Monday, diplomats said.\n');
    expect(summary(entities)).toEqual(['LOCATION Russia', 'ORGANIZATION U.N. Security Council (United Nations Security Council)']);
  });

  it('keeps a person and a place of the same name apart', () => {
    const { entities } = merged('Title line\n\nFormer manager Alex Ferguson spoke to students in Ferguson, Missouri, on Friday.\n\nThe Missouri trip was his first.\n');
    expect(summary(entities).filter((s) => s.includes('Ferguson'))).toEqual(['PERSON Alex Ferguson (Ferguson)']);
  });
});

describe('merge: short organisation names', () => {
  it('folds "the Council" into the organisation named last before it (Security Council last)', () => {
    const { text, entities } = merged(
      'Title line\n\nMembers of the Human Rights Council criticised Moscow, diplomats said. Russia vetoed a resolution at the United Nations Security Council on Monday.\n\nA spokesman for the Council said the vote would be held on Friday.\n',
    );
    expect(summary(entities)).toEqual([
      'ORGANIZATION Human Rights Council',
      'LOCATION Moscow',
      'LOCATION Russia',
      'ORGANIZATION U.N. Security Council (United Nations Security Council, Council)',
    ]);
    expect(entities[3]!.mentions.at(-1)).toEqual({ start: text.lastIndexOf('Council'), end: text.lastIndexOf('Council') + 7, text: 'Council', paragraphIndex: 1 });
  });

  it('folds "the Council" into the organisation named last before it (Human Rights Council last)', () => {
    const { entities } = merged(
      'Title line\n\nRussia vetoed a resolution at the United Nations Security Council on Monday, diplomats said. Diplomats at the Human Rights Council also met.\n\nA spokesman for the Council said the vote would be held on Friday.\n',
    );
    expect(summary(entities)).toEqual([
      'LOCATION Russia',
      'ORGANIZATION U.N. Security Council (United Nations Security Council)',
      'ORGANIZATION Human Rights Council (Council)',
    ]);
  });

  it('folds a short name into the one longer name it ends', () => {
    const { entities } = merged('Title line\n\nThe New York Daily News said the Daily News would print it.\n');
    expect(summary(entities)).toEqual(['ORGANIZATION New York Daily News (Daily News)']);
  });
});

describe('merge: acronyms', () => {
  it('folds an unknown acronym into the organisation it abbreviates', () => {
    const { entities } = merged('Title line\n\nMembers of the Communications Workers of America said the CWA would strike on Monday.\n');
    expect(summary(entities)).toEqual(['ORGANIZATION Communications Workers of America (CWA)']);
  });

  it('leaves an acronym that abbreviates no organisation of the article', () => {
    const { entities } = merged('Title line\n\nMembers of the Communications Workers of America said the IBEW would strike on Monday.\n');
    expect(summary(entities)).toEqual(['ORGANIZATION Communications Workers of America', 'ORGANIZATION IBEW']);
  });
});

describe('withoutJournalists', () => {
  const wire = 'Title line\n\nBy Jane Smith\n\nThe union vote was close, Jane Smith said, and Dean Baker said so too.\n';
  const draft = readWireText(wire, 'x.txt');

  it('drops people named like the byline’s journalists', () => {
    const mentions = resolvedMentions(draft);
    expect(mentions.map((m) => m.name)).toEqual(['Jane Smith', 'Dean Baker']);
    expect(withoutJournalists(draft, mentions).map((m) => m.name)).toEqual(['Dean Baker']);
  });

  it('keeps everyone when the article has no credits', () => {
    const mentions = resolvedMentions(draft);
    expect(withoutJournalists({ ...draft, credits: [] }, mentions)).toEqual(mentions);
  });
});
