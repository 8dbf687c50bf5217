// attributions.ts: from a tagged sentence to attributions. Hand-made label sequences only: no model.
import { describe, expect, it } from 'vitest';
import { attributionsOf, segmentsOf, spanOf, type Segment, type TokenAttribution } from '../../../../src/ingest/quotes/reported/attributions.js';
import type { Role } from '../../../../src/ingest/quotes/reported/labels.js';
import { labelsOf, tokensOf } from './helpers.js';

const seg = (role: Role, from: number, to: number): Segment => ({ role, from, to });

/** Each attribution of a tagged sentence as words: [cue, content, source]. */
function attributed(words: string, labels: string): (string | null)[][] {
  const w = words.split(' ');
  const l = labelsOf(labels);
  expect(l.length).toBe(w.length);
  const text = (s: Segment | null) => (s ? w.slice(s.from, s.to).join(' ') : null);
  return attributionsOf(segmentsOf(l)).map((a: TokenAttribution) => [text(a.cue), text(a.content), text(a.source)]);
}

describe('segmentsOf', () => {
  it('joins a B- and the I-s after it into one segment, and skips O', () => {
    expect(segmentsOf(labelsOf('B-SOURCE B-CUE B-CONTENT I-CONTENT I-CONTENT O'))).toEqual([seg('SOURCE', 0, 1), seg('CUE', 1, 2), seg('CONTENT', 2, 5)]);
  });

  it('a B- after a segment of its own role opens a new one', () => {
    expect(segmentsOf(labelsOf('B-CONTENT I-CONTENT B-CONTENT I-CONTENT'))).toEqual([seg('CONTENT', 0, 2), seg('CONTENT', 2, 4)]);
  });

  it('a stray I- (after O or another role) opens a segment of its own', () => {
    expect(segmentsOf(labelsOf('O I-CONTENT I-CONTENT B-CUE I-SOURCE'))).toEqual([seg('CONTENT', 1, 3), seg('CUE', 3, 4), seg('SOURCE', 4, 5)]);
  });

  it('no labels, or only O, make no segments', () => {
    expect(segmentsOf([])).toEqual([]);
    expect(segmentsOf(labelsOf('O O O'))).toEqual([]);
  });
});

describe('attributionsOf: the shapes of a reported sentence', () => {
  it('Source Cue Content: "Peskov said that Putin had no plans"', () => {
    expect(attributed('Peskov said that Putin had no plans', 'B-SOURCE B-CUE B-CONTENT I-CONTENT I-CONTENT I-CONTENT I-CONTENT')).toEqual([['said', 'that Putin had no plans', 'Peskov']]);
  });

  it('Content before the Cue: "Putin had no plans , Peskov said"', () => {
    expect(attributed('Putin had no plans , Peskov said', 'B-CONTENT I-CONTENT I-CONTENT I-CONTENT O B-SOURCE B-CUE')).toEqual([['said', 'Putin had no plans', 'Peskov']]);
  });

  it('Cue Source Content: "according to the Kremlin , Putin has no plans"', () => {
    expect(attributed('according to the Kremlin , Putin has no plans', 'B-CUE I-CUE B-SOURCE I-SOURCE O B-CONTENT I-CONTENT I-CONTENT I-CONTENT')).toEqual([
      ['according to', 'Putin has no plans', 'the Kremlin'],
    ]);
  });

  it('Content Cue Source: "Putin has no plans , said Peskov"', () => {
    expect(attributed('Putin has no plans , said Peskov', 'B-CONTENT I-CONTENT I-CONTENT I-CONTENT O B-CUE B-SOURCE')).toEqual([['said', 'Putin has no plans', 'Peskov']]);
  });

  it('two cues in one sentence each take their own Content and Source', () => {
    expect(
      attributed(
        'The Kremlin said Putin had no plans and Peskov added that Trump had not called',
        'B-SOURCE I-SOURCE B-CUE B-CONTENT I-CONTENT I-CONTENT I-CONTENT O B-SOURCE B-CUE B-CONTENT I-CONTENT I-CONTENT I-CONTENT I-CONTENT',
      ),
    ).toEqual([
      ['said', 'Putin had no plans', 'The Kremlin'],
      ['added', 'that Trump had not called', 'Peskov'],
    ]);
  });

  it('two cues, the first with its Content before it, the second after, far enough apart', () => {
    expect(
      attributed(
        'Putin had no plans , Peskov said on Monday , while in Washington officials said Trump had not called',
        'B-CONTENT I-CONTENT I-CONTENT I-CONTENT O B-SOURCE B-CUE O O O O O O B-SOURCE B-CUE B-CONTENT I-CONTENT I-CONTENT I-CONTENT',
      ),
    ).toEqual([
      ['said', 'Putin had no plans', 'Peskov'],
      ['said', 'Trump had not called', 'officials'],
    ]);
  });

  it('a Cue takes no Content past the next Cue: each "said" keeps its own', () => {
    // In the seed article, "“...,” Peskov said, adding that European leaders ..." reports what
    // Peskov added under "adding", not "said".
    expect(
      attributed('Putin had no plans , Peskov said , and officials said Trump had not called', 'B-CONTENT I-CONTENT I-CONTENT I-CONTENT O B-SOURCE B-CUE O O B-SOURCE B-CUE B-CONTENT I-CONTENT I-CONTENT I-CONTENT'),
    ).toEqual([
      ['said', 'Putin had no plans', 'Peskov'],
      ['said', 'Trump had not called', 'officials'],
    ]);
  });

  it('a sentence with no Source still attributes: the source is null', () => {
    expect(attributed('it was said that Putin had no plans', 'O O B-CUE B-CONTENT I-CONTENT I-CONTENT I-CONTENT I-CONTENT')).toEqual([['said', 'that Putin had no plans', null]]);
  });
});

