// mentions.ts: the speaker mention written next to a cue, before it or after it.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/ingest/quotes/index.js';
import { draftOf, entity, articleQuotes, speakerRow, attributed, smith, who, expectOffsets, jane, speakers, quoteSpeakers, directQuotes } from './helpers.js';

describe('titles before a name', () => {
  it('said + capitalised modifier + title words + name: the name is the speaker', () => {
    const d = draftOf('“No,” said Democratic pollster Stan Greenberg.', '“Yes,” said Smith’s top aide Bob Jones.');
    const q = directQuotes(extractQuotes(d, [jane(d), entity(d, 'Stan Greenberg', 'PERSON'), entity(d, 'Bob Jones', 'PERSON')]));
    expect(q.map((x) => [x.speaker, x.speakerAsWritten])).toEqual([['Stan Greenberg', 'Stan Greenberg'], ['Bob Jones', 'Bob Jones']]);
  });

  it('a title after a modifier name: said former Utah governor X', () => {
    const d = draftOf('“We will see,” said former Utah governor Jane Smith, a Romney confidant.');
    expect(who(d, smith(d))).toEqual([['We will see', 'Jane Smith', 'Jane Smith', 'said']]);
  });

  it('names after title words a voter or a firm code has: "said undecided Republican voter Stephanie Hooton", "said L2 president Bruce Willsie"', () => {
    expect(attributed('“I do not know,” said undecided Republican voter Stephanie Hooton of Derry, N.H., before the event.')[0]![1]).toBe('Stephanie Hooton');
    expect(attributed('“It was a sizable purchase,” said L2 president Bruce Willsie, who declined to comment.')[0]![1]).toBe('Bruce Willsie');
  });

  it('an honorific makes the next word a surname, even a common word or a title: "Mr. King said", "Ms. White said"', () => {
    expect(attributed('Peter King, a pollster, spoke.', '“It is bad,” Mr. King said. “No one has it.”')).toEqual([
      ['It is bad', 'Peter King', 'Mr. King', 'said'],
      ['No one has it.', 'Peter King', 'Mr. King', null],
    ]);
    expect(attributed('“It is bad,” Ms. White said.')).toEqual([['It is bad', 'White', 'Ms. White', 'said']]);
  });
});

