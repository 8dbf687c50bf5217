// features.ts: each feature of a (source, candidate) pair, and NULL's features.
import { describe, expect, it } from 'vitest';
import {
  adjacentFeature,
  addedFeature,
  candidateFeatures,
  cataphoraFeature,
  chainFeature,
  charDistanceFeature,
  genderFeature,
  headMatchFeatures,
  headTypeFeatures,
  headWordFeature,
  insideFeature,
  lastMentionFeature,
  mentionCountFeature,
  modifierFeature,
  nullFeatures,
  numberFeature,
  orgNameFeature,
  previousSpeakerFeature,
  recencyFeature,
  ruleFeatures,
  saidFeature,
  salienceFeature,
  sentenceDistanceFeature,
  subjectFeatures,
  typeFeature,
} from '../../../../src/ingest/quotes/resolution/features.js';
import { article } from './helpers.js';

// A prosecutor named, then quoted as "he" (The Washington Post, March 2016).
const kopp = () => {
  const a = article(
    ['Federal prosecutor Glen Kopp said it is not surprising that agents want to interview Hillary Clinton and her aides.', '“They are within the zone of interest of the investigation,” he said.'],
    [['Glen Kopp', 'PERSON', ['Glen Kopp'], [], 0.2], ['Hillary Clinton', 'PERSON', ['Hillary Clinton'], [], 0.5]],
  );
  const s = a.source('he', 'PRONOUN');
  const cs = a.candidates(s, 'Glen Kopp');
  return { a, s, cs, kopp: a.candidate(cs, 'Glen Kopp'), clinton: a.candidate(cs, 'Hillary Clinton') };
};

// A newspaper, a company and a spokeswoman, then "the newspaper" and "the company".
const post = () =>
  article(
    ['The Washington Post reported on Monday that Apple had hired Jennifer Rodstrom.', 'The newspaper said the company would not comment.'],
    [['The Washington Post', 'ORGANIZATION'], ['Apple', 'ORGANIZATION'], ['Jennifer Rodstrom', 'PERSON', ['Jennifer Rodstrom'], ['spokeswoman']]],
  );

describe('agreement: type, gender, number', () => {
  it('typeFeature: "he" with a person', () => {
    const { s, kopp: k } = kopp();
    expect(typeFeature(s, k)).toBe('type:he:PERSON');
  });

  it('genderFeature: "he" clashes with Hillary Clinton, agrees with Mr. Kopp, and Glen Kopp’s gender is unknown; nothing for an ungendered source', () => {
    const { a, s, kopp: k, clinton } = kopp();
    expect([genderFeature(a.resolver, s, k), genderFeature(a.resolver, s, clinton)]).toEqual(['gender:pron:unknown', 'gender:pron:clash']);
    const mr = article(['Mr. Kopp said agents want to interview Hillary Clinton.', '“They are within the zone of interest,” he said.'], [['Kopp', 'PERSON']]);
    const he = mr.source('he', 'PRONOUN');
    expect(genderFeature(mr.resolver, he, mr.candidate(mr.candidates(he), 'Kopp'))).toBe('gender:pron:agree');
    const p = post();
    const newspaper = p.source('The newspaper');
    expect(genderFeature(p.resolver, newspaper, p.candidate(p.candidates(newspaper), 'Jennifer Rodstrom'))).toBeNull();
  });

  it('numberFeature: "they" is plural, "he" singular', () => {
    const { a, kopp: k } = kopp();
    expect(numberFeature(a.source('They', 'PRONOUN'), k)).toBe('number:pl:PERSON');
    expect(numberFeature(a.source('he', 'PRONOUN'), k)).toBe('number:sg:PERSON');
  });
});

