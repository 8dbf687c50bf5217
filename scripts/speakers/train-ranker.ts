// Trains the speaker ranker: `npm run train:speakers`. Reads PolNeAR train from ../shared,
// runs the extraction with the rule cascade alone, and learns which candidate speaks each
// quote (src/ingest/quotes/candidates.ts, features.ts) with an averaged perceptron that ranks
// the candidates of one quote (fixed seed, fixed number of epochs: the same corpus gives the
// same model file). Writes models/speaker-ranker.json.
//
// Labels: a candidate is right when scripts/eval-quotes.ts would count it right as the
// speaker of the matched gold quote (the gold Source's head region, scripts/gold-sources.ts);
// NULL is right for a gold quote with no Source. A quote none of whose candidates is right is
// skipped (counted and printed). Each annotator of an article gives its own labels, weighted
// 1/k so each article counts once, as in the evaluation.
//
//   npm run train:speakers        # train on all of train, write the model
//
// Five article folds first measure held-out accuracy (ranker vs cascade) and choose how large
// a score margin the model needs to override the cascade's choice: separately for a quote
// the cascade left without speaker and for one it gave a mention, the smallest margin over
// which held-out changes were right at least twice as often as wrong (or never).
//
// For reading the data (printed lines, train only): SHOW_SKIPPED=1 lists the quotes with no
// right candidate, SHOW_CHANGES=1 each held-out change to the cascade's choice (fixed,
// broken, neither), and with it SHOW_MISSES=1 the held-out quotes both get wrong.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { extractEntities } from '../../src/ingest/entities/index.js';
import { readWireText } from '../../src/ingest/formats/wire-text.js';
import { candidateFeatures, featureDigest } from '../../src/ingest/quotes/features.js';
import { extractQuotes, type RankObservation } from '../../src/ingest/quotes/index.js';
import { RANKER_FORMAT, type RankerModel } from '../../src/ingest/quotes/ranker.js';
import { mulberry32 } from '../bootstrap.js';
import { judge, relativeAntecedent, sourceHead } from '../gold-sources.js';
import { matchQuotes, readSplit } from '../polnear.js';
import { seedFingerprint } from './seed-fingerprint.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const options = new Command()
  .option('--epochs <n>', 'passes over the training quotes', '20')
  .option('--seed <n>', 'shuffle seed', '19')
  .option('--learner <name>', 'softmax or perceptron', 'softmax')
  .option('--rate <x>', 'softmax: initial learning rate', '0.05')
  .option('--l2 <x>', 'softmax: L2 decay per touched weight and step', '0.0001')
  .option('--folds <n>', 'article folds for held-out accuracy and the margins an override needs (0: none, then no override)', '5')
  .option('--out <file>', 'model file', join(root, 'models/speaker-ranker.json'))
  .parse()
  .opts<{ epochs: string; seed: string; learner: string; rate: string; l2: string; folds: string; out: string }>();

const corpus = join(root, '..', 'shared', 'corpus', 'polnear', 'train');
if (!existsSync(corpus)) {
  console.log(`train:speakers skipped: ${corpus} is absent (the PolNeAR corpus lives in ../shared, outside the repository).`);
  process.exit(0);
}

const started = Date.now();
const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** One quote under one annotator: every candidate's features (as indices) and which are right. */
interface Example {
  article: number;
  features: Int32Array[];
  right: boolean[];
  /** Each candidate's entity (name) when it resolves to one: the cascade's mention is kept for the same entity. */
  entities: (string | null)[];
  /** Index of the NULL candidate. */
  nullAt: number;
  weight: number;
  /** With SHOW_CHANGES set: the quote in context and each candidate as written, for reading the changes. */
  desc?: { context: string; candidates: string[]; gold: string };
}

const index = new Map<string, number>();
const names: string[] = [];
const indexOf = (f: string): number => {
  let i = index.get(f);
  if (i === undefined) {
    index.set(f, (i = names.length));
    names.push(f);
  }
  return i;
};