describe('appositions', () => {
  it('descriptive appositions: “Kremlin spokesman Dmitry Peskov” and “Peskov, the Kremlin spokesman,”', () => {
    const d = draftOf('“No,” Kremlin spokesman Dmitry Peskov said.', '“Never,” Peskov, the Kremlin spokesman, said.');
    const ents = [entity(d, 'Dmitry Peskov', 'PERSON', ['Dmitry Peskov', 'Peskov']), entity(d, 'Kremlin', 'ORGANIZATION')];
    expect(directQuotes(extractQuotes(d, ents)).map((x) => [x.speaker, x.speakerAsWritten])).toEqual([
      ['Dmitry Peskov', 'Dmitry Peskov'],
      ['Dmitry Peskov', 'Peskov'],
    ]);
  });

  it('an apposition that opens with a possessive name is skipped', () => {
    const d = draftOf('“We raised a lot,” Bob Jones, Smith’s campaign manager, said.');
    expect(speakers(d, [jane(d), entity(d, 'Bob Jones', 'PERSON')])).toEqual(['Bob Jones']);
  });

  it('an age and a home town belong to the apposition: "Harry Bond, 30, of Raleigh, N.C., who ..., said"', () => {
    const d = draftOf('“Both of them are wrong,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said.');
    expect(who(d, [entity(d, 'Harry Bond', 'PERSON')])).toEqual([['Both of them are wrong', 'Harry Bond', 'Harry Bond', 'said']]);
  });

  it('an apposition may hold another: "Geoff Garin, a pollster who works with Priorities USA, a super PAC, said"', () => {
    const d = draftOf('Geoff Garin, a pollster who works with Priorities USA, a super PAC, said voters see her as “strong and smart.”');
    expect(who(d, [entity(d, 'Geoff Garin', 'PERSON'), entity(d, 'Priorities USA', 'ORGANIZATION')])).toEqual([['strong and smart.', 'Geoff Garin', 'Geoff Garin', 'said']]);
  });

  it('appositions with a titled possessor or a party and state: "Tina Tchen, Mrs. Obama’s chief of staff," / "Steve Cohen, Democrat of Tennessee,"', () => {
    expect(attributed('“It is long,” Tina Tchen, Mrs. Obama’s chief of staff, said in an interview.')).toEqual([
      ['It is long', 'Tina Tchen', 'Tina Tchen', 'said in an interview'],
    ]);
    expect(attributed('“That was a good speech,” Representative Steve Cohen, Democrat of Tennessee, told Mr. Obama.')[0]![1]).toBe('Steve Cohen');
  });

  it('an apposition closed by the comma before time words or an auxiliary still goes: "Hier, the founder of ... in Los Angeles, has said"', () => {
    expect(attributed('Rabbi Marvin Hier, the founder of the Wiesenthal Center in Los Angeles, has said that “nothing is like ISIS.”')[0]![1]).toBe('Marvin Hier');
    expect(attributed('“It is bad,” Tom Reed, the Kremlin spokesman, on Monday said.')[0]![1]).toBe('Tom Reed');
  });

  it('a sentence-initial connective is no name before an apposition: "Or, as Tom Ridge, a former secretary, put it:"', () => {
    expect(attributed('Or, as Tom Ridge, a former secretary of homeland security, put it: “The barbarians are no longer at the gate.”')).toEqual([
      ['The barbarians are no longer at the gate.', 'Tom Ridge', 'Tom Ridge', 'put it'],
    ]);
  });
});

describe('parentheses and asides after the name', () => {
  it('a parenthesis closed by a comma before the cue: X (R-OH), said', () => {
    const d = draftOf('In Berea, OH, after winning Ohio, Gov. Jane Smith (R-OH), said, “I am ready.”');
    expect(who(d, smith(d))).toEqual([['I am ready.', 'Jane Smith', 'Gov. Jane Smith', 'said']]);
  });

  it('an aside between dashes and an unclosed title of an organisation after the name', () => {
    expect(attributed('Tom Reed — mentioned by Newsmax as a likely choice — told Bill Smith of Fox News that “you have to look at it.”')[0]![2]).toBe('Tom Reed');
    expect(attributed('“There are no ballots,” Tom Reed, the communications director for the Ohio Democratic Party said.')[0]![2]).toBe('Tom Reed');
  });
});

describe('names set off after a description', () => {
  it('a name set off by commas after a description speaks; the name after "told" is the listener', () => {
    const d = draftOf('“That is inevitable,” Hunter’s chief of staff, Jane Smith, told POLITICO.');
    const ents = [...smith(d), entity(d, 'POLITICO', 'ORGANIZATION')];
    expect(who(d, ents)).toEqual([['That is inevitable', 'Jane Smith', 'Jane Smith', 'told']]);
  });

  it('a name in apposition after an inverted description speaks: said the board’s chair, X,', () => {
    const d = draftOf('“We are ready,” said the board’s chair, Jane Smith, on Monday.');
    expect(who(d, smith(d))).toEqual([['We are ready', 'Jane Smith', 'Jane Smith', 'said']]);
  });

  it('a description with its name set off after an introductory phrase: In a statement to X, her adviser, Y, said', () => {
    const d = draftOf('In a statement to the Observer, her senior policy adviser, Jane Smith, said: “It is fine.”');
    expect(who(d, [...smith(d), entity(d, 'Observer', 'ORGANIZATION', ['Observer'])])).toEqual([['It is fine.', 'Jane Smith', 'Jane Smith', 'said']]);
  });

  it('a possessed description with its name set off speaks as that name: "Smith’s state director, Bob Rae, reached"', () => {
    expect(quoteSpeakers('John Smith spoke.', 'In May, Smith’s state director, Bob Rae, reached out, writing: “We want this.”')).toEqual([['We want this.', 'Bob Rae']]);
    expect(quoteSpeakers('John Smith spoke.', '“We are fine,” said Smith’s deputy campaign manager, Bob Rae, who ran the 2012 race.')).toEqual([['We are fine', 'Bob Rae']]);
  });

  it('a titled name set off after a possessed description speaks: "exhorted Clinton’s introducer, actress Jamie Lee Curtis"', () => {
    expect(attributed('Hillary Clinton spoke last.', '“It is about time,” exhorted Clinton’s introducer, actress Jamie Lee Curtis.')).toEqual([
      ['It is about time', 'Jamie Lee Curtis', 'Jamie Lee Curtis', 'exhorted'],
    ]);
  });

  it('a place phrase may stand between a description and the name set off after it: "said his best friend at Lehigh, Bruce Turry,"', () => {
    expect(attributed('“It may have been his first attempt,” said his best friend at Lehigh, Bruce Turry, who knew him.')).toEqual([
      ['It may have been his first attempt', 'Bruce Turry', 'Bruce Turry', 'said'],
    ]);
  });
});

