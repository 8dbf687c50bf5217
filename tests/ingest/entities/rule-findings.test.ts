// rule-findings.ts: what the hand rules find in the paragraphs, indexed by offset, and the
// few names they give where the tagger saw none.
import { describe, expect, it } from 'vitest';
import { lowerCaseWords } from '../../../src/ingest/entities/common-words.js';
import { decide } from '../../../src/ingest/entities/decide.js';
import type { Located } from '../../../src/ingest/entities/located.js';
import { paragraphsOf, taggedRanges } from '../../../src/ingest/entities/ranges.js';
import { RuleIndex, otherNamesMissed, ruleFindings, speakersMissed } from '../../../src/ingest/entities/rule-findings.js';
import { tagText } from '../../../src/ingest/entities/tagger.js';
import { readWireText } from '../../../src/ingest/formats/wire-text.js';

function rulesOf(wire: string) {
  const draft = readWireText(wire, 'x.txt');
  return { draft, text: draft.text, found: ruleFindings(draft, paragraphsOf(draft)) };
}
/** The tagger's decided spans, as index.ts builds them. */
function taggedOf(wire: string) {
  const { draft, found } = rulesOf(wire);
  const read = taggedRanges(draft);
  const spans = tagText(draft.text, read);
  const lower = lowerCaseWords(draft.text);
  const rules = new RuleIndex(found);
  return read.flatMap((p, i) => decide(draft.text, spans[i]!, rules, lower, p.paragraphIndex, 0, null));
}
const show = (text: string, list: readonly Located[]): string[] =>
  list.map((m) => `${m.type} ${text.slice(m.start, m.end)} = ${m.name}${m.descriptions.length ? ` (${m.descriptions.join('; ')})` : ''}`);

const KREMLIN = 'Title line\n\nMOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov said on Tuesday that Russia was ready.\n\nPeskov said talks could begin.\n';

describe('ruleFindings', () => {
  it('types known names, splits titles off as descriptions and keeps a lone word unresolved', () => {
    const { text, found } = rulesOf(KREMLIN);
    expect(show(text, found)).toEqual([
      'ORGANIZATION Kremlin = Kremlin',
      'PERSON Dmitry Peskov = Dmitry Peskov (Kremlin spokesman)',
      'LOCATION Russia = Russia',
      'null Peskov = Peskov',
    ]);
    expect(found.map((m) => [m.paragraphIndex, m.ordinal])).toEqual([[0, 0], [0, 0], [0, 0], [1, 1]]);
    expect(found[3]!.hint).toMatchObject({ sentenceStart: true, beforeSpeech: true, acronym: false });
    expect(found[1]!.start).toBe(text.indexOf('Dmitry'));
  });

  it('finds a quoted title of a work and reads no names inside it', () => {
    const wire = 'Title line\n\nShe appeared on “Good Morning America” on Monday.\n';
    const { text, found } = rulesOf(wire);
    expect(show(text, found)).toEqual(['OTHER Good Morning America = Good Morning America']);
    expect(found[0]).toMatchObject({ quoted: true, start: text.indexOf('Good'), paragraphIndex: 0 });
  });
});

describe('RuleIndex', () => {
  const { text, found } = rulesOf(KREMLIN);
  const index = new RuleIndex(found);
  const at = (written: string) => ({ start: text.indexOf(written), end: text.indexOf(written) + written.length });

  it('startingAt gives the mentions starting at an offset, and none elsewhere', () => {
    expect(index.startingAt(text.indexOf('Dmitry')).map((m) => m.name)).toEqual(['Dmitry Peskov']);
    expect(index.startingAt(text.indexOf('Peskov'))).toEqual([]);
  });

  it('within gives the mentions inside a span', () => {
    expect(index.within(at('Kremlin spokesman Dmitry Peskov')).map((m) => m.name)).toEqual(['Kremlin', 'Dmitry Peskov']);
    expect(index.within(at('Kremlin spokesman Dmitry')).map((m) => m.name)).toEqual(['Kremlin']);
  });

  it('covering gives the mentions holding a span, latest start first', () => {
    expect(index.covering(at('Peskov')).map((m) => m.name)).toEqual(['Dmitry Peskov']);
    expect(index.covering(at('Dmitry Peskov')).map((m) => m.name)).toEqual(['Dmitry Peskov']);
    expect(index.covering(at('spokesman'))).toEqual([]);
  });

  it('covering lists every mention holding the span, latest start first', () => {
    const made = new RuleIndex([
      { ...found[1]!, name: 'outer', start: 10, end: 40 },
      { ...found[1]!, name: 'inner', start: 20, end: 30 },
      { ...found[1]!, name: 'short', start: 22, end: 24 },
    ]);
    expect(made.covering({ start: 22, end: 28 }).map((m) => m.name)).toEqual(['inner', 'outer']);
  });
});

describe('otherNamesMissed', () => {
  const wire = 'Title line\n\nBritain sent Storm Shadow missiles to Ukraine, the Kremlin said.\n';
  const { text, found } = rulesOf(wire);

  it('gives the rules’ OTHER names where the tagger saw nothing', () => {
    expect(show(text, otherNamesMissed(found, []))).toEqual(['OTHER Storm Shadow = Storm Shadow']);
  });

  it('gives nothing where the tagger saw the name', () => {
    const tagged = taggedOf(wire);
    expect(tagged.some((t) => text.slice(t.start, t.end) === 'Storm Shadow')).toBe(true);
    expect(otherNamesMissed(found, tagged)).toEqual([]);
  });
});

describe('speakersMissed', () => {
  it('makes a lone word before "said" a person where the tagger saw nothing', () => {
    const { text, found } = rulesOf(KREMLIN);
    const list = speakersMissed(text, found, []);
    expect(show(text, list)).toEqual(['PERSON Dmitry Peskov = Dmitry Peskov (Kremlin spokesman)', 'PERSON Peskov = Peskov']);
    expect(list[1]!.start).toBe(text.lastIndexOf('Peskov'));
  });

  it('gives nothing where the tagger saw the speaker', () => {
    const { text, found } = rulesOf(KREMLIN);
    expect(speakersMissed(text, found, taggedOf(KREMLIN))).toEqual([]);
  });

  it('does not make an acronym or an ordinary word a speaker', () => {
    const wire = 'Title line\n\nThe union said the CWA said it would strike. Cuban said he would run.\n';
    const { text, found } = rulesOf(wire);
    expect(found.map((m) => m.name)).toEqual(expect.arrayContaining(['CWA', 'Cuban']));
    expect(speakersMissed(text, found, [])).toEqual([]);
  });

  it('does not fire without a speech verb after the name', () => {
    const wire = 'Title line\n\nMOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov spoke on Tuesday.\n';
    const { text, found } = rulesOf(wire);
    expect(speakersMissed(text, found, [])).toEqual([]);
  });
});
