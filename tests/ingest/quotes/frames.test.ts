// frames.ts: the reporting cue around a quote, and which quote it frames.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/ingest/quotes/index.js';
import { draftOf, entity, articleQuotes, speakerRow, attributed, smith, who, jane, speakers, withPeople, quoteSpeakers, directQuotes } from './helpers.js';

describe('reporting verbs', () => {
  it('X told reporters / X added / X wrote in a statement', () => {
    const d = draftOf(
      '“No deal,” Jane Smith told reporters.',
      '“Not today,” Smith added.',
      '“We regret it,” Acme Corp wrote in a statement.',
    );
    const q = directQuotes(extractQuotes(d, [entity(d, 'Jane Smith', 'PERSON', ['Jane Smith', 'Smith']), entity(d, 'Acme Corp', 'ORGANIZATION')]));
    expect(q.map((x) => [x.speaker, x.cue, x.speakerType])).toEqual([
      ['Jane Smith', 'told reporters', 'PERSON'],
      ['Jane Smith', 'added', 'PERSON'],
      ['Acme Corp', 'wrote in a statement', 'ORGANIZATION'],
    ]);
  });

  it('verbs of manner right at the quote: “...,” X barked', () => {
    const d = draftOf('“Go back to Univision,” Smith barked.');
    expect(who(d, smith(d))).toEqual([['Go back to Univision', 'Jane Smith', 'Smith', 'barked']]);
  });

  it('past-tense cues of a frame: "reacted Trump", "remembered Roy Verley", "Beck questioned", "opined"', () => {
    expect(attributed('“It is a disgrace,” reacted Tom Reed.')).toEqual([['It is a disgrace', 'Tom Reed', 'Tom Reed', 'reacted']]);
    expect(attributed('“They said no,” remembered Roy Verley, a former spokesman.')).toEqual([['They said no', 'Roy Verley', 'Roy Verley', 'remembered']]);
    expect(attributed('Glenn Beck spoke on Monday.', '“What was the pivot point?” Beck questioned.')).toEqual([['What was the pivot point?', 'Glenn Beck', 'Beck', 'questioned']]);
  });

  it('a frame-only verb reports speech before a "that" clause: "Tom Fitton ... charged that Mrs. Clinton “hid” ..."', () => {
    expect(attributed('Tom Fitton, the president of Judicial Watch, charged that Mrs. Clinton “hid” the documents because they appeared to contradict her official pledge.')).toEqual([['hid', 'Tom Fitton', 'Tom Fitton', 'charged']]);
  });

  it('"chanting" takes the subject of its clause; "retaliated" frames a quote', () => {
    expect(attributed('About 200 protesters gathered downtown, holding signs and chanting “Dump Trump.”')).toEqual([['Dump Trump.', null, 'About 200 protesters', 'chanting']]);
    expect(attributed('François Hollande is the president.', '“France will always be France,” an angry Hollande retaliated.')).toEqual([
      ['France will always be France', 'François Hollande', 'Hollande', 'retaliated'],
    ]);
  });

  it('"“Choke!” blared the front page of The Boston Herald": "blared" frames a quote (only in a frame)', () => {
    expect(attributed('Rubio had been shaken by Christie. “Choke!” blared the front page of The Boston Herald.').at(-1)).toEqual(['Choke!', null, 'the front page', 'blared']);
  });
});

