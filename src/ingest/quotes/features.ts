// Features of a candidate speaker (candidates.ts) for the learned ranker (ranker.ts). Each
// unit below names one kind of evidence and returns feature strings; the ranker adds up the
// weights the model learned for them. The examples in the comments are wire copy:
//   `“We will win,” Jane Smith said.` — Jane Smith: after the quote, same sentence, a
//   reporting cue right after her, proposed by the tail rule, a PERSON.
// Changing what any unit returns changes what the model's weights mean: run
// `npm run train:speakers` and commit models/speaker-ranker.json (tests/ingest/quotes/ranker.test.ts
// fails until then).
import { createHash } from 'node:crypto';
import { CUE_PREPOSITION_SOURCE, CUE_VERB_SOURCE } from '../lexicon/reporting-verbs.js';
import { cuesIn } from './frames.js';
import { lastAtOrBefore } from '../sorted.js';
import type { Candidate, QuoteWindow, Rule } from './candidates.js';
import type { Gender } from './gender.js';
import type { Speaker } from './speakers.js';
import type { Span } from '../types.js';

/** What the features of one quote's candidates may look at besides the candidate itself. */
export interface RankContext {
  text: string;
  w: QuoteWindow;
  kind: 'FULL' | 'PARTIAL';
  /** The quote is its paragraph's only text (`“Who’s going to pay for it?”` on its own). */
  oneQuoteParagraph: boolean;
  /** The candidate the rule cascade chose (the NULL candidate when it chose none), and by which rule. */
  cascade: Candidate;
  cascadeRule: Rule | null;
  /** The entity a candidate's mention resolves to (without creating one). */
  entityOf: (c: Candidate) => Speaker | null;
  /** For a name no entity has: the name of the person or organisation it would become (new-speakers.ts), else null. */
  newNameOf: (c: Candidate) => string | null;
  /** The speaker of the last quote attributed by a frame. */
  lastSpeaker: Speaker | null;
  genderOf: (e: Speaker) => Gender;
  /** Start of the sentence that holds an offset. */
  sentenceStartOf: (at: number) => number;
  /** Index of the block that holds an offset (-1 outside every block). */
  paragraphOf: (at: number) => number;
  /** The reporting cues of the paragraph that holds a span (each paragraph's found once), in text order. */
  cuesAround: (m: Span) => readonly Cue[];
}

/** A reporting cue as frames.ts finds it. */
export type Cue = ReturnType<typeof cuesIn>[number];

/** `RankContext.cuesAround` for an article: the cues of each paragraph, found on first use. */
export function paragraphCues(text: string, blocks: readonly Span[], paragraphOf: (at: number) => number): (m: Span) => readonly Cue[] {
  const found = new Map<number, Cue[]>();
  return (m) => {
    const b = paragraphOf(m.start);
    if (b < 0) return cuesIn(text, Math.max(0, m.start - 40), Math.min(text.length, m.end + 40));
    let cues = found.get(b);
    if (!cues) found.set(b, (cues = cuesIn(text, blocks[b]!.start, blocks[b]!.end)));
    return cues;
  };
}

/** Bumped whenever a unit's output changes meaning, so a stale model is noticed. */
export const FEATURE_SET_VERSION = 1;

type Unit = (c: Candidate, ctx: RankContext, all: readonly Candidate[]) => string[];

/**
 * `kind:NAME`, `kind:PRONOUN`, `kind:NOMINAL`, `kind:NULL`; with where the mention came from
 * (`source:entity` for an entity mention only the window found, `source:rule` for a rule's).
 */
export const kindFeatures: Unit = (c) => [`kind:${c.mention?.kind ?? 'NULL'}`, `source:${c.source}`];

/**
 * One feature per proposing rule and each rule with the kind: `,” Peskov said` gives
 * `rule:tail`, `rule:tail&NAME`; `rules:2` when two rules agree.
 */
export const ruleFeatures: Unit = (c) => {
  if (!c.mention) return [];
  const kind = c.mention.kind;
  const out = c.rules.flatMap((r) => [`rule:${r}`, `rule:${r}&${kind}`]);
  out.push(`rules:${Math.min(c.rules.length, 3)}`);
  if (c.rules.length > 0) out.push(`first-rule:${c.rules[0]}`);
  return out;
};

/**
 * The cascade's choice: `cascade`, `cascade&rule:tail` on the mention it chose; on NULL
 * `null&cascade:none` when it chose nobody, `null&cascade:subject` when it took the clause subject.
 */
