// The entity tagger: a paragraph's tokens -> typed mention spans, decided by the averaged
// perceptron in models/ner-tagger.bin (trained by `npm run train:ner` on CoNLL-2003).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { documentFeatures } from './document-features.js';
import { tokenFeatures } from './features.js';
import { LABEL_COUNT as L, spansOf, type TagType } from './labels.js';
import { decodeModel, type TaggerModel } from './model.js';
import { TwoPassTable } from './two-pass.js';
import { tokenize, type TagToken } from './tokens.js';
import { truecase } from './truecase.js';
import { viterbi } from './viterbi.js';
import { WorkArray } from './work-arrays.js';

/** The first pass (token features) and the second (plus what the first said elsewhere in the article). */
export const MODEL_FILES = {
  first: fileURLToPath(new URL('../../../models/ner-tagger.bin', import.meta.url)),
  second: fileURLToPath(new URL('../../../models/ner-tagger-doc.bin', import.meta.url)),
};

export interface TaggerModels {
  first: TaggerModel;
  second: TaggerModel;
  /** Both passes' token-feature weights in one table. */
  both: TwoPassTable;
}

let loaded: TaggerModels | null = null;

/** The shipped models, read once per process (or worker thread) on first use. */
export function taggerModels(): TaggerModels {
  if (!loaded) {
    const first = decodeModel(readFileSync(MODEL_FILES.first));
    const second = decodeModel(readFileSync(MODEL_FILES.second));
    loaded = { first, second, both: new TwoPassTable(first, second) };
  }
  return loaded;
}

export interface TaggedSpan {
  start: number;
  end: number;
  type: TagType;
}

const decode = (emissions: Float32Array, n: number, model: TaggerModel): Uint8Array => viterbi(emissions, n, model.transitions, model.start);

// Both passes' scores for an article's tokens, in reused work arrays (work-arrays.ts): a thread
// tags one article at a time, and a typed array per sequence would cost more than scoring it.
const firstScores = new WorkArray((n) => new Float32Array(n));
const secondScores = new WorkArray((n) => new Float32Array(n));

/** Each sequence's first- and second-pass scores, as views of the work arrays. */
function scoreViews(sequences: readonly (readonly TagToken[])[]): [Float32Array, Float32Array][] {
  const total = sequences.reduce((sum, tokens) => sum + tokens.length, 0) * L;
  const first = firstScores.get(total);
  const second = secondScores.get(total);
  let at = 0;
  return sequences.map((tokens) => {
    const from = at;
    at += tokens.length * L;
    return [first.subarray(from, at), second.subarray(from, at)];
  });
}

/** Labels for an article's token sequences (its title, paragraphs, subheads), in two passes. */
export function tagSequences(sequences: readonly (readonly TagToken[])[], models = taggerModels()): Uint8Array[] {
  const scores = scoreViews(sequences);
  sequences.forEach((tokens, s) => models.both.emissions(tokenFeatures(tokens), scores[s]![0], scores[s]![1]));
  const first = sequences.map((tokens, s) => decode(scores[s]![0], tokens.length, models.first));
  const extra = documentFeatures(sequences, first);
  // Scores add up: the second pass's weights over the token features, then over the extra ones.
  // A sequence whose words the first pass typed nowhere else in the article gains nothing from
  // a second look: its first-pass labels stand (half the work on a long article's tables).
  return sequences.map((tokens, s) =>
    extra[s]!.flat.length === 0 ? first[s]! : decode(models.second.emissions(extra[s]!, scores[s]![1]), tokens.length, models.second),
  );
}

/** Typed mention spans in each of an article's ranges of `text` (offsets into `text`). */
export function tagText(text: string, ranges: readonly { start: number; end: number }[], models = taggerModels()): TaggedSpan[][] {
  const sequences = ranges.map((r) => tokenize(text, r.start, r.end));
  return tagSequences(sequences.map(truecase), models).map((labels, s) =>
    spansOf(labels).map((sp) => ({ start: sequences[s]![sp.from]!.start, end: sequences[s]![sp.to - 1]!.end, type: sp.type })),
  );
}