const docs = readSplit(corpus);
const examples: Example[] = [];
let matched = 0;
let skipped = 0;
docs.forEach((doc, article) => {
  const draft = readWireText(doc.text, doc.article);
  const observed: { o: RankObservation; features: Int32Array[]; speakers: (string | null)[] }[] = [];
  const { entities } = extractQuotes(draft, extractEntities(draft), {
    ranker: null,
    observe: (o) => {
      observed.push({
        o,
        features: o.candidates.map((c) => Int32Array.from(candidateFeatures(c, o.ctx, o.candidates), indexOf)),
        // As the pipeline would name each candidate: its entity, or for an unknown name the name as written.
        speakers: o.candidates.map((c) => o.ctx.entityOf(c)?.name ?? o.ctx.newNameOf(c)),
      });
    },
  });
  const weight = 1 / doc.annotators.length;
  for (const a of doc.annotators) {
    for (const { x, y } of matchQuotes(observed.map((b) => b.o), a.quotes)) {
      const { o, features, speakers } = observed[x]!;
      const gold = a.quotes[y]!;
      matched += weight;
      // Where the head regions of the gold sources end: a mention that runs past them ("A
      // spokesman for Hillary Clinton" for the head "A spokesman") is right only through its entity.
      const headEnd = Math.max(...gold.sources.map((s) => Math.max(...sourceHead(doc.text, relativeAntecedent(doc.text, s) ?? s).words.map((w) => w.end))));
      const right = o.candidates.map((c, i) => {
        if (gold.sources.length === 0) return c.mention === null;
        const p = c.mention ? { speaker: speakers[i]!, ...(c.mention.end <= headEnd ? { speakerStart: c.mention.start, speakerEnd: c.mention.end } : {}) } : { speaker: null };
        return judge(p, gold, doc.text, entities)?.right ?? false;
      });
      if (!right.some(Boolean)) {
        skipped += weight;
        if (process.env.SHOW_SKIPPED) {
          const src = gold.sources[0]!;
          console.log(`SKIP gold=${JSON.stringify(doc.text.slice(src.start, src.end))} cands=${o.candidates.map((c) => c.mention?.text ?? 'NULL').join('|')} :: ${JSON.stringify(doc.text.slice(Math.max(0, o.start - 120), o.start))}[[${doc.text.slice(o.start, Math.min(o.end, o.start + 30))}]]${JSON.stringify(doc.text.slice(o.end, o.end + 60))}`);
        }
        continue;
      }
      examples.push({ article, features, right, weight, entities: o.candidates.map((c) => o.ctx.entityOf(c)?.name ?? null), nullAt: o.candidates.findIndex((c) => c.mention === null),
        ...(process.env.SHOW_CHANGES ? { desc: {
          context: `${JSON.stringify(doc.text.slice(Math.max(0, o.start - 150), o.start))}[[${doc.text.slice(o.start, Math.min(o.end, o.start + 30))}]]${JSON.stringify(doc.text.slice(o.end, o.end + 80))}`,
          candidates: o.candidates.map((c) => `${c.mention?.text ?? 'NULL'}[${c.rules.join(',')}${c.source !== 'rule' ? c.source : ''}]`),
          gold: gold.sources.map((x) => doc.text.slice(x.start, x.end)).join(' / '),
        } } : {}) });
    }
  }
});
console.log(`${docs.length} articles, ${matched.toFixed(0)} matched quotes (annotator-weighted), ${examples.length} examples over ${names.length} features (${elapsed()})`);
console.log(`skipped ${skipped.toFixed(0)} quotes with no right candidate (${((100 * skipped) / matched).toFixed(1)}%)`);