describe('distance and recency', () => {
  it('sentenceDistanceFeature: Kopp is named in the sentence before', () => {
    const { a, s, kopp: k } = kopp();
    expect(sentenceDistanceFeature(s, k, a.context(s).sentences)).toBe('dsent:he:1');
  });

  it('charDistanceFeature: characters from the candidate’s last mention, bucketed', () => {
    const { s, kopp: k, clinton } = kopp();
    expect([charDistanceFeature(s, k), charDistanceFeature(s, clinton)]).toEqual(['dchar:pron:<400', 'dchar:pron:<150']);
  });

  it('recencyFeature: Clinton was named last, Kopp before her', () => {
    const { s, kopp: k, clinton } = kopp();
    expect([recencyFeature(s, clinton), recencyFeature(s, k)]).toEqual(['rank:he:0', 'rank:he:1']);
  });

  it('mentionCountFeature: each was named once before', () => {
    const { s, kopp: k } = kopp();
    expect(mentionCountFeature(s, k)).toBe('count:pron:1');
  });

  it('salienceFeature: Clinton is the article’s most salient person, Kopp the next', () => {
    const { a, s, kopp: k, clinton } = kopp();
    expect([salienceFeature(a.resolver, s, clinton), salienceFeature(a.resolver, s, k)]).toEqual(['sal:pron:0', 'sal:pron:1']);
  });
});

describe('who the text is about', () => {
  it('subjectFeatures: Kopp is the subject of the sentence before, and the first person there who agrees with "he"', () => {
    const { a, s, kopp: k, clinton } = kopp();
    const sc = a.context(s);
    expect([subjectFeatures(sc, k), subjectFeatures(sc, clinton)]).toEqual([['subj:he:previous', 'agreeing:he:previous'], []]);
  });

  it('subjectFeatures: the first person of the paragraph who agrees', () => {
    const a = article(['Bill Clinton praised Hillary Clinton on Monday, and she said she was ready.'], [['Bill Clinton', 'PERSON'], ['Hillary Clinton', 'PERSON']]);
    const s = a.source('she', 'PRONOUN');
    const cs = a.candidates(s);
    expect(subjectFeatures(a.context(s), a.candidate(cs, 'Hillary Clinton'))).toEqual(['agreeing:she:here', 'agreeing:she:paragraph']);
    expect(subjectFeatures(a.context(s), a.candidate(cs, 'Bill Clinton'))).toEqual(['subj:she:here']);
  });

  it('previousSpeakerFeature: the speaker of the quote before', () => {
    const { a, s, kopp: k, clinton } = kopp();
    a.resolver.noteSpeaker(a.named('Glen Kopp'), a.text.indexOf('said'));
    const sc = a.context(s);
    expect([previousSpeakerFeature(sc, k), previousSpeakerFeature(sc, clinton)]).toEqual(['prevspk:he', null]);
  });

  it('saidFeature: "Glen Kopp said" one sentence back', () => {
    const { a, s, kopp: k, clinton } = kopp();
    expect([saidFeature(a.resolver, s, k, a.context(s).sentences), saidFeature(a.resolver, s, clinton, a.context(s).sentences)]).toEqual(['said:he:1', null]);
  });

  it('lastMentionFeature: a name that modifies a noun ("Donald Trump supporter") is no subject', () => {
    const a = article(['Joseph R. Murray II counts himself as a devout Catholic and Donald Trump supporter. He recently wrote a commentary.'], [['Joseph R. Murray II', 'PERSON'], ['Donald Trump', 'PERSON']]);
    const s = a.source('He', 'PRONOUN');
    const cs = a.candidates(s);
    expect([lastMentionFeature(a.resolver, s, a.candidate(cs, 'Donald Trump')), lastMentionFeature(a.resolver, s, a.candidate(cs, 'Joseph R. Murray II'))]).toEqual(['last:he:premodifier', 'last:he:plain']);
  });

  it('chainFeature: sentences opening with "He" back to the person who opens the first', () => {
    const a = article(
      ['Joseph R. Murray II, a onetime lawyer for the American Family Association, came out as gay. He married in Mississippi last year. He recently wrote a commentary for the Clarion-Ledger.'],
      [['Joseph R. Murray II', 'PERSON'], ['American Family Association', 'ORGANIZATION'], ['Clarion-Ledger', 'ORGANIZATION']],
    );
    const s = a.source('He', 'PRONOUN', 1);
    const sc = a.context(s);
    const cs = a.candidates(s);
    expect(chainFeature(a.resolver, sc, a.candidate(cs, 'Joseph R. Murray II'))).toBe('chain:he');
    expect(chainFeature(a.resolver, sc, a.candidate(cs, 'American Family Association'))).toBeNull();
  });

  it('ruleFeatures: the rules’ answer, and the step that looks to have chosen it', () => {
    const { a, s, kopp: k, clinton } = kopp();
    const sc = a.context(s);
    expect([ruleFeatures(sc, k), ruleFeatures(sc, clinton)]).toEqual([['rule:he', 'rule:he:previous'], []]);
  });
});