describe('cue words that are no cues', () => {
  it('a cue word after a determiner or "of" is a noun: "his home state", "secretary of state"', () => {
    const d = draftOf('And, Smith tells the crowd, she has been “brusk” and “tough” in her home state of Ohio.');
    expect(who(d, smith(d))).toEqual([
      ['brusk', 'Jane Smith', 'Smith', 'tells'],
      ['tough', 'Jane Smith', 'Smith', 'tells'],
    ]);
  });

  it('"state" before a noun is no reporting verb; before "that" it is', () => {
    const d = draftOf('Smith wrote a column mocking GOP state leaders as “obsessed” with it.');
    expect(withPeople(d)).toEqual([['obsessed', 'Jane Smith', 'Smith', 'wrote']]);
    const e = draftOf('The report states that “nothing was found.”');
    expect(withPeople(e)[0]![3]).toBe('states');
  });

  it('after "a"/"an" and one word, a base-form cue is a noun: "an unprompted call"', () => {
    const d = draftOf('Smith made an unprompted call for lower fees, calling them “a scam.”');
    expect(who(d, smith(d))).toEqual([['a scam.', 'Jane Smith', 'Smith', 'calling']]);
  });

  it('a cue word right after a preposition is a noun: "popular in states across the country"', () => {
    const d = draftOf('Smith argued that she is popular in states across the country, not a “regional” candidate.');
    expect(who(d, smith(d))).toEqual([['regional', 'Jane Smith', 'Smith', 'argued']]);
  });

  it('"saying in a Trumpian post on Twitter:": a cue word after an indefinite article and an adjective is a noun', () => {
    expect(attributed('Ted Cruz pounced on the news, saying in a Trumpian post on Twitter: “The release is a disaster.”')).toEqual([
      ['The release is a disaster.', 'Ted Cruz', 'Ted Cruz', 'saying'],
    ]);
  });

  it('a passive participle reports nothing its subject said: "hours after the staffer was charged"; "was quoted as saying" still does', () => {
    expect(attributed('Republican front-runner Donald Trump defended his manager as a “very decent man” Tuesday, hours after the staffer was charged with battery.')).toEqual([
      ['very decent man', 'Donald Trump', 'Republican front-runner Donald Trump', 'defended'],
    ]);
    expect(attributed('Matt Braynard runs the data team.', '“It is balanced,” Braynard is quoted as saying.')[0]![1]).toBe('Matt Braynard');
  });

  it('"said, and I quote," is the writer’s aside; "he’d asked" is a pronoun subject', () => {
    expect(attributed('Donald Trump spoke.', 'No wonder Trump said, and I quote, “We love the poorly educated.”')).toEqual([
      ['We love the poorly educated.', 'Donald Trump', 'Trump', 'said'],
    ]);
    expect(attributed('Donald Trump spoke.', 'Trump at the time said he’d asked his “people” to look into it.')).toEqual([['people', 'Donald Trump', 'he', 'asked']]);
  });
});

describe('cues before the quote', () => {
  it('X said: “...” and according to X', () => {
    const d = draftOf('Jane Smith said: “We are ready.”', 'According to the ministry, “The plan is final.”');
    const q = directQuotes(extractQuotes(d, [entity(d, 'Jane Smith', 'PERSON'), entity(d, 'Ministry', 'ORGANIZATION', ['ministry'])]));
    expect(q.map((x) => [x.speaker, x.cue, x.kind])).toEqual([
      ['Jane Smith', 'said', 'FULL'],
      ['Ministry', 'According to', 'FULL'],
    ]);
  });

  it('the subject of the cue wins over other names in the sentence', () => {
    const d = draftOf('Asked if Vladimir Putin had plans, Dmitry Peskov said: “There are none.”');
    const ents = [entity(d, 'Vladimir Putin', 'PERSON'), entity(d, 'Dmitry Peskov', 'PERSON')];
    expect(directQuotes(extractQuotes(d, ents)).map((x) => x.speaker)).toEqual(['Dmitry Peskov']);
  });

  it('“As X put it,” frames its sentence; the "As" is no part of the name', () => {
    const d = draftOf('As Jane Smith put it, “Hello, it is the Biebs.”');
    expect(who(d, smith(d))).toEqual([['Hello, it is the Biebs.', 'Jane Smith', 'Jane Smith', 'put it']]);
  });

  it('an absolute "with" clause: the phrase after "with" speaks', () => {
    const d = draftOf('The plan drew fire, with Jane Smith calling it “a mess.”');
    expect(who(d, smith(d))).toEqual([['a mess.', 'Jane Smith', 'Jane Smith', 'calling']]);
  });
});