const score = (w: Float64Array, f: Int32Array): number => {
  let s = 0;
  for (let k = 0; k < f.length; k++) s += w[f[k]!]!;
  return s;
};
const argmax = (w: Float64Array, fs: Int32Array[], only?: boolean[]): number => {
  let best = -1;
  let bestScore = -Infinity;
  fs.forEach((f, i) => {
    if (only && !only[i]) return;
    const s = score(w, f);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  return best;
};

function train(data: Example[], epochs: number): Float64Array {
  return options.learner === 'perceptron' ? perceptron(data, epochs) : softmax(data, epochs);
}

/**
 * Softmax ranking (a log-linear model over the candidates of each quote): maximises the
 * probability of the right candidates by stochastic gradient, with L2 on the weights a step
 * touches, in a seeded order and a learning rate that decays per epoch.
 */
function softmax(data: Example[], epochs: number): Float64Array {
  const w = new Float64Array(names.length);
  const next = mulberry32(Number(options.seed));
  const order = data.map((_, i) => i);
  const l2 = Number(options.l2);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = Number(options.rate) / (1 + epoch);
    for (const i of order) {
      const ex = data[i]!;
      const s = ex.features.map((f) => score(w, f));
      const max = Math.max(...s);
      const e = s.map((x) => Math.exp(x - max));
      const z = e.reduce((a, b) => a + b, 0);
      const zRight = e.reduce((a, b, k) => a + (ex.right[k] ? b : 0), 0);
      ex.features.forEach((f, k) => {
        const g = e[k]! / z - (ex.right[k] ? e[k]! / zRight : 0);
        if (g === 0) return;
        for (let n = 0; n < f.length; n++) w[f[n]!]! -= rate * ex.weight * g;
      });
      for (const f of ex.features) for (let n = 0; n < f.length; n++) w[f[n]!]! *= 1 - rate * l2;
    }
  }
  return w;
}

/** Averaged perceptron over the candidates of each quote: on a wrong top candidate, towards the best right one. */
function perceptron(data: Example[], epochs: number): Float64Array {
  const w = new Float64Array(names.length);
  const totals = new Float64Array(names.length);
  let clock = 1;
  const next = mulberry32(Number(options.seed));
  const order = data.map((_, i) => i);
  const bump = (f: Int32Array, by: number): void => {
    for (let k = 0; k < f.length; k++) {
      w[f[k]!]! += by;
      totals[f[k]!]! += by * clock;
    }
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const ex = data[i]!;
      const guess = argmax(w, ex.features);
      if (!ex.right[guess]) {
        const target = argmax(w, ex.features, ex.right);
        bump(ex.features[target]!, ex.weight);
        bump(ex.features[guess]!, -ex.weight);
      }
      clock++;
    }
  }
  // Averaged weights: w - totals / clock.
  return w.map((x, i) => x - totals[i]! / clock);
}

/** The model's choice for one example, as extractQuotes makes it, and its margin over the cascade's choice. */
function choice(w: Float64Array, ex: Example): { top: number; margin: number } {
  let top = argmax(w, ex.features);
  // As extractQuotes does: another mention of the entity the cascade chose keeps the cascade's mention.
  if (ex.entities[0] !== null && ex.entities[top] === ex.entities[0]) top = 0;
  return { top, margin: score(w, ex.features[top]!) - score(w, ex.features[0]!) };
}

/** Where the model departs from the cascade, by margin: how often the change fixes or breaks the speaker. */
function changes(w: Float64Array, data: Example[], out: Map<string, { fixed: number; broken: number; neither: number }>): void {
  for (const ex of data) {
    const { top, margin } = choice(w, ex);
    if (top === 0) continue;
    const from = ex.nullAt === 0 ? 'from NULL' : 'from a mention';
    for (const t of MARGINS) {
      if (margin <= t) continue;
      const key = `${from}, margin > ${t}`;
      const row = out.get(key) ?? { fixed: 0, broken: 0, neither: 0 };
      if (t === 0 && ex.desc) console.log(`CHANGE ${ex.right[top] && !ex.right[0] ? 'fixed' : !ex.right[top] && ex.right[0] ? 'broken' : 'neither'} ${from} ${ex.desc.candidates[0]} -> ${ex.desc.candidates[top]} (margin ${margin.toFixed(1)}) gold=${JSON.stringify(ex.desc.gold)} :: ${ex.desc.context}`);
      if (ex.right[top] && !ex.right[0]) row.fixed += ex.weight;
      else if (!ex.right[top] && ex.right[0]) row.broken += ex.weight;
      else row.neither += ex.weight;
      out.set(key, row);
    }
  }
}
const MARGINS = [0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 6, 8];

/**
 * The smallest margin over which a change of this kind is right at least twice as often as
 * it is wrong on held-out quotes ("neither right" counts as wrong: it names someone the
 * gold does not); null when no margin gets there (such changes are never made).
 */
function selectMargin(changed: Map<string, { fixed: number; broken: number; neither: number }>, from: string): number | null {
  for (const t of MARGINS) {
    const r = changed.get(`${from}, margin > ${t}`);
    if (r && r.fixed >= 2 * (r.broken + r.neither) && r.fixed >= 5) return t;
  }
  return null;
}

/** Weighted share of examples whose top candidate is right: the model's, and the cascade's (candidate 0). */
function accuracy(w: Float64Array | null, data: Example[]): number {
  let right = 0;
  let total = 0;
  for (const ex of data) {
    total += ex.weight;
    if (ex.right[w ? choice(w, ex).top : 0]) right += ex.weight;
  }
  return right / total;
}

