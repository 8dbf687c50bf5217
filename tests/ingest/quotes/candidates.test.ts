import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/ingest/entities/index.js';
import { readWireText } from '../../../src/ingest/formats/wire-text.js';
import { extractQuotes, type RankObservation } from '../../../src/ingest/quotes/index.js';
import type { Candidate } from '../../../src/ingest/quotes/candidates.js';
import type { ArticleDraft } from '../../../src/ingest/types.js';

/** Every kept quote's candidates, as the rule cascade alone sees them. */
function observe(draft: ArticleDraft): RankObservation[] {
  const out: RankObservation[] = [];
  extractQuotes(draft, extractEntities(draft), { ranker: null, observe: (o) => out.push(o) });
  return out;
}
const row = (c: Candidate) => [c.mention?.text ?? null, c.rules.join(','), c.source, c.entityType];
const draftOf = (...paragraphs: string[]): ArticleDraft => readWireText(['Title', ...paragraphs].join('\n\n'), 'test.txt');

describe('gatherCandidates on the seed article', () => {
  const draft = readWireText(readFileSync(new URL('../../../seeds/000_fd439a6a3e23e835.txt', import.meta.url), 'utf8'), '000_fd439a6a3e23e835.txt');
  const seen = observe(draft);
  const quoteAt = (prefix: string): RankObservation => seen.find((o) => draft.text.slice(o.start, o.end).startsWith(prefix))!;

  it('gives every kept quote its candidates, the cascade’s choice first and NULL last', () => {
    expect(seen).toHaveLength(9);
    for (const o of seen) {
      expect(o.candidates[0]).toBe(o.ctx.cascade);
      expect(o.candidates.at(-1)!.mention).toBeNull();
    }
  });

  it('`“...,” Kremlin spokesman Dmitry Peskov told reporters`: the tail frame’s name, then the entity mentions around the quote', () => {
    expect(quoteAt('This is completely untrue').candidates.map(row)).toEqual([
      ['Dmitry Peskov', 'tail,tail-far', 'rule', 'PERSON'],
      ['Reuters', '', 'entity', 'ORGANIZATION'],
      ['Kremlin', '', 'entity', 'ORGANIZATION'],
      [null, '', 'null', null],
    ]);
  });

  it('a quote of a run of quote paragraphs: the tail frame and the run’s speaker are two candidates', () => {
    expect(quoteAt('This is the most obvious').candidates.map(row)).toEqual([
      ['Peskov', 'tail,tail-far', 'rule', 'PERSON'],
      ['Dmitry Peskov', 'run', 'rule', 'PERSON'],
      [null, '', 'null', null],
    ]);
  });

  it('`The Kremlin said ... “pumping weapons”`: three rules agree on one mention; names and a pronoun around it follow', () => {
    expect(quoteAt('pumping weapons').candidates.map(row)).toEqual([
      ['The Kremlin', 'head,own-clause,subject', 'rule', 'ORGANIZATION'],
      ['Putin', '', 'entity', 'PERSON'],
      ['NATO', '', 'entity', 'ORGANIZATION'],
      ['Trump', '', 'entity', 'PERSON'],
      ['they', '', 'pronoun', null],
      [null, '', 'null', null],
    ]);
  });

  it('a quote continuing its paragraph: the paragraph’s speaker carried, then the window’s mentions', () => {
    expect(quoteAt('There was no conversation').candidates.map(row)).toEqual([
      ['Dmitry Peskov', 'paragraph', 'rule', 'PERSON'],
      ['Kremlin', '', 'entity', 'ORGANIZATION'],
      [null, '', 'null', null],
    ]);
  });
});

describe('gatherCandidates: what the window adds', () => {
  it('a possessive pronoun is a candidate ("his past comments on ... “rapists”")', () => {
    const d = draftOf('Donald Trump spoke in Phoenix on Wednesday.', 'Given his past comments on Mexican “rapists,” the speech drew protesters.');
    const [o] = observe(d);
    expect(o!.candidates.map(row)).toEqual([
      [null, '', 'null', null],
      ['Donald Trump', '', 'entity', 'PERSON'],
      ['his', '', 'pronoun', null],
    ]);
  });

  it('a name inside a proposed mention is that candidate, not another one', () => {
    const d = draftOf('“We will not be intimidated,” Kremlin spokesman Dmitry Peskov told reporters on Friday.');
    const [o] = observe(d);
    expect(o!.candidates.map(row)).toEqual([
      ['Dmitry Peskov', 'tail,tail-far', 'rule', 'PERSON'],
      ['Kremlin', '', 'entity', 'ORGANIZATION'],
      [null, '', 'null', null],
    ]);
  });

  it('keeps the six mentions nearest the quote that no rule proposed, in text order (John Thune, the farthest, goes)', () => {
    const d = draftOf(
      'Senators John Thune, Susan Collins, Lisa Murkowski, Mitt Romney, Rand Paul, Mike Lee and Ted Cruz met on Tuesday.',
      'Thune said the talks were “productive.”',
    );
    const [o] = observe(d);
    expect(o!.candidates.map((c) => c.mention?.text ?? null)).toEqual(['Thune', 'Susan Collins', 'Lisa Murkowski', 'Mitt Romney', 'Paul', 'Mike Lee', 'Ted Cruz', null]);
  });
});
