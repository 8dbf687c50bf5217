// clause-subject.ts: the subject of the clause a cue stands in, for a participle or infinitive
// cue (nonFiniteSubject) and a cue with nothing read at it (clauseSpeaker). Hand-made spans.
import { describe, expect, it } from 'vitest';
import { clauseSpeaker, nonFiniteSubject } from '../../../../src/ingest/quotes/reported/clause-subject.js';
import { reportedSpeaker } from '../../../../src/ingest/quotes/reported/speaker.js';
import { reportedSpeechIn } from './helpers.js';

/** Who reportedSpeaker says reported it, as [text, kind, start]: the shared subject stands there. */
const speakerOf = (text: string, cue: string, content: string, source: string | null) => {
  const m = reportedSpeaker(text, reportedSpeechIn(text, cue, content, source));
  return m && [m.text, m.kind, m.start];
};

/** The clause subject a participle or infinitive cue shares, as [text, kind, start]. */
const sharedOf = (text: string, cue: string, content: string) => {
  const m = nonFiniteSubject(text, reportedSpeechIn(text, cue, content, null));
  return m && [m.text, m.kind, m.start];
};
/** The subject of the cue's clause, as [text, kind, start]. */
const clauseOf = (text: string, cue: string, content: string) => {
  const m = clauseSpeaker(text, reportedSpeechIn(text, cue, content, null));
  return m && [m.text, m.kind, m.start];
};

