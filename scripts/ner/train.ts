// Trains the entity tagger: `npm run train:ner`. Reads CoNLL-2003 train from ../shared,
// selects the number of epochs on the validation split, writes models/ner-tagger.bin.
// Fixed seed: the same corpus gives the same model file.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { documentFeatures } from '../../src/ingest/entities/document-features.js';
import { sequenceFeatures } from '../../src/ingest/entities/features.js';
import { joinRows, rowViews } from '../../src/ingest/entities/rows.js';
import { labelsOf, spansOf, type TagType } from '../../src/ingest/entities/labels.js';
import { encodeModel } from '../../src/ingest/entities/model.js';
import type { TagToken } from '../../src/ingest/entities/tokens.js';
import { mulberry32 } from '../bootstrap.js';
import { conllAvailable, readConll, tokenSpans, type Doc } from './conll.js';
import { fixtureDocs } from './fixtures.js';
import { Perceptron, type Example } from './perceptron.js';
import { featureDigest } from '../../src/ingest/entities/word-features.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const options = new Command()
  .option('--epochs <n>', 'most epochs to try', '20')
  .option('--bits <n>', 'feature hash bits', '22')
  .option('--seed <n>', 'shuffle seed', '2003')
  .option('--fixture-weight <n>', 'times each annotated wire-copy article counts', '3')
  .option('--out <file>', 'model file', join(root, 'models/ner-tagger.bin'))
  .parse()
  .opts<{ epochs: string; bits: string; seed: string; fixtureWeight: string; out: string }>();

if (!conllAvailable()) {
  console.error('CoNLL-2003 is not in ../shared/corpus/conll2003: nothing to train on.');
  process.exit(1);
}

const bits = Number(options.bits);
const mask = bits === 32 ? 0xffffffff : (1 << bits) - 1;
const bucket = (f: Uint32Array): Uint32Array => f.map((h) => (h & mask) >>> 0);

interface DocExamples {
  tokens: TagToken[][];
  /** Per sentence, the first pass's features (already bucketed). */
  base: Uint32Array[][];
  gold: Uint8Array[];
}

function examples(docs: Doc[]): DocExamples[] {
  return docs.map((doc) => {
    const tokens = doc.sentences.map((s) => s.tokens.map((text): TagToken => ({ text, start: 0, end: 0 })));
    return {
      tokens,
      base: tokens.map((t) => rowViews(sequenceFeatures(t)).map(bucket)),
      gold: doc.sentences.map((s) =>
        labelsOf(
          tokenSpans(s.tags).map((t) => ({ ...t, type: t.type as TagType })),
          s.tokens.length,
        ),
      ),
    };
  });
}

const flat = (docs: DocExamples[], features: (d: DocExamples, s: number) => Uint32Array[]): Example[] =>
  docs.flatMap((d) => d.gold.map((gold, s) => ({ features: features(d, s), gold })));

type Weights = ReturnType<Perceptron['averaged']>;

/** Exact typed span F1 over examples. */
function f1(model: Perceptron, data: Example[], averaged: Weights): number {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const ex of data) {
    const key = (s: { from: number; to: number; type: string }): string => `${s.from}:${s.to}:${s.type}`;
    const g = new Set(spansOf(ex.gold).map(key));
    const p = spansOf(model.predict(ex.features, averaged)).map(key);
    gold += g.size;
    predicted += p.length;
    tp += p.filter((k) => g.has(k)).length;
  }
  return tp === 0 ? 0 : (2 * tp) / (predicted + gold);
}