export const cascadeFeatures: Unit = (c, ctx) => {
  const rule = ctx.cascadeRule ?? 'none';
  if (!c.mention) return [`null&cascade:${ctx.cascade.mention ? rule : 'none'}`, `null&qkind:${ctx.kind}`, `null&onequote:${ctx.oneQuoteParagraph}`];
  if (c !== ctx.cascade) return [];
  return ['cascade', `cascade&rule:${rule}`, `cascade&kind:${c.mention.kind}`];
};

/** Before or after the quote: `“...,” Peskov said` is `after`, `Peskov said: “...”` is `before`. */
export function side(m: Span, w: QuoteWindow): 'before' | 'after' {
  return m.start >= w.q.close ? 'after' : 'before';
}

/**
 * Where the candidate is: the side, the sentence (`sent:0` the quote's, `sent:-1` the one
 * before, `sent:+1` after), the paragraph (`para:0`, `para:-1`, `para:far`) and the words
 * between it and the nearest mark (`words:0` for `,” Peskov said`, `words:3-4`).
 */
export const positionFeatures: Unit = (c, ctx) => {
  if (!c.mention) return [];
  const m = c.mention;
  const { q, sentence } = ctx.w;
  const pos = side(m, ctx.w);
  const para = ctx.paragraphOf(m.start);
  const paraDelta = para === q.blockIndex ? '0' : para === q.blockIndex - 1 ? '-1' : para === q.blockIndex + 1 ? '+1' : 'far';
  let sent: string;
  if (m.start >= sentence.start && m.start < sentence.end) sent = '0';
  else if (paraDelta === 'far') sent = 'far';
  else if (m.start >= sentence.end) sent = '+1';
  else sent = m.start >= ctx.w.window.start ? '-1' : '-2';
  // Over TEXT_REACH characters counts as 17+ words: a paragraph of thousands of quotes must not make each quote slice it.
  const distance = pos === 'after' ? m.start - q.close : q.open - m.end;
  const words = paraDelta === 'far' ? 'far' : distance > TEXT_REACH ? '17+' : wordBucket(pos === 'after' ? ctx.text.slice(q.close, m.start) : ctx.text.slice(m.end, q.open));
  const kind = m.kind;
  return [`pos:${pos}`, `sent:${sent}`, `para:${paraDelta}`, `words:${words}`, `pos&sent:${pos}&${sent}`, `kind&pos&sent:${kind}&${pos}&${sent}`, `kind&words:${kind}&${pos}&${words}`];
};

/** How far (in characters) the features look between a mention and the quote. */
const TEXT_REACH = 400;

/** Words in a stretch of text, bucketed: 0, 1, 2, 3-4, 5-8, 9-16, 17+. */
export function wordBucket(between: string): string {
  const n = between.split(/\s+/).filter((x) => /[\p{L}\p{N}]/u.test(x)).length;
  return n <= 2 ? String(n) : n <= 4 ? '3-4' : n <= 8 ? '5-8' : n <= 16 ? '9-16' : '17+';
}

// Only these cue words get a feature of their own; any other cue is `other`.
const FREQUENT_CUES = new Set(['say', 'tell', 'add', 'write', 'ask', 'according', 'note', 'explain', 'argue', 'call', 'continue', 'tweet', 'declare', 'insist', 'warn', 'claim', 'reply', 'respond', 'recall', 'quote', 'describe', 'put']);

/** A rough lemma of a cue's first word: "said" -> say, "tells" -> tell, "added" -> add. */
export function cueLemma(cue: string): string {
  const w = cue.toLowerCase().split(/\s+/)[0]!;
  const irregular: Record<string, string> = { said: 'say', says: 'say', told: 'tell', tells: 'tell', wrote: 'write', writes: 'write', written: 'write', put: 'put', puts: 'put', according: 'according' };
  if (irregular[w]) return irregular[w]!;
  // "added" -> add, "noted" -> note, "quotes" -> quote, "replied" -> reply, "stopped" -> stop.
  const stem = w.replace(/(?:ied|ies)$/, 'y').replace(/(?:ed|es|s|ing)$/, '');
  for (const form of [w, stem, `${stem}e`, stem.replace(/([^aeiou])\1$/, '$1')]) if (FREQUENT_CUES.has(form)) return form;
  return 'other';
}

