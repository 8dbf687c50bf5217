// hand-rules/context.ts: the words around a run that say what it is.
import { describe, expect, it } from 'vitest';
import {
  afterRole,
  afterSpeech,
  beforeItsState,
  beforeMediaNoun,
  beforeSpeech,
  headsIndefinite,
  partyBefore,
  stateAbbreviationInPlace,
} from '../../../../src/ingest/entities/hand-rules/context.js';
import { tokenize } from '../../../../src/ingest/entities/hand-rules/runs.js';

const tokens = (s: string) => tokenize(s, 0, s.length);
const at = (list: { text: string }[], w: string): number => list.findIndex((t) => t.text === w);

describe('beforeSpeech', () => {
  it('sees a reporting verb after the run', () => {
    expect(beforeSpeech(tokens('Peskov said on Tuesday'), 0, true)).toBe(true);
  });

  it('counts "has" only outside the first word of a sentence', () => {
    expect(beforeSpeech(tokens('Merkel has done it'), 0, false)).toBe(true);
    expect(beforeSpeech(tokens('Approval would end it'), 0, true)).toBe(false);
  });

  it('does not count a verb used only in quote frames', () => {
    expect(beforeSpeech(tokens('Exxon reported profits'), 0, false)).toBe(false);
  });
});

describe('afterSpeech', () => {
  it('sees a reporting verb before the run', () => {
    expect(afterSpeech(tokens('said Charlie Black'), 1)).toBe(true);
  });

  it('does not fire after a frame-only verb or a capitalised word', () => {
    expect(afterSpeech(tokens('reported Charlie Black'), 1)).toBe(false);
    expect(afterSpeech(tokens('Mr. Charlie Black'), 1)).toBe(false);
  });
});

describe('afterRole', () => {
  it('sees a role noun just before, with or without a comma', () => {
    expect(afterRole(tokens('his wife, Melania'), 2)).toBe(true);
    expect(afterRole(tokens('the spokeswoman Hope Hicks'), 2)).toBe(true);
  });

  it('does not fire after a possessive or a word that is no role', () => {
    expect(afterRole(tokens("his wife's Melania"), 2)).toBe(false);
    expect(afterRole(tokens('the house, Melania'), 2)).toBe(false);
  });
});

describe('beforeMediaNoun', () => {
  it('sees "magazine" after the run, and nothing after "said"', () => {
    expect(beforeMediaNoun(tokens('Time magazine said'), 0)).toBe(true);
    expect(beforeMediaNoun(tokens('Time said'), 0)).toBe(false);
  });
});

describe('partyBefore', () => {
  it('names the party before a lower-case "party"', () => {
    expect(partyBefore(tokens('the Republican party won'), 1, 'Republican')).toEqual({ name: 'Republican Party', type: 'ORGANIZATION' });
  });

  it('gives nothing before another noun', () => {
    expect(partyBefore(tokens('the Republican candidate won'), 1, 'Republican')).toBeUndefined();
  });
});

describe('headsIndefinite', () => {
  it('sees a run heading a noun phrase after "a"', () => {
    const all = tokens('taken to a state-designated Level I Trauma Center in Akron');
    expect(headsIndefinite(all, at(all, 'Level'), at(all, 'Center'))).toBe(true);
  });

  it('leaves a run used as a modifier', () => {
    const all = tokens('a Clinton Foundation donor gave');
    expect(headsIndefinite(all, 1, 2)).toBe(false);
  });
});

describe('stateAbbreviationInPlace', () => {
  const all = tokens('Everett, Mass., on Friday and Mass. on Sunday');

  it('accepts a state after a place and a comma', () => {
    expect(stateAbbreviationInPlace(all, 1)).toBe(true);
  });

  it('rejects "Mass." after "and"', () => {
    expect(stateAbbreviationInPlace(all, at(all, 'and') + 1)).toBe(false);
  });
});

describe('beforeItsState', () => {
  it('sees a comma and a state after the run', () => {
    expect(beforeItsState(tokens('in San Bernardino, Calif. on'), 2)).toBe(true);
  });

  it('does not fire when the place word opens a longer name', () => {
    expect(beforeItsState(tokens('Trump, Russia Today reported'), 0)).toBe(false);
  });
});
