// The features of one (source, candidate) pair for the referent model: named units, each
// returning feature names (strings) that the model weighs. Most are conjoined with the
// source's class (source.ts), since "he" and "the newspaper" weigh the same evidence
// differently. NULL (no entity) has features of its own (nullFeatures).
//
// FEATURE_SET names this set: change any unit below and bump it, then retrain
// (`npm run train:resolver`); tests/ingest/quotes/resolution/model.test.ts fails until then.
import type { Speaker } from '../speakers.js';
import type { Span } from '../../types.js';
import type { ArticleContext, Candidate, Sentences } from './candidates.js';
import { describesHead, namesHead, titlesHead } from './candidates.js';
import { isPronounClass, type Source } from './source.js';

export const FEATURE_SET = 'referent-features/1';

/** What the features of one source share, computed once for all its candidates. */
export interface SourceContext {
  source: Source;
  sentences: Sentences;
  /** The first person or organisation of the source's sentence before it, not after a preposition (roughly the subject). */
  subjectHere: Speaker | null;
  /** The same for the sentence before. */
  subjectPrevious: Speaker | null;
  /** The first person or organisation of the source's sentence before it that agrees with it (a person of the pronoun's gender for "he", an organisation for "it"), not after a preposition: the rules' choice for "he". */
  agreeingHere: Speaker | null;
  /** The same for the sentence before. */
  agreeingPrevious: Speaker | null;
  /** The first agreeing person or organisation of the source's paragraph, before it, not after a preposition. */
  agreeingInParagraph: Speaker | null;
  /** The speaker of the last attributed quote before the source. */
  previousSpeaker: Speaker | null;
}

/**
 * Whether an entity may be what the source refers to by type and gender: "he" a person not
 * known to be a woman, "it"/"they"/"we" an organisation; descriptions anything.
 */
export function agrees(ctx: ArticleContext, s: Source, e: Speaker): boolean {
  switch (s.cls) {
    case 'he':
    case 'she':
      return e.type === 'PERSON' && ctx.genderOf(e) !== (s.cls === 'he' ? 'F' : 'M');
    case 'it':
    case 'they':
    case 'we':
      return e.type === 'ORGANIZATION';
    default:
      return true;
  }
}

/** A preposition right before a name ("to La Raza", "with Trump"): no subject. */
const PREPOSITION_BEFORE = /\b(?:to|with|from|for|at|by|about|against|of|in|on|into|toward|towards|than|like)\s+$/i;

export function sourceContext(ctx: ArticleContext, source: Source, sentences: Sentences): SourceContext {
  const { text, index } = ctx;
  const at = source.mention.start;
  const notAfterPreposition = (span: Span): boolean => !PREPOSITION_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start));
  const [here, previous] = sentences.starts;
  const fits = (e: Speaker): boolean => agrees(ctx, source, e);
  return {
    source,
    sentences,
    subjectHere: here !== undefined && here < at ? index.firstMatching(here, at, () => true, notAfterPreposition) : null,
    subjectPrevious: previous !== undefined ? index.firstMatching(previous, here!, () => true, notAfterPreposition) : null,
    agreeingHere: here !== undefined && here < at ? index.firstMatching(here, at, fits, notAfterPreposition) : null,
    agreeingPrevious: previous !== undefined ? index.firstMatching(previous, here!, fits, notAfterPreposition) : null,
    // Paragraphs are lines of the article's text.
    agreeingInParagraph: index.firstMatching(text.lastIndexOf('\n', at) + 1, at, fits, notAfterPreposition),
    previousSpeaker: ctx.previousSpeaker(at)?.entity ?? null,
  };
}

/** "he"/"she"/"who" vs "the senator": the coarse group some features are conjoined with. */
const group = (s: Source): string => (isPronounClass(s.cls) ? 'pron' : 'desc');

/** Candidate type vs the source: "he" with Donald Trump -> "type:he:PERSON"; "it" with Apple -> "type:it:ORGANIZATION". */
export function typeFeature(s: Source, c: Candidate): string {
  return `type:${s.cls}:${c.entity!.type}`;
}

/**
 * Gender agreement of a gendered source ("she", "a spokeswoman") with a person: "she" with
 * Hillary Clinton -> "gender:pron:agree", with Donald Trump -> "gender:pron:clash", with a
 * person of unknown gender -> "gender:pron:unknown". Nothing for organisations or ungendered sources.
 */
export function genderFeature(ctx: ArticleContext, s: Source, c: Candidate): string | null {
  if (s.gender === null || c.entity!.type !== 'PERSON') return null;
  const g = ctx.genderOf(c.entity!);
  return `gender:${group(s)}:${g === null ? 'unknown' : g === s.gender ? 'agree' : 'clash'}`;
}

