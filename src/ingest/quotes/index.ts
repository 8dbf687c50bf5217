// Quote extraction and speaker attribution (issue 3). Pure and deterministic: regular
// expressions and a lexicon, no parser, so a typical article takes well under a millisecond.
//
// What a quote is here:
// - the words between a pair of double quotation marks in a PARAGRAPH block (headlines and
//   subheads are skipped); `start`/`end` exclude the marks, surrounding white space and the
//   comma that closes `“...,” he said`, and `text === draft.text.slice(start, end)`;
// - a quote that runs over several paragraphs is returned as one ParsedQuote per paragraph
//   (each with its own offsets and paragraphIndex); the later pieces carry the speaker of
//   the first and `cue: null`, like any continuation;
// - FULL when the quote is a sentence of its own (it opens its sentence, or follows a cue
//   and a colon or comma), PARTIAL when it is embedded in reported speech;
// - a quote with no cue of its own, in a paragraph where an earlier quote was attributed,
//   continues that quote's speaker (`cue: null`);
// - scare quotes and quoted titles (short quoted terms with no cue and no speaker) are not
//   quotes and are dropped, as are short uncued terms inside narration (terms.ts);
// - with no reporting frame, the speaker comes (in this order) from a speaker label or a
//   capitalised inverted cue (labels.ts), a colon-ended introduction closing the
//   previous paragraph (or the paragraph before a run of quote paragraphs), a sign-off
//   paragraph after it ("- Bernie Sanders."), for a quote that opens a later sentence the
//   known speaker (a name or pronoun) of the sentence before it, for a paragraph that is one
//   quote the subject (a name or pronoun) of the previous paragraph's last sentence, the
//   previous quote paragraph of the run, the subject of the clause that holds the quote
//   (subjects.ts; its verb becomes the cue), an earlier quote of the paragraph, or,
//   for a paragraph that is one quote, the last attributed quote up to two paragraphs
//   back; "he"/"she" resolve by sentence subject, last speaker and gender (pronouns.ts), and
//   a pronoun or description then goes to the referent model, which starts from that answer
//   (resolution/);
// - a name at a cue that no entity has becomes a PERSON entity, or an ORGANIZATION when an
//   apposition says what it is (new-speakers.ts), returned with the article's entities;
// - two apostrophes ('') count as a double quotation mark, as NYT plain text writes them.
import { findQuoteSpans, withDoubleMarks, type QuoteSpan } from './spans.js';
import { cuesIn, headFrame, possessedClaimFrame, possessedQuoteFrame, speechPossessor, tailFrame, type Frame } from './frames.js';
import type { Mention } from './mentions.js';
import { sentenceEndAfter, sentenceIndexOf, sentenceStartBefore, sentenceStarts } from './sentences.js';
import { SpeakerIndex, type Speaker } from './speakers.js';
import { asideSubject, clauseSubject, embeddedSubject, participleOpeningSubject, relativeSubject, type ClauseSubject } from './subjects.js';
import { PronounResolver, type SentenceOf } from './pronouns.js';
import { ReferentResolver } from './resolution/index.js';
import { labelFrame, signoffFrame } from './labels.js';
import { newOrganisation, newSpeaker } from './new-speakers.js';
import { chantFrame, isNickname, isSubjectTerm, isTitleOrResidue, isTitleOrTerm, isUncuedTerm } from './terms.js';
import { isParticiple } from '../lexicon/reporting-verbs.js';
import { withSalience } from '../entities/index.js';
import type { ArticleDraft, ParsedEntity, ParsedQuote, QuoteKind, Span } from '../types.js';
import { findReportedSpeech } from './reported/index.js';
import { isCoordinated, reportedSpeaker } from './reported/speaker.js';
import { clauseSpeaker } from './reported/clause-subject.js';
import { lastAtOrBefore } from '../sorted.js';
import { gatherCandidates, type Candidate, type Proposal, type Rule } from './candidates.js';
import { paragraphCues, type RankContext } from './features.js';
import { shippedRanker, type SpeakerRanker } from './ranker.js';

/** How many words may precede the cue after a closing mark (`,” Kremlin spokesman Dmitry Peskov told`). */
const TAIL_NEAR = 12;

/** Attribution of one quote before it becomes a ParsedQuote. */
interface Attributed {
  span: QuoteSpan;
  frame: Frame | null;
  speaker: Speaker | null;
  /** The mention that names the speaker (for a continuation, the attributed quote's). */
  mention: Mention | null;
  kind: QuoteKind;
  /** Reported speech: the cue's offsets (a quote's cue is only known as a word). */
  cueSpan?: Span;
}