describe('attributionsOf: which Content a Cue takes', () => {
  it('the Content after the Cue beats the one before it', () => {
    expect(attributed('Putin had plans , Peskov said Trump had none', 'B-CONTENT I-CONTENT I-CONTENT O B-SOURCE B-CUE B-CONTENT I-CONTENT I-CONTENT')).toEqual([['said', 'Trump had none', 'Peskov']]);
  });

  it('a Content may start up to 6 tokens after its Cue, not 7', () => {
    // said [gap] Content: the gap is 6, then 7 tokens of O.
    const at = (gap: number) => attributionsOf([seg('CUE', 0, 1), seg('CONTENT', 1 + gap, 3 + gap)]).map((a) => a.content.from);
    expect(at(0)).toEqual([1]);
    expect(at(6)).toEqual([7]);
    expect(at(7)).toEqual([]);
  });

  it('a Content may end up to 12 tokens before its Cue, not 13', () => {
    const at = (gap: number) => attributionsOf([seg('CONTENT', 0, 3), seg('CUE', 3 + gap, 4 + gap)]).map((a) => a.cue.from);
    expect(at(0)).toEqual([3]);
    expect(at(12)).toEqual([15]);
    expect(at(13)).toEqual([]);
  });

  it('too far after, the Content before is taken instead', () => {
    expect(attributionsOf([seg('CONTENT', 0, 3), seg('CUE', 4, 5), seg('CONTENT', 12, 14)])).toEqual([{ cue: seg('CUE', 4, 5), content: seg('CONTENT', 0, 3), source: null }]);
  });

  it('a Content is taken by one Cue only: "Peskov said Putin had plans , officials said"', () => {
    expect(attributed('Peskov said Putin had plans , officials said', 'B-SOURCE B-CUE B-CONTENT I-CONTENT I-CONTENT O B-SOURCE B-CUE')).toEqual([['said', 'Putin had plans', 'Peskov']]);
  });

  it('a Cue with no Content, and a Content with no Cue, give nothing', () => {
    expect(attributed('Peskov said so', 'B-SOURCE B-CUE O')).toEqual([]);
    expect(attributed('Putin had no plans', 'B-CONTENT I-CONTENT I-CONTENT I-CONTENT')).toEqual([]);
    expect(attributionsOf([])).toEqual([]);
  });
});

describe('attributionsOf: which Source a Cue takes', () => {
  it('the nearest Source on either side of the Cue', () => {
    // A Source 3 tokens before "said", another right after it.
    expect(attributed('officials in Moscow , said Peskov , that Putin had plans', 'B-SOURCE O O O B-CUE B-SOURCE O B-CONTENT I-CONTENT I-CONTENT I-CONTENT')).toEqual([
      ['said', 'that Putin had plans', 'Peskov'],
    ]);
  });

  it('on a tie, the Source before the Cue', () => {
    expect(attributed('Peskov , said , officials : Putin had plans', 'B-SOURCE O B-CUE O B-SOURCE O B-CONTENT I-CONTENT I-CONTENT')).toEqual([['said', 'Putin had plans', 'Peskov']]);
  });

  it('a Source inside the Content is not taken', () => {
    // Only hand-made segments can nest; the Source outside, though further, is taken.
    const cue = seg('CUE', 2, 3);
    const content = seg('CONTENT', 3, 9);
    expect(attributionsOf([seg('SOURCE', 0, 1), cue, content, seg('SOURCE', 4, 5)])).toEqual([{ cue, content, source: seg('SOURCE', 0, 1) }]);
    expect(attributionsOf([cue, content, seg('SOURCE', 4, 5)])).toEqual([{ cue, content, source: null }]);
  });

  it('one Source may serve two Cues', () => {
    expect(attributed('Peskov said Putin had plans and added Trump had none', 'B-SOURCE B-CUE B-CONTENT I-CONTENT I-CONTENT O B-CUE B-CONTENT I-CONTENT I-CONTENT')).toEqual([
      ['said', 'Putin had plans', 'Peskov'],
      ['added', 'Trump had none', 'Peskov'],
    ]);
  });
});

describe('attributionsOf: a sentence of thousands of cues', () => {
  it('pairs 20,000 alternating Cue and Content segments in linear time', () => {
    // Each segment counts the reads of its fields: a pass that rescanned the segments per Cue
    // would read hundreds of millions of them.
    let reads = 0;
    const counted = (role: Role, from: number, to: number): Segment =>
      Object.defineProperties({} as Segment, {
        role: { get: () => (reads++, role), enumerable: true },
        from: { get: () => (reads++, from), enumerable: true },
        to: { get: () => (reads++, to), enumerable: true },
      });
    const segments = Array.from({ length: 20_000 }, (_, i) => (i % 2 === 0 ? counted('CUE', i, i + 1) : counted('CONTENT', i, i + 1)));
    const out = attributionsOf(segments);
    expect(out.length).toBe(10_000);
    expect(out.every((a, k) => a.cue === segments[2 * k] && a.content === segments[2 * k + 1] && a.source === null)).toBe(true);
    expect(reads).toBeLessThan(20 * segments.length);
  });
});

describe('spanOf', () => {
  it('runs from the first token’s start to the last token’s end', () => {
    const text = 'Peskov said that Putin had no plans.';
    const tokens = tokensOf(text);
    const span = spanOf(tokens, seg('CONTENT', 2, 7));
    expect(span).toEqual({ start: 12, end: 35 });
    expect(text.slice(span.start, span.end)).toBe('that Putin had no plans');
    expect(text.slice(...Object.values(spanOf(tokens, seg('SOURCE', 0, 1))))).toBe('Peskov');
  });
});
