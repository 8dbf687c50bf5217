// Mention P/R/F1 on CoNLL-2003 validation, scored on what users get: each document rendered
// as wire text (headline line, then one paragraph per sentence) and run through the same
// `extract` the seed script uses; its entity mentions' offsets against the gold spans
// (typed: exact span and type; untyped: exact span). Rows for a naive system, the previous
// rules, and the tagger on gold tokens (its ceiling). Rewrites the section between
// <!-- ner:start --> and <!-- ner:end --> in docs/quality.md.
//   npm run eval:ner            (--no-write to only print)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/ingest/index.js';
import { readWireText } from '../src/ingest/formats/wire-text.js';
import { ruleMentions } from '../src/ingest/entities/index.js';
import { tagSequences } from '../src/ingest/entities/tagger.js';
import { spansOf } from '../src/ingest/entities/labels.js';
import { tokenize } from '../src/ingest/entities/tokens.js';
import type { EntityType } from '../src/ingest/types.js';
import { NER_TYPES, conllAvailable, readConll, renderDoc, tokenSpans, type Doc, type GoldSpan, type NerType, type RenderedDoc } from './ner/conll.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const write = !process.argv.includes('--no-write');

if (!conllAvailable()) {
  console.log('CoNLL-2003 is not in ../shared/corpus/conll2003: nothing to evaluate.');
  process.exit(0);
}

// GROUP (nationalities, religious and political groups) is part of CoNLL's MISC.
const TYPE_OF: Record<EntityType, NerType> = { PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC', GROUP: 'MISC', OTHER: 'MISC' };

type System = (doc: Doc, rendered: RenderedDoc) => GoldSpan[];

/** CoNLL's baseline: names seen in training, with their most frequent type, longest first. */
function naive(train: Doc[]): System {
  const seen = new Map<string, Map<NerType, number>>();
  let longest = 1;
  for (const d of train) {
    for (const s of d.sentences) {
      for (const span of tokenSpans(s.tags)) {
        const key = s.tokens.slice(span.from, span.to).join(' ');
        const counts = seen.get(key) ?? new Map<NerType, number>();
        counts.set(span.type, (counts.get(span.type) ?? 0) + 1);
        seen.set(key, counts);
        longest = Math.max(longest, span.to - span.from);
      }
    }
  }
  const typeOf = (key: string): NerType | undefined => {
    const counts = seen.get(key);
    return counts ? [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0] : undefined;
  };
  return (_doc, rendered) => {
    const out: GoldSpan[] = [];
    for (const tokens of rendered.text.split('\n\n').reduce<{ at: number; list: ReturnType<typeof tokenize>[] }>(
      (acc, para) => {
        acc.list.push(tokenize(rendered.text, acc.at, acc.at + para.length));
        acc.at += para.length + 2;
        return acc;
      },
      { at: 0, list: [] },
    ).list) {
      for (let i = 0; i < tokens.length; ) {
        let found = 0;
        for (let n = Math.min(longest, tokens.length - i); n > 0 && found === 0; n--) {
          const type = typeOf(tokens.slice(i, i + n).map((t) => t.text).join(' '));
          if (type) {
            out.push({ start: tokens[i]!.start, end: tokens[i + n - 1]!.end, type });
            found = n;
          }
        }
        i += found || 1;
      }
    }
    return out;
  };
}

/** What the seed script stores: `extract` over the rendered file. */
const throughExtract: System = (_doc, rendered) =>
  extract(readWireText(rendered.text, 'conll.txt')).entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: TYPE_OF[e.type] })));

/** The previous system: the hand rules alone, on the same rendered text. */
const rulesOnly: System = (_doc, rendered) =>
  ruleMentions(readWireText(rendered.text, 'conll.txt')).map((m) => ({ start: m.start, end: m.end, type: TYPE_OF[m.type] }));

/** The tagger on the gold tokens (no tokenizer, no entity layer): the model's ceiling. */
const onGoldTokens: System = (doc, rendered) => {
  const sequences = doc.sentences.map((s, i) => s.tokens.map((text, k) => ({ text, start: rendered.offsets[i]![k]![0], end: rendered.offsets[i]![k]![1] })));
  return tagSequences(sequences).flatMap((labels, i) =>
    spansOf(labels).map((sp) => ({ start: sequences[i]![sp.from]!.start, end: sequences[i]![sp.to - 1]!.end, type: sp.type })),
  );
};

