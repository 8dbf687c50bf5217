// decide.ts: the tagger's spans, typed and named with what the rules know.
import { describe, expect, it } from 'vitest';
import { lowerCaseWords } from '../../../src/ingest/entities/common-words.js';
import { decide } from '../../../src/ingest/entities/decide.js';
import type { Named } from '../../../src/ingest/entities/located.js';
import { paragraphsOf, taggedRanges } from '../../../src/ingest/entities/ranges.js';
import { RuleIndex, ruleFindings } from '../../../src/ingest/entities/rule-findings.js';
import { tagText } from '../../../src/ingest/entities/tagger.js';
import { readWireText } from '../../../src/ingest/formats/wire-text.js';

/** decide over every range the tagger reads, with the real tagger spans and rule index (as index.ts). */
function decided(wire: string, year: number | null = null): { text: string; tagged: string[][]; list: Named[] } {
  const draft = readWireText(wire, 'x.txt');
  const rules = new RuleIndex(ruleFindings(draft, paragraphsOf(draft)));
  const read = taggedRanges(draft);
  const spans = tagText(draft.text, read);
  const lower = lowerCaseWords(draft.text);
  const list = read.flatMap((p, i) => decide(draft.text, spans[i]!, rules, lower, p.paragraphIndex, Math.max(i - 1, 0), year));
  return { text: draft.text, tagged: spans.map((s) => s.map((t) => `${t.type} ${draft.text.slice(t.start, t.end)}`)), list };
}
const show = (text: string, list: Named[]): string[] =>
  list.map((m) => `${m.type} ${text.slice(m.start, m.end)} = ${m.name}${m.known ? ' (known)' : ''}${m.descriptions.length ? ` [${m.descriptions.join('; ')}]` : ''}`);

describe('decide: types', () => {
  it('keeps the type of an institution the gazetteer lists over the tagger’s place', () => {
    const { text, tagged, list } = decided('Kremlin says Trump talks possible\n\nMOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov said on Tuesday that Russia was ready.\n');
    expect(tagged[1]).toEqual(['LOC Kremlin', 'PER Dmitry Peskov', 'LOC Russia']);
    expect(show(text, list)).toEqual([
      'ORGANIZATION Kremlin = Kremlin (known)',
      'PERSON Trump = Trump',
      'ORGANIZATION Kremlin = Kremlin (known)',
      'PERSON Dmitry Peskov = Dmitry Peskov [Kremlin spokesman]',
      'LOCATION Russia = Russia (known)',
    ]);
    expect(list.map((m) => m.paragraphIndex)).toEqual([-1, -1, 0, 0, 0]);
    expect(list[3]!.start).toBe(text.indexOf('Dmitry'));
  });

  it('makes a name before its state a place, whatever the tagger said', () => {
    const { text, tagged, list } = decided('Title line\n\nThe protests began in Ferguson, Missouri, in August.\n');
    expect(tagged[1]).toEqual(['PER Ferguson', 'LOC Missouri']);
    expect(show(text, list)).toEqual(['LOCATION Ferguson = Ferguson', 'LOCATION Missouri = Missouri (known)']);
  });

  it('makes an organisation named like a law a named thing', () => {
    const { text, tagged, list } = decided('Title line\n\nThe Election Law was passed by lawmakers in Kyiv.\n');
    expect(tagged[1]).toEqual(['ORG Election Law', 'LOC Kyiv']);
    expect(show(text, list)).toEqual(['OTHER Election Law = Election Law', 'LOCATION Kyiv = Kyiv (known)']);
  });
});

describe('decide: titles and descriptions', () => {
  it('starts the person where the rules’ name starts, after a title the tagger took in', () => {
    const { text, tagged, list } = decided('Title line\n\nThe office was closed, Chicago Alderman Jason C. Ervin said.\n');
    expect(tagged[1]).toEqual(['LOC Chicago', 'PER Alderman Jason C. Ervin']);
    expect(show(text, list)).toEqual(['LOCATION Chicago = Chicago (known)', 'PERSON Jason C. Ervin = Jason C. Ervin [Chicago Alderman]']);
    expect(list[1]).toMatchObject({ start: text.indexOf('Jason'), end: text.indexOf(' said') });
  });
});

describe('decide: state abbreviations', () => {
  it('reads a state after a party letter and drops "Mass." used as a service', () => {
    const { text, tagged, list } = decided('Title line\n\nRep. Joe Walsh (R-Ill.) went to Mass. on Sunday.\n');
    expect(tagged[1]).toContain('LOC Mass.');
    expect(show(text, list)).toEqual(['PERSON Joe Walsh = Joe Walsh', 'LOCATION Ill. = Illinois (known)']);
  });
});

describe('decide: the year of the copy', () => {
  const wire = 'Title line\n\nThe Paris Agreement was discussed at the White House.\n';

  it('takes the gazetteer’s name for copy written after the entity existed', () => {
    const { text, list } = decided(wire, 2020);
    expect(show(text, list)).toEqual(['OTHER Paris Agreement = Paris Agreement (known)', 'ORGANIZATION White House = White House (known)']);
  });

  it('does not take it for copy written before', () => {
    const { text, list } = decided(wire, 1987);
    expect(show(text, list)).toEqual(['OTHER Paris Agreement = Paris Agreement', 'ORGANIZATION White House = White House (known)']);
  });
});