// A quote that ends its own sentence, then a capital: `... “updated.” He voiced a wish`.
const QUOTED_SENTENCE_END = /[.!?]["”]\s+(?=\p{Lu})/gu;
// A coordinated clause with a pronoun subject of its own: `He voiced a wish for a “...,” and
// he pronounced X “...”` (the second quote's clause is the second "he"'s).
const COORDINATED_PRONOUN_CLAUSE = /,["”]?\s+(?:and|but|so|yet)\s+(?=(?:he|she|they|we|I)\s+\p{Ll})/gu;

// A contrasting clause with its own subject: `The senator likes “X,” while the governor
// loves “Y”` (the second quote is the governor's).
const CONTRASTED_CLAUSE = /,["”]?\s+(?:while|whereas)\s+(?=(?:the|a|an|his|her|their|\p{Lu}[\p{L}’'.\-]*)\s)/gu;

/**
 * Where the clause around a quote starts. Sentence starts ignore full stops inside quotes
 * (so that `“...,” he said` stays whole), but a sentence that ends inside a quote's closing
 * mark is over: the next clause has its own subject.
 */
function clauseStart(text: string, sentenceStart: number, open: number): number {
  let at = sentenceStart;
  // Only the last CLAUSE_REACH characters are searched: a 1 MB "sentence" of thousands of
  // quotes made a scan from its start per quote quadratic.
  const from = Math.max(sentenceStart, open - CLAUSE_REACH);
  const region = text.slice(from, open);
  for (const m of region.matchAll(QUOTED_SENTENCE_END)) at = from + m.index + m[0].length;
  for (const m of region.matchAll(COORDINATED_PRONOUN_CLAUSE)) at = Math.max(at, from + m.index + m[0].length);
  for (const m of region.matchAll(CONTRASTED_CLAUSE)) at = Math.max(at, from + m.index + m[0].length);
  return at;
}
const CLAUSE_REACH = 1000;

/** A clause subject as a frame: its verb is reported as the cue. */
function subjectFrame(subject: ClauseSubject | null): Frame | null {
  return subject ? { cue: subject.verb, cueStart: subject.mention.end, mention: subject.mention } : null;
}

/** A fallback frame: the subject of the clause that holds the quote, its verb as the cue. */
function clauseFrame(text: string, sentenceStart: number, open: number): Frame | null {
  // "(Her spokeswoman denied that she had “...”)": an aside in parentheses has its subject inside.
  const paren = /^\s*\(/.exec(text.slice(sentenceStart, open));
  if (paren) sentenceStart += paren[0].length;
  // Innermost first where the quote's clause is plain (a relative clause, an open dash aside),
  // then the sentence's subject; a subordinate clause's subject only when the sentence has none.
  return subjectFrame(
    relativeSubject(text, sentenceStart, open) ??
      asideSubject(text, sentenceStart, open) ??
      clauseSubject(text, sentenceStart, open) ??
      participleOpeningSubject(text, sentenceStart, open) ??
      embeddedSubject(text, sentenceStart, open),
  );
}

/** How many paragraphs back the last attributed quote may give its speaker to a lone uncued quote paragraph. */
const UNCUED_REACH = 2;

/** How many paragraphs back a run of quote paragraphs may carry a speaker. */
const RUN_REACH = 4;

/**
 * A quote paragraph introduced by the previous paragraph ending in a colon ("Cruz called
 * them on it:", "X issued the following statement:"): the frame of that last sentence.
 */
function introFrame(draft: ArticleDraft, blockIndex: number): Frame | null {
  // Past earlier paragraphs of the same run of quotes ("Ward stated:" then three quote paragraphs).
  let at = blockIndex - 1;
  while (at > 0 && blockIndex - at < RUN_REACH && draft.blocks[at]!.kind === 'PARAGRAPH' && /^["“]/.test(draft.blocks[at]!.text)) at--;
  const prev = draft.blocks[at];
  if (!prev || prev.kind !== 'PARAGRAPH' || !prev.text.trimEnd().endsWith(':')) return null;
  const { text } = draft;
  const colon = prev.start + prev.text.trimEnd().length - 1;
  const starts = sentenceStarts(text, prev, []);
  const from = sentenceStartBefore(starts, colon);
  if (/["“”]/.test(text.slice(from, colon))) return null;
  return labelFrame(text, from, colon + 1) ?? headFrame(text, from, colon) ?? clauseFrame(text, from, colon);
}

/** Whether nothing but white space follows the quote's closing mark in its paragraph. */
function endsParagraph(text: string, q: QuoteSpan, block: { end: number }): boolean {
  return text.slice(q.close, block.end).trim() === '';
}

const PROPER_NAME = /^(?:\p{Lu}[\p{L}.’'\-]*\s*)+$/u;

/** A pronoun or a capitalised name: a subject that may speak a quote it does not frame (not a description). */
const namesSomeone = (m: Mention | null | undefined): m is Mention => !!m && (m.kind === 'PRONOUN' || (m.kind === 'NAME' && PROPER_NAME.test(m.text)));

/**
 * A paragraph that is one quote, after a paragraph whose last sentence (with no quote of its
 * own) has a person as its subject: "Trump then had a question for the crowd." / "“Who’s
 * going to pay for it?”". That subject speaks; its verb is reported as the cue. Only a
 * pronoun or a capitalised name counts as the subject, not a description.
 */
function leadFrame(draft: ArticleDraft, blockIndex: number, q: QuoteSpan): Frame | null {
  const { text } = draft;
  if (!endsParagraph(text, q, draft.blocks[blockIndex]!)) return null;
  const prev = draft.blocks[blockIndex - 1];
  if (!prev || prev.kind !== 'PARAGRAPH') return null;
  const starts = sentenceStarts(text, prev, []);
  const from = starts.at(-1)!;
  if (/["“”]/.test(text.slice(from, prev.end))) return null;
  const frame = subjectFrame(clauseSubject(text, from, prev.end));
  return namesSomeone(frame?.mention) ? frame : null;
}

/**
 * A quote that opens a later sentence of its paragraph, after a sentence with no quote of
 * its own: that sentence's frame or subject speaks ("Also, Trump is no conservative, he
 * said. “He's a liberal!”", "She says people should choose. “It is their life.”"). As in
 * leadFrame, only a pronoun or a capitalised name counts; the caller also wants it resolved.
 */
function priorSentenceFrame(text: string, starts: number[], sentenceStart: number): Frame | null {
  const i = sentenceIndexOf(starts, sentenceStart);
  if (i <= 0 || starts[i] !== sentenceStart) return null;
  // Past a quote that ended a sentence of its own ("...change.” And then he promised ...").
  const from = clauseStart(text, starts[i - 1]!, sentenceStart);
  if (/["“”]/.test(text.slice(from, sentenceStart))) return null;
  const to = from + text.slice(from, sentenceStart).trimEnd().length;
  const cued = headFrame(text, from, to);
  const frame = cued?.mention ? cued : subjectFrame(clauseSubject(text, from, to));
  return namesSomeone(frame?.mention) ? frame : null;
}

/**
 * Whether the paragraphs after `from` up to `to` form a run of quote paragraphs: each opens
 * with a quotation mark. A run carries its speaker even past a paragraph whose only quote
 * was dropped (a nested “title”) and so left no speaker of its own.
 */
function quoteRunFrom(draft: ArticleDraft, from: number, to: number): boolean {
  if (to - from > RUN_REACH) return false;
  for (let b = from + 1; b < to; b++) {
    const block = draft.blocks[b]!;
    if (block.kind !== 'PARAGRAPH' || !/^["“]/.test(block.text)) return false;
  }
  return true;
}

/** The quote spans of each paragraph, in text order. */
function spansByBlock(spans: QuoteSpan[]): Map<number, QuoteSpan[]> {
  const out = new Map<number, QuoteSpan[]>();
  for (const s of spans) {
    const list = out.get(s.blockIndex);
    // Appended in place: copying the list per quote made a paragraph of n quotes cost n².
    if (list) list.push(s);
    else out.set(s.blockIndex, [s]);
  }
  return out;
}

/** Sentence starts of a paragraph, ignoring full stops inside its quotes. */
function paragraphStarts(text: string, block: { start: number; end: number }, quotes: readonly QuoteSpan[]): number[] {
  return sentenceStarts(text, block, quotes.map((q) => ({ start: q.open, end: q.close })));
}

/** Sentence starts of each paragraph, computed once per paragraph on demand. */
function sentenceStartsOf(draft: ArticleDraft, byBlock: Map<number, QuoteSpan[]>): (b: number) => number[] {
  const computed = new Map<number, number[]>();
  return (b) => {
    let starts = computed.get(b);
    if (!starts) {
      starts = paragraphStarts(draft.text, draft.blocks[b]!, byBlock.get(b) ?? []);
      computed.set(b, starts);
    }
    return starts;
  };
}

/** Sentence starts around any offset of the article's paragraphs. */
function sentenceLocator(draft: ArticleDraft, startsOf: (b: number) => number[]): SentenceOf {
  return (at) => {
    // Blocks are in text order: binary search, not a scan per pronoun.
    const found = lastAtOrBefore(draft.blocks, (x) => x.start, at);
    const b = found >= 0 && at < draft.blocks[found]!.end ? found : -1;
    if (b < 0) return { start: at, previousStart: null };
    const starts = startsOf(b);
    const i = sentenceIndexOf(starts, at);
    if (i > 0) return { start: starts[i]!, previousStart: starts[i - 1]! };
    const prev = b > 0 && draft.blocks[b - 1]!.kind === 'PARAGRAPH' ? startsOf(b - 1) : null;
    return { start: starts[0]!, previousStart: prev ? prev.at(-1)! : null };
  };
}

/** The quotes of an article, and its entities with the speakers the entity pass missed added. */
export interface QuoteExtraction {
  quotes: ParsedQuote[];
  entities: ParsedEntity[];
}

/** One quote's candidates as the ranker saw them (for training: scripts/speakers/train-ranker.ts). */
export interface RankObservation {
  start: number;
  end: number;
  candidates: Candidate[];
  ctx: RankContext;
  /** The candidate the model chose (the cascade's when no model ran). */
  chosen: Candidate;
}

export interface QuoteOptions {
  /** The speaker ranker; the shipped model by default, null for the rule cascade alone. */
  ranker?: SpeakerRanker | null;
  /** Called with every kept quote's candidates. */
  observe?: (o: RankObservation) => void;
}

export function extractQuotes(asRead: ArticleDraft, entities: ParsedEntity[], options: QuoteOptions = {}): QuoteExtraction {
  const ranker = options.ranker === undefined ? shippedRanker() : options.ranker;
  const { observe } = options;
  // Same offsets as the text as read; only doubled-apostrophe marks differ (spans.ts).
  const draft = withDoubleMarks(asRead);
  const { text } = draft;
  const spans = findQuoteSpans(draft);
  // Spans are disjoint and in text order: the one that may hold `at` is the last opening at or before it.
  const insideQuote = (at: number): boolean => {
    const i = lastAtOrBefore(spans, (s) => s.open, at);
    return i >= 0 && at < spans[i]!.close;
  };
  const index = new SpeakerIndex(entities, insideQuote);

  const out: Attributed[] = [];
  // The speaker of the last attributed quote, for pronouns and run-on quotes.
  let lastAttributed: Attributed | null = null;
  // The last paragraph whose quotes have a speaker (attributed or carried), for runs of quote paragraphs.
  let lastSpoken: { block: number; by: Attributed } | null = null;

  const byBlock = spansByBlock(spans);
  // Sentence starts per paragraph, shared by the loop below, the pronoun resolver and reported speech.
  const startsOf = sentenceStartsOf(draft, byBlock);
  const sentenceOf = sentenceLocator(draft, startsOf);
  const pronouns = new PronounResolver(text, index.all, index, sentenceOf);
  const antecedent = (m: Mention): Speaker | null =>
    pronouns.resolve(m, lastAttributed?.speaker ? { entity: lastAttributed.speaker, at: lastAttributed.span.start } : null);
  // A pronoun or description goes on to the referent model, which starts from the rules' answer.
  const referents = new ReferentResolver(text, index, sentenceOf, (e) => pronouns.genderOf(e));
  const known = (m: Mention): Speaker | null => referents.resolve(m, index.resolve(m, antecedent));
  const paragraphOf = (at: number): number => {
    const b = lastAtOrBefore(draft.blocks, (x) => x.start, at);
    return b >= 0 && at < draft.blocks[b]!.end ? b : -1;
  };
  // A name at the cue that no entity has ("said Virginia delegate Beau Correll") becomes one.
  const resolve = (m: Mention): Speaker | null => {
    // "the senator, who said": the relative pronoun's antecedent names the speaker.
    if (m.antecedent !== undefined) return m.antecedent ? resolve(m.antecedent) : null;
    const speaker = known(m);
    if (speaker || m.kind !== 'NAME') return speaker;
    const outside = (at: number): boolean => !insideQuote(at);
    const person = newSpeaker(text, m, outside);
    const found = person ?? newOrganisation(text, m, outside);
    if (!found) return null;
    const mentions = found.mentions
      .map((s) => ({ ...s, text: text.slice(s.start, s.end), paragraphIndex: paragraphOf(s.start) }))
      .filter((s) => s.paragraphIndex >= 0 && draft.blocks[s.paragraphIndex]!.kind === 'PARAGRAPH' && s.end <= draft.blocks[s.paragraphIndex]!.end);
    return mentions.length > 0 ? index.add(found.name, mentions, person ? 'PERSON' : 'ORGANIZATION') : null;
  };

  // A candidate's entity, without creating one (the chosen candidate's goes through `resolve`).
  const lookUp = (m: Mention): Speaker | null => (m.antecedent !== undefined ? (m.antecedent ? lookUp(m.antecedent) : null) : index.resolve(m, antecedent));

  const cuesAround = paragraphCues(text, draft.blocks, paragraphOf);

  const someoneNamed = (from: number, to: number): boolean => index.firstMatching(from, to, () => true) !== null;

  // "- Bernie Sanders." as the paragraph after a paragraph that is one quote.
  const signoff = (blockIndex: number, q: QuoteSpan): Frame | null => {
    const next = draft.blocks[blockIndex + 1];
    const block = draft.blocks[blockIndex]!;
    if (!next || next.kind !== 'PARAGRAPH' || !endsParagraph(text, q, block)) return null;
    return signoffFrame(text, next.start, next.end);
  };

  for (const [blockIndex, quotes] of byBlock) {
    const block = draft.blocks[blockIndex]!;
    const starts = startsOf(blockIndex);
    let paragraphSpeaker: Attributed | null = null;
    // Quotes of this paragraph dropped as titles or terms.
    const dropped = new Set<number>();

    // `“the ultimate crisis” and “a threat,” Dean said`: two quotes joined by "and" or "or"
    // share the frame right after the second.
    const coordinatedFrame = (k: number): Frame | null => {
      const q = quotes[k]!;
      const next = quotes[k + 1];
      if (!next) return null;
      const gap = text.slice(q.close, next.open);
      const joined = /^[\s,]*(?:and|or)\s*$/.test(gap);
      // `“stagnant” as donors waited to see how a “turbulent cycle” played out, he said.`: a
      // frame that closes the sentence after a later quote covers the sentence's quotes.
      const sameClause = !joined && gap.length <= 160 && !/[.;:!?]/.test(gap);
      if (!joined && !sameClause) return null;
      const after = quotes[k + 2];
      const end = sentenceEndAfter(starts!, next.close - 1, block.end);
      const to = Math.min(end, after ? after.open : block.end);
      const frame = tailFrame(text, next.close, to, TAIL_NEAR, false);
      if (!frame) return null;
      const closes = /^[\s\p{L}\p{N}.’'\-]*$/u.test(text.slice(frame.mention?.end ?? frame.cueStart, end).replace(/[\s.,]+$/, ''));
      return (joined && frame.direct) || (sameClause && closes) ? frame : null;
    };

    quotes.forEach((q, k) => {
      // "On ABC's “This Week,” Rubio said that by refusing to say the words “radical Islam,”
      // Democrats are “...”": a title or term before the quote does not end the region its
      // cue is looked for in (two at most, so a run of terms stays linear).
      let p = k - 1;
      while (p >= 0 && p >= k - 2 && dropped.has(p)) p--;
      const prev = quotes[p];
      const next = quotes[k + 1];
      const sentenceStart = sentenceStartBefore(starts, q.open);
      const headFrom = Math.max(sentenceStart, prev ? prev.close : block.start);
      const tailTo = Math.min(sentenceEndAfter(starts, q.close - 1, block.end), next ? next.open : block.end);

      // A quote that ends its sentence ("... today.”) followed by a capital: what follows
      // may be the next sentence, so a frame there must close its own clause.
      const newSentence = /[.!?]["”»]?$/.test(text.slice(q.start, q.close).trimEnd().replace(/["“”]$/, '')) && /^\s+\p{Lu}/u.test(text.slice(q.close, q.close + 3));
      const tail = q.runsOn && q.close === block.end ? null : tailFrame(text, q.close, tailTo, TAIL_NEAR, newSentence);
      // The frame right after the mark wins (`,” Peskov said`); otherwise a cue before the
      // quote in its own clause beats one further on ("Comey said ... “...” and ..., he said").
      // After a quote that ends its sentence, a frame in the same sentence before it beats one
      // in the next ("who he noted was “in his final year.” He pledged to ...").
      const headCue = !tail?.direct || newSentence ? headFrame(text, headFrom, q.open) : null;
      let frame = tail?.direct && !(newSentence && headCue?.mention)
        ? tail
        : headCue ?? tail ?? (q.runsOn && q.close === block.end ? null : tailFrame(text, q.close, tailTo, 40, newSentence)) ?? coordinatedFrame(k);

      const head = text.slice(headFrom, q.open).trim();
      // "Trump attacked Romney, calling him “a failed candidate.” Romney fired back ...": a
      // quote embedded in a clause with a subject of its own, ending its sentence, is that
      // subject's; the frame after it is the next sentence's.
      // Not when the clause holds a cue of its own ("Biden, Rubio said, had ...").
      if (frame && frame === tail && newSentence && head !== '' && !head.endsWith(':')) {
        // From the previous quote at most: a paragraph may hold thousands of quotes in one "sentence".
        const from = clauseStart(text, headFrom, q.open);
        const own = cuesIn(text, from, q.open).every((c) => isParticiple(c.cue)) ? clauseFrame(text, from, q.open) : null;
        if (namesSomeone(own?.mention)) frame = own;
      }
      const opensSentence = head === '' || /[:]$/.test(head) || (frame !== null && frame.cueStart < q.open && /,$/.test(head) && /^[\p{Lu}\d'‘"“(]/u.test(text.slice(q.start, q.start + 1)));
      const kind: 'FULL' | 'PARTIAL' = opensSentence ? 'FULL' : 'PARTIAL';
      const quoted = text.slice(q.start, q.end);

      let attributed: Attributed | null = null;
      let led: Attributed | null = null;
      const carry = (from: Attributed): Attributed => ({ span: q, frame: null, speaker: from.speaker, mention: from.mention, kind });
      const framed = (f: Frame): Attributed => {
        // "Trump's accusation that Clinton ...": a subject headed by a noun of speech speaks through its possessor.
        const m = f.mention ? speechPossessor(f.mention) ?? f.mention : null;
        return { span: q, frame: f, speaker: m ? resolve(m) : null, mention: m, kind };
      };
      const opensParagraph = k === 0 && head === '';
      // The subject of the previous paragraph's last sentence; a name there must be someone
      // known ("Turnout was high." names no one).
      const fromLead = (): Attributed | null => {
        const lead = leadFrame(draft, blockIndex, q);
        const a = lead ? framed(lead) : null;
        return a && (a.speaker || a.mention!.kind === 'PRONOUN') ? a : null;
      };
      if (frame) {
        attributed = framed(frame);
      } else if (q.continuesPrevious && lastAttributed) {
        attributed = carry(lastAttributed);
      } else {
        // In order: a speaker label or inverted cue ("Bush: “", "Said Poynter, “", "their
        // chants of “"); an introduction ending the previous paragraph with a colon; the
        // known speaker of the sentence before, in the paragraph; the subject of the previous
        // paragraph's last sentence; the paragraph before that carried the same speaker; the
        // subject of the clause around the quote; an earlier attributed quote in the paragraph.
        const label = head !== '' ? labelFrame(text, headFrom, q.open) ?? chantFrame(text, headFrom, q.open) ?? possessedQuoteFrame(text, headFrom, q.open, q.close) ?? possessedClaimFrame(text, headFrom, q.open) : null;
        const intro = !label && opensParagraph ? introFrame(draft, blockIndex) ?? signoff(blockIndex, q) : null;
        const subject = !label && !intro && head !== '' ? clauseFrame(text, clauseStart(text, sentenceStart, q.open), q.open) : null;
        const startsSentence = sentenceStart > block.start && text.slice(sentenceStart, q.open).trim() === '';
        const prior = !label && !intro && startsSentence ? priorSentenceFrame(text, starts, sentenceStart) : null;
        const spoken = prior ? framed(prior) : null;
        if (label ?? intro) attributed = framed((label ?? intro)!);
        // The sentence before may be the frame of the paragraph's last quote: then a continuation.
        else if (spoken?.speaker) attributed = paragraphSpeaker?.mention?.start === spoken.mention!.start ? carry(paragraphSpeaker) : spoken;
        else if (opensParagraph && (led = fromLead())) attributed = led;
        else if (!paragraphSpeaker && opensParagraph && lastSpoken && quoteRunFrom(draft, lastSpoken.block, blockIndex)) attributed = carry(lastSpoken.by);
        else if (subject) attributed = framed(subject);
        else if (paragraphSpeaker) attributed = carry(paragraphSpeaker);
        // A paragraph that is one uncued quote, one paragraph of narration after the last
        // attributed quote, goes on with that speaker (`“...,” Ash said.` / narration / `“...”`).
        else if (lastAttributed && opensParagraph && endsParagraph(text, q, block) && blockIndex - lastAttributed.span.blockIndex <= UNCUED_REACH) attributed = carry(lastAttributed);
        // No cue and no speaker in reach: still a quote (PolNeAR annotators mark most such
        // short quoted phrases as attributed); titles and terms are dropped just below, and
        // short terms with no one in their sentence here (terms.ts).
        else if (kind === 'PARTIAL' && isUncuedTerm(text, quotes, k, { start: sentenceStart, end: sentenceEndAfter(starts, q.close - 1, block.end) }, someoneNamed)) {
          dropped.add(k);
          return;
        }
        else attributed = { span: q, frame: null, speaker: null, mention: null, kind };
      }
      if (!attributed) return;
      const before = text.slice(Math.max(block.start, q.open - 40), q.open);
      const after = text.slice(q.close, Math.min(block.end, q.close + 80));
      if (isTitleOrTerm(quoted, before, frame !== null) || isTitleOrResidue(quoted, after) || isNickname(before, quoted, after) || (kind === 'FULL' && !attributed.frame && isSubjectTerm(quoted, after))) {
        dropped.add(k);
        return;
      }
      // (Skipped where the model never overrides the cascade's kind of choice: the candidates cost more than the cascade.)
      if (observe || ranker?.mayOverride(attributed.mention !== null)) {
        // The learned ranker (ranker.ts) chooses among every rule's proposal, the mentions
        // around the quote and NULL; the cascade's choice is one of its features.
        const noRunOn = !(q.runsOn && q.close === block.end);
        const proposals: Proposal[] = [];
        const propose = (rule: Rule, f: Frame | null): void => {
          const m = f?.mention ? speechPossessor(f.mention) ?? f.mention : null;
          if (m) proposals.push({ rule, mention: m, frame: f });
        };
        const carried = (rule: Rule, a: Attributed | null | undefined): void => {
          if (a?.mention) proposals.push({ rule, mention: a.mention, frame: null, carried: { speaker: a.speaker } });
        };
        const startsSentence = sentenceStart > block.start && q.open - sentenceStart <= 8 && text.slice(sentenceStart, q.open).trim() === '';
        propose('tail', tail);
        propose('head', headCue ?? headFrame(text, headFrom, q.open));
        propose('tail-far', noRunOn ? tailFrame(text, q.close, tailTo, 40, newSentence) : null);
        propose('coordinated', coordinatedFrame(k));
        if (newSentence && head !== '' && !head.endsWith(':')) propose('own-clause', clauseFrame(text, clauseStart(text, headFrom, q.open), q.open));
        if (q.continuesPrevious) carried('continues', lastAttributed);
        if (head !== '') propose('label', labelFrame(text, headFrom, q.open) ?? chantFrame(text, headFrom, q.open) ?? possessedQuoteFrame(text, headFrom, q.open, q.close) ?? possessedClaimFrame(text, headFrom, q.open));
        if (opensParagraph) propose('intro', introFrame(draft, blockIndex) ?? signoff(blockIndex, q));
        if (startsSentence) propose('prior', priorSentenceFrame(text, starts, sentenceStart));
        if (opensParagraph) propose('lead', leadFrame(draft, blockIndex, q));
        if (opensParagraph && lastSpoken && quoteRunFrom(draft, lastSpoken.block, blockIndex)) carried('run', lastSpoken.by);
        if (head !== '') propose('subject', clauseFrame(text, clauseStart(text, sentenceStart, q.open), q.open));
        carried('paragraph', paragraphSpeaker);
        if (lastAttributed && opensParagraph && endsParagraph(text, q, block) && blockIndex - lastAttributed.span.blockIndex <= UNCUED_REACH) carried('last', lastAttributed);
        const chose = attributed.mention;
        const sameSpan = (m: Mention): boolean => chose !== null && m.start === chose.start && m.end === chose.end;
        if (chose && !proposals.some((p) => sameSpan(p.mention))) proposals.unshift({ rule: 'other', mention: chose, frame: attributed.frame, carried: { speaker: attributed.speaker } });
        const sentenceEnd = sentenceEndAfter(starts, q.close - 1, block.end);
        const w = {
          q,
          sentence: { start: sentenceStart, end: sentenceEnd },
          window: { start: sentenceOf(sentenceStart).previousStart ?? sentenceStart, end: sentenceEnd < block.end ? sentenceEndAfter(starts, sentenceEnd, block.end) : block.end },
        };
        const candidates = gatherCandidates(text, w, proposals, index, insideQuote);
        const cascadeAt = candidates.findIndex((c) => c.mention ? sameSpan(c.mention) : chose === null);
        const cascade = candidates[cascadeAt]!;
        // The cascade's choice first: a tie keeps it.
        candidates.splice(cascadeAt, 1);
        candidates.unshift(cascade);
        const cascadeSpeaker = attributed.speaker;
        const entities = new Map<Candidate, Speaker | null>();
        const ctx: RankContext = {
          text,
          w,
          kind,
          oneQuoteParagraph: opensParagraph && endsParagraph(text, q, block),
          cascade,
          cascadeRule: cascade.rules[0] ?? null,
          entityOf: (c) => {
            if (!c.mention) return null;
            if (c === cascade) return cascadeSpeaker;
            let e = entities.get(c);
            if (e === undefined) entities.set(c, (e = c.carried ? c.carried.speaker : lookUp(c.mention)));
            return e;
          },
          newNameOf: (c) => {
            if (!c.mention || c.mention.kind !== 'NAME' || c.mention.antecedent !== undefined) return null;
            const outside = (at: number): boolean => !insideQuote(at);
            return (newSpeaker(text, c.mention, outside) ?? newOrganisation(text, c.mention, outside))?.name ?? null;
          },
          lastSpeaker: lastAttributed?.speaker ?? null,
          genderOf: (e) => pronouns.genderOf(e),
          sentenceStartOf: (at) => sentenceOf(at).start,
          paragraphOf,
          cuesAround,
        };
        let best = ranker ? ranker.choose(candidates, ctx).best : cascade;
        // The model chooses who speaks; for the same entity, the cascade's mention as written stays.
        if (cascadeSpeaker && ctx.entityOf(best) === cascadeSpeaker) best = cascade;
        if (best !== cascade) {
          const m = best.mention;
          attributed = { span: q, frame: best.frame, speaker: m ? (best.carried ? best.carried.speaker : resolve(m)) : null, mention: m, kind };
        }
        observe?.({ start: q.start, end: q.end, candidates, ctx, chosen: best });
      }
      out.push(attributed);
      if (attributed.frame) {
        paragraphSpeaker = attributed;
        lastAttributed = attributed;
        if (attributed.speaker) referents.noteSpeaker(attributed.speaker, q.start);
      }
      // A paragraph of quotes with a known speaker: the next quote paragraph may carry it on.
      if (attributed.mention) lastSpoken = { block: blockIndex, by: attributed };
    });
  }

  // Reported speech: its source resolves like a quote's speaker. With no source at the cue, a
  // coordinated cue shares the speaker of the one before it in its sentence ("The Kremlin
  // denied ..., and said"), and any other takes the subject of its clause.
  let previous = null as { sentence: number; mention: Mention; speaker: Speaker | null } | null;
  for (const r of findReportedSpeech(draft, spans, undefined, startsOf)) {
    let m = reportedSpeaker(text, r);
    // Resolved to the article's entities only: a tagged Source is no evidence for a new one.
    let speaker = m ? known(m.antecedent ?? m) : null;
    if (!m && previous?.sentence === r.sentence.start && isCoordinated(text, r)) ({ mention: m, speaker } = previous);
    else if (!m && (m = clauseSpeaker(text, r))) speaker = known(m.antecedent ?? m);
    if (m) previous = { sentence: r.sentence.start, mention: m, speaker };
    if (speaker) referents.noteSpeaker(speaker, r.content.start);
    const span: QuoteSpan = { ...r.content, open: r.content.start, close: r.content.end, blockIndex: r.blockIndex, runsOn: false, continuesPrevious: false };
    const cue = text.slice(r.cue.start, r.cue.end).replace(/\s+/g, ' ');
    out.push({ span, frame: { cue, cueStart: r.cue.start, mention: m }, speaker, mention: m, kind: 'INDIRECT', cueSpan: r.cue });
  }
  out.sort((a, b) => a.span.start - b.span.start);

  const quotes = out.map((a) => toParsedQuote(asRead, a));
  if (index.added.length === 0) return { quotes, entities };
  return { quotes, entities: withSalience(asRead, [...entities.filter((e) => !index.replaced.has(e)), ...index.added]) };
}

function toParsedQuote(draft: ArticleDraft, a: Attributed): ParsedQuote {
  const quote: ParsedQuote = {
    text: draft.text.slice(a.span.start, a.span.end),
    start: a.span.start,
    end: a.span.end,
    speaker: a.speaker?.name ?? null,
    speakerAsWritten: a.mention?.text ?? null,
    speakerType: a.speaker?.type ?? null,
    cue: a.frame?.cue ?? null,
    kind: a.kind,
    paragraphIndex: a.span.blockIndex,
  };
  if (a.mention) {
    quote.speakerStart = a.mention.start;
    quote.speakerEnd = a.mention.end;
  }
  // The cue's offsets: reported speech knows them; a quote's frame knows where its cue starts,
  // and the cue is written there as reported (not so for a cue read off a subject's verb phrase).
  const cue = a.cueSpan ?? (a.frame ? { start: a.frame.cueStart, end: a.frame.cueStart + a.frame.cue.length } : null);
  if (cue && a.frame && draft.text.slice(cue.start, cue.end).replace(/\s+/g, ' ').toLowerCase() === a.frame.cue.toLowerCase()) {
    quote.cueStart = cue.start;
    quote.cueEnd = cue.end;
  }
  return quote;
}
