// connected-names.ts: one organisation or named thing across a lower-case connector.
import { describe, expect, it } from 'vitest';
import { connectNames } from '../../../src/ingest/entities/connected-names.js';
import { taggedMentions } from '../../../src/ingest/entities/decide.js';
import { ruleFindings } from '../../../src/ingest/entities/rule-findings.js';
import { paragraphsOf } from '../../../src/ingest/entities/ranges.js';
import { readWireText } from '../../../src/ingest/formats/wire-text.js';
import type { Found } from '../../../src/ingest/entities/found.js';
import type { EntityType } from '../../../src/ingest/types.js';

function found(text: string, written: string, type: EntityType, paragraphIndex = 0): Found {
  const start = text.indexOf(written);
  return { name: written, type, start, end: start + written.length, known: true, descriptions: [], paragraphIndex, ordinal: 0 };
}
/** The tagger's decided mentions of a wire text (decide.ts), as index.ts takes them. */
function tagged(wire: string): { text: string; mentions: Found[] } {
  const draft = readWireText(wire, 'x.txt');
  return { text: draft.text, mentions: taggedMentions(draft, ruleFindings(draft, paragraphsOf(draft))) };
}
const show = (text: string, list: Found[]): string[] => list.map((m) => `${m.type} ${text.slice(m.start, m.end)} = ${m.name}`);

describe('connectNames', () => {
  it('joins the two parts the tagger cut at "to"', () => {
    const { text, mentions } = tagged('Title line\n\nMembers of the Alliance to Reclaim Our Schools rallied in Chicago on Monday.\n');
    expect(show(text, mentions)).toEqual(['ORGANIZATION Alliance = Alliance', 'OTHER Reclaim Our Schools = Reclaim Our Schools', 'LOCATION Chicago = Chicago']);
    expect(show(text, connectNames(text, mentions))).toEqual(['ORGANIZATION Alliance to Reclaim Our Schools = Alliance to Reclaim Our Schools', 'LOCATION Chicago = Chicago']);
  });

  it('joins an institute and the name after "for"', () => {
    const text = 'The Annenberg Institute for School Reform said scores fell.';
    const list = connectNames(text, [found(text, 'School Reform', 'OTHER'), found(text, 'Annenberg Institute', 'ORGANIZATION')]);
    expect(show(text, list)).toEqual(['ORGANIZATION Annenberg Institute for School Reform = Annenberg Institute for School Reform']);
    expect(list[0]).toMatchObject({ start: text.indexOf('Annenberg'), end: text.indexOf(' said'), known: false });
  });

  it('joins a prize of type OTHER with its place-typed right part', () => {
    const text = 'She won the Erikson Prize for Excellence in Mental Health Media.';
    const list = connectNames(text, [found(text, 'Erikson Prize', 'OTHER'), found(text, 'Excellence in Mental Health Media', 'LOCATION')]);
    expect(show(text, list)).toEqual(['OTHER Erikson Prize for Excellence in Mental Health Media = Erikson Prize for Excellence in Mental Health Media']);
  });

  it('does not join when the left part does not end with a head word', () => {
    const text = 'Goldman Sachs for Microsoft was the pitch.';
    const list = [found(text, 'Goldman Sachs', 'ORGANIZATION'), found(text, 'Microsoft', 'ORGANIZATION')];
    expect(show(text, connectNames(text, list))).toEqual(['ORGANIZATION Goldman Sachs = Goldman Sachs', 'ORGANIZATION Microsoft = Microsoft']);
  });

  it('does not join a person on the right', () => {
    const text = 'The Institute for Joe Biden was a joke.';
    const list = [found(text, 'Institute', 'ORGANIZATION'), found(text, 'Joe Biden', 'PERSON')];
    expect(show(text, connectNames(text, list))).toEqual(['ORGANIZATION Institute = Institute', 'PERSON Joe Biden = Joe Biden']);
  });

  it('does not join across paragraphs or a connector that is not one', () => {
    const text = 'The Brookings Institution with Harvard University ran it.';
    const list = [found(text, 'Brookings Institution', 'ORGANIZATION'), found(text, 'Harvard University', 'ORGANIZATION')];
    expect(connectNames(text, list)).toHaveLength(2);
    const other = [found(text, 'Brookings Institution', 'ORGANIZATION'), { ...found(text, 'Harvard University', 'ORGANIZATION'), paragraphIndex: 1 }];
    expect(connectNames(text, other)).toHaveLength(2);
  });
});