/** Number vs type: "they" or "officials" (plural) with a person -> "number:pl:PERSON"; "the senator" -> "number:sg:PERSON". */
export function numberFeature(s: Source, c: Candidate): string {
  return `number:${s.plural ? 'pl' : 'sg'}:${c.entity!.type}`;
}

const sentenceBucket = (d: number): string => (d < 0 ? 'far' : String(d));

/**
 * How many sentences back the candidate's last mention is: in the source's sentence ->
 * "dsent:he:0", the sentence before -> "dsent:he:1", ... ("far" past six); only inside the
 * source or later in its sentence -> "dsent:he:after".
 */
export function sentenceDistanceFeature(s: Source, c: Candidate, sentences: Sentences): string {
  if (!c.last) return `dsent:${s.cls}:after`;
  const at = c.last.start;
  const d = sentences.starts.findIndex((start) => at >= start);
  return `dsent:${s.cls}:${sentenceBucket(d)}`;
}

/** Characters from the candidate's last mention to the source, bucketed: 20 characters back -> "dchar:pron:<50". */
export function charDistanceFeature(s: Source, c: Candidate): string | null {
  if (!c.last) return null;
  const d = s.mention.start - c.last.end;
  const bucket = d < 50 ? '<50' : d < 150 ? '<150' : d < 400 ? '<400' : d < 1000 ? '<1000' : d < 2500 ? '<2500' : 'more';
  return `dchar:${group(s)}:${bucket}`;
}

/** Recency among the candidates: the entity mentioned last before "he" -> "rank:he:0", the one before -> "rank:he:1", ... */
export function recencyFeature(s: Source, c: Candidate): string {
  const r = c.rank;
  return `rank:${s.cls}:${r < 0 ? 'none' : r < 4 ? String(r) : r < 7 ? '4-6' : '7+'}`;
}

/**
 * The subject of the source's sentence or of the sentence before: "Trump attacked Clinton on
 * Monday, and he said ..." -> Trump "subj:he:here"; "Clinton spoke in Ohio. She said ..." ->
 * Clinton "subj:she:previous". The same for the first one that agrees with the source
 * ("agreeing:she:here": "Bill Clinton praised Hillary Clinton, and she said" -> Hillary Clinton),
 * and of the source's paragraph ("agreeing:he:paragraph").
 */
export function subjectFeatures(sc: SourceContext, c: Candidate): string[] {
  const out: string[] = [];
  if (c.entity === sc.subjectHere) out.push(`subj:${sc.source.cls}:here`);
  if (c.entity === sc.subjectPrevious) out.push(`subj:${sc.source.cls}:previous`);
  if (c.entity === sc.agreeingHere) out.push(`agreeing:${sc.source.cls}:here`);
  else if (c.entity === sc.agreeingPrevious) out.push(`agreeing:${sc.source.cls}:previous`);
  if (c.entity === sc.agreeingInParagraph) out.push(`agreeing:${sc.source.cls}:paragraph`);
  return out;
}

/** The speaker of the previous quote: "“...,” Trump said. “...,” he added." -> Trump "prevspk:he". */
export function previousSpeakerFeature(sc: SourceContext, c: Candidate): string | null {
  return c.entity === sc.previousSpeaker ? `prevspk:${sc.source.cls}` : null;
}

/** Salience rank in the article: the most salient person or organisation -> "sal:pron:0", then 1, 2, "3-5", "6+". */
export function salienceFeature(ctx: ArticleContext, s: Source, c: Candidate): string {
  const r = ctx.salienceRank(c.entity!);
  return `sal:${group(s)}:${r < 3 ? String(r) : r < 6 ? '3-5' : '6+'}`;
}

/** Mentions before the source: named once -> "count:desc:1", twice -> 2, "3-5", "6+"; none -> "0". */
export function mentionCountFeature(s: Source, c: Candidate): string {
  const n = c.count;
  return `count:${group(s)}:${n < 3 ? String(n) : n < 6 ? '3-5' : '6+'}`;
}

/**
 * The description's head noun class vs the candidate: "the newspaper" with The Washington Post
 * -> "head:media:ORGANIZATION" and "head:media:medianame"; "the company" with Apple ->
 * "head:company:ORGANIZATION"; "the senator" with Ted Cruz -> "head:person:PERSON".
 */
export function headTypeFeatures(ctx: ArticleContext, s: Source, c: Candidate): string[] {
  if (s.headClass === 'none') return [];
  const out = [`head:${s.headClass}:${c.entity!.type}`];
  if (ctx.entity(c.entity!).mediaNamed) out.push(`head:${s.headClass}:medianame`);
  return out;
}