interface Tally {
  tp: number;
  predicted: number;
  gold: number;
}
const tally = (): Tally => ({ tp: 0, predicted: 0, gold: 0 });

function score(docs: Doc[], system: System): { typed: Record<NerType | 'ALL', Tally>; untyped: Tally } {
  const typed = { PER: tally(), ORG: tally(), LOC: tally(), MISC: tally(), ALL: tally() };
  const untyped = tally();
  for (const doc of docs) {
    const rendered = renderDoc(doc);
    const predicted = system(doc, rendered);
    const goldKeys = new Set(rendered.gold.map((g) => `${g.start}:${g.end}:${g.type}`));
    const goldSpans = new Set(rendered.gold.map((g) => `${g.start}:${g.end}`));
    const predictedKeys = new Set(predicted.map((p) => `${p.start}:${p.end}:${p.type}`));
    const predictedSpans = new Set(predicted.map((p) => `${p.start}:${p.end}`));
    for (const g of rendered.gold) {
      typed[g.type].gold++;
      typed.ALL.gold++;
    }
    for (const key of predictedKeys) {
      const type = key.split(':')[2] as NerType;
      typed[type].predicted++;
      typed.ALL.predicted++;
      if (goldKeys.has(key)) {
        typed[type].tp++;
        typed.ALL.tp++;
      }
    }
    untyped.gold += goldSpans.size;
    untyped.predicted += predictedSpans.size;
    for (const s of predictedSpans) if (goldSpans.has(s)) untyped.tp++;
  }
  return { typed, untyped };
}

const prf = (t: Tally): [string, string, string] => {
  const p = t.predicted === 0 ? 0 : t.tp / t.predicted;
  const r = t.gold === 0 ? 0 : t.tp / t.gold;
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return [p.toFixed(3), r.toFixed(3), f.toFixed(3)];
};

const started = Date.now();
const train = readConll('train.txt');
const valid = readConll('valid.txt');
const systems: [string, System][] = [
  ['naive: names seen in training (CoNLL baseline)', naive(train)],
  ['previous: hand rules (before the tagger)', rulesOnly],
  ['tagger on gold tokens (model only)', onGoldTokens],
  ['**wiregraph `extract` (what the seed stores)**', throughExtract],
];
const header = `| system | typed P | typed R | typed F1 | ${NER_TYPES.map((t) => `${t} F1`).join(' | ')} | untyped F1 |`;
const rows = [header, `|---|---|---|---|${NER_TYPES.map(() => '---|').join('')}---|`];
for (const [name, system] of systems) {
  const { typed, untyped } = score(valid, system);
  const [p, r, f] = prf(typed.ALL);
  rows.push(`| ${name} | ${p} | ${r} | ${f} | ${NER_TYPES.map((t) => prf(typed[t])[2]).join(' | ')} | ${prf(untyped)[2]} |`);
  if (name.includes('extract')) {
    rows.push('');
    rows.push('Per type, wiregraph `extract`:');
    rows.push('');
    rows.push('| type | P | R | F1 | gold |');
    rows.push('|---|---|---|---|---|');
    for (const t of NER_TYPES) rows.push(`| ${t} | ${prf(typed[t]).join(' | ')} | ${typed[t].gold} |`);
  }
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);
const section = [
  '<!-- ner:start -->',
  '## Entity mentions on CoNLL-2003 validation',
  '',
  `Command: \`npm run eval:ner\` (run ${new Date().toISOString().slice(0, 10)}, ${seconds} s). The model was trained on CoNLL-2003 train and its epochs`,
  'selected on this split (`npm run train:ner`); the maintainers score a held-out newswire split too.',
  'Each of the 216 documents is rendered as wire text (headline line, then one paragraph per',
  'sentence) and scored on exact character spans: typed = span and type, untyped = span only.',
  '',
  ...rows,
  '<!-- ner:end -->',
].join('\n');
console.log(section);
if (write) {
  const file = join(root, 'docs/quality.md');
  const doc = readFileSync(file, 'utf8');
  const updated = doc.includes('<!-- ner:start -->') ? doc.replace(/<!-- ner:start -->[\s\S]*<!-- ner:end -->/, section) : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, updated);
}