const epochs = Number(options.epochs);
const folds = Number(options.folds);
let heldOut = { ranker: NaN, cascade: NaN };
let minMargin: { fromNull: number | null; fromMention: number | null } = { fromNull: null, fromMention: null };
if (folds > 1) {
  let model = 0;
  let cascade = 0;
  const changed = new Map<string, { fixed: number; broken: number; neither: number }>();
  for (let fold = 0; fold < folds; fold++) {
    const held = examples.filter((e) => e.article % folds === fold);
    const w = train(examples.filter((e) => e.article % folds !== fold), epochs);
    changes(w, held, changed);
    if (process.env.SHOW_MISSES) {
      for (const ex of held) {
        const { top } = choice(w, ex);
        if (ex.right[0] || ex.right[top] || !ex.desc) continue;
        const rightOnes = ex.desc.candidates.filter((_, k) => ex.right[k]);
        console.log(`MISS cascade=${ex.desc.candidates[0]} model=${ex.desc.candidates[top]} right=${rightOnes.join('|')} gold=${JSON.stringify(ex.desc.gold)} :: ${ex.desc.context}`);
      }
    }
    const m = accuracy(w, held);
    const c = accuracy(null, held);
    model += m / folds;
    cascade += c / folds;
    console.log(`fold ${fold + 1}/${folds}: held-out ranker ${m.toFixed(4)}, cascade ${c.toFixed(4)} (${elapsed()})`);
  }
  console.log(`held-out mean: ranker ${model.toFixed(4)}, cascade ${cascade.toFixed(4)} (before the margins)`);
  heldOut = { ranker: model, cascade };
  console.log('held-out changes to the cascade\'s choice (annotator-weighted quotes): fixed / broken / neither right');
  for (const [key, r] of [...changed].sort()) console.log(`  ${key}: ${r.fixed.toFixed(0)} / ${r.broken.toFixed(0)} / ${r.neither.toFixed(0)}`);
  minMargin = { fromNull: selectMargin(changed, 'from NULL'), fromMention: selectMargin(changed, 'from a mention') };
  console.log(`selected: the model overrides the cascade's NULL over a margin of ${minMargin.fromNull ?? 'never'}, its mention over ${minMargin.fromMention ?? 'never'}`);
  const nulls = examples.filter((e) => e.right[e.nullAt]).reduce((n, e) => n + e.weight, 0);
  console.log(`NULL is right for ${nulls.toFixed(0)} quotes (gold quotes with no Source)`);
}

const weights = train(examples, epochs);
const trainAccuracy = accuracy(weights, examples);
const cascadeAccuracy = accuracy(null, examples);
const kept: Record<string, number> = {};
for (const i of names.map((_, i) => i).sort((a, b) => (names[a]! < names[b]! ? -1 : 1))) {
  const v = Math.round(weights[i]! * 10_000) / 10_000;
  if (v !== 0) kept[names[i]!] = v;
}
const model: RankerModel = {
  format: RANKER_FORMAT,
  trainedOn: {
    corpus: 'PolNeAR train',
    articles: docs.length,
    examples: examples.length,
    skippedNoRightCandidate: Number(skipped.toFixed(1)),
    minMargin,
    features: featureDigest(),
    seedFingerprint: seedFingerprint(),
    learner: options.learner,
    ...(options.learner === 'softmax' ? { rate: Number(options.rate), l2: Number(options.l2) } : {}),
    epochs,
    seed: Number(options.seed),
    trainAccuracy: Number(trainAccuracy.toFixed(4)),
    ...(folds > 1 ? { heldOutAccuracy: Number(heldOut.ranker.toFixed(4)), heldOutCascade: Number(heldOut.cascade.toFixed(4)), folds } : {}),
    cascadeAccuracy: Number(cascadeAccuracy.toFixed(4)),
  },
  weights: kept,
};
const json = `${JSON.stringify(model, null, 1)}\n`;
writeFileSync(options.out, json);
console.log(`train accuracy: ranker ${trainAccuracy.toFixed(4)}, cascade ${cascadeAccuracy.toFixed(4)} (weighted share of quotes whose top candidate is right)`);
console.log(`${options.out}: ${Object.keys(kept).length} weights, ${(json.length / 1024).toFixed(0)} KB; trained in ${elapsed()}`);
