// subjects.ts: the subject of the clause that holds a quote with no reporting cue of its own.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/ingest/quotes/index.js';
import { draftOf, entity, attributed, smith, who, expectOffsets, jane, withPeople, directQuotes } from './helpers.js';

describe('the clause subject speaks', () => {
  it('a quote in a clause with no reporting verb belongs to the clause subject, its verb as the cue', () => {
    const d = draftOf('On Monday, Jane Smith referred to the plan as “a total disaster” in Iowa.');
    const q = directQuotes(extractQuotes(d, [jane(d)]));
    expect(q.map((x) => [x.speaker, x.speakerAsWritten, x.cue])).toEqual([['Jane Smith', 'Jane Smith', 'referred']]);
    expectOffsets(d, q);
  });

  it('a contracted pronoun subject: She’s predicting that ... “...”', () => {
    const d = draftOf('Smith spoke on Monday. She’s predicting that Jones “has no chance” of winning.');
    expect(withPeople(d)).toEqual([['has no chance', 'Jane Smith', 'She', 'predicting']]);
  });
});

describe('introductions before the subject', () => {
  it('a relative clause inside an introductory phrase is skipped to the clause subject', () => {
    const d = draftOf('Speaking in Salem, which hosts the next primary on Tuesday, Jane Smith referred to Rubio as “a bright, charismatic leader.”');
    expect(who(d, smith(d))).toEqual([['a bright, charismatic leader.', 'Jane Smith', 'Jane Smith', 'referred']]);
  });

  it('a short time adverbial before the subject is skipped ("Eight years ago, she ...")', () => {
    const d = draftOf('Jane Smith is a senator.', 'Eight years ago, she supported the bill and said, “It will pass.”');
    expect(who(d, smith(d))).toEqual([['It will pass.', 'Jane Smith', 'she', 'said']]);
  });

  it('a past participle with its preposition opens an introduction: "Horrified at ..., Reed believes"', () => {
    expect(attributed('Horrified at the prospect of war, Tom Reed believes in journalism that “takes sides.”')).toEqual([
      ['takes sides.', 'Tom Reed', 'Tom Reed', 'believes'],
    ]);
  });

  it('a state after a place in the introduction, a comma inside a closing quote mark, a month abbreviation in the subject', () => {
    expect(attributed('Speaking at a town hall in Salem, New Hampshire, Tom Reed went after Bush, calling him “a total stiff.”')[0]![2]).toBe('Tom Reed');
    expect(attributed('Kerry Washington, star of television’s “Scandal,” thanked Obama for “taking these steps.”').at(-1)).toEqual([
      'taking these steps.', 'Kerry Washington', 'Kerry Washington', 'thanked',
    ]);
    expect(attributed('The Republican nominee for the Nov. 8 election later said he was being “sarcastic” in his comments.')[0]![3]).toBe('said');
  });

  it('"Here in ..." and "Immediately after ..." open an introduction before the subject', () => {
    expect(attributed('Tom Reed spoke.', 'Here in Columbia, Reed stepped up his emphasis on justice, saying, “We have got to act now.”')).toEqual([
      ['We have got to act now.', 'Tom Reed', 'Reed', 'saying'],
    ]);
    expect(attributed('Tom Reed spoke.', 'Immediately after the attacks, Reed issued a statement, “Last night, our nation was attacked.”')[0]![1]).toBe('Tom Reed');
  });

  it('a second introduction in lower case is skipped to the subject: "On Thursday, after remaining neutral ..., Warren ... saying"', () => {
    expect(attributed('Elizabeth Warren is a senator.', 'On Thursday, after remaining neutral throughout the primary, Warren appeared on MSNBC and endorsed Clinton, saying, “I think a fighter is good.”')).toEqual([
      ['I think a fighter is good.', 'Elizabeth Warren', 'Warren', 'saying'],
    ]);
  });

  it('a dateline and "In response to ...," open the sentence before its subject', () => {
    expect(attributed('WASHINGTON, Dec. 8 (UPI) — In response to the proposal, Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready.”')).toEqual([
      ['We have to be ready.', null, 'Hillary Clinton’s right-hand woman', 'rallied'],
    ]);
  });

  it('"Even before ..." opens an introduction; a description with a long object after its preposition still speaks', () => {
    expect(attributed('Bernie Sanders won.', 'Even before Sanders took the stage, his campaign sent out a text message to supporters saying: “With your help, we won.”')[0]![2]).toBe('his campaign');
    expect(attributed('“He was ashamed,” said a columnist for the tech news site Pando.')).toEqual([['He was ashamed', null, 'a columnist', 'said']]);
  });

  it('a capitalised word in -ing before a finite verb is a name, not an opening participle: "Schilling describes himself as a “...”"', () => {
    expect(attributed('Curt Schilling was fired.', 'Schilling describes himself on his Facebook account as a “Conservative pro life guy.”')).toEqual([
      ['Conservative pro life guy.', 'Curt Schilling', 'Schilling', 'describes'],
    ]);
  });

  it('"In 2011 she spoke out for “...”": a short time phrase with no comma before the subject is no part of it', () => {
    expect(attributed('Phyllis Schlafly was active.', 'In 2011 she spoke out for “shotgun marriages” as the solution.')).toEqual([
      ['shotgun marriages', 'Phyllis Schlafly', 'she', 'spoke'],
    ]);
  });
});