describe('descriptions at the cue', () => {
  it('descriptions as speakers: “said the 46-year-old.”, “said a person close to X”', () => {
    const d = draftOf('“We will win,” said the 46-year-old.', '“The drop is real,” said a person close to the Clintons.');
    expect(who(d, [entity(d, 'Clintons', 'PERSON')])).toEqual([
      ['We will win', null, 'the 46-year-old', 'said'],
      ['The drop is real', null, 'a person', 'said'],
    ]);
  });

  it('a description after the cue: up to five modifiers, cut before its post-modifier', () => {
    const d = draftOf('“There was wrongdoing,” said a former senior law enforcement official.', '“He was worked up,” said a source close to the campaign.', '“No,” said a spokesman for the governor.');
    expect(who(d, []).map((x) => x[2])).toEqual(['a former senior law enforcement official', 'a source', 'a spokesman']);
  });

  it('"wrote a Trump supporter who runs the Twitter account": the description speaks, and an indefinite description is not the name modifying it', () => {
    expect(attributed('Donald Trump spoke.', '“Meh,” wrote a Trump supporter who runs the Twitter account @WomenForTrump.')).toEqual([['Meh', null, 'a Trump supporter', 'wrote']]);
  });
});

describe('descriptions with a post-modifier', () => {
  it('“a longtime adviser to X” speaks, not X; “Y of Place” is Y; an unclosed “, who is …” is skipped', () => {
    const d = draftOf(
      '“It is over,” said a longtime adviser to Trump.',
      'A spokesman for Hillary Clinton said: “We disagree.”',
      '“I think so,” said Jason Gilbert of Cheyenne.',
      'Katie Packer, who is chairman of Our Principles PAC said in a statement: “No.”',
    );
    const ents = [
      entity(d, 'Donald Trump', 'PERSON', ['Trump']),
      entity(d, 'Hillary Clinton', 'PERSON'),
      entity(d, 'Jason Gilbert', 'PERSON'),
      entity(d, 'Cheyenne', 'ORGANIZATION'),
      entity(d, 'Katie Packer', 'PERSON'),
      entity(d, 'Our Principles PAC', 'ORGANIZATION'),
    ];
    const quotes = directQuotes(extractQuotes(d, ents));
    expect(quotes.map((q) => [q.speakerAsWritten, q.speaker])).toEqual([
      ['a longtime adviser', null],
      ['A spokesman', null],
      ['Jason Gilbert of Cheyenne', 'Jason Gilbert'],
      ['Katie Packer', 'Katie Packer'],
    ]);
    expectOffsets(d, quotes);
  });

  it('a place after "from" is a post-modifier: "The senator from Ohio said"', () => {
    const d = draftOf('The senator from Ohio said the bill was “a disaster.”');
    expect(who(d, [entity(d, 'Ohio', 'LOCATION')])).toEqual([['a disaster.', null, 'The senator', 'said']]);
  });

  it('a description with lower-case words after its preposition speaks, not the name ending it: "a spokesman for committee Democrats said"', () => {
    expect(attributed('“The facts have not changed,” a spokesman for committee Democrats said.')).toEqual([
      ['The facts have not changed', null, 'a spokesman', 'said'],
    ]);
  });

  it('"A reporter for Agence France-Presse called it", "Another source speaking to Fox News said": the description speaks, not the outlet', () => {
    expect(attributed('A reporter for Agence France-Presse called it “absolute chaos.”')).toEqual([['absolute chaos.', null, 'A reporter', 'called']]);
    expect(attributed('Another intelligence source speaking to Fox News said, “The agents are investigating.”')).toEqual([
      ['The agents are investigating.', null, 'Another intelligence source', 'said'],
    ]);
  });

  it('"A spokesman for Democratic presidential candidate Hillary Clinton called it “outrageous.”": the spokesman speaks', () => {
    expect(articleQuotes('Title', 'A spokesman for Democratic presidential candidate Hillary Clinton called the report “outrageous.”').map(speakerRow)).toEqual([
      ['outrageous.', null, 'A spokesman', 'called'],
    ]);
  });
});

