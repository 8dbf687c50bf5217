// Candidate speakers of one quote, for the learned ranker (ranker.ts): every mention that
// may have spoken it. Two sources:
// - what each rule of the cascade in index.ts proposes (the tail frame `,” Peskov said`,
//   the head frame `Peskov said: “`, a label, an introduction, the clause subject, the
//   speaker carried from an earlier quote, ...), each tagged with the rule's name;
// - every speaker-capable mention in a window around the quote, whatever the rules said:
//   entity mentions of persons and organisations and pronouns (he, she, they, we, and the
//   possessives his, her, their). Descriptions come from the rules' frames and clause
//   subjects ("the senator said"): the subjects of every other cue in the quote's sentence
//   added 9 right candidates in 8,000 train quotes and cost more than the rest together.
// Plus NULL: the quote has no speaker the text names. A mention proposed twice (by two
// rules, or by a rule and the window) is one candidate with every proposer recorded.
import type { Frame } from './frames.js';
import type { Mention } from './mentions.js';
import type { Speaker, SpeakerIndex } from './speakers.js';
import type { QuoteSpan } from './spans.js';
import type { Span } from '../types.js';
import { lastAtOrBefore } from '../sorted.js';

/** The rules of the cascade, in the order it tries them. */
export const RULES = [
  'tail', // `,” Peskov said` right after the closing mark
  'head', // `Peskov said: “` before the opening mark, same sentence
  'tail-far', // a cue up to 40 words after the quote
  'coordinated', // `“X” and “Y,” Dean said`: the frame after the next quote
  'own-clause', // the subject of the clause that holds a sentence-final quote
  'continues', // a quote running on from the previous paragraph
  'label', // `Bush: “`, `Said Poynter, “`, `Romney’s “47 percent” comment`
  'intro', // the previous paragraph ends `... said:`, or a sign-off `- Bernie Sanders.` follows
  'prior', // the sentence before names the speaker (`She says ... . “It is their life.”`)
  'lead', // the subject of the previous paragraph's last sentence
  'run', // the speaker of a run of quote paragraphs
  'subject', // the subject of the clause around the quote
  'paragraph', // an earlier attributed quote of the paragraph
  'last', // the last attributed quote, up to two paragraphs back
  'other', // the cascade's choice when no rule above proposed it (kept as a candidate)
] as const;
export type Rule = (typeof RULES)[number];

/** One rule's proposal: a frame (with its cue), or a speaker carried from an earlier quote. */
export interface Proposal {
  rule: Rule;
  mention: Mention;
  frame: Frame | null;
  /** For a carried speaker: the speaker the earlier quote resolved to. */
  carried?: { speaker: Speaker | null };
}

export type CandidateSource = 'rule' | 'entity' | 'pronoun' | 'null';

export interface Candidate {
  /** null for the NULL candidate. */
  mention: Mention | null;
  /** Rules that proposed this mention, in cascade order. */
  rules: Rule[];
  /** The first proposing rule's frame (its cue is reported when this candidate wins). */
  frame: Frame | null;
  carried?: { speaker: Speaker | null };
  /** How it was found first: a rule, an entity mention, a pronoun, or NULL. */
  source: CandidateSource;
  /** The type of an entity mention that overlaps it, when one does. */
  entityType: 'PERSON' | 'ORGANIZATION' | null;
}

/** Where the quote sits: the window of text its candidates come from. */
export interface QuoteWindow {
  q: QuoteSpan;
  /** The quote's sentence. */
  sentence: Span;
  /** From the start of the sentence before (in this paragraph or the previous one's last) to the end of the sentence after. */
  window: Span;
}

// Subject pronouns: "he", "she", "they", "we" (not "it", "I", "you": they speak rarely
// outside a quote in wire copy and would double the candidates), and the possessives that
// annotators give as the source of a quoted phrase ("his past comments on ... “criminals”").
const PRONOUN = /(?<![\p{L}’'])(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Hh]is|[Hh]er|[Tt]heir)(?![\p{L}’'])/gu;

// The window is cut to this many characters before the opening and after the closing mark:
// a paragraph of thousands of quotes in one "sentence" must not make each quote scan it.
const WINDOW_BEFORE = 600;
const WINDOW_AFTER = 400;
/** How many of the window's own mentions (not proposed by a rule) are kept, nearest the quote first. */
const MAX_FOUND = 6;