describe('cues after the quote', () => {
  it('a long description fills the tail before its cue: “...,” the X and Y said', () => {
    const d = draftOf('“I have been warning about this,” the Florida senator and Republican presidential candidate said in a statement.');
    expect(withPeople(d)[0]![2]).toBe('the Florida senator and Republican presidential candidate');
    const e = draftOf('“I made it the priority,” the bespectacled, 71-year-old diplomat said.');
    expect(withPeople(e)[0]![2]).toBe('the bespectacled, 71-year-old diplomat');
  });

  it('a relative clause set off after a description is dropped, and does not count towards the tail distance', () => {
    expect(attributed('“The agents are under a lot of pressure,” an intelligence source, who was not authorized to speak on the record, told Fox News.')).toEqual([
      ['The agents are under a lot of pressure', null, 'an intelligence source', 'told'],
    ]);
  });

  it('tail frames: a capitalised "Tweeted", a document "filed by" its author, a description with an unclosed relative clause', () => {
    expect(attributed('“Not us!” Tom Reed, the head of Better Days PAC, Tweeted on Friday.')).toEqual([['Not us!', 'Tom Reed', 'Tom Reed', 'Tweeted']]);
    expect(attributed('“We decline to charge,” according to a court document filed by state attorney Tom Reed.')).toEqual([
      ['We decline to charge', 'Tom Reed', 'Tom Reed', 'according to'],
    ]);
    expect(attributed('“Polls lie,” Tom Reed, the pollster who founded bestpolls.com tweeted on Monday.')).toEqual([['Polls lie', 'Tom Reed', 'Tom Reed', 'tweeted']]);
    // A clause with its own subject inside the description: that subject speaks.
    expect(attributed('Rep. Tom Reed, the congressman who gained fame when he yelled “You lie!” at the president, spoke.')[0]![2]).toBe('he');
  });

  it('a tail frame after "and"/"but" with its own subject frames the next quote, not this one', () => {
    const d = draftOf('Jane Smith accuses Jones of “leading from behind” and Bob Lee says he is “losing.”');
    const ents = [...smith(d), entity(d, 'Bob Lee', 'PERSON', ['Bob Lee'])];
    expect(who(d, ents)).toEqual([
      ['leading from behind', 'Jane Smith', 'Jane Smith', 'accuses'],
      ['losing.', 'Bob Lee', 'Bob Lee', 'says'],
    ]);
  });

  it('a relative clause after the quote is no frame of it: the “Fight for Ten” movement, which said', () => {
    expect(attributed('It was a victory for the “Fight for Ten” movement, which said it would go on.')).toEqual([]);
  });
});

describe('inverted cues', () => {
  it('said X, with an apposition after the name', () => {
    const d = draftOf('“Talks are over,” said Jane Smith, the union leader.');
    expect(directQuotes(extractQuotes(d, [entity(d, 'Jane Smith', 'PERSON')])).map((q) => [q.speaker, q.cue])).toEqual([['Jane Smith', 'said']]);
  });

  it('an inverted cue after a comma further into the tail: “...” in 2008, said X', () => {
    const d = draftOf('Clinton “drew quite well from white Democrats” in the 2008 primary, said Jane Smith, a professor.');
    expect(who(d, smith(d))).toEqual([['drew quite well from white Democrats', 'Jane Smith', 'Jane Smith', 'said']]);
  });

  it('an inverted cue after a comma, with the name right after it and the quote after the name: ", explained Reed, “"', () => {
    expect(attributed('Tom Reed spoke.', 'Because of how it went, explained Reed, “with this being over by March we will see.”')).toEqual([
      ['with this being over by March we will see.', 'Tom Reed', 'Reed', 'explained'],
    ]);
    expect(attributed('In other words, explained CBS moderator Ann Cole: “What does that have to do with it?”')[0]![1]).toBe('Ann Cole');
    // The words after "said" are its object here, not an inverted subject.
    expect(attributed('Sam Hale, a co-author, said the days when the nation had “a unifying story” are gone.')[0]![1]).toBe('Sam Hale');
  });
});

describe('participle and coordinated cues', () => {
  it('a participle cue takes the clause subject, not the object before it', () => {
    const d = draftOf('Jane Smith appeared to assert her leadership plans by saying “We are right.”');
    expect(directQuotes(extractQuotes(d, [jane(d)])).map((x) => [x.speaker, x.speakerAsWritten])).toEqual([['Jane Smith', 'Jane Smith']]);
  });

  it('a verb coordinated with "and" / "but" takes the clause subject, not its object', () => {
    const d = draftOf('Jane Smith praised the staff who left but said, “We are in a different ballgame.”');
    expect(who(d, smith(d))).toEqual([['We are in a different ballgame.', 'Jane Smith', 'Jane Smith', 'said']]);
  });

  it('"When Clinton’s campaign manager was asked ..., he laughed and said, “...”": the pronoun opening the main clause is the subject of coordinated verbs', () => {
    expect(attributed('Robby Mook ran the campaign.', 'When Clinton’s campaign manager was asked if she would hold a press conference, he laughed and said, “We’ll see.”')).toEqual([
      ['We’ll see.', 'Robby Mook', 'he', 'said'],
    ]);
  });
});

