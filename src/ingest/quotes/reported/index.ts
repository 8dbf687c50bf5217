// Reported speech (issue #19): "Peskov said Putin had no plans to call Trump" reports what
// Peskov said without quoting him. A tagger trained on PolNeAR's attributions (models/
// reported-speech.bin) labels each sentence's Cue, Source and Content (labels.ts), and
// attributions.ts pairs them. Only sentences holding a word the training data used as a cue
// are tagged; Content holding a quotation mark is left to the direct quotes.
import type { ArticleDraft, Span } from '../../types.js';
import { tokenize } from '../../entities/tokens.js';
import { sentenceStarts } from '../sentences.js';
import type { QuoteSpan } from '../spans.js';
import { attributionsOf, segmentsOf, spanOf, type Segment } from './attributions.js';
import { quotedFlags, sentenceFeatures, sentenceWords } from './features.js';
import { reportedModel, type ReportedModel } from './model.js';
import { viterbi } from './viterbi.js';
import { LABEL_COUNT } from './labels.js';
import { WorkArray } from '../../entities/work-arrays.js';

export interface ReportedSpeech {
  /** What was reported, as PolNeAR's annotators mark it: after the cue, a leading "that" included. */
  content: Span;
  cue: Span;
  /** Who reported it as written ("Peskov", "the Kremlin", "he"), when the sentence names one. */
  source: Span | null;
  /** The sentence that holds it. */
  sentence: Span;
  /** Index into `draft.blocks`. */
  blockIndex: number;
}

const MARK = /["“”«»]/;
const WORD = /[\p{L}\p{N}]/u;

// A clause's closing punctuation or a dangling joiner ("... its smaller neighbour and", "...
// the declining West, which"), which the gold rarely ends in.
const DANGLING = /(?:[\s,;:–—-]|\s(?:and|or|but|which|who|that))+$/u;

// Punctuation a Content may open with when the tagger starts it at the comma after the cue.
const LEADING = /^[\s,;:–—-]+/u;

/** ", without referring to Russia," -> "without referring to Russia": punctuation off both ends. */
export function withoutEdgePunctuation(text: string, span: Span): Span {
  const body = text.slice(span.start, span.end);
  const m = DANGLING.exec(body);
  const end = m && m.index > 0 ? span.start + m.index : span.end;
  const lead = LEADING.exec(body)?.[0].length ?? 0;
  return lead > 0 && span.start + lead < end ? { start: span.start + lead, end } : { start: span.start, end };
}

// ", citing unidentified sources", ", adding that ...": a participle clause set off by a comma
// whose verb is a cue word says where the Content came from; it is not part of the Content.
const TRAILING_PARTICIPLE = /,\s+(\p{Ll}+ing)\b/gu;

/** "that the call had taken place, citing unidentified sources" -> "that the call had taken place". */
export function withoutTrailingCue(text: string, span: Span, cueWords: ReadonlySet<string>): Span {
  const content = text.slice(span.start, span.end);
  for (const m of content.matchAll(TRAILING_PARTICIPLE)) {
    if (m.index > 0 && cueWords.has(m[1]!)) return { start: span.start, end: span.start + m.index };
  }
  return span;
}

// Token scores of the sentence being tagged, reused (work-arrays.ts).
const emissionScratch = new WorkArray((n) => new Float32Array(n));

/** The reported speech of an article's paragraphs, in text order. */
export function findReportedSpeech(
  draft: ArticleDraft,
  quotes: readonly QuoteSpan[],
  model: ReportedModel = reportedModel(),
  // A paragraph's sentence starts (quotes kept whole), when the caller has them already.
  startsOf: (blockIndex: number) => number[] = (b) => sentenceStarts(draft.text, draft.blocks[b]!, quotes.map((q) => ({ start: q.open, end: q.close }))),
): ReportedSpeech[] {
  const { text } = draft;
  const out: ReportedSpeech[] = [];
  draft.blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'PARAGRAPH') return;
    const starts = startsOf(blockIndex);
    starts.forEach((from, i) => {
      const to = starts[i + 1] ?? block.end;
      const tokens = tokenize(text, from, to);
      const words = sentenceWords(tokens);
      if (!words.some((w) => model.cueWords.has(w.lower))) return;
      const features = sentenceFeatures(tokens, quotedFlags(tokens, quotes), model.cueWords, words, true);
      const labels = viterbi(model.emissions(features, emissionScratch.get(tokens.length * LABEL_COUNT)), tokens.length, model.transitions, model.start);
      // A Content of punctuation alone (a tagged full stop) would take the Cue from the real one.
      const hasWord = (x: Segment): boolean => x.role !== 'CONTENT' || words.slice(x.from, x.to).some((w) => WORD.test(w.lower));
      for (const a of attributionsOf(segmentsOf(labels).filter(hasWord))) {
        const content = withoutEdgePunctuation(text, withoutTrailingCue(text, spanOf(tokens, a.content), model.cueWords));
        if (MARK.test(text.slice(content.start, content.end))) continue;
        out.push({ content, cue: spanOf(tokens, a.cue), source: a.source ? spanOf(tokens, a.source) : null, sentence: { start: from, end: to }, blockIndex });
      }
    });
  });
  return out;
}
