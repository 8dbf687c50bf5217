// scripts/speakers/reported-gold.ts: the reported-speech tagger's training labels from gold attributions.
import { describe, expect, it } from 'vitest';
import { goldLabels, outermost } from '../../scripts/speakers/reported-gold.js';
import { tokenize } from '../../src/ingest/entities/tokens.js';
import { LABELS } from '../../src/ingest/quotes/reported/labels.js';
import type { Span } from '../../src/ingest/types.js';
import type { GoldAttribution } from '../../scripts/polnear.js';

const TEXT = 'Ross said the numbers were dramatic , showing groups outspending rivals';
const at = (part: string): Span => ({ start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length });
const said: GoldAttribution = { cue: at('said'), source: at('Ross'), content: at('the numbers were dramatic , showing groups outspending rivals') };
const showing: GoldAttribution = { cue: at('showing'), source: at('the numbers'), content: at('groups outspending rivals') };
const labels = (attributions: GoldAttribution[]) => Array.from(goldLabels(tokenize(TEXT), attributions), (l) => LABELS[l]);

describe('outermost', () => {
  it('leaves out an attribution whose Cue lies inside another’s Content', () => {
    expect(outermost([said, showing])).toEqual([said]);
  });

  it('keeps attributions side by side, and one with no Cue', () => {
    const other: GoldAttribution = { cue: at('outspending'), source: null, content: at('rivals') };
    expect(outermost([showing, other])).toEqual([showing]);
    expect(outermost([said, { ...showing, cue: null }])).toEqual([said, { ...showing, cue: null }]);
    expect(outermost([])).toEqual([]);
  });
});

describe('goldLabels', () => {
  it('paints Source and Cue over the Content they lie in: nested, the outer Content is cut', () => {
    expect(labels([said, showing])).toEqual([
      'B-SOURCE', 'B-CUE', 'B-SOURCE', 'I-SOURCE', 'B-CONTENT', 'I-CONTENT', 'I-CONTENT', 'B-CUE', 'B-CONTENT', 'I-CONTENT', 'I-CONTENT',
    ]);
  });

  it('with the outermost attribution only, the Content is whole', () => {
    expect(labels(outermost([said, showing]))).toEqual([
      'B-SOURCE', 'B-CUE', 'B-CONTENT', 'I-CONTENT', 'I-CONTENT', 'I-CONTENT', 'I-CONTENT', 'I-CONTENT', 'I-CONTENT', 'I-CONTENT', 'I-CONTENT',
    ]);
  });

  it('two Contents that meet open with a B- each; tokens of no attribution are O', () => {
    const first: GoldAttribution = { cue: null, source: null, content: at('the numbers') };
    const second: GoldAttribution = { cue: null, source: null, content: at('were dramatic') };
    expect(labels([first, second])).toEqual(['O', 'O', 'B-CONTENT', 'I-CONTENT', 'B-CONTENT', 'I-CONTENT', 'O', 'O', 'O', 'O', 'O']);
  });
});