/** Whether two spans share a character. */
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * The candidates of one quote: the proposals first (in cascade order, so a tie keeps the
 * cascade's choice), then the window's mentions that no proposal covers, then NULL.
 * `insideQuote` tells offsets inside any quote of the article (their words are the quote's).
 */
export function gatherCandidates(text: string, w: QuoteWindow, proposals: readonly Proposal[], index: SpeakerIndex, insideQuote: (at: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const add = (mention: Mention, source: CandidateSource, rule?: Rule, frame: Frame | null = null, carried?: { speaker: Speaker | null }): void => {
    const same = out.find((c) => c.mention!.start === mention.start && c.mention!.end === mention.end);
    if (same) {
      if (rule && !same.rules.includes(rule)) same.rules.push(rule);
      same.frame ??= frame;
      if (carried && !same.carried) same.carried = carried;
      return;
    }
    // A window mention inside a proposed one ("Peskov" in "Kremlin spokesman Dmitry Peskov") is that candidate.
    if (!rule && out.some((c) => overlaps(c.mention!, mention))) return;
    out.push({ mention, rules: rule ? [rule] : [], frame, ...(carried ? { carried } : {}), source, entityType: null });
  };
  for (const p of proposals) add(p.mention, 'rule', p.rule, p.frame, p.carried);

  const window = { start: Math.max(w.window.start, w.q.open - WINDOW_BEFORE), end: Math.min(w.window.end, w.q.close + WINDOW_AFTER) };
  const outside = (s: Span): boolean => !insideQuote(s.start) && !overlaps(s, { start: w.q.open, end: w.q.close });
  // Entity mentions of persons and organisations.
  const entityMentions: SpeakerIndex['mentions'] = [];
  for (let i = lastAtOrBefore(index.mentions, (m) => m.span.start, window.start - 1) + 1; i < index.mentions.length && index.mentions[i]!.span.start < window.end; i++) entityMentions.push(index.mentions[i]!);
  for (const m of entityMentions) {
    if (!outside(m.span)) continue;
    add({ start: m.span.start, end: m.span.end, text: text.slice(m.span.start, m.span.end), kind: 'NAME' }, 'entity');
  }
  // Subject pronouns.
  const slice = text.slice(window.start, window.end);
  PRONOUN.lastIndex = 0;
  for (let p = PRONOUN.exec(slice); p; p = PRONOUN.exec(slice)) {
    const start = window.start + p.index;
    const m: Mention = { start, end: start + p[0].length, text: p[0], kind: 'PRONOUN' };
    if (outside(m)) add(m, 'pronoun');
  }
  // The window's mentions nearest the quote only: each candidate costs its features.
  const near = (c: Candidate): number => (c.mention!.start >= w.q.close ? c.mention!.start - w.q.close : w.q.open - c.mention!.end);
  const found = out.filter((c) => c.source !== 'rule').sort((a, b) => near(a) - near(b));
  if (found.length > MAX_FOUND) {
    const dropped = new Set(found.slice(MAX_FOUND));
    for (let i = out.length - 1; i >= 0; i--) if (dropped.has(out[i]!)) out.splice(i, 1);
  }
  // The entity type of each candidate: the overlapping entity mention's.
  for (const c of out) {
    const hit = entityMentions.find((m) => overlaps(m.span, c.mention!)) ?? (c.source === 'rule' ? overlappingMention(index, c.mention!) : undefined);
    c.entityType = hit?.entity.type ?? null;
  }
  out.push({ mention: null, rules: [], frame: null, source: 'null', entityType: null });
  return out;
}

/** An entity mention overlapping `m` anywhere in the article (a carried speaker's mention may lie outside the window). */
function overlappingMention(index: SpeakerIndex, m: Span): SpeakerIndex['mentions'][number] | undefined {
  // Mentions are in text order: from the last one starting before the span (names are short).
  const mentions = index.mentions;
  for (let i = Math.max(0, lastAtOrBefore(mentions, (x) => x.span.start, m.start - MENTION_REACH)); i < mentions.length; i++) {
    const x = mentions[i]!;
    if (x.span.start >= m.end) return undefined;
    if (overlaps(x.span, m)) return x;
  }
  return undefined;
}
const MENTION_REACH = 120;