/**
 * The head noun in the candidate's name or descriptions: "the fund" with International
 * Monetary Fund -> "headname:body"; "the spokesman" with Dmitry Peskov, described as "Kremlin
 * spokesman" -> "headdesc:person"; written with the head noun as a title ("Sen. Marco Rubio" for
 * "the senator") -> "headtitle:person".
 */
export function headMatchFeatures(ctx: ArticleContext, s: Source, c: Candidate): string[] {
  if (isPronounClass(s.cls)) return [];
  const out: string[] = [];
  if (namesHead(ctx, c.entity!, s.head)) out.push(`headname:${s.headClass}`);
  if (describesHead(ctx, c.entity!, s.head)) out.push(`headdesc:${s.headClass}`);
  if (titlesHead(ctx, c.entity!, s.head)) out.push(`headtitle:${s.headClass}`);
  return out;
}

/**
 * A modifier of the description written at the candidate's mentions, in its name or its
 * descriptions: "The Vermont senator" with Bernie Sanders, written "Vermont Sen. Bernie
 * Sanders" -> "modifier:def"; "the GOP nominee" with Donald Trump, "the GOP front-runner".
 */
export function modifierFeature(ctx: ArticleContext, s: Source, c: Candidate): string | null {
  if (s.modifiers.length === 0) return null;
  const w = ctx.entity(c.entity!);
  return s.modifiers.some((x) => w.context.has(x) || w.description.has(x) || w.name.has(x)) ? `modifier:${s.cls}` : null;
}

/**
 * The candidate's last mention before the source speaks (facts.ts): "Henson said.” / “...,” he
 * said" -> Henson "said:he:1" (the sentence before); "said Henson", "according to Henson" too.
 */
export function saidFeature(ctx: ArticleContext, s: Source, c: Candidate, sentences: Sentences): string | null {
  if (!c.last || !ctx.mention(c.last).speaks) return null;
  const d = sentences.starts.findIndex((start) => c.last!.start >= start);
  return `said:${s.cls}:${d < 0 ? 'far' : d < 3 ? String(d) : '3-5'}`;
}

/** The head word itself vs the candidate's type: "the campaign" with an organisation -> "headword:campaign:ORGANIZATION". */
export function headWordFeature(s: Source, c: Candidate): string | null {
  return isPronounClass(s.cls) ? null : `headword:${s.head}:${c.entity!.type}`;
}

/**
 * A name inside the source span, by where it stands: "Trump campaign spokesman Jason Miller"
 * or "a spokeswoman for Trump hotels, Jennifer Rodstrom" -> the person named last
 * "inside:indef:apposition"; Trump "inside:...:modifier" (before the head noun) or
 * "inside:indef:postmodifier" ("for Trump hotels"); "Powell’s office" -> Powell "inside:poss:possessor".
 */
export function insideFeature(text: string, s: Source, c: Candidate): string | null {
  if (!c.inside || !c.next) return null;
  const at = c.next;
  const m = s.mention;
  let where: string;
  if (at.start >= s.headEnd) {
    const closes = m.end - at.end <= 1 || /^[\s,]+$/.test(text.slice(s.headEnd, at.start));
    where = closes ? 'apposition' : 'postmodifier';
  } else {
    // "Powell" ends at or just before the end of "Powell’s".
    const possessor = s.possessorEnd > 0 && at.end <= s.possessorEnd && at.end >= s.possessorEnd - 2;
    where = possessor ? 'possessor' : 'modifier';
  }
  return `inside:${s.cls}:${where}`;
}

/** The candidate's mention right before the source ("Trump, who said"; "Clinton's campaign, which"): "adjacent:who". */
export function adjacentFeature(text: string, s: Source, c: Candidate): string | null {
  if (!c.last) return null;
  const between = text.slice(c.last.end, s.mention.start);
  return between.length <= 4 && /^[\s,—–\-)]*$/.test(between) ? `adjacent:${s.cls}` : null;
}

/** Named later in the source's sentence, not before (cataphora): "Asked about it, the spokesman for Apple, Tim Cook, said" -> "after:def". */
export function cataphoraFeature(s: Source, c: Candidate): string | null {
  return !c.inside && c.next && !c.last ? `after:${s.cls}` : null;
}

/**
 * What the rules (SpeakerIndex.resolve, PronounResolver) answer: "rule:he" on their
 * candidate, and by which of their steps it looks to be chosen: the agreeing subject of the
 * sentence ("rule:he:here"), of the sentence before ("rule:he:previous"), the previous quote's
 * speaker ("rule:he:speaker"), a name inside the source ("rule:def:inside"), or else ("rule:he:other").
 */
