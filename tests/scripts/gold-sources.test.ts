// scripts/gold-sources.ts: the head of a PolNeAR gold Source phrase, for scoring speakers.
import { describe, expect, it } from 'vitest';
import { sourceHead } from '../../scripts/gold-sources.js';

describe('the head of a gold source', () => {
  const head = (s: string) => {
    const h = sourceHead(s, { start: 0, end: s.length });
    return [h.cls, h.words.map((w) => s.slice(w.start, w.end)).join(' ')];
  };

  it('keeps the head noun phrase, drops possessors, post-modifiers and relative clauses', () => {
    expect(head('A spokesman for presidential candidate Hillary Clinton')).toEqual(['pronoun/nominal', 'A spokesman']);
    expect(head('Trump’s GOP rival Sen. Marco Rubio (R-Fla.)')).toEqual(['name', 'GOP rival Sen. Marco Rubio']);
    expect(head('Jeffrey Lewis of the James Martin Center')).toEqual(['name', 'Jeffrey Lewis']);
    expect(head('Secretary of State John Kerry')).toEqual(['name', 'Secretary of State John Kerry']);
    expect(head('The former secretary of State')).toEqual(['pronoun/nominal', 'The former secretary']);
    expect(head('Dorothy Poynter, who grew up with Ali,')).toEqual(['name', 'Dorothy Poynter']);
    expect(head('one New Hampshire Democrat')).toEqual(['pronoun/nominal', 'one New Hampshire Democrat']);
    expect(head('he')).toEqual(['pronoun/nominal', 'he']);
  });
});
