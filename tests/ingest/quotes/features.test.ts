import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/ingest/entities/index.js';
import { readWireText } from '../../../src/ingest/formats/wire-text.js';
import { extractQuotes, type RankObservation } from '../../../src/ingest/quotes/index.js';
import {
  candidateFeatures,
  cascadeFeatures,
  contestFeatures,
  cueFeatures,
  cueLemma,
  discourseFeatures,
  entityFeatures,
  FEATURE_UNITS,
  featureDigest,
  frameFeatures,
  headWord,
  kindFeatures,
  lexicalFeatures,
  positionFeatures,
  pronounFeatures,
  quoteFeatures,
  rankFeatures,
  ruleFeatures,
  shapeFeatures,
  syntaxFeatures,
  wordBucket,
} from '../../../src/ingest/quotes/features.js';
import type { Candidate } from '../../../src/ingest/quotes/candidates.js';

// The seed article (Reuters, Kremlin on NATO): its first quote
//   “This is completely untrue. This is absolute fiction,” Kremlin spokesman Dmitry Peskov told reporters
// and its sixth, `The Kremlin said ... “pumping weapons into Ukraine ...”`.
const draft = readWireText(readFileSync(new URL('../../../seeds/000_fd439a6a3e23e835.txt', import.meta.url), 'utf8'), '000_fd439a6a3e23e835.txt');
const seen: RankObservation[] = [];
extractQuotes(draft, extractEntities(draft), { ranker: null, observe: (o) => seen.push(o) });
const quoteAt = (prefix: string): RankObservation => seen.find((o) => draft.text.slice(o.start, o.end).startsWith(prefix))!;
const untrue = quoteAt('This is completely untrue');
const weapons = quoteAt('pumping weapons');
const named = (o: RankObservation, text: string | null): Candidate => o.candidates.find((c) => (c.mention?.text ?? null) === text)!;
type Unit = (typeof FEATURE_UNITS)[string];
const run = (unit: Unit, o: RankObservation, text: string | null): string[] => unit(named(o, text), o.ctx, o.candidates);