describe('the description against the candidate', () => {
  it('headTypeFeatures: "the newspaper" with The Washington Post, a news outlet’s name', () => {
    const a = post();
    const s = a.source('The newspaper');
    const cs = a.candidates(s);
    expect(headTypeFeatures(a.resolver, s, a.candidate(cs, 'The Washington Post'))).toEqual(['head:media:ORGANIZATION', 'head:media:medianame']);
    expect(headTypeFeatures(a.resolver, s, a.candidate(cs, 'Apple'))).toEqual(['head:media:ORGANIZATION']);
    expect(headTypeFeatures(a.resolver, s, a.candidate(cs, 'Jennifer Rodstrom'))).toEqual(['head:media:PERSON']);
  });

  it('headWordFeature: the head word with the candidate’s type; none for a pronoun', () => {
    const a = post();
    const s = a.source('the company');
    expect(headWordFeature(s, a.candidate(a.candidates(s), 'Apple'))).toBe('headword:company:ORGANIZATION');
    const k = kopp();
    expect(headWordFeature(k.s, k.kopp)).toBeNull();
  });

  it('headMatchFeatures: the head in a description ("spokeswoman"), in a name ("the fund"), as a title ("Sen.")', () => {
    const a = article(['Apple hired Jennifer Rodstrom.', 'The spokeswoman said the company would not comment.'], [['Apple', 'ORGANIZATION'], ['Jennifer Rodstrom', 'PERSON', ['Jennifer Rodstrom'], ['spokeswoman']]]);
    const s = a.source('The spokeswoman');
    expect(headMatchFeatures(a.resolver, s, a.candidate(a.candidates(s), 'Jennifer Rodstrom'))).toEqual(['headdesc:person']);
    const imf = article(['The International Monetary Fund cut its forecast.', 'The fund said growth would slow.'], [['International Monetary Fund', 'ORGANIZATION']]);
    const fund = imf.source('The fund');
    expect(headMatchFeatures(imf.resolver, fund, imf.candidate(imf.candidates(fund), 'International Monetary Fund'))).toEqual(['headname:body']);
    const rubio = article(['Florida Sen. Marco Rubio spoke in Iowa.', 'The Florida senator told reporters he feels good.'], [['Marco Rubio', 'PERSON']]);
    const senator = rubio.source('The Florida senator');
    expect(headMatchFeatures(rubio.resolver, senator, rubio.candidate(rubio.candidates(senator), 'Marco Rubio'))).toEqual(['headtitle:person']);
  });

  it('modifierFeature: "The Florida senator" with "Florida Sen. Marco Rubio"', () => {
    const a = article(['Florida Sen. Marco Rubio spoke in Iowa with Texas Sen. Ted Cruz.', 'The Florida senator told reporters he feels good.'], [['Marco Rubio', 'PERSON'], ['Ted Cruz', 'PERSON']]);
    const s = a.source('The Florida senator');
    const cs = a.candidates(s);
    expect([modifierFeature(a.resolver, s, a.candidate(cs, 'Marco Rubio')), modifierFeature(a.resolver, s, a.candidate(cs, 'Ted Cruz'))]).toEqual(['modifier:def', null]);
  });

  it('insideFeature: a name in apposition at the end, a name in a post-modifier, a possessor', () => {
    const a = article(['Donald Trump opened a hotel.', 'A spokeswoman for Trump hotels, Jennifer Rodstrom, declined to comment.'], [['Donald Trump', 'PERSON', ['Donald Trump', 'Trump']], ['Jennifer Rodstrom', 'PERSON']]);
    const s = a.source('A spokeswoman for Trump hotels, Jennifer Rodstrom');
    const cs = a.candidates(s);
    expect([insideFeature(a.text, s, a.candidate(cs, 'Jennifer Rodstrom')), insideFeature(a.text, s, a.candidate(cs, 'Donald Trump'))]).toEqual(['inside:indef:apposition', 'inside:indef:postmodifier']);
    const p = article(['Colin Powell wrote emails.', '“He did write to her,” Powell’s office said in a statement.'], [['Colin Powell', 'PERSON', ['Colin Powell', 'Powell']]]);
    const office = p.source('Powell’s office');
    expect(insideFeature(p.text, office, p.candidate(p.candidates(office), 'Colin Powell'))).toBe('inside:poss:possessor');
  });

  it('adjacentFeature: "Trump, who said"', () => {
    const a = article(['Mr. Trump, who is not taking large donations, fits that bill.'], [['Trump', 'PERSON']]);
    const s = a.source('who', 'PRONOUN');
    expect(adjacentFeature(a.text, s, a.candidate(a.candidates(s), 'Trump'))).toBe('adjacent:who');
  });

  it('cataphoraFeature: named later in the sentence only', () => {
    const a = article(['Asked about the ruling, the company’s chief executive, Tim Cook, said it was wrong.'], [['Tim Cook', 'PERSON']]);
    const s = a.source('the company’s chief executive');
    expect(cataphoraFeature(s, a.candidate(a.candidates(s), 'Tim Cook'))).toBe('after:def');
  });
});