describe('nonFiniteSubject: a participle or infinitive cue shares the subject of its clause', () => {
  it('a participle set off by a comma or a dash: the clause subject, not the object before the cue', () => {
    expect(sharedOf('Rubio hit back again, saying Christie was too focused on his campaign.', 'saying', 'Christie was too focused on his campaign')).toEqual(['Rubio', 'NAME', 0]);
    // The tagger marked the object as the Source; the clause subject wins over it.
    const text = 'Hillary Clinton set out to energize the Democratic Party, hoping to bring together rising groups of voters.';
    expect(speakerOf(text, 'hoping', 'to bring together rising groups of voters', 'Democratic Party')).toEqual(['Hillary Clinton', 'NAME', 0]);
  });

  it('a participle after a preposition, written before the cue or inside it ("before backing", "without specifically naming")', () => {
    const text = 'Mr. Coleman had previously endorsed Senator Lindsey Graham before backing Mr. Rubio.';
    expect(speakerOf(text, 'backing', 'Mr. Rubio', 'Lindsey Graham')).toEqual(['Mr. Coleman', 'NAME', 0]);
    expect(sharedOf('Blackwell also took a shot at Hillary Clinton, without specifically naming her.', 'without specifically naming', 'her')).toEqual(['Blackwell', 'NAME', 0]);
  });

  it('a participle phrase that opens the sentence, or the clause after a colon: the subject after its comma', () => {
    expect(sharedOf('Noting that both Reagan and Trump battled the media, Schlafly put her finger on it.', 'Noting', 'that both Reagan and Trump battled the media')).toEqual(['Schlafly', 'NAME', 53]);
    const text = 'In this case, it backfired: By refusing to admit any fault, Trump and Lewandowski appeared weak.';
    expect(speakerOf(text, 'refusing', 'to admit any fault', 'By')).toEqual(['Trump and Lewandowski', 'NAME', 60]);
  });

  it('an infinitive of purpose: the clause subject ("Obama visited the court on Friday to view")', () => {
    expect(sharedOf('Obama visited the court on Friday to view the casket.', 'to view', 'the casket')).toEqual(['Obama', 'NAME', 0]);
  });

  it('not after a verb whose object is the infinitive’s subject ("led Reince Priebus to declare"): the rules read that object', () => {
    const text = 'The decisive victory led Reince Priebus to declare Trump the nominee.';
    expect(sharedOf(text, 'to declare', 'Trump the nominee')).toBeNull();
    expect(speakerOf(text, 'to declare', 'Trump the nominee', 'Reince Priebus')).toEqual(['Reince Priebus', 'NAME', 25]);
  });

  it('a reporting frame set off right before the participle speaks: "..., a Chinese official said, adding", "..., said spokesman John Kirby, referring to"', () => {
    expect(sharedOf('Washington did not complain, a Chinese official said, adding that the impact was hard to estimate.', 'adding', 'that the impact was hard to estimate')).toEqual(['a Chinese official', 'NOMINAL', 29]);
    expect(sharedOf('The department is committed to transparency, said spokesman John Kirby, referring to the report.', 'referring to', 'the report')).toEqual(['John Kirby', 'NAME', 60]);
  });

  it('a name set off right after a description subject is the speaker ("Clinton\'s husband, Bill,")', () => {
    expect(sharedOf("Clinton's husband, Bill, effectively hurled the kitchen sink at Sanders, accusing his followers of sexism.", 'accusing', 'his followers of sexism')).toEqual(['Bill', 'NAME', 19]);
  });

  it('the subject of the clause the participle ends: after ", but", and an open relative pronoun', () => {
    const text = 'Trump pivoted to trade, but Wallace brought him back to the attacks, asking Trump to share his views.';
    expect(speakerOf(text, 'asking', 'Trump to share his views', 'Trump')).toEqual(['Wallace', 'NAME', 28]);
    const ryan = 'The nominee sat with House Speaker Paul Ryan, who a week ago surprised Trump by declaring he was not ready.';
    const m = nonFiniteSubject(ryan, reportedSpeechIn(ryan, 'declaring', 'he was not ready', null))!;
    expect([m.text, m.kind, m.start, m.antecedent?.text]).toEqual(['who', 'NAME', 46, 'House Speaker Paul Ryan']);
  });

  it('without the words that trail the subject, past a dateline, and never a time or a lone number word', () => {
    expect(sharedOf('Sanders himself has toned down his criticism of Hillary Clinton, shifting his focus to Donald Trump.', 'shifting his focus to', 'Donald Trump')).toEqual(['Sanders', 'NAME', 0]);
    // The clause reading takes "objectors" for the verb of "Two".
    expect(sharedOf('Two objectors, Lawrence Joyce and William Graham, had challenged the bid, contending that his name should not appear.', 'contending', 'that his name should not appear')).toBeNull();
    expect(sharedOf('Aug 27 (Reuters) - Democrat Hillary Clinton on Saturday received a briefing since accepting the nomination.', 'accepting', 'the nomination')).toEqual(['Democrat Hillary Clinton', 'NAME', 19]);
    expect(sharedOf('Wednesday added one more twist, naming Carly Fiorina his running mate.', 'naming', 'Carly Fiorina his running mate')).toBeNull();
  });

  it('not for a finite cue, nor for "according to"', () => {
    expect(sharedOf('Rubio said Christie was too focused on his campaign.', 'said', 'Christie was too focused on his campaign')).toBeNull();
    expect(sharedOf('The figures rose, according to the report released Monday.', 'according to', 'the report released Monday')).toBeNull();
  });
});

describe('clauseSpeaker: the subject of the cue’s clause when nothing is read at the cue', () => {
  it('a verb coordinated with an earlier one, and a subject set apart from its cue by a relative clause', () => {
    expect(clauseOf('The AP has surveyed these delegates several times and noted their endorsements.', 'noted', 'their endorsements')).toEqual(['The AP', 'NAME', 0]);
    const text = "Mrs. Clinton's presidential campaign, which has been shadowed by the controversy for months, said it had done nothing wrong.";
    expect(clauseOf(text, 'said', 'it had done nothing wrong')).toEqual(["Mrs. Clinton's presidential campaign", 'NOMINAL', 0]);
  });

  it('cut before time words, and none where the "subject" took in a verb or is the cue itself', () => {
    expect(clauseOf('Hillary Clinton on Friday only further muddled a controversy.', 'muddled', 'a controversy')).toEqual(['Hillary Clinton', 'NAME', 0]);
    expect(clauseOf('Jimmy Carter lent his ear to deregulation advocates and appointed a Fed chairman.', 'appointed', 'a Fed chairman')).toBeNull();
    expect(clauseOf('Says Clinton would stack the court against gun owners.', 'Says', 'Clinton would stack the court against gun owners')).toBeNull();
  });
});