describe('feature units on the seed article', () => {
  it('kindFeatures: the mention kind and where it was found', () => {
    expect(run(kindFeatures, untrue, 'Dmitry Peskov')).toEqual(['kind:NAME', 'source:rule']);
    expect(run(kindFeatures, weapons, 'they')).toEqual(['kind:PRONOUN', 'source:pronoun']);
    expect(run(kindFeatures, untrue, null)).toEqual(['kind:NULL', 'source:null']);
  });

  it('ruleFeatures: each proposing rule, with the kind, and how many agree', () => {
    expect(run(ruleFeatures, weapons, 'The Kremlin')).toEqual(['rule:head', 'rule:head&NAME', 'rule:own-clause', 'rule:own-clause&NAME', 'rule:subject', 'rule:subject&NAME', 'rules:3', 'first-rule:head']);
    expect(run(ruleFeatures, untrue, 'Reuters')).toEqual(['rules:0']);
  });

  it('cascadeFeatures: the cascade’s choice and its rule; on NULL, what the cascade did', () => {
    expect(run(cascadeFeatures, untrue, 'Dmitry Peskov')).toEqual(['cascade', 'cascade&rule:tail', 'cascade&kind:NAME']);
    expect(run(cascadeFeatures, untrue, 'Kremlin')).toEqual([]);
    expect(run(cascadeFeatures, weapons, null)).toEqual(['null&cascade:head', 'null&qkind:PARTIAL', 'null&onequote:false']);
  });

  it('positionFeatures: side, sentence, paragraph and words to the mark', () => {
    expect(run(positionFeatures, untrue, 'Dmitry Peskov')).toEqual(['pos:after', 'sent:0', 'para:0', 'words:2', 'pos&sent:after&0', 'kind&pos&sent:NAME&after&0', 'kind&words:NAME&after&2']);
    expect(run(positionFeatures, untrue, 'Reuters')).toEqual(['pos:before', 'sent:-1', 'para:-1', 'words:9-16', 'pos&sent:before&-1', 'kind&pos&sent:NAME&before&-1', 'kind&words:NAME&before&9-16']);
  });

  it('cueFeatures: a reporting cue right after the mention ("Peskov told"), or none', () => {
    expect(run(cueFeatures, untrue, 'Dmitry Peskov')).toEqual(['cue-after', 'cue-after:tell', 'cue-after&pos:after', 'cue-after:tell&after']);
    expect(run(cueFeatures, weapons, 'NATO')).toEqual(['no-cue&kind:NAME']);
  });

  it('entityFeatures: the entity’s type, whether the mention resolves, how often it is named', () => {
    expect(run(entityFeatures, untrue, 'Dmitry Peskov')).toEqual(['ent:PERSON', 'ent&kind:PERSON&NAME', 'resolved:true&NAME', 'mentions:4+']);
    expect(run(entityFeatures, weapons, 'they')).toEqual(['ent:ORGANIZATION', 'ent&kind:ORGANIZATION&PRONOUN', 'resolved:true&PRONOUN', 'mentions:4+']);
  });

  it('syntaxFeatures: sentence-initial, after a preposition, possessive', () => {
    expect(run(syntaxFeatures, weapons, 'The Kremlin')).toEqual(['sent-initial', 'sent-initial&kind:NAME']);
    expect(run(syntaxFeatures, weapons, 'Trump')).toEqual(['after-prep', 'after-prep&kind:NAME', 'possessive']);
  });

  it('discourseFeatures: the last speaker, and another mention of the cascade’s entity', () => {
    expect(run(discourseFeatures, weapons, 'Putin')).toEqual(['last-speaker', 'last-speaker&kind:NAME']);
    expect(run(discourseFeatures, weapons, 'they')).toEqual(['same-as-cascade', 'same-as-cascade&kind:PRONOUN']);
    expect(run(discourseFeatures, weapons, null)).toEqual(['null&has-last']);
  });

  it('pronounFeatures: the pronoun, whether it resolves, and the last speaker’s gender', () => {
    expect(run(pronounFeatures, weapons, 'they')).toEqual(['pron:they', 'pron:they&resolved', 'pron:they&last:M']);
    expect(run(pronounFeatures, weapons, 'Putin')).toEqual([]);
  });

  it('quoteFeatures: the quote’s kind with the side', () => {
    expect(run(quoteFeatures, untrue, 'Dmitry Peskov')).toEqual(['qkind:FULL&after']);
    expect(run(quoteFeatures, weapons, 'Putin')).toEqual(['qkind:PARTIAL&before']);
  });

  it('rankFeatures: the nearest mention (and name) on its side', () => {
    expect(run(rankFeatures, untrue, 'Reuters')).toEqual(['nearest:before', 'nearest-name:before']);
    expect(run(rankFeatures, weapons, 'Trump')).toEqual(['nearest-name:before']);
    expect(run(rankFeatures, weapons, 'they')).toEqual(['nearest:before']);
  });

  it('contestFeatures: a rival of the cascade’s choice, and which rule it rivals', () => {
    expect(run(contestFeatures, untrue, 'Kremlin')).toEqual(['alt:entity&vs:tail', 'alt-kind:NAME&vs:tail']);
    expect(run(contestFeatures, weapons, 'they')).toEqual(['alt:pronoun&vs:head', 'alt-kind:PRONOUN&vs:head']);
    expect(run(contestFeatures, untrue, 'Dmitry Peskov')).toEqual([]);
  });

  it('frameFeatures: the proposing frame’s cue and its distance to the quote', () => {
    expect(run(frameFeatures, untrue, 'Dmitry Peskov')).toEqual(['frame-cue:tell', 'cue-gap:3-4', 'cue-gap:3-4&tail']);
    expect(run(frameFeatures, weapons, 'The Kremlin')).toEqual(['frame-cue:say', 'cue-gap:9-16', 'cue-gap:9-16&head']);
    expect(run(frameFeatures, weapons, 'NATO')).toEqual([]);
  });

  it('shapeFeatures: length and lower-case words of the mention', () => {
    expect(run(shapeFeatures, untrue, 'Dmitry Peskov')).toEqual(['len:2&NAME', 'lower-words:0&NAME']);
    expect(run(shapeFeatures, weapons, 'they')).toEqual(['len:1&PRONOUN', 'lower-words:1&PRONOUN']);
  });

  it('lexicalFeatures: head word, the words around the mention, the cascade choice’s head', () => {
    expect(run(lexicalFeatures, untrue, 'Dmitry Peskov')).toEqual(['head:<name>', 'prev:spokesman', 'next:told']);
    expect(run(lexicalFeatures, weapons, 'they')).toEqual(['head:they', 'prev:that', 'next:were', 'vs-head:<name>']);
    expect(run(lexicalFeatures, untrue, null)).toEqual(['null&vs-head:<name>']);
  });

  it('candidateFeatures joins every unit in order', () => {
    const c = named(untrue, 'Dmitry Peskov');
    expect(candidateFeatures(c, untrue.ctx, untrue.candidates)).toEqual(Object.values(FEATURE_UNITS).flatMap((u) => u(c, untrue.ctx, untrue.candidates)));
    expect(Object.keys(FEATURE_UNITS)).toHaveLength(15);
  });
});

describe('feature helpers', () => {
  it('wordBucket counts words, not punctuation', () => {
    expect(['', ',” ', ',” Peskov ', ',” Kremlin spokesman ', 'a b c d e f', 'one two three four five six seven eight nine ten'].map(wordBucket)).toEqual(['0', '0', '1', '2', '5-8', '9-16']);
  });

  it('cueLemma folds the common reporting verbs, the rest is `other`', () => {
    expect(['said', 'says', 'told reporters', 'added', 'tweeted', 'noted', 'argued', 'according to', 'insisted', 'wrote in a statement', 'bellowed'].map(cueLemma)).toEqual(['say', 'say', 'tell', 'add', 'tweet', 'note', 'argue', 'according', 'insist', 'write', 'other']);
  });

  it('headWord: the last word of a description, lower-cased; a name is <name>', () => {
    expect(headWord({ text: 'the Kremlin spokesman', kind: 'NOMINAL' })).toBe('spokesman');
    expect(headWord({ text: 'Dmitry Peskov', kind: 'NAME' })).toBe('<name>');
    expect(headWord({ text: 'He', kind: 'PRONOUN' })).toBe('he');
  });

  it('featureDigest is 16 hex digits and stable', () => {
    expect(featureDigest()).toMatch(/^[0-9a-f]{16}$/);
    expect(featureDigest()).toBe(featureDigest());
  });
});
