// Trains the reported-speech tagger (src/ingest/quotes/reported/) on PolNeAR train and writes
// models/reported-speech.bin. Deterministic: fixed seed, fixed epochs.
//
//   npm run train:reported
//   npm run train:reported -- --holdout 10   # train on 9 articles in 10, score the 10th, write nothing
//
// Each sentence is one training example, labelled with every annotator's attributions at once
// (direct ones too: their Cue and Source look like any other, and the tagger learns that quoted
// words are not Content), leaving out those nested in another's Content (reported-gold.ts).
// Sentences are those of src/ingest/quotes/sentences.ts; only sentences holding a cue word are
// tagged, at training as at run time. The cue words are learned here: words that make up a
// gold Cue at least MIN_CUE times and in at least MIN_CUE_SHARE of their occurrences.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize, type TagToken } from '../../src/ingest/entities/tokens.js';
import { readWireText } from '../../src/ingest/formats/wire-text.js';
import { sentenceStarts } from '../../src/ingest/quotes/sentences.js';
import { doubleMarksIn, findQuoteSpans, withDoubleMarks, type QuoteSpan } from '../../src/ingest/quotes/spans.js';
import { FEATURE_SET, quotedFlags, sentenceFeatures, tokenFeatures } from '../../src/ingest/quotes/reported/features.js';
import { LABEL_COUNT as L } from '../../src/ingest/quotes/reported/labels.js';
import { goldLabels, outermost, within } from './reported-gold.js';
import { decodeReportedModel, encodeReportedModel, MODEL_FILE } from '../../src/ingest/quotes/reported/model.js';
import { viterbi } from '../../src/ingest/quotes/reported/viterbi.js';
import type { Span } from '../../src/ingest/types.js';
import { matchQuotes, readAttributionParts, readAttributions, type GoldAttribution } from '../polnear.js';
import { findReportedSpeech } from '../../src/ingest/quotes/reported/index.js';
import type { ArticleDraft } from '../../src/ingest/types.js';
import { mulberry32 } from '../bootstrap.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = join(root, '..', 'shared', 'corpus', 'polnear', 'train');
if (!existsSync(corpus)) {
  console.log(`train:reported skipped: ${corpus} is absent (the PolNeAR corpus lives in ../shared, outside the repository).`);
  process.exit(0);
}

const args = process.argv.slice(2);
const EPOCHS = args.includes("--epochs") ? Number(args[args.indexOf("--epochs") + 1]) : 6;
const SEED = 19;
const BUCKET_BITS = args.includes('--bits') ? Number(args[args.indexOf('--bits') + 1]) : 16;
const MIN_CUE = 3;
const MIN_CUE_SHARE = args.includes('--cue-share') ? Number(args[args.indexOf('--cue-share') + 1]) : 0.2;

interface Sentence {
  tokens: TagToken[];
  quoted: Uint8Array;
}

interface Annotated {
  sentences: Sentence[];
  /** Each annotator's attributions. */
  attributions: GoldAttribution[][];
  /** Held out (with --holdout): scored, not trained on. */
  heldOut: boolean;
}

const holdout = args.includes('--holdout') ? Number(args[args.indexOf('--holdout') + 1]) : 0;

/** A held-out article: scored as eval:quotes scores it, against each annotator's reported speech. */
interface HeldOutArticle {
  draft: ArticleDraft;
  quotes: QuoteSpan[];
  gold: Span[][];
}
const heldOutArticles: HeldOutArticle[] = [];

const t0 = performance.now();
const annDir = join(corpus, 'attributions');
const byArticle = new Map<string, string[]>();
for (const file of readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort()) {
  const article = file.replace(/_[0-9a-f]+\.ann$/, '');
  byArticle.set(article, [...(byArticle.get(article) ?? []), file]);
}

// Per article: its sentences (tokenized once), and each annotator's attributions.
const annotated: Annotated[] = [];
const wordCount = new Map<string, number>();
const cueCount = new Map<string, number>();
let articleIndex = 0;
for (const [article, files] of byArticle) {
  const heldOut = holdout > 0 && articleIndex++ % holdout === holdout - 1;
  const raw = readFileSync(join(corpus, 'text', `${article}.txt`), 'utf8');
  const draft = withDoubleMarks(readWireText(raw, article));
  const text = doubleMarksIn(raw);
  const quotes: QuoteSpan[] = findQuoteSpans(draft);
  const marks = quotes.map((q) => ({ start: q.open, end: q.close }));
  const sentences: Sentence[] = [];
  for (const block of draft.blocks) {
    if (block.kind !== 'PARAGRAPH') continue;
    const starts = sentenceStarts(text, block, marks);
    starts.forEach((from, i) => {
      const tokens = tokenize(text, from, starts[i + 1] ?? block.end);
      if (tokens.length > 0) sentences.push({ tokens, quoted: quotedFlags(tokens, quotes) });
      for (const t of tokens) wordCount.set(t.text.toLowerCase(), (wordCount.get(t.text.toLowerCase()) ?? 0) + 1);
    });
  }
  if (heldOut) heldOutArticles.push({ draft, quotes, gold: files.map((f) => readAttributions(readFileSync(join(annDir, f), 'utf8'), text).reported) });
  const attributions = files.map((file) => readAttributionParts(readFileSync(join(annDir, file), 'utf8')));
  annotated.push({ sentences, attributions, heldOut });
  if (heldOut) continue;
  for (const one of attributions) {
    for (const a of one) {
      if (!a.cue) continue;
      for (const t of tokenize(text, a.cue.start, a.cue.end)) cueCount.set(t.text.toLowerCase(), (cueCount.get(t.text.toLowerCase()) ?? 0) + 1 / files.length);
    }
  }
}
const cueWords = [...cueCount]
  .filter(([w, n]) => /\p{L}/u.test(w) && n >= MIN_CUE && n / (wordCount.get(w) ?? Infinity) >= MIN_CUE_SHARE)
  .map(([w]) => w)
  .sort();