const started = Date.now();
const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(0)} s`;

/**
 * Trains on `train`; with `valid`, keeps the epoch that scores best there (stopping after
 * three epochs without gain), else runs exactly `epochs`.
 */
function trainPass(name: string, train: Example[], valid: Example[] | null, epochs: number): { model: Perceptron; best: Weights; epoch: number; f1: number } {
  const model = new Perceptron(1 << bits);
  const next = mulberry32(Number(options.seed));
  const order = train.map((_, i) => i);
  let best = { f1: -1, epoch: 0, weights: null as Weights | null };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let mistakes = 0;
    for (const i of order) if (model.learn(train[i]!)) mistakes++;
    if (!valid) continue;
    const averaged = model.averaged();
    const score = f1(model, valid, averaged);
    console.log(`${name} epoch ${epoch}: ${mistakes} sentences wrong, validation F1 ${score.toFixed(4)} (${elapsed()})`);
    if (score > best.f1) best = { f1: score, epoch, weights: averaged };
    else if (epoch - best.epoch >= 3) break;
  }
  return valid ? { model, best: best.weights!, epoch: best.epoch, f1: best.f1 } : { model, best: model.averaged(), epoch: epochs, f1: NaN };
}

// Hand-annotated wire copy joins CoNLL-2003 train, each article seen `--fixture-weight` times an epoch.
const fixtures = fixtureDocs().map(
  (d): DocExamples => ({ tokens: d.tokens, base: d.tokens.map((t) => rowViews(sequenceFeatures(t)).map(bucket)), gold: d.gold }),
);
const trainDocs = [...examples(readConll('train.txt')), ...fixtures.flatMap((d) => new Array<DocExamples>(Number(options.fixtureWeight)).fill(d))];
console.log(`${fixtures.length} annotated wire-copy articles (tests/fixtures/ner-train), weight ${options.fixtureWeight}`);
const validDocs = examples(readConll('valid.txt'));
console.log(`features: ${trainDocs.length} train and ${validDocs.length} validation documents (${elapsed()})`);

// Pass 1: token features only.
const baseOf = (d: DocExamples, s: number): Uint32Array[] => d.base[s]!;
const first = trainPass('pass 1', flat(trainDocs, baseOf), flat(validDocs, baseOf), Number(options.epochs));

// The second pass learns from first-pass labels as they will be at run time: on training
// documents, from models that never saw them (five folds); on validation, from pass 1.
const FOLDS = 5;
// Folds by article, so an annotated article counted several times sits in one fold only.
const foldOf = new Map([...new Set(trainDocs)].map((d, i) => [d, i % FOLDS]));
const firstLabels = new Map<DocExamples, Uint8Array[]>();
for (let fold = 0; fold < FOLDS; fold++) {
  const rest = trainDocs.filter((d) => foldOf.get(d) !== fold);
  const { model, best } = trainPass(`fold ${fold + 1}`, flat(rest, baseOf), null, first.epoch);
  for (const [d, f] of foldOf) if (f === fold) firstLabels.set(d, d.base.map((b) => model.predict(b, best)));
  console.log(`fold ${fold + 1}/${FOLDS} labelled (${elapsed()})`);
}
for (const d of validDocs) firstLabels.set(d, d.base.map((f) => first.model.predict(f, first.best)));

const withDocument = (docs: DocExamples[]): Example[] =>
  docs.flatMap((d) => {
    const extra = documentFeatures(d.tokens, firstLabels.get(d)!).map((rows) => rowViews(rows).map(bucket));
    return d.gold.map((gold, s) => ({ features: joinRows(d.base[s]!, extra[s]!), gold }));
  });
const second = trainPass('pass 2', withDocument(trainDocs), withDocument(validDocs), Number(options.epochs));

const write = (file: string, pass: typeof first, trainedOn: Record<string, unknown>): void => {
  const bytes = encodeModel(
    {
      bucketBits: bits,
      transitions: [...pass.best.transitions],
      start: [...pass.best.start],
      trainedOn: { corpus: 'CoNLL-2003 train', features: featureDigest(), wireCopy: fixtures.length, fixtureWeight: Number(options.fixtureWeight), selectedOn: 'CoNLL-2003 valid', epochs: pass.epoch, validF1TokensGiven: Number(pass.f1.toFixed(4)), seed: Number(options.seed), ...trainedOn },
    },
    pass.best.weights,
  );
  writeFileSync(file, bytes);
  console.log(`${file}: best epoch ${pass.epoch}, validation F1 ${pass.f1.toFixed(4)}, ${(bytes.length / 1e6).toFixed(1)} MB`);
};
write(options.out, first, { pass: 1 });
write(options.out.replace(/\.bin$/, '-doc.bin'), second, { pass: 2, folds: FOLDS });
console.log(`trained in ${elapsed()}`);
