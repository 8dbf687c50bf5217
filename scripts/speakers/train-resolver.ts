// Trains the referent model (src/ingest/quotes/resolution/) on the PolNeAR train referents
// (tests/fixtures/speaker-referents/train/, 120 articles) and writes models/referent-resolver.json.
// Deterministic: fixed seed, fixed epochs.
//
//   npm run train:resolver
//   npm run train:resolver -- --no-write            # cross-validate and print, write nothing
//   npm run train:resolver -- --verbose             # print the held-out mistakes, with their features
//   options: --folds N (10), --epochs N (20), --rate X (0.2), --l2 X (0.001),
//            --weigh quotes|sqrt (weigh each source by the quotes it attributes; no better on train),
//            --drop REGEX (leave out the features whose names match: an ablation)
//
// Examples: every pronoun or description speaker that extractQuotes resolves (direct quotes and
// reported speech alike) in the 120 articles, with the rules alone deciding (the model's own
// answers do not feed the features it is trained on), whose mention overlaps a hand-made
// source (or is the antecedent of a relative-pronoun source: "the senator, who said"). A
// candidate is right when scripts/speakers/referents.ts isReferent says so, as
// `npm run eval:quotes` judges it; NULL is right when the source names no one. A source whose
// right answer is not among the candidates is a candidate-recall miss: counted, not trained on.
// The model: a linear mention ranker, softmax over each source's candidates, trained by
// AdaGrad with an L2 penalty. Scores: k-fold over articles (the rules' accuracy on the same
// examples beside it), the k-fold "resolved to the right entity" column of eval:quotes on
// these articles, then one model on all 120.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEntities } from '../../src/ingest/entities/index.js';
import { readWireText } from '../../src/ingest/formats/wire-text.js';
import { extractQuotes } from '../../src/ingest/quotes/index.js';
import { traceReferents, useReferentModel, type TracedResolution } from '../../src/ingest/quotes/resolution/index.js';
import { FEATURE_SET } from '../../src/ingest/quotes/resolution/features.js';
import { FORMAT, MODEL_FILE, modelOf, type ReferentModel, type ReferentModelFile } from '../../src/ingest/quotes/resolution/model.js';
import { doubleMarksIn } from '../../src/ingest/quotes/spans.js';
import { matchQuotes, readAttributions, type GoldQuote } from '../polnear.js';
import { isPronounClass } from '../../src/ingest/quotes/resolution/source.js';
import type { Span } from '../../src/ingest/types.js';
import { isReferent, type Referent } from './referents.js';
import { probeFingerprint } from './resolver-probe.js';
import { mulberry32 } from '../bootstrap.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = join(root, '..', 'shared', 'corpus', 'polnear', 'train', 'text');
const annotations = join(root, '..', 'shared', 'corpus', 'polnear', 'train', 'attributions');
const referentDir = join(root, 'tests', 'fixtures', 'speaker-referents', 'train');
if (!existsSync(corpus)) {
  console.log(`train:resolver skipped: ${corpus} is absent (the PolNeAR corpus lives in ../shared, outside the repository).`);
  process.exit(0);
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const EPOCHS = option('--epochs', 20);
const RATE = option('--rate', 0.2);
const L2 = option('--l2', 0.001);
const FOLDS = option('--folds', 10);
const SEED = 19;
const write = !args.includes('--no-write');
const verbose = args.includes('--verbose');
// --drop REGEX: leave out the features whose names match (an ablation; the model written has no weight for them).
const DROP = args.includes('--drop') ? new RegExp(args[args.indexOf('--drop') + 1]!) : null;

interface GoldSource {
  source: Span & { text: string };
  direct: boolean;
  kind: string;
  referent: Referent | null;
}

interface Example {
  article: string;
  fold: number;
  text: string;
  trace: TracedResolution;
  gold: GoldSource;
  /** Feature ids per candidate. */
  features: Int32Array[];
  /** Which candidates are right. */
  right: boolean[];
  ruleRight: boolean;
  quotes: number;
}

// Feature names -> ids, over all examples.
const ids = new Map<string, number>();
const idOf = (f: string): number => {
  let id = ids.get(f);
  if (id === undefined) {
    id = ids.size;
    ids.set(f, id);
  }
  return id;
};

/** The hand-made source a traced mention stands for: the one it overlaps, or a relative pronoun right after it ("the senator, who"). */
function goldFor(text: string, m: Span, golds: GoldSource[]): GoldSource | null {
  const overlapping = golds.find((g) => g.source.start < m.end && m.start < g.source.end);
  if (overlapping) return overlapping;
  return golds.find((g) => /^(?:who|which|that)$/i.test(g.source.text) && g.source.start >= m.end && /^[\s,—–\-]*$/.test(text.slice(m.end, g.source.start))) ?? null;
}

// --- Examples -------------------------------------------------------------------------

const t0 = performance.now();
const files = readdirSync(referentDir).filter((f) => f.endsWith('.json')).sort();
const examples: Example[] = [];
const referentsOf = new Map<string, Map<string, Referent | null>>();
let goldTotal = 0;
const goldTraced = new Set<string>();
useReferentModel(null);
files.forEach((file, n) => {
  const data = JSON.parse(readFileSync(join(referentDir, file), 'utf8')) as { article: string; sources: GoldSource[] };
  const article = data.article.replace(/\.txt$/, '');
  const golds = data.sources.filter((g) => g.referent !== undefined);
  referentsOf.set(article, new Map(golds.map((g) => [`${g.source.start}:${g.source.end}`, g.referent])));
  goldTotal += golds.length;
  const raw = readFileSync(join(corpus, `${article}.txt`), 'utf8');
  const draft = readWireText(raw, article);
  const traces: TracedResolution[] = [];
  traceReferents((t) => traces.push(t));
  const { entities, quotes } = extractQuotes(draft, extractEntities(draft));
  const seen = new Set<GoldSource>();
  const traced = new Map<TracedResolution, GoldSource>();
  for (const trace of traces) {
    const gold = goldFor(raw, trace.source.mention, golds);
    // One example per hand-made source (a quote and reported speech may resolve the same mention).
    if (!gold || seen.has(gold)) continue;
    seen.add(gold);
    traced.set(trace, gold);
  }
  traceReferents(null);
  for (const [trace, gold] of traced) {
    goldTraced.add(`${article}:${gold.source.start}`);
    const right = trace.candidates.map((c) => isReferent(c.candidate.entity?.name ?? null, gold.referent, entities));
    examples.push({
      article,
      fold: n % FOLDS,
      text: raw,
      trace,
      gold,
      features: trace.candidates.map((c) => Int32Array.from(c.features.filter((f) => !DROP || !DROP.test(f)), idOf)),
      right,
      ruleRight: isReferent(trace.rule?.name ?? null, gold.referent, entities),
      // The quotes (continuations included) that take their speaker from this mention.
      quotes: quotes.filter((q) => q.speakerStart === trace.source.mention.start).length,
    });
  }
});
useReferentModel(undefined);
const trainable = examples.filter((e) => e.right.some(Boolean));
const cands = examples.reduce((s, e) => s + e.features.length, 0);
console.log(`${files.length} articles, ${goldTotal} hand-made sources; ${examples.length} resolved as a pronoun or description by extractQuotes (${goldTraced.size}), ${(cands / examples.length).toFixed(1)} candidates each, ${ids.size} features (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
const recall = (xs: Example[]): string => `${(xs.filter((e) => e.right.some(Boolean)).length / xs.length).toFixed(3)} (n=${xs.length})`;
console.log(`candidate recall (the right answer among the candidates): all ${recall(examples)}; named referent ${recall(examples.filter((e) => e.gold.referent !== null))}; no referent ${recall(examples.filter((e) => e.gold.referent === null))}`);
console.log(`  pronouns ${recall(examples.filter((e) => isPronounClass(e.trace.source.cls)))}; descriptions ${recall(examples.filter((e) => !isPronounClass(e.trace.source.cls)))}`);

// --- Training -------------------------------------------------------------------------

/** A small seeded generator, for the order of examples in each epoch. */
const random = mulberry32;

// --weigh quotes|sqrt: each example weighs as many (or the square root of as many) quotes as take their speaker from it.
const WEIGH = args.includes('--weigh') ? args[args.indexOf('--weigh') + 1]! : 'none';
const weightOf = (e: Example): number => (WEIGH === 'quotes' ? Math.max(1, e.quotes) : WEIGH === 'sqrt' ? Math.sqrt(Math.max(1, e.quotes)) : 1);

const scoreOf = (w: Float64Array, f: Int32Array): number => {
  let s = 0;
  for (let i = 0; i < f.length; i++) s += w[f[i]!]!;
  return s;
};

/** The index of the best candidate (ties to the earlier: NULL, then the most recent). */
function best(w: Float64Array, e: Example): number {
  let at = 0;
  let top = -Infinity;
  e.features.forEach((f, i) => {
    const s = scoreOf(w, f);
    if (s > top) {
      top = s;
      at = i;
    }
  });
  return at;
}

/** Softmax ranking, the log-likelihood of the right candidates (all of them, when several are), AdaGrad. */
function train(xs: Example[]): Float64Array {
  const w = new Float64Array(ids.size);
  const g2 = new Float64Array(ids.size).fill(1e-8);
  const rand = random(SEED);
  const order = xs.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const e = xs[k]!;
      const scores = e.features.map((f) => scoreOf(w, f));
      const max = Math.max(...scores);
      const p = scores.map((s) => Math.exp(s - max));
      const z = p.reduce((a, b) => a + b, 0);
      const zRight = p.reduce((a, b, i) => a + (e.right[i] ? b : 0), 0);
      // d(-log P(right))/d score_i = p_i - q_i, q the distribution restricted to the right candidates.
      const grad = new Map<number, number>();
      e.features.forEach((f, i) => {
        const d = weightOf(e) * (p[i]! / z - (e.right[i] ? p[i]! / zRight : 0));
        if (d === 0) return;
        for (let j = 0; j < f.length; j++) grad.set(f[j]!, (grad.get(f[j]!) ?? 0) + d);
      });
      for (const [id, d] of grad) {
        const g = d + L2 * w[id]!;
        g2[id]! += g * g;
        w[id]! -= (RATE * g) / Math.sqrt(g2[id]!);
      }
    }
  }
  return w;
}

// --- Cross-validation -----------------------------------------------------------------

interface Tally {
  model: number;
  rule: number;
  n: number;
}
const tally = (): Tally => ({ model: 0, rule: 0, n: 0 });
const groups = new Map<string, Tally>();
const count = (key: string, model: boolean, rule: boolean): void => {
  const t = groups.get(key) ?? tally();
  t.n++;
  if (model) t.model++;
  if (rule) t.rule++;
  groups.set(key, t);
};
const foldScores: string[] = [];
const mistakes: string[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const w = train(trainable.filter((e) => e.fold !== fold));
  const held = examples.filter((e) => e.fold === fold);
  let right = 0;
  for (const e of held) {
    const at = best(w, e);
    const ok = e.right[at]!;
    if (ok) right++;
    const cls = e.trace.source.cls;
    for (const key of ['all', isPronounClass(cls) ? 'pronoun' : 'description', e.gold.direct ? 'direct' : 'reported', `class ${cls}`]) count(key, ok, e.ruleRight);
    if (verbose && !ok) {
      const m = e.trace.source.mention;
      const ours = e.trace.candidates[at]!.candidate.entity?.name ?? 'NULL';
      mistakes.push(`${e.article} ${JSON.stringify(m.text)} ours=${ours} rule=${e.trace.rule?.name ?? 'NULL'} gold=${e.gold.referent?.name ?? 'NULL'}${e.right.some(Boolean) ? '' : ' (not a candidate)'} :: ${JSON.stringify(e.text.slice(Math.max(0, m.start - 160), m.end + 40))}`);
      // The features of our answer and of the right one, with their weights.
      const weighed = (i: number): string => e.trace.candidates[i]!.features.map((f) => `${f}=${(w[ids.get(f) ?? -1] ?? 0).toFixed(2)}`).join(' ');
      const gold = e.right.indexOf(true);
      mistakes.push(`    ours ${scoreOf(w, e.features[at]!).toFixed(2)}: ${weighed(at)}`);
      if (gold >= 0) mistakes.push(`    gold ${e.trace.candidates[gold]!.candidate.entity?.name ?? 'NULL'} ${scoreOf(w, e.features[gold]!).toFixed(2)}: ${weighed(gold)}`);
    }
  }
  foldScores.push((right / held.length).toFixed(3));
}
if (verbose) console.log(mistakes.join('\n'));
console.log(`\n${FOLDS}-fold over articles (held-out accuracy, the right entity or NULL; candidate-recall misses count as wrong), per fold: ${foldScores.join(' ')}`);
const pad = (s: string, n: number): string => s.padEnd(n);
console.log(`${pad('', 18)} ${pad('model', 7)} ${pad('rules', 7)} n`);
const order = ['all', 'direct', 'reported', 'pronoun', 'description', ...[...groups.keys()].filter((k) => k.startsWith('class ')).sort()];
for (const key of order) {
  const t = groups.get(key);
  if (t) console.log(`${pad(key, 18)} ${pad((t.model / t.n).toFixed(3), 7)} ${pad((t.rule / t.n).toFixed(3), 7)} ${t.n}`);
}
const all = groups.get('all')!;

// --- Cross-validated "resolved to the right entity" -----------------------------------
// The column of `npm run eval:quotes` on these 120 articles, each article resolved by the
// model of the fold that held it out, beside the rules alone: quotes matched to gold quotes
// as eval:quotes matches them, weighted 1/k over k annotators.

const weightsOf = (w: Float64Array): Map<string, number> => {
  const out = new Map<string, number>();
  for (const [name, id] of ids) if (w[id] !== 0) out.set(name, w[id]!);
  return out;
};

const annFiles = readdirSync(annotations).filter((f) => f.endsWith('.ann'));
function resolvedColumn(article: string, model: ReferentModel | null, into: { direct: Tally; reported: Tally }, which: 'model' | 'rule'): void {
  const raw = readFileSync(join(corpus, `${article}.txt`), 'utf8');
  const draft = readWireText(raw, article);
  const before = useReferentModel(model);
  const { quotes, entities } = extractQuotes(draft, extractEntities(draft));
  useReferentModel(before);
  const refs = referentsOf.get(article)!;
  const anns = annFiles.filter((f) => f.startsWith(`${article}_`));
  for (const file of anns) {
    const gold = readAttributions(readFileSync(join(annotations, file), 'utf8'), doubleMarksIn(raw));
    for (const [kind, preds, golds] of [['direct', quotes.filter((q) => q.kind !== 'INDIRECT'), gold.quotes], ['reported', quotes.filter((q) => q.kind === 'INDIRECT'), gold.reported]] as const) {
      const t = into[kind];
      for (const { x, y } of matchQuotes(preds, golds as GoldQuote[])) {
        const referent = golds[y]!.sources.map((src) => refs.get(`${src.start}:${src.end}`)).find((r) => r !== undefined);
        if (referent === undefined) continue;
        if (which === 'model') t.n += 1 / anns.length;
        if (isReferent(preds[x]!.speaker, referent, entities)) t[which] += 1 / anns.length;
        else if (verbose && which === 'model') {
          const p = preds[x]!;
          const src = golds[y]!.sources.find((g) => refs.get(`${g.start}:${g.end}`) !== undefined)!;
          columnMisses.push(`${kind} ${article} source=${JSON.stringify(raw.slice(src.start, src.end))} referent=${referent?.name ?? 'null'} ours=${p.speaker} as written=${JSON.stringify(p.speakerAsWritten)}`);
        }
      }
    }
  }
}
const column = { direct: tally(), reported: tally() };
const columnMisses: string[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const model = modelOf(weightsOf(train(trainable.filter((e) => e.fold !== fold))), FEATURE_SET);
  files.forEach((file, n) => {
    if (n % FOLDS !== fold) return;
    const article = file.replace(/\.json$/, '');
    resolvedColumn(article, model, column, 'model');
    resolvedColumn(article, null, column, 'rule');
  });
}
 if (verbose) console.log(columnMisses.join('\n'));
console.log(`\n"resolved to the right entity" (eval:quotes' column), ${FOLDS}-fold over these articles: direct ${(column.direct.model / column.direct.n).toFixed(3)} (rules ${(column.direct.rule / column.direct.n).toFixed(3)}, n=${column.direct.n.toFixed(0)}); reported ${(column.reported.model / column.reported.n).toFixed(3)} (rules ${(column.reported.rule / column.reported.n).toFixed(3)}, n=${column.reported.n.toFixed(0)})`);

// --- The shipped model ----------------------------------------------------------------

const w = train(trainable);
const trainAccuracy = examples.filter((e) => e.right[best(w, e)]).length / examples.length;
console.log(`\nall ${files.length} articles: training accuracy ${trainAccuracy.toFixed(3)} (rules ${(examples.filter((e) => e.ruleRight).length / examples.length).toFixed(3)})`);
const weights: Record<string, number> = {};
for (const [name, id] of [...ids].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const x = Math.round(w[id]! * 1e4) / 1e4;
  if (x !== 0) weights[name] = x;
}
const file: ReferentModelFile = {
  format: FORMAT,
  featureSet: FEATURE_SET,
  fingerprint: probeFingerprint(),
  trainedOn: {
    corpus: 'PolNeAR train, tests/fixtures/speaker-referents/train (120 articles)',
    examples: examples.length,
    trainedOn: trainable.length,
    epochs: EPOCHS,
    rate: RATE,
    l2: L2,
    seed: SEED,
    candidateRecall: Number((trainable.length / examples.length).toFixed(3)),
    crossValidated: {
      folds: FOLDS,
      accuracy: Number((all.model / all.n).toFixed(3)),
      rules: Number((all.rule / all.n).toFixed(3)),
      resolvedDirect: Number((column.direct.model / column.direct.n).toFixed(3)),
      resolvedDirectRules: Number((column.direct.rule / column.direct.n).toFixed(3)),
      resolvedReported: Number((column.reported.model / column.reported.n).toFixed(3)),
      resolvedReportedRules: Number((column.reported.rule / column.reported.n).toFixed(3)),
    },
  },
  weights,
};
if (write) {
  writeFileSync(MODEL_FILE, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`wrote ${MODEL_FILE}: ${Object.keys(weights).length} weights, ${(readFileSync(MODEL_FILE).length / 1024).toFixed(1)} KB`);
}
