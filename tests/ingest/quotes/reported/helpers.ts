// Label sequences, tokens and hand-made models shared by the tests of src/ingest/quotes/reported/.
import { tokenize } from '../../../../src/ingest/entities/tokens.js';
import { FEATURE_SET, sentenceWords } from '../../../../src/ingest/quotes/reported/features.js';
import { LABELS, LABEL_COUNT as L } from '../../../../src/ingest/quotes/reported/labels.js';
import { decodeReportedModel, encodeReportedModel, type ReportedModel } from '../../../../src/ingest/quotes/reported/model.js';
import type { ReportedSpeech } from '../../../../src/ingest/quotes/reported/index.js';
import type { ArticleDraft, ParsedQuote, Span } from '../../../../src/ingest/types.js';

/** Label indices from their names: `labelsOf('B-SOURCE B-CUE O')`. */
export function labelsOf(names: string): number[] {
  return names
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => {
      const i = LABELS.indexOf(name);
      if (i < 0) throw new Error(`no label ${name}`);
      return i;
    });
}

/** Label names from indices, to compare decoded labels readably. */
export const namesOf = (labels: ArrayLike<number>): string[] => Array.from(labels, (l) => LABELS[l]!);

/** One token per word of `words` (separated by single spaces), offsets into that text. */
export const tokensOf = (words: string) => tokenize(words);

/** The text a span covers. */
export const slice = (text: string, s: Span | null): string | null => (s ? text.slice(s.start, s.end) : null);

/** A text's span of `part` (its first occurrence at or after `from`). */
export function spanIn(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" is not in "${text}"`);
  return { start, end: start + part.length };
}

/** The reported speech among an extraction's quotes. */
export const indirect = (quotes: ParsedQuote[]): ParsedQuote[] => quotes.filter((q) => q.kind === 'INDIRECT');

/** The paragraphs of a draft, each block's text with its kind. */
export const blockKinds = (draft: ArticleDraft) => draft.blocks.map((b) => [b.kind, b.text]);

// Enough buckets that the few rows a hand-made model sets are not hit by a context feature's hash.
const BUCKET_BITS = 20;

/**
 * A hand-made tagger: each word of `words` (any case) takes the label given, and every other
 * word is Content (B-CONTENT where an I-CONTENT may not stand). Transitions and start scores
 * are zero, so the labels are those, under the BIO constraints. `cueWords` gates the sentences
 * tagged, as a trained model's do.
 */
export function handMadeModel(words: Record<string, string>, cueWords: string[]): ReportedModel {
  const dense = new Float32Array((1 << BUCKET_BITS) * L);
  const mask = (1 << BUCKET_BITS) - 1;
  const row = (id: number) => (id & mask) * L;
  const set = new Map<number, string>();
  // The bias (every word's own[0]): Content by default, I- before B- before O.
  const bias = row(sentenceWords([{ text: 'x', start: 0, end: 1 }])[0]!.own[0]!);
  dense[bias + LABELS.indexOf('O')] = 1;
  dense[bias + LABELS.indexOf('B-CONTENT')] = 1.5;
  dense[bias + LABELS.indexOf('I-CONTENT')] = 2;
  set.set(bias, 'bias');
  for (const [word, label] of Object.entries(words)) {
    // own[1] is the word's form feature, the same for every case of it.
    const at = row(sentenceWords([{ text: word, start: 0, end: word.length }])[0]!.own[1]!);
    if (set.has(at)) throw new Error(`${word} shares a bucket with ${set.get(at)}`);
    set.set(at, word);
    dense[at + LABELS.indexOf(label)] = 100;
  }
  const bytes = encodeReportedModel(
    { bucketBits: BUCKET_BITS, transitions: new Array<number>(L * L).fill(0), start: new Array<number>(L).fill(0), cueWords, trainedOn: { corpus: 'hand-made', features: FEATURE_SET } },
    dense,
  );
  return decodeReportedModel(bytes);
}

/** A one-sentence ReportedSpeech from its parts as written in `text` (each at its first occurrence). */
export const reportedSpeechIn = (text: string, cue: string, content: string, source: string | null): ReportedSpeech => ({
  content: spanIn(text, content),
  cue: spanIn(text, cue),
  source: source ? spanIn(text, source) : null,
  sentence: { start: 0, end: text.length },
  blockIndex: 0,
});
