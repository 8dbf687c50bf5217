// speaker.ts: which mention stands as who reported it: the clause's subject for a participle
// or infinitive cue, a name the subject rules read at the cue, else the tagger's Source, else
// the rules' mention (reportedSpeaker). Hand-made spans: no model.
import { describe, expect, it } from 'vitest';
import { reportedSpeaker } from '../../../../src/ingest/quotes/reported/speaker.js';
import { reportedSpeechIn } from './helpers.js';

const speakerOf = (text: string, cue: string, content: string, source: string | null) => {
  const m = reportedSpeaker(text, reportedSpeechIn(text, cue, content, source));
  return m && [m.text, m.kind, m.start];
};

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
    expect(speakerOf('Asked about a call, said Putin had no plans.', 'said', 'Putin had no plans', null)).toBeNull();
  });
});

describe('reportedSpeaker: the Content before the cue', () => {
  it('a subject between the Content and the cue is read before the cue ("..., officials said"), not after it', () => {
    expect(speakerOf('Putin had no plans, officials said.', 'said', 'Putin had no plans', null)).toEqual(['officials', 'NOMINAL', 20]);
    // After the cue the rules would read the time "Wednesday" as a name.
    const text = 'This includes a special force, Defense Secretary Ash Carter told a Senate panel Wednesday.';
    expect(speakerOf(text, 'told', 'This includes a special force', null)).toEqual(['Defense Secretary Ash Carter', 'NAME', 31]);
  });

  it('with nothing between, the subject after the cue ("..., said Peskov")', () => {
    expect(speakerOf('Putin had no plans, said Peskov.', 'said', 'Putin had no plans', null)).toEqual(['Peskov', 'NAME', 25]);
  });
});

describe('reportedSpeaker: a name the rules read that is no subject', () => {
  it('a capitalised introduction ("At Boca West, ...") gives way to the tagger’s Source', () => {
    const text = "At Boca West, where it costs new members $70,000 to sign up, Jay DiPietro, the club's president, suggested that rivals were struggling.";
    expect(speakerOf(text, 'suggested', 'that rivals were struggling', "Jay DiPietro, the club's president,")).toEqual(['Jay DiPietro', 'NAME', 61]);
  });

  it('a name that ends the tagger’s longer Source as a post-modifier: the Source speaks ("75 percent of Democrats")', () => {
    expect(speakerOf('75 percent of Democrats said yes.', 'said', 'yes', '75 percent of Democrats')).toEqual(['75 percent of Democrats', 'NOMINAL', 0]);
    const text = 'Exit polls taken in South Carolina found that most voters back a ban.';
    expect(speakerOf(text, 'found', 'that most voters back a ban', 'Exit polls taken in South Carolina')).toEqual(['Exit polls taken in South Carolina', 'NOMINAL', 0]);
  });

  it('a possessed title set off after the name the tagger found ("Sam Jacobs, Time’s Assistant Managing Editor,")', () => {
    const text = 'Sam Jacobs, Time’s Assistant Managing Editor, explained why Merkel was chosen.';
    expect(speakerOf(text, 'explained', 'why Merkel was chosen', 'Sam Jacobs, Time’s Assistant Managing Editor,')).toEqual(['Sam Jacobs', 'NAME', 0]);
  });

  it('a capitalised apposition to the name the tagger found ("Joh Husted, Ohio Secretary of State,")', () => {
    expect(speakerOf('Joh Husted, Ohio Secretary of State, voiced his disapproval of the ruling.', 'voiced', 'his disapproval of the ruling', 'Joh Husted')).toEqual(['Joh Husted', 'NAME', 0]);
  });

  it('a surname in -ly is still a name ("Schlafly"), unlike a sentence adverb', () => {
    expect(speakerOf('Schlafly then explained its importance.', 'explained', 'its importance', 'Schlafly')).toEqual(['Schlafly', 'NAME', 0]);
  });
});
