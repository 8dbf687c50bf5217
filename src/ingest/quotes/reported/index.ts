// Reported speech (issue #19): "Peskov said Putin had no plans to call Trump" reports what
// Peskov said without quoting him. A tagger trained on PolNeAR's attributions (models/
// reported-speech.bin) labels each sentence's Cue, Source and Content (labels.ts), and
// attributions.ts pairs them. Only sentences holding a word the training data used as a cue
// are tagged; Content holding a quotation mark is left to the direct quotes.
import type { ArticleDraft, Span } from '../../types.js';
import { tokenize } from '../../entities/tokens.js';
import { sentenceStarts } from '../sentences.js';
import type { QuoteSpan } from '../spans.js';
import { attributionsOf, segmentsOf, spanOf } from './attributions.js';
import { quotedFlags, sentenceFeatures, sentenceWords } from './features.js';
import { reportedModel, type ReportedModel } from './model.js';
import { viterbi } from './viterbi.js';

export interface ReportedSpeech {
  /** What was reported, without the cue or "that". */
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

/** "he could bring peace within 24 hours if elected," -> without the comma (the gold rarely ends in one). */
function withoutClosingPunctuation(text: string, span: Span): Span {
  let { end } = span;
  while (end > span.start && /[\s,;:–—-]/.test(text[end - 1]!)) end--;
  return { start: span.start, end };
}

/** The reported speech of an article's paragraphs, in text order. */
export function findReportedSpeech(draft: ArticleDraft, quotes: readonly QuoteSpan[], model: ReportedModel = reportedModel()): ReportedSpeech[] {
  const { text } = draft;
  const out: ReportedSpeech[] = [];
  const marks = quotes.map((q) => ({ start: q.open, end: q.close }));
  draft.blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'PARAGRAPH') return;
    const starts = sentenceStarts(text, block, marks);
    starts.forEach((from, i) => {
      const to = starts[i + 1] ?? block.end;
      const tokens = tokenize(text, from, to);
      const words = sentenceWords(tokens);
      if (!words.some((w) => model.cueWords.has(w.lower))) return;
      const features = sentenceFeatures(tokens, quotedFlags(tokens, quotes), model.cueWords, words);
      const labels = viterbi(model.emissions(features), tokens.length, model.transitions, model.start);
      for (const a of attributionsOf(segmentsOf(labels))) {
        const content = withoutClosingPunctuation(text, spanOf(tokens, a.content));
        if (!WORD.test(text.slice(content.start, content.end))) continue;
        if (MARK.test(text.slice(content.start, content.end))) continue;
        out.push({ content, cue: spanOf(tokens, a.cue), source: a.source ? spanOf(tokens, a.source) : null, sentence: { start: from, end: to }, blockIndex });
      }
    });
  });
  return out;
}
