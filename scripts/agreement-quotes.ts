// How often two PolNeAR annotators of the same article agree with each other, measured the way
// eval:quotes measures wiregraph: the ceiling any system can expect on this gold.
//
//   npm run eval:agreement                 # train and dev (gold only: no system output is read)
//
// For every pair of annotators of an article, each quote of one is matched to the other's
// quotes (one to one, greedy by overlap, at least half of both spans, as in eval:quotes);
// quote F1 is that of one annotator against the other, and speaker agreement counts matched
// quotes whose source heads share a word (or, for names, the surname), split by the class of
// the first annotator's source. Both directions count.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceHead, type SourceClass } from './gold-sources.js';
import { matchQuotes, overlap, readSplit, type GoldQuote } from './polnear.js';
import type { Span } from '../src/ingest/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const base = join(root, '..', 'shared', 'corpus', 'polnear');
if (!existsSync(base)) {
  console.log(`eval:agreement skipped: ${base} is absent (the PolNeAR corpus lives in ../shared, outside the repository).`);
  process.exit(0);
}

interface Tally {
  pairs: number;
  matched: number;
  a: number;
  b: number;
  speaker: Record<SourceClass, { agree: number; total: number }>;
}


/** Whether two gold sources name the same speaker: their heads share a word span, or the same last word. */
function sameSource(text: string, x: GoldQuote, y: GoldQuote): { cls: SourceClass; agree: boolean } | null {
  if (!x.sources[0] || !y.sources[0]) return null;
  const hx = x.sources.map((s) => sourceHead(text, s));
  const hy = y.sources.map((s) => sourceHead(text, s));
  const wx = hx.flatMap((h) => h.words);
  const wy = hy.flatMap((h) => h.words);
  const word = (w: Span): string => text.slice(w.start, w.end).toLowerCase().replace(/[’']s$/, '');
  const shared = wx.some((a) => wy.some((b) => overlap(a, b) > 0));
  const surname = hx[0]!.cls === 'name' && hy.some((h) => h.cls === 'name') && wx.length > 0 && wy.some((b) => word(b) === word(wx.at(-1)!));
  return { cls: hx[0]!.cls, agree: shared || surname };
}

function compare(text: string, xs: GoldQuote[], ys: GoldQuote[], t: Tally): void {
  const pairs = matchQuotes(xs, ys);
  for (const { x, y } of pairs) {
    const s = sameSource(text, xs[x]!, ys[y]!);
    if (!s) continue;
    t.speaker[s.cls].total++;
    if (s.agree) t.speaker[s.cls].agree++;
  }
  t.pairs++;
  t.matched += pairs.length;
  t.a += xs.length;
  t.b += ys.length;
}

const f = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
const emptyTally = (): Tally => ({ pairs: 0, matched: 0, a: 0, b: 0, speaker: { name: { agree: 0, total: 0 }, 'pronoun/nominal': { agree: 0, total: 0 } } });
console.log('| split | speech | annotator pairs | F1 | speaker agreement (name sources) | speaker agreement (pronoun/nominal sources) |');
console.log('|---|---|---|---|---|---|');
for (const split of ['train', 'dev']) {
  // Direct quotes, and reported speech (Content with no quotation mark) scored the same way.
  const direct = emptyTally();
  const reported = emptyTally();
  for (const doc of readSplit(join(base, split))) {
    const anns = doc.annotators;
    for (let i = 0; i < anns.length; i++) {
      for (let j = 0; j < anns.length; j++) {
        if (i === j) continue;
        compare(doc.text, anns[i]!.quotes, anns[j]!.quotes, direct);
        compare(doc.text, anns[i]!.reported, anns[j]!.reported, reported);
      }
    }
  }
  for (const [speech, t] of [['direct', direct], ['reported', reported]] as const) {
    const p = t.matched / t.b;
    const r = t.matched / t.a;
    const cell = (c: SourceClass): string => `${f(t.speaker[c].agree / t.speaker[c].total)} (n=${t.speaker[c].total})`;
    console.log(`| ${split} | ${speech} | ${t.pairs} | ${f((2 * p * r) / (p + r))} | ${cell('name')} | ${cell('pronoun/nominal')} |`);
  }
}