const cueSet = new Set(cueWords);

interface Example {
  features: Uint32Array[];
  gold: Uint8Array;
}
const examples: Example[] = [];
let goldReported = 0;
let reachable = 0;
const mask = (1 << BUCKET_BITS) - 1;
// One example per sentence, labelled with every annotator's attributions at once (one example
// per annotator taught the tagger two answers for one sentence: held-out F1 0.479 -> 0.481).
for (const { sentences, attributions, heldOut } of annotated) {
  for (const s of sentences) {
    const span = { start: s.tokens[0]!.start, end: s.tokens.at(-1)!.end };
    const here = attributions.flat().filter((a) => a.cue && within(a.cue, span));
    const gated = s.tokens.some((t) => cueSet.has(t.text.toLowerCase()));
    for (const a of here) {
      if (!a.content) continue;
      goldReported++;
      if (gated) reachable++;
    }
    if (!heldOut && gated) examples.push({ features: tokenFeatures(sentenceFeatures(s.tokens, s.quoted, cueSet)).map((f) => f.map((x) => x & mask)), gold: goldLabels(s.tokens, outermost(here)) });
  }
}
console.log(`${byArticle.size} articles, ${annotated.reduce((n, a) => n + a.attributions.length, 0)} annotator files, ${cueWords.length} cue words, ${examples.length} sentences tagged; ${reachable} of ${goldReported} gold attributions (${((100 * reachable) / goldReported).toFixed(1)}%) lie in a tagged sentence`);

// Averaged structured perceptron (Collins 2002), with the usual lazy averaging:
// averaged = w - u / c, where u sums c × update.
const B = 1 << BUCKET_BITS;
const w = new Float32Array(B * L);
const u = new Float32Array(B * L);
const trans = new Float32Array(L * L);
const transU = new Float32Array(L * L);
const start = new Float32Array(L);
const startU = new Float32Array(L);
let c = 1;

function emissions(features: readonly Uint32Array[]): Float32Array {
  const out = new Float32Array(features.length * L);
  features.forEach((f, i) => {
    for (const k of f) for (let l = 0; l < L; l++) out[i * L + l]! += w[k * L + l]!;
  });
  return out;
}

function update(ex: Example, labels: Uint8Array, sign: number): void {
  ex.features.forEach((f, i) => {
    const l = labels[i]!;
    for (const k of f) {
      w[k * L + l]! += sign;
      u[k * L + l]! += sign * c;
    }
    if (i === 0) {
      start[l]! += sign;
      startU[l]! += sign * c;
    } else {
      const t = labels[i - 1]! * L + l;
      trans[t]! += sign;
      transU[t]! += sign * c;
    }
  });
}

// A seeded shuffle, so the model is the same on every run.
const random = mulberry32(SEED);
const order = examples.map((_, i) => i);
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let wrong = 0;
  let tokens = 0;
  for (const e of order) {
    const ex = examples[e]!;
    const predicted = viterbi(emissions(ex.features), ex.features.length, trans, start);
    tokens += ex.gold.length;
    let differs = false;
    for (let i = 0; i < ex.gold.length; i++) if (predicted[i] !== ex.gold[i]) (differs = true), wrong++;
    if (differs) {
      update(ex, ex.gold, 1);
      update(ex, predicted, -1);
    }
    c++;
  }
  console.log(`epoch ${epoch}: ${((100 * wrong) / tokens).toFixed(2)}% of tokens mislabelled while training`);
}

const averaged = (x: Float32Array, ux: Float32Array): Float32Array => x.map((v, i) => v - ux[i]! / c);

const header = {
  bucketBits: BUCKET_BITS,
  transitions: [...averaged(trans, transU)],
  start: [...averaged(start, startU)],
  cueWords,
  trainedOn: { corpus: 'PolNeAR train', articles: byArticle.size, annotatorFiles: annotated.reduce((n, a) => n + a.attributions.length, 0), sentences: examples.length, epochs: EPOCHS, seed: SEED, features: FEATURE_SET },
};
const bytes = encodeReportedModel(header, averaged(w, u));

if (holdout > 0) {
  // The held-out articles run through findReportedSpeech with the model as it would be
  // written (weights rounded as stored), and are scored as eval:quotes scores them: one to one
  // when the overlap covers half of both spans, each annotator weighted 1/k.
  const model = decodeReportedModel(bytes);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { draft, quotes, gold } of heldOutArticles) {
    const predicted = findReportedSpeech(draft, quotes, model).map((r) => r.content);
    for (const g of gold) {
      const m = matchQuotes(predicted, g).length;
      tp += m / gold.length;
      fp += (predicted.length - m) / gold.length;
      fn += (g.length - m) / gold.length;
    }
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  console.log(`held out (every ${holdout}th article, ${heldOutArticles.length} articles): content P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)} (as eval:quotes scores it)`);
  process.exit(0);
}
writeFileSync(MODEL_FILE, bytes);
console.log(`wrote ${MODEL_FILE} (${(bytes.length / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