describe('what the entity pass said of the candidate', () => {
  it('orgNameFeature: a person named like an organisation', () => {
    const a = article(['He was a lawyer for the American Family Association. He recently wrote a commentary.'], [['Family Association', 'PERSON']]);
    const s = a.source('He', 'PRONOUN', 1);
    expect(orgNameFeature(a.resolver, a.candidate(a.candidates(s), 'Family Association'))).toBe('orgname:PERSON');
  });

  it('addedFeature: a speaker added at a cue (new-speakers.ts)', () => {
    const { a, kopp: k } = kopp();
    expect(addedFeature(a.resolver, k)).toBeNull();
    const added = a.resolver.index.add('Beau Correll', [], 'PERSON');
    expect(addedFeature(a.resolver, { ...k, entity: added })).toBe('added:PERSON');
  });
});

describe('all of a candidate’s features, and NULL’s', () => {
  it('candidateFeatures: Kopp for "he"', () => {
    const { a, s, kopp: k } = kopp();
    expect(candidateFeatures(a.resolver, a.context(s), k)).toEqual([
      'type:he:PERSON',
      'number:sg:PERSON',
      'dsent:he:1',
      'rank:he:1',
      'sal:pron:1',
      'count:pron:1',
      'gender:pron:unknown',
      'dchar:pron:<400',
      'said:he:1',
      'last:he:plain',
      'subj:he:previous',
      'agreeing:he:previous',
      'rule:he',
      'rule:he:previous',
    ]);
  });

  it('nullFeatures: "a source" with no one named near, the rules finding no one', () => {
    const a = article(['Tickets sold out on Monday.', 'A source said the event would move.'], []);
    const s = a.source('A source');
    expect(nullFeatures(a.context(s), a.candidates(s))).toEqual(['null:indef', 'null:number:sg', 'null:head:source', 'null:headclass:person', 'null:rule:indef', 'null:near:indef:none']);
  });
});
