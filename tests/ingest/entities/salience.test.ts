// salience.ts: each entity's share of the article's mention weight, the lead counting most.
import { describe, expect, it } from 'vitest';
import { ruleMentions } from '../../../src/ingest/entities/index.js';
import { merge } from '../../../src/ingest/entities/merge.js';
import { withSalience } from '../../../src/ingest/entities/salience.js';
import { readWireText } from '../../../src/ingest/formats/wire-text.js';
import type { ArticleDraft, ParsedEntity } from '../../../src/ingest/types.js';

/** The rules' merged entities of a wire text (index.ts's ruleMentions, then merge). */
function entitiesOf(wire: string): { draft: ArticleDraft; entities: ParsedEntity[] } {
  const draft = readWireText(wire, 'x.txt');
  return { draft, entities: merge(draft.text, ruleMentions(draft)) };
}
const scores = (list: ParsedEntity[]): [string, number][] => list.map((e) => [e.name, e.salience]);

describe('withSalience', () => {
  it('weights each mention by its paragraph (1, 1/√2, ...) and sorts by share, then name', () => {
    const { draft, entities } = entitiesOf('Title line\n\nKremlin spokesman Dmitry Peskov said on Tuesday that Russia was ready.\n\nPeskov said talks could begin.\n');
    const total = 3 + 1 / Math.sqrt(2);
    const list = withSalience(draft, entities);
    expect(list.map((e) => e.name)).toEqual(['Dmitry Peskov', 'Kremlin', 'Russia']);
    expect(list[0]!.salience).toBeCloseTo((1 + 1 / Math.sqrt(2)) / total, 12);
    expect(list[1]!.salience).toBeCloseTo(1 / total, 12);
    expect(list[2]!.salience).toBe(list[1]!.salience);
    expect(list.reduce((s, e) => s + e.salience, 0)).toBeCloseTo(1, 12);
  });

  it('counts paragraphs only: a subhead does not push later paragraphs down', () => {
    const { draft, entities } = entitiesOf('Title line\n\nThe Kremlin said talks were possible.\n\nWAR AND PEACE\n\nProtests erupted in Moscow on Sunday.\n');
    expect(draft.blocks.map((b) => b.kind)).toEqual(['PARAGRAPH', 'SUBHEAD', 'PARAGRAPH']);
    const w = 1 / Math.sqrt(2);
    const list = withSalience(draft, entities);
    expect(list.map((e) => e.name)).toEqual(['Kremlin', 'Moscow']);
    expect(list[1]!.salience).toBeCloseTo(w / (1 + w), 12);
  });

  it('gives a later paragraph less than the lead', () => {
    const { draft, entities } = entitiesOf('Title line\n\nThe Kremlin said talks were possible.\n\nNo date was set.\n\nNothing was agreed.\n\nProtests erupted in Moscow on Sunday.\n');
    const list = withSalience(draft, entities);
    expect(scores(list).map(([n]) => n)).toEqual(['Kremlin', 'Moscow']);
    expect(list[1]!.salience).toBeCloseTo(0.5 / 1.5, 12);
  });

  it('gives every entity 0 when there are no mentions to share out', () => {
    const { draft } = entitiesOf('Title line\n\nThe Kremlin said talks were possible.\n');
    const bare: ParsedEntity = { name: 'Kremlin', type: 'ORGANIZATION', aliases: [], descriptions: [], mentions: [], salience: 0.5 };
    expect(scores(withSalience(draft, [bare]))).toEqual([['Kremlin', 0]]);
  });
});