describe('words of the subject', () => {
  it('a lower-case title word may open a subject that ends in a name: "former Ohio Gov. Tom Reed agreed"', () => {
    expect(attributed('In an interview, former Ohio Gov. Tom Reed agreed, praising his rival as “a fine man.”')).toEqual([
      ['a fine man.', 'Tom Reed', 'former Ohio Gov. Tom Reed', 'agreed'],
    ]);
  });

  it('a number or an age is a word of the subject, a year is not', () => {
    expect(attributed('The 52-year-old former senator, who ran twice, thinks the vote should be a “moral test” for them.')).toEqual([
      ['moral test', null, 'The 52-year-old former senator', 'thinks'],
    ]);
    expect(attributed('A group of 40 writers published a letter and called on people to “resist the tide.”')).toEqual([
      ['resist the tide.', null, 'A group of 40 writers', 'called'],
    ]);
    expect(attributed('Reed in 1994 took over the case of a crash, an incident Tom Smith brought up as “very odd” on TV.')[0]![2]).not.toBe('Reed in 1994');
  });

  it('a party tag after the clause subject is skipped: "Gov. Pat McCrory (R) blamed ... “...”"', () => {
    const d = draftOf('Later, Gov. Pat McCrory (R) blamed the court’s “four liberal justices.”');
    expect(who(d, [entity(d, 'Pat McCrory', 'PERSON')])).toEqual([['four liberal justices.', 'Pat McCrory', 'Gov. Pat McCrory', 'blamed']]);
  });
});

describe('the verb after the subject', () => {
  it('a present-tense verb right after a determiner and a noun ends the subject: "The ad targets a “...”"', () => {
    const d = draftOf('The ad targets a “corrupt political system.”');
    expect(who(d, [])).toEqual([['corrupt political system.', null, 'The ad', 'targets']]);
  });

  it('a present-tense verb after a noun of the subject, before "that" or the quote: "The Reed campaign projects that"', () => {
    expect(attributed('The Reed campaign projects that “a small tax would raise billions” over a decade.').map((q) => [q[0], q[2], q[3]])).toEqual([
      ['a small tax would raise billions', 'The Reed campaign', 'projects'],
    ]);
    // "the real challenges that": no verb after an adjective.
    expect(attributed('Beyond the real challenges that polls face, the “cell only” households matter.').map((q) => q[3])).not.toContain('challenges');
  });

  it('a word in -s after a possessive is a noun, not the verb: "Cruz’s lawyers ... defend the view that he is “natural born”"', () => {
    const rows = attributed('Ted Cruz is running.', 'Cruz’s lawyers cited articles to defend the view that he is “natural born” within the meaning of the law.');
    expect(rows.map((r) => [r[0], r[2]])).toEqual([['natural born', 'Cruz’s lawyers']]);
  });

  it('"then" may stand between the subject and its verb: "Trump then appears in a clip, saying, “...”"', () => {
    expect(attributed('Donald Trump spoke.', 'Trump then appears in a clip from a stump speech, saying, “I am calling for a total shutdown.”')).toEqual([
      ['I am calling for a total shutdown.', 'Donald Trump', 'Trump', 'saying'],
    ]);
  });

  it('an adverb may stand between a name and its verb, and an ordinal may open the sentence', () => {
    expect(attributed('Carly Fiorina is a candidate.', 'On the trail, Fiorina routinely characterizes herself as a “change warrior” today.')).toEqual([
      ['change warrior', 'Carly Fiorina', 'Fiorina', 'characterizes'],
    ]);
    expect(attributed('First, Donald Trump attacked Mitt Romney for being a “failed candidate.” Then he left.')).toEqual([
      ['failed candidate.', 'Donald Trump', 'Donald Trump', 'attacked'],
    ]);
  });

  it('time words and adverbs after an apposition, before the verb: "Tom Reed, who ..., on Friday described"', () => {
    expect(attributed('Tom Reed, who has been feuding with leaders, on Friday described his intent to lead a “big tent” party.')).toEqual([
      ['big tent', 'Tom Reed', 'Tom Reed', 'described'],
    ]);
  });
});