/**
 * A reporting cue next to the candidate: `cue-after:say` for `Peskov said` (the subject
 * before its cue, at most three words between), `cue-before:according` for `according to
 * the Kremlin` (the cue at most two words before); each also with the side of the quote.
 */
export const cueFeatures: Unit = (c, ctx) => {
  if (!c.mention) return [];
  const m = c.mention;
  const { text } = ctx;
  const out: string[] = [];
  const pos = side(m, ctx.w);
  const cues = ctx.cuesAround(m);
  // Binary searches: a paragraph may hold thousands of cues.
  const next = cues[lastAtOrBefore(cues, (x) => x.start, m.end - 1) + 1];
  const after = next && next.end <= m.end + 40 ? next : undefined;
  if (after && !/[.;:!?"“”]/.test(text.slice(m.end, after.start)) && wordCount(text.slice(m.end, after.start)) <= 3) {
    const lemma = cueLemma(after.cue);
    out.push('cue-after', `cue-after:${lemma}`, `cue-after&pos:${pos}`, `cue-after:${lemma}&${pos}`);
  }
  const beforeFrom = Math.max(0, m.start - 40);
  let k = lastAtOrBefore(cues, (x) => x.start, m.start - 1);
  while (k >= 0 && cues[k]!.end > m.start) k--;
  const before = k >= 0 && cues[k]!.start >= beforeFrom ? cues[k] : undefined;
  if (before && !/[.;:!?"“”]/.test(text.slice(before.end, m.start)) && wordCount(text.slice(before.end, m.start)) <= 2) {
    const lemma = cueLemma(before.cue);
    out.push('cue-before', `cue-before:${lemma}`, `cue-before&pos:${pos}`, `cue-before:${lemma}&${pos}`);
  }
  if (out.length === 0) out.push(`no-cue&kind:${m.kind}`);
  return out;
};

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * The entity behind the candidate: `ent:PERSON`, `ent:ORGANIZATION`, `ent:new` for a name
 * that would become a new speaker ("said Virginia delegate Beau Correll"), `ent:none` ("Turnout"); `resolved`
 * when the mention resolves to an entity ("he" to Peskov), `mentions:4+` for an entity named
 * often in the article.
 */
export const entityFeatures: Unit = (c, ctx) => {
  if (!c.mention) return [];
  const e = ctx.entityOf(c);
  const type = e?.type ?? c.entityType ?? (c.mention.kind === 'NAME' && ctx.newNameOf(c) !== null ? 'new' : 'none');
  const n = e ? e.mentions.length : 0;
  return [`ent:${type}`, `ent&kind:${type}&${c.mention.kind}`, `resolved:${e !== null}&${c.mention.kind}`, `mentions:${n === 0 ? 0 : n === 1 ? 1 : n <= 3 ? '2-3' : '4+'}`];
};

const CONNECTIVE_OPENING = /^(?:(?:But|And|So|Yet|Still|Meanwhile|However|Instead|Also|Now|Then|Later|Earlier|Indeed)\b,?\s*)*$/u;
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:to|with|from|for|at|by|about|against|of|in|on|into|toward|towards|than|like|over|under|between|among)\s+$/iu;
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an)\s+$/iu;

/**
 * How the candidate sits in its clause: `sent-initial` when it opens its sentence ("He
 * added ..."), `after-prep` after a preposition ("a letter to Trump"), `possessive`
 * ("Trump’s campaign"), `after-article` ("the Trump campaign").
 */
