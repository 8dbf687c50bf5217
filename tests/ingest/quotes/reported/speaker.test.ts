// speaker.ts: who reported it. The tagger's Source as a mention (writtenMention), and which
// mention stands: a name the subject rules read at the cue, else the tagger's Source, else the
// rules' mention (reportedSpeaker). Hand-made spans: no model.
import { describe, expect, it } from 'vitest';
import type { ReportedSpeech } from '../../../../src/ingest/quotes/reported/index.js';
import { reportedSpeaker, writtenMention } from '../../../../src/ingest/quotes/reported/speaker.js';
import { spanIn } from './helpers.js';

/** The tagger's Source `source` in `sentence + " said."`, as a mention: [text, kind]. */
const asSource = (source: string) => {
  const m = writtenMention(`${source} said.`, { start: 0, end: source.length });
  return [m.text, m.kind];
};

/** A one-sentence ReportedSpeech from its parts as written (each at its first occurrence). */
const reported = (text: string, cue: string, content: string, source: string | null): ReportedSpeech => ({
  content: spanIn(text, content),
  cue: spanIn(text, cue),
  source: source ? spanIn(text, source) : null,
  sentence: { start: 0, end: text.length },
  blockIndex: 0,
});
const speakerOf = (text: string, cue: string, content: string, source: string | null) => {
  const m = reportedSpeaker(text, reported(text, cue, content, source));
  return m && [m.text, m.kind, m.start];
};

describe('writtenMention', () => {
  it('a capitalised Source is a name, "the" or not', () => {
    expect(['Peskov', 'Mr. Peskov', 'The Washington Post', 'the Kremlin', 'The Kremlin', 'Reuters'].map(asSource)).toEqual([
      ['Peskov', 'NAME'],
      ['Mr. Peskov', 'NAME'],
      ['The Washington Post', 'NAME'],
      ['the Kremlin', 'NAME'],
      ['The Kremlin', 'NAME'],
      ['Reuters', 'NAME'],
    ]);
  });

  it('a personal or relative pronoun, any case, is a pronoun', () => {
    expect(['he', 'He', 'she', 'they', 'it', 'we', 'I', 'you', 'who', 'which', 'Which'].map(asSource).map(([, kind]) => kind)).toEqual(new Array(11).fill('PRONOUN'));
  });

  it('anything else is a description', () => {
    expect(['a Kremlin spokesman', 'officials', 'some officials', 'the company', 'them', 'a source close to the talks'].map(asSource)).toEqual([
      ['a Kremlin spokesman', 'NOMINAL'],
      ['officials', 'NOMINAL'],
      ['some officials', 'NOMINAL'],
      ['the company', 'NOMINAL'],
      ['them', 'NOMINAL'],
      ['a source close to the talks', 'NOMINAL'],
    ]);
  });

  // speaker.ts's header gives "the Kremlin spokesman" as a description; writtenMention reads any
  // Source whose first word after "the" is capitalised as a name. Fails today: flip to it() once fixed.
  it('"the Kremlin spokesman" is a description, as speaker.ts documents', () => {
    expect(asSource('the Kremlin spokesman')).toEqual(['the Kremlin spokesman', 'NOMINAL']);
  });

  it('keeps the offsets into the text, and drops a name’s closing full stop but not an initial’s', () => {
    const text = 'Putin has no plans, said Peskov.';
    expect(writtenMention(text, spanIn(text, 'Peskov.'))).toEqual({ start: 25, end: 31, text: 'Peskov', kind: 'NAME' });
    const jr = 'Putin has no plans, said John Smith Jr.';
    expect(writtenMention(jr, spanIn(jr, 'John Smith Jr.')).text).toBe('John Smith Jr.');
  });
});

describe('reportedSpeaker: a name the rules read at the cue wins', () => {
  it('the subject before the cue when the Content follows it, over the tagger’s Source', () => {
    const text = 'Peskov, the Kremlin spokesman, said Putin had no plans.';
    expect(speakerOf(text, 'said', 'Putin had no plans', 'the Kremlin spokesman')).toEqual(['Peskov', 'NAME', 0]);
  });

  it('the same with no Source tagged', () => {
    expect(speakerOf('The Kremlin said Putin had no plans.', 'said', 'Putin had no plans', null)).toEqual(['The Kremlin', 'NAME', 0]);
  });

  it('the subject after the cue when the Content comes first', () => {
    expect(speakerOf('Putin had no plans, said Peskov.', 'said', 'Putin had no plans', null)).toEqual(['Peskov', 'NAME', 25]);
    expect(speakerOf('Putin had no plans, according to the Kremlin.', 'according to', 'Putin had no plans', null)).toEqual(['the Kremlin', 'NAME', 33]);
  });
});

describe('reportedSpeaker: else the tagger’s Source', () => {
  it('a name the rules do not read: "X, Peskov said" (the rules look after the cue)', () => {
    expect(speakerOf('Putin had no plans, Peskov said.', 'said', 'Putin had no plans', 'Peskov')).toEqual(['Peskov', 'NAME', 20]);
  });

  it('a description the rules do not read', () => {
    expect(speakerOf('Putin had no plans, a source said.', 'said', 'Putin had no plans', 'a source')).toEqual(['a source', 'NOMINAL', 20]);
  });

  it('over a description the rules read', () => {
    // The rules read "The Kremlin spokesman" as a description; the tagger's Source stands, as writtenMention reads it.
    const text = 'The Kremlin spokesman said Putin had no plans.';
    expect(speakerOf(text, 'said', 'Putin had no plans', 'The Kremlin spokesman')![0]).toBe('The Kremlin spokesman');
    expect(speakerOf('He said Putin had no plans.', 'said', 'Putin had no plans', 'He')).toEqual(['He', 'PRONOUN', 0]);
  });

  it('a Source after the cue when the Content follows it (the rules look before the cue)', () => {
    expect(speakerOf('According to the Kremlin, Putin had no plans.', 'According to', 'Putin had no plans', 'the Kremlin')).toEqual(['the Kremlin', 'NAME', 13]);
  });
});

describe('reportedSpeaker: else the rules’ mention, else no one', () => {
  it('a description or pronoun the rules read, when the tagger found no Source', () => {
    expect(speakerOf('The spokesman said Putin had no plans.', 'said', 'Putin had no plans', null)).toEqual(['The spokesman', 'NOMINAL', 0]);
    expect(speakerOf('He said Putin had no plans.', 'said', 'Putin had no plans', null)).toEqual(['He', 'PRONOUN', 0]);
  });

  it('null when neither finds anyone', () => {
    expect(speakerOf('Putin had no plans, officials said.', 'said', 'Putin had no plans', null)).toBeNull();
    expect(speakerOf('Asked about a call, said Putin had no plans.', 'said', 'Putin had no plans', null)).toBeNull();
  });
});