describe('post-modifiers after a name', () => {
  it('a person before "of" and an organisation or place is the subject: "Tom Lane of the Mark Hale Center for Arms Studies wrote"', () => {
    expect(quoteSpeakers('“It is hard,” Tom Lane of the Mark Hale Center for Arms Studies wrote in a post.')).toEqual([['It is hard', 'Tom Lane']]);
    expect(quoteSpeakers('Ann Dole of Dayton, Ohio says the mayor keeps “doing well.”')).toEqual([['doing well.', 'Ann Dole']]);
  });

  it('a home town and its state after the subject: "Stacy Reed of Columbia, South Carolina says"', () => {
    expect(attributed('Stacy Reed of Columbia, South Carolina says she thinks Cruz can win if he keeps “doing what he’s doing.”')[0]![2]).toBe('Stacy Reed');
    expect(attributed('He spoke after a woman in Worcester, Massachusetts, told him she worries he’s “too nice” to win.')[0]![2]).toBe('a woman');
  });
});

describe('words between the subject and the cue', () => {
  it('keeps a surname that ends in "day" (Landay, Halliday): only weekdays are time words before a cue', () => {
    const d = draftOf('“We the the the,” Dmitry Landay said.', '“No,” Tom Halliday said on Monday.', '“Yes,” Peskov Monday said.');
    const quotes = directQuotes(extractQuotes(d, []));
    expect(quotes.map((q) => q.speakerAsWritten)).toEqual(['Dmitry Landay', 'Tom Halliday', 'Peskov']);
    expectOffsets(d, quotes);
  });

  it('a time adverbial ending in "ago" may stand between subject and cue', () => {
    const d = draftOf('Jane Smith less than two weeks ago said the talks were “over.”');
    expect(who(d, smith(d))).toEqual([['over.', 'Jane Smith', 'Jane Smith', 'said']]);
  });

  it('an -ly adverb between the subject and its cue: "where he erroneously suggested"', () => {
    expect(attributed('Bob Smith spoke in Ohio, where he erroneously suggested the judge was biased: “The judge is a hater.”')[0]).toEqual([
      'The judge is a hater.',
      'Bob Smith',
      'he',
      'suggested',
    ]);
    expect(attributed('The family said it was “a tragedy” for all.')).toEqual([['a tragedy', null, 'The family', 'said']]);
  });

  it('"The two lawmakers, however, argue that “...”": the subject before the set-off connective speaks', () => {
    const rows = articleQuotes('Title', 'James Comey testified.', 'The two lawmakers, however, argue that “there is precedent for prosecution,” citing a case.').map(speakerRow);
    expect(rows).toEqual([['there is precedent for prosecution', null, 'two lawmakers', 'argue']]);
  });

  it('"Trump in his announcement speech called ... “rapists”": a phrase with a determiner may stand between subject and cue', () => {
    expect(attributed('Donald Trump announced his run.', 'It was complete when Trump in his announcement speech called immigrants “rapists” and left.')).toEqual([
      ['rapists', 'Donald Trump', 'Trump', 'called'],
    ]);
  });
});

