// What the hand rules (hand-rules/) find in an article's paragraphs, indexed by offset so
// each tagged span finds its own, and the few names they give where the tagger saw none.
import { outsideTitles, quotedTitles } from './hand-rules/quoted-titles.js';
import { candidates, tokenize } from './hand-rules/runs.js';
import { classify } from './hand-rules/classify.js';
import { SpanSet } from './intervals.js';
import { PERSON_SPEECH_VERBS } from '../lexicon/reporting-verbs.js';
import type { ArticleDraft } from '../types.js';
import type { Located, Named, Paragraph } from './located.js';
import { lastAtOrBefore, offset } from '../sorted.js';

/** What the hand rules find in the paragraphs, before lone words are resolved. */
export function ruleFindings(draft: ArticleDraft, paragraphs: Paragraph[]): Located[] {
  const { text } = draft;
  const found: Located[] = [];
  const titles = quotedTitles(text, paragraphs);
  paragraphs.forEach(({ start, end, paragraphIndex }, ordinal) => {
    for (const q of titles[ordinal]!) found.push({ ...q, descriptions: [], paragraphIndex, ordinal, quoted: true });
    const tokens = outsideTitles(tokenize(text, start, end), titles[ordinal]!);
    for (const cand of candidates(tokens)) {
      // classify returns fresh objects: placing them in the paragraph needs no copy.
      for (const m of classify(text, tokens, cand)) found.push(Object.assign(m, { paragraphIndex, ordinal }));
    }
  });
  return found;
}

// Longest rule mention looked back over when asking which rule mentions hold a span.
const LONGEST_RULE_MENTION = 200;

/** The rules' mentions by start offset, so each tagged span finds its own in constant time. */
export class RuleIndex {
  private readonly byStart = new Map<number, Located[]>();
  /** The distinct start offsets, ascending: `covering` visits only those near a span. */
  private readonly starts: number[];
  constructor(rules: readonly Located[]) {
    for (const r of rules) this.byStart.set(r.start, [...(this.byStart.get(r.start) ?? []), r]);
    this.starts = [...this.byStart.keys()].sort((a, b) => a - b);
  }
  startingAt(start: number): readonly Located[] {
    return this.byStart.get(start) ?? [];
  }
  /** Rule mentions inside `span`. */
  within(span: { start: number; end: number }): Located[] {
    const out: Located[] = [];
    for (let at = span.start; at < span.end; at++) for (const r of this.byStart.get(at) ?? []) if (r.end <= span.end) out.push(r);
    return out;
  }

  /** Rule mentions whose span holds `span`. */
  covering(span: { start: number; end: number }): Located[] {
    const out: Located[] = [];
    const from = Math.max(0, span.start - LONGEST_RULE_MENTION);
    // Latest start first, as a walk back from the span's start would meet them.
    for (let k = lastAtOrBefore(this.starts, offset, span.start); k >= 0 && this.starts[k]! >= from; k--) {
      for (const r of this.byStart.get(this.starts[k]!)!) if (r.end >= span.end) out.push(r);
    }
    return out;
  }
}

/**
 * Works and other things the rules name where the tagger saw nothing: a quoted title ("The
 * Art of the Deal"), a gazetteer weapon or law ("Storm Shadow missiles"). On CoNLL-2003
 * validation every such OTHER mention was right (5 of 5); the rules' other kinds were not.
 */
export function otherNamesMissed(found: readonly Located[], tagged: readonly { start: number; end: number }[]): Named[] {
  const spans = new SpanSet(tagged);
  return found.filter((m): m is Named => m.type === 'OTHER' && !spans.overlaps(m));
}

/** A person's speech verb right after a name ("Peskov said"). */
function speechAfter(text: string, end: number): boolean {
  const next = /^\s+(\p{Ll}+)\b/u.exec(text.slice(end, end + 16));
  return next !== null && PERSON_SPEECH_VERBS.has(next[1]!);
}

/**
 * A capitalised word the rules read as a name right before a speech verb, where the tagger saw
 * nothing ("Peskov said on Tuesday...", unknown to it at the start of a sentence): a person.
 */
export function speakersMissed(text: string, found: readonly Located[], tagged: readonly { start: number; end: number }[]): Named[] {
  const spans = new SpanSet(tagged);
  return found.flatMap((m) => {
    if ((m.type !== null && m.type !== 'PERSON') || spans.overlaps(m) || !speechAfter(text, m.end)) return [];
    if (m.hint && (m.hint.lexicon === 'COMMON' || m.hint.acronym)) return [];
    return [{ ...m, type: 'PERSON' as const }];
  });
}