export const syntaxFeatures: Unit = (c, ctx) => {
  if (!c.mention) return [];
  const m = c.mention;
  const { text } = ctx;
  const out: string[] = [];
  const start = ctx.sentenceStartOf(m.start);
  // (A long opening is no string of connectives: it is not sliced.)
  const opening = m.start - start > 80 ? '-' : text.slice(start, m.start).replace(/["“”]/g, '').trim();
  if (CONNECTIVE_OPENING.test(opening)) out.push('sent-initial', `sent-initial&kind:${m.kind}`);
  const before = text.slice(Math.max(0, m.start - 14), m.start);
  if (PREPOSITION_BEFORE.test(before)) out.push('after-prep', `after-prep&kind:${m.kind}`);
  if (ARTICLE_BEFORE.test(before) && m.kind === 'NAME') out.push('after-article');
  if (/^[’']s?\b/.test(text.slice(m.end, m.end + 3))) out.push('possessive');
  if (/^\s*,/.test(text.slice(m.end, m.end + 3))) out.push('comma-after');
  return out;
};

/**
 * The candidate and the speakers around it: `last-speaker` when it resolves to the speaker
 * of the last attributed quote, `same-as-cascade` when it names the entity the cascade's
 * choice names, through another mention ("he" for Peskov).
 */
export const discourseFeatures: Unit = (c, ctx) => {
  if (!c.mention) return ctx.lastSpeaker ? ['null&has-last'] : [];
  const e = ctx.entityOf(c);
  const out: string[] = [];
  if (e && e === ctx.lastSpeaker) out.push('last-speaker', `last-speaker&kind:${c.mention.kind}`);
  if (e && c !== ctx.cascade && e === ctx.entityOf(ctx.cascade)) out.push('same-as-cascade', `same-as-cascade&kind:${c.mention.kind}`);
  return out;
};

/**
 * A pronoun and who it can be: `pron:she`, `pron:she&resolved`, `pron:he&last:F` when the
 * last speaker is a woman (disagreement), `pron:they&last:ORG`.
 */
export const pronounFeatures: Unit = (c, ctx) => {
  if (!c.mention || c.mention.kind !== 'PRONOUN') return [];
  const word = c.mention.text.toLowerCase();
  const out = [`pron:${word}`, `pron:${word}&${ctx.entityOf(c) ? 'resolved' : 'unresolved'}`];
  const last = ctx.lastSpeaker;
  if (last) out.push(`pron:${word}&last:${last.type === 'ORGANIZATION' ? 'ORG' : (ctx.genderOf(last) ?? '?')}`);
  return out;
};

/** The quote itself, with the side: `qkind:FULL&after`, `onequote&before&sent:-1`. */
export const quoteFeatures: Unit = (c, ctx) => {
  if (!c.mention) return [];
  const pos = side(c.mention, ctx.w);
  const out = [`qkind:${ctx.kind}&${pos}`];
  if (ctx.oneQuoteParagraph) out.push(`onequote&${pos}`, ...c.rules.map((r) => `onequote&rule:${r}`));
  return out;
};

/**
 * The candidate among the others: `nearest:before` for the mention closest before the
 * quote (`nearest-name:before` for the closest name), and `quote-between` when another
 * quote stands between it and this one (`far-in-paragraph` past 400 characters of the paragraph).
 */
export const rankFeatures: Unit = (c, ctx, all) => {
  if (!c.mention) return [];
  const m = c.mention;
  const pos = side(m, ctx.w);
  const dist = (x: Span): number => (side(x, ctx.w) === 'after' ? x.start - ctx.w.q.close : ctx.w.q.open - x.end);
  const d = dist(m);
  const out: string[] = [];
  const others = all.filter((x) => x.mention && x !== c && side(x.mention, ctx.w) === pos);
  if (!others.some((x) => dist(x.mention!) < d)) out.push(`nearest:${pos}`);
  if (m.kind === 'NAME' && !others.some((x) => x.mention!.kind === 'NAME' && dist(x.mention!) < d)) out.push(`nearest-name:${pos}`);
  if (ctx.paragraphOf(m.start) === ctx.w.q.blockIndex) {
    if (d > TEXT_REACH) out.push(`far-in-paragraph&${pos}`);
    else if (/["“”]/.test(pos === 'after' ? ctx.text.slice(ctx.w.q.close, m.start) : ctx.text.slice(m.end, ctx.w.q.open))) out.push(`quote-between&${pos}`);
  }
  return out;
};

/**
 * The candidate against the cascade's choice: `alt:head&vs:subject` on the head frame's
 * mention when the cascade took the clause subject ("Clinton said, “...”" after "a woman
 * asked for a photo and"), `alt:entity&vs:tail` on an entity mention the window found.
 */
export const contestFeatures: Unit = (c, ctx) => {
  if (!c.mention || c === ctx.cascade) return [];
  const vs = ctx.cascade.mention ? (ctx.cascadeRule ?? 'none') : 'null';
  const own = c.rules.length > 0 ? c.rules[0]! : c.source;
  return [`alt:${own}&vs:${vs}`, `alt-kind:${c.mention.kind}&vs:${vs}`];
};

/**
 * The frame that proposed the candidate: its cue (`frame-cue:say`) and how many words stand
 * between the cue and the quote (`cue-gap:0` for `Peskov said: “`, `cue-gap:9-16` for a
 * cue far from the quote).
 */
export const frameFeatures: Unit = (c, ctx) => {
  if (!c.mention || !c.frame) return [];
  const { q } = ctx.w;
  const f = c.frame;
  const g = f.cueStart >= q.open && f.cueStart < q.close ? 'in' : Math.abs(f.cueStart - (f.cueStart >= q.close ? q.close : q.open)) > TEXT_REACH ? 'far' : wordBucket(f.cueStart >= q.close ? ctx.text.slice(q.close, f.cueStart) : ctx.text.slice(f.cueStart, q.open));
  const rule = c.rules[0] ?? 'none';
  return [`frame-cue:${cueLemma(f.cue)}`, `cue-gap:${g}`, `cue-gap:${g}&${rule}`];
};

/**
 * The mention as written: `relative` for "who"/"which" standing for a name, its length in
 * words (`len:1`, `len:5+`) and lower-case words inside a name or a long description
 * (`lower-words:3+`: "the actor held a fake audition and" is no noun phrase).
 */
export const shapeFeatures: Unit = (c) => {
  if (!c.mention) return [];
  const m = c.mention;
  const words = m.text.split(/\s+/).filter(Boolean);
  const lower = words.filter((x) => /^\p{Ll}/u.test(x)).length;
  const out = [`len:${words.length >= 5 ? '5+' : words.length}&${m.kind}`, `lower-words:${lower >= 3 ? '3+' : lower}&${m.kind}`];
  if (m.antecedent !== undefined) out.push('relative', `relative&${m.antecedent ? 'with' : 'without'}-antecedent`);
  if (/[,;]/.test(m.text)) out.push('comma-inside');
  return out;
};

/** The last word of a mention, lower-cased, as its head ("the Kremlin spokesman" -> spokesman); a name is `<name>`. */
export function headWord(m: { text: string; kind: string }): string {
  if (m.kind === 'NAME') return '<name>';
  return (m.text.split(/\s+/).at(-1) ?? '').toLowerCase().replace(/[^\p{L}\-]/gu, '');
}

/**
 * Words: the head of a description (`head:spokesman`, `head:ad`), the word before and after
 * the mention (`prev:according`, `next:said`), and, on a rival of the cascade's choice, the
 * head of that choice (`vs-head:which` when the cascade took a relative pronoun, `vs-head:media`).
 */
export const lexicalFeatures: Unit = (c, ctx) => {
  if (!c.mention) return ctx.cascade.mention ? [`null&vs-head:${headWord(ctx.cascade.mention)}`] : [];
  const m = c.mention;
  const { text } = ctx;
  const prev = /([\p{L}’'\-]+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, m.start - 24), m.start))?.[1]?.toLowerCase() ?? '^';
  const next = /^[^\p{L}]*([\p{L}’'\-]+)/u.exec(text.slice(m.end, m.end + 24))?.[1]?.toLowerCase() ?? '$';
  const out = [`head:${headWord(m)}`, `prev:${prev}`, `next:${next}`];
  if (c !== ctx.cascade && ctx.cascade.mention) out.push(`vs-head:${headWord(ctx.cascade.mention)}`);
  return out;
};

/** Every unit, in a fixed order (their names go into the feature digest). */
export const FEATURE_UNITS: Readonly<Record<string, Unit>> = {
  kindFeatures,
  ruleFeatures,
  cascadeFeatures,
  positionFeatures,
  cueFeatures,
  entityFeatures,
  syntaxFeatures,
  discourseFeatures,
  pronounFeatures,
  quoteFeatures,
  rankFeatures,
  contestFeatures,
  frameFeatures,
  shapeFeatures,
  lexicalFeatures,
};
const UNITS = Object.values(FEATURE_UNITS);

/** All features of one candidate. */
export function candidateFeatures(c: Candidate, ctx: RankContext, all: readonly Candidate[]): string[] {
  const out: string[] = [];
  for (const unit of UNITS) for (const f of unit(c, ctx, all)) out.push(f);
  return out;
}

/**
 * What the model's weights are keyed on: the feature set's version, its units and the cue
 * lexicon the cue features read. A model records the digest it was trained with.
 */
export function featureDigest(): string {
  const hash = createHash('sha256');
  hash.update(`speaker-features/${FEATURE_SET_VERSION}\n${Object.keys(FEATURE_UNITS).join('\n')}\n`);
  hash.update(CUE_VERB_SOURCE);
  hash.update(CUE_PREPOSITION_SOURCE);
  return hash.digest('hex').slice(0, 16);
}