describe('relative pronouns as subjects', () => {
  it('a relative pronoun is the subject of its cue and resolves through its antecedent: "X, who said"', () => {
    expect(attributed('The plan drew fire from Bob Smith, who said it was “a disaster” for towns.')).toEqual([['a disaster', 'Bob Smith', 'who', 'said']]);
    expect(attributed('The plan drew fire from a local mayor, who said it was “a disaster” for towns.')).toEqual([['a disaster', null, 'who', 'said']]);
    // Past an apposition to the name, and past "on" before a name (no time word here).
    expect(attributed('“We are ready,” said Bob Smith, the chief strategist, who added that they want “local issues” first.')).toEqual([
      ['We are ready', 'Bob Smith', 'Bob Smith', 'said'],
      ['local issues', 'Bob Smith', 'who', 'added'],
    ]);
    expect(attributed('Jane Doe then turned on Bob Smith, who has said he wants “a fair deal” now.')[0]).toEqual(['a fair deal', 'Bob Smith', 'who', 'said']);
  });

  it('a name right before ", who" is the antecedent: an earlier comma sets off no apposition of it', () => {
    // "Tim Cook, the chief executive of Apple, ..., and his friend Donald Trump, who": the
    // apposition is Tim Cook's, and the coordination goes on to Trump.
    const d = draftOf('He invited Tim Cook, the chief executive of Apple, and his friend Donald Trump, who said the night would be “classy” from start to finish.');
    expect(who(d, [entity(d, 'Tim Cook', 'PERSON'), entity(d, 'Apple', 'ORGANIZATION'), entity(d, 'Donald Trump', 'PERSON')])).toEqual([['classy', 'Donald Trump', 'who', 'said']]);
    // Not a place after a preposition: "the leader of the opposition in North-Rhine Westphalia, who" is the leader.
    const e = draftOf('It was derided by Armin Laschet, the leader of the opposition in North-Rhine Westphalia, who said it was “frightening” to hear.');
    expect(who(e, [entity(e, 'Armin Laschet', 'PERSON'), entity(e, 'North-Rhine Westphalia', 'LOCATION')])).toEqual([['frightening', 'Armin Laschet', 'who', 'said']]);
  });

  it('"that" after a common noun is a relative subject; after a verb it is no subject', () => {
    expect(attributed('They handed out water bottles that said, “The party welcomes you.”')).toEqual([['The party welcomes you.', null, 'that', 'said']]);
    expect(attributed('Bob Smith argued that “nothing” had changed in years.')).toEqual([['nothing', 'Bob Smith', 'Bob Smith', 'argued']]);
  });
});

describe('quantities and quantifiers as subjects', () => {
  it('a share of those polled is the subject of its cue: "21 percent said “not too likely”"', () => {
    expect(attributed('Asked about the race, 21 percent said “not too likely” and 14 percent said “not at all likely.”')).toEqual([
      ['not too likely', null, '21 percent', 'said'],
      ['not at all likely.', null, '14 percent', 'said'],
    ]);
  });

  it('"most said they were “very worried.”": a quantifier standing for people is the subject of its cue', () => {
    expect(articleQuotes('Title', 'Nine of 10 Republicans were worried about the economy; most said they were “very worried.”').map(speakerRow)).toEqual([
      ['very worried.', null, 'most', 'said'],
    ]);
  });
});
