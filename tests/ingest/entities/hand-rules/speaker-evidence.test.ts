// hand-rules/speaker-evidence.ts: a run at a reporting verb names someone who spoke.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/ingest/entities/hand-rules/runs.js';
import { atReportingVerb, quotedSpeech, speakerNameStart } from '../../../../src/ingest/entities/hand-rules/speaker-evidence.js';

const tokens = (s: string) => tokenize(s, 0, s.length);
const at = (list: { text: string }[], w: string): number => list.findIndex((t) => t.text === w);

describe('speakerNameStart', () => {
  it('starts the name at the first given name or initial after a title', () => {
    expect(speakerNameStart(tokens('Chicago Alderman Jason C. Ervin'))).toBe(2);
  });

  it('takes a whole run of name words', () => {
    expect(speakerNameStart(tokens('Dean Baker'))).toBe(0);
    expect(speakerNameStart(tokens('Teal Baker'))).toBe(0);
    expect(speakerNameStart(tokens('William D. Burns'))).toBe(0);
  });

  it('gives -1 for a known body or an organisation’s name', () => {
    expect(speakerNameStart(tokens('Morning Consult'))).toBe(-1);
    expect(speakerNameStart(tokens('Department of Justice'))).toBe(-1);
  });
});

describe('atReportingVerb', () => {
  it('sees "said" before or after the run', () => {
    expect(atReportingVerb(tokens('said Dean Baker, an economist'), 1, 2)).toBe(true);
    expect(atReportingVerb(tokens('Dean Baker said'), 0, 1)).toBe(true);
  });

  it('does not count "has", a run after "the", or the one addressed by "told"', () => {
    expect(atReportingVerb(tokens('the Great Recession has'), 1, 2)).toBe(false);
    expect(atReportingVerb(tokens('the Baker said'), 1, 1)).toBe(false);
    expect(atReportingVerb(tokens('told Palo Alto Weekly'), 1, 3)).toBe(false);
  });
});

describe('quotedSpeech', () => {
  it('counts a frame-only verb right after a closing quotation mark', () => {
    const all = tokens('“We will play,” Keidis continued.');
    expect(quotedSpeech(all, at(all, 'Keidis'), at(all, 'Keidis'))).toBe(true);
  });

  it('does not count it without the quotation', () => {
    expect(quotedSpeech(tokens('Then Keidis continued.'), 1, 1)).toBe(false);
  });
});