export function ruleFeatures(sc: SourceContext, c: Candidate): string[] {
  if (!c.rule) return [];
  const step = c.entity === sc.agreeingHere ? 'here' : c.entity === sc.agreeingPrevious ? 'previous' : c.entity === sc.previousSpeaker ? 'speaker' : c.inside ? 'inside' : 'other';
  return [`rule:${sc.source.cls}`, `rule:${sc.source.cls}:${step}`];
}

/** A speaker the entity pass missed, added at a cue (new-speakers.ts): "added:PERSON". */
export function addedFeature(ctx: ArticleContext, c: Candidate): string | null {
  return ctx.index.added.includes(c.entity!) ? `added:${c.entity!.type}` : null;
}

/**
 * How the candidate's last mention before the source stands in its sentence (facts.ts):
 * "Donald Trump supporter" -> "last:he:premodifier", "Trump’s lawyer" -> possessive, "in an
 * interview with Hannity" -> preposition, else plain.
 */
export function lastMentionFeature(ctx: ArticleContext, s: Source, c: Candidate): string | null {
  return c.last ? `last:${s.cls}:${ctx.mention(c.last).role}` : null;
}

/**
 * A chain of sentences opening with the source's pronoun back to the candidate, the first
 * agreeing one of its sentence: "Joseph R. Murray II, a onetime lawyer ..., came out as gay.
 * He married in Mississippi .... He recently wrote ..." -> Murray "chain:he".
 */
export function chainFeature(ctx: ArticleContext, sc: SourceContext, c: Candidate): string | null {
  const s = sc.source;
  if ((s.cls !== 'he' && s.cls !== 'she') || !c.last) return null;
  const { starts } = sc.sentences;
  const k = starts.findIndex((start) => c.last!.start >= start);
  if (k < 2) return null;
  const opening = s.cls === 'he' ? /^He\b/ : /^She\b/;
  for (let j = 1; j < k; j++) if (!opening.test(ctx.text.slice(starts[j]!, starts[j]! + 4))) return null;
  const first = ctx.index.firstMatching(starts[k]!, starts[k - 1]!, (e) => agrees(ctx, s, e));
  return first === c.entity ? `chain:${s.cls}` : null;
}

/**
 * A person whose name ends like an organisation's ("Family Association", typed PERSON by the
 * entity pass), or an organisation named like a person: "orgname:PERSON".
 */
export function orgNameFeature(ctx: ArticleContext, c: Candidate): string | null {
  return ctx.entity(c.entity!).orgNamed ? 'orgname:PERSON' : null;
}

/** The features of a candidate entity (not NULL). */
export function candidateFeatures(ctx: ArticleContext, sc: SourceContext, c: Candidate): string[] {
  const s = sc.source;
  const out = [typeFeature(s, c), numberFeature(s, c), sentenceDistanceFeature(s, c, sc.sentences), recencyFeature(s, c), salienceFeature(ctx, s, c), mentionCountFeature(s, c)];
  for (const f of [genderFeature(ctx, s, c), charDistanceFeature(s, c), previousSpeakerFeature(sc, c), insideFeature(ctx.text, s, c), adjacentFeature(ctx.text, s, c), cataphoraFeature(s, c), addedFeature(ctx, c), headWordFeature(s, c), modifierFeature(ctx, s, c), saidFeature(ctx, s, c, sc.sentences), lastMentionFeature(ctx, s, c), chainFeature(ctx, sc, c), orgNameFeature(ctx, c)]) {
    if (f !== null) out.push(f);
  }
  out.push(...subjectFeatures(sc, c), ...ruleFeatures(sc, c), ...headTypeFeatures(ctx, sc.source, c), ...headMatchFeatures(ctx, s, c));
  return out;
}

/**
 * NULL's features: the source's class ("null:indef"), its head word and head class
 * ("a source" -> "null:head:source", "null:headclass:person"; "experts" -> "null:headclass:people"),
 * plural or not, whether the rules found no one ("null:rule:indef"), and whether any
 * candidate is mentioned in the source's sentence or the one before ("null:near:none").
 */
export function nullFeatures(sc: SourceContext, candidates: readonly Candidate[]): string[] {
  const s = sc.source;
  const out = [`null:${s.cls}`, `null:number:${s.plural ? 'pl' : 'sg'}`];
  if (!isPronounClass(s.cls)) out.push(`null:head:${s.head}`, `null:headclass:${s.headClass}`);
  if (candidates[0]!.rule) out.push(`null:rule:${s.cls}`);
  const near = sc.sentences.starts[Math.min(1, sc.sentences.starts.length - 1)]!;
  const anyNear = candidates.some((c) => c.entity !== null && ((c.last !== null && c.last.start >= near) || c.next !== null));
  out.push(`null:near:${s.cls}:${anyNear ? 'some' : 'none'}`);
  return out;
}