describe('cues in subordinate clauses and asides', () => {
  it('a cue in an opening subordinate clause is not the main clause’s: "When X announced ..., he referred to ... as “...”"', () => {
    const d = draftOf('When Bob Jones announced his candidacy, he referred to rivals as “criminals.”');
    expect(who(d, [entity(d, 'Bob Jones', 'PERSON')])).toEqual([['criminals.', 'Bob Jones', 'he', 'referred']]);
  });

  it('"“bu, bu, bu” when I ask a question": the cue of a subordinate clause after the quote is not its frame; one after a comma is', () => {
    expect(attributed('Typically, he just interrupts me with his signature “bu, bu, bu” when I ask a question.')).toEqual([['bu, bu, bu', null, 'he', 'interrupts']]);
    expect(attributed('“Many would consider that an embarrassment” if she did not win by more, said David Wasserman, an analyst.')[0]![1]).toBe('David Wasserman');
  });

  it('"- as Rubio has said -": a cue inside an aside that closes before the quote is not its frame', () => {
    expect(articleQuotes('Title', 'Marco Rubio mocked him.', 'Trump assured the crowd that he does not have small hands - as Rubio has said - and he can “guarantee” other parts are not small.').map(speakerRow)).toEqual([
      ['guarantee', 'Trump', 'Trump', 'assured'],
    ]);
  });
});

describe('frames after a sentence-final quote', () => {
  it('a frame after a sentence-final quote that opens the next sentence is not that quote’s frame', () => {
    const d = draftOf('Jane Smith spoke first. “It is over.” Bob Jones added that “talks failed.”');
    // The first quote goes to the sentence before it, not to the frame after it.
    expect(speakers(d, [jane(d), entity(d, 'Bob Jones', 'PERSON')])).toEqual(['Jane Smith', 'Bob Jones']);
  });

  it('an adverb of manner after the cue still closes the frame: “...?” X said pleasantly into the phone', () => {
    const d = draftOf('"How are you today?" Smith, a retired worker, said pleasantly into the phone. "We are calling supporters."');
    expect(who(d, smith(d))).toEqual([['How are you today?', 'Jane Smith', 'Smith', 'said'], ['We are calling supporters.', 'Jane Smith', 'Smith', null]]);
  });

  it('a frame that goes on to a "that" clause after a sentence-final quote is the next sentence’s: "“arbitrary.” Hale warned Saturday that"', () => {
    expect(quoteSpeakers('Ann Dole and Bob Hale spoke.', 'Dole called the suspension “arbitrary.” Bob Hale, an operative, warned Saturday that the move was bad.')).toEqual([['arbitrary.', 'Ann Dole']]);
  });

  it('"“...?” Trump told Britain’s ITV television station in an interview": a longer addressee before a phrase that closes the clause', () => {
    expect(attributed('Donald Trump spoke.', '“It looks like we are not going to have a very good relationship, who knows?” Trump told Britain’s ITV television station in an interview aired on Monday.')).toEqual([
      ['It looks like we are not going to have a very good relationship, who knows?', 'Donald Trump', 'Trump', 'told'],
    ]);
  });
});

describe('nouns of speech', () => {
  it('a subject headed by a noun of speech speaks through its possessor: "Bob Hale’s accusation that Ann Dole is ..."', () => {
    expect(quoteSpeakers('Bob Hale met Ann Dole.', 'Bob Hale’s accusation that Ann Dole is playing the “gender card” started a fight.')).toEqual([['gender card', 'Bob Hale']]);
    expect(quoteSpeakers('Bob Hale met Ann Dole.', 'Ann Dole spoke. Bob Hale’s “47 percent” comment was worse.')).toEqual([['47 percent', 'Bob Hale']]);
  });

  it('"Trump’s recent evidence-free assertion that “thousands” ...": the possessor of a claim speaks', () => {
    expect(attributed('Donald Trump spoke.', 'For example, Trump’s recent evidence-free assertion that “thousands” of people celebrated spread fast.')).toEqual([
      ['thousands', 'Donald Trump', 'Trump', 'assertion'],
    ]);
  });
});