describe('participle asides after the subject', () => {
  it('"Mr. Manafort, citing “...,” said the candidate could be ...": the name before a participle aside speaks, not a clause after "said"', () => {
    expect(attributed('Paul Manafort spoke.', 'Mr. Manafort, citing “the unique magic of Trump,” said the candidate could be competitive.')).toEqual([
      ['the unique magic of Trump', 'Paul Manafort', 'Mr. Manafort', 'citing'],
    ]);
  });
});

describe('relative clauses about a name', () => {
  it('a quote in a relative clause about a name: X, who has called it “...”', () => {
    const d = draftOf('Contrast that with Smith, who has called the pact “insanity.”');
    // The mention is the relative pronoun; its antecedent gives the speaker.
    expect(who(d, smith(d))).toEqual([['insanity.', 'Jane Smith', 'who', 'called']]);
  });

  it('a relative clause about a name may hold a comma between adjectives, not one that returns to the main clause', () => {
    expect(attributed('Donald Trump and Ivanka Trump spoke.', 'The night closed with his daughter Ivanka Trump, who portrayed him as a generous, magnanimous executive who would be “the people’s champion.”')).toEqual([
      ['the people’s champion.', 'Ivanka Trump', 'Ivanka Trump', 'portrayed'],
    ]);
    expect(attributed('Jeb Bush and Ted Cruz spoke.', 'Cruz is praising Jeb Bush, who ended his bid on Saturday, as “a man who did not go to the gutter.”')).toEqual([
      ['a man who did not go to the gutter.', 'Ted Cruz', 'Cruz', 'is'],
    ]);
  });
});

describe('subordinate clauses', () => {
  it('"..., when he monitored the “road map”": with no subject at the sentence start, the subject of the subordinate clause holding the quote speaks', () => {
    expect(attributed('Mark Ames spoke.', 'It was a time when he monitored the “road map” for the accord.')).toEqual([
      ['road map', 'Mark Ames', 'he', 'monitored'],
    ]);
    expect(attributed('Ted Cruz spoke.', 'It got so sharp that Cruz accused the moderators of asking too many “please attack Ted” questions.')).toEqual([
      ['please attack Ted', 'Ted Cruz', 'Cruz', 'accused'],
    ]);
  });

  it('a copula in the subordinate clause describes its subject: "the admission that she was “very pro-choice”" names no speaker', () => {
    expect(attributed('Jane Smith spoke.', 'It was the admission that Smith was “very pro-choice” that hurt.')).toEqual([['very pro-choice', null, null, null]]);
  });

  it('"This is why Democrats can’t just ... cry “...”", "based on how he portrayed himself -- as a “...”": why, how and what open a clause with its own subject (a group no entity names stays unresolved)', () => {
    expect(attributed('Democrats met.', 'This is why Democrats can’t just point their fingers and cry “but they’re racist!” when asked.')).toEqual([
      ['but they’re racist!', null, 'Democrats', 'can’t'],
    ]);
    expect(attributed('Lachlan Murdoch spoke.', 'It seemed in line, at least based on how he portrayed himself on Twitter -- as a “climate change skeptic.”')).toEqual([
      ['climate change skeptic.', 'Lachlan Murdoch', 'he', 'portrayed'],
    ]);
  });
});

describe('opening participle phrases', () => {
  it('"But while denouncing the “perversion” of ..., she hasn’t outlined": the main-clause subject after an opening participle phrase speaks', () => {
    expect(attributed('Hillary Clinton spoke.', 'But while denouncing the “perversion” of corporate tax avoidance to audiences, she has not outlined a plan.')).toEqual([
      ['perversion', 'Hillary Clinton', 'she', 'has'],
    ]);
    expect(attributed('Clinton and Sanders agitated.', 'After spending the week bickering over whether the other is “qualified” to be president, Clinton on Monday ripped into Sanders.')).toEqual([
      ['qualified', 'Clinton', 'Clinton', 'ripped'],
    ]);
  });
});

describe('asides between dashes', () => {
  it('a quote inside an aside opened by a dash belongs to the aside’s subject: "... ignored much labor history — Frank cites ..., “...” and ... — but"', () => {
    expect(attributed('Thomas Frank wrote a book.', 'The old stereotype of the gruff bigot denouncing communists ignored much labor history — Frank cites the union’s support for the act, “the union placards carried by marchers” and the strike as counterevidence — but it stuck.')).toEqual([
      ['the union placards carried by marchers', 'Thomas Frank', 'Frank', 'cites'],
    ]);
  });
});
