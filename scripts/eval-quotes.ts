// Scores quote extraction and speaker attribution against the PolNeAR gold standard.
//
//   npm run eval:quotes                  # report on ../shared/corpus/polnear/dev
//   npm run eval:quotes -- --split train # the split used for tuning
//   npm run eval:quotes -- --no-write    # print only, leave docs/quality.md alone
//   npm run eval:quotes -- --split train --only '_2016-0[89]-'   # only the articles whose name matches
//
// Method (also written into docs/quality.md):
// - Gold quotes: the quotation-mark-delimited parts of gold Content spans (scripts/polnear.ts),
//   measured like ours (inside the marks, one piece per paragraph).
// - Match: one-to-one, greedy by overlap; a pair matches when the overlap covers at least
//   half of both spans.
// - Several annotators: the article is scored against each annotator's file and each
//   comparison is weighted 1/k (k = annotators of that article), so every article counts once.
// - Speaker accuracy, on matched quotes whose gold attribution has a Source span. Only the
//   HEAD region of a gold Source counts (scripts/gold-sources.ts): "A spokesman for ...
//   Hillary Clinton" names a spokesman, "Trump’s rival Sen. Marco Rubio" names Rubio, so
//   neither a possessor nor a name inside a post-modifier can make a wrong speaker right.
//   * name sources (the head word of some comma part is capitalised, and the part is not an
//     indefinite description such as "a New Hampshire Democrat" or a lone quantifier such as
//     "Several" or "Another"): correct when our resolved
//     speaker (an entity name) is who the head names: a mention of our speaker entity
//     overlaps the head region, or our speaker's surname is a word of it and no other given
//     name contradicts it. An unresolved (null) speaker is wrong.
//   * pronoun and nominal sources ("he", "the senator", "sources"): PolNeAR has no
//     coreference links, so the gold cannot say who "he" is. Correct when our speaker
//     mention (speakerStart/speakerEnd) overlaps the head region, or a mention of our
//     resolved speaker entity does. This checks that the right mention was found; whether
//     "he" was then resolved to the right person is not verifiable from this gold.
// - Earlier revisions counted the whole Source span, and a source was a "name" when any comma
//   part ended in a capital ("The former secretary of State"); see docs/quality.md.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEntities } from '../src/ingest/entities/index.js';
import { readWireText } from '../src/ingest/formats/wire-text.js';
import { findQuoteSpans, withDoubleMarks } from '../src/ingest/quotes/spans.js';
import { sentenceStarts } from '../src/ingest/quotes/sentences.js';
import { extractQuotes } from '../src/ingest/quotes/index.js';
import type { ArticleDraft, ParsedEntity, ParsedQuote, Span } from '../src/ingest/types.js';
import { bootstrapIntervals } from './bootstrap.js';
import { judge, type SourceClass } from './gold-sources.js';
import { matchQuotes, overlap, readSplit, type GoldDoc, type GoldQuote } from './polnear.js';
import { isReferent, readReferents, type Referent } from './speakers/referents.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1]! : 'dev';
const write = !args.includes('--no-write') && !args.includes('--only') && split === 'dev';
const verboseReported = args.includes('--verbose-reported');
// --verbose-referents: only the pronoun and description sources resolved to a wrong entity.
const verboseReferents = args.includes('--verbose-referents');
const verbose = args.includes('--verbose') || verboseReported;
const corpus = join(root, '..', 'shared', 'corpus', 'polnear', split);

if (!existsSync(corpus)) {
  console.log(`eval:quotes skipped: ${corpus} is absent (the PolNeAR corpus lives in ../shared, outside the repository).`);
  process.exit(0);
}

interface Predicted extends Span {
  speaker: string | null;
  speakerStart?: number;
  speakerEnd?: number;
  cue?: string | null;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  speaker: Record<SourceClass, { right: number; total: number }>;
  /** Pronoun and description sources with a hand-made referent: is our speaker entity that one? */
  resolved: { right: number; total: number };
}


type Referents = ReadonlyMap<string, Referent | null>;

function score(pred: Predicted[], gold: GoldQuote[], text: string, entities: ParsedEntity[], w: number, t: Tally, log: string[], referents?: Referents): void {
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  for (const { x, y } of matchQuotes(pred, gold)) {
    usedP.add(x);
    usedG.add(y);
    const j = judge(pred[x]!, gold[y]!, text, entities);
    const referent = gold[y]!.sources.map((s) => referents?.get(`${s.start}:${s.end}`)).find((r) => r !== undefined);
    if (referent !== undefined) {
      t.resolved.total += w;
      if (isReferent(pred[x]!.speaker, referent, entities)) t.resolved.right += w;
      else if (verboseReferents) {
        const p = pred[x]!;
        const src = gold[y]!.sources.find((s) => referents?.get(`${s.start}:${s.end}`) !== undefined)!;
        const written = p.speakerStart !== undefined ? JSON.stringify(text.slice(p.speakerStart, p.speakerEnd)) : '-';
        log.push(`REF source=${JSON.stringify(text.slice(src.start, src.end))} referent=${referent?.name ?? 'null'} ours=${p.speaker} as written=${written} :: ${JSON.stringify(text.slice(Math.max(0, src.start - 120), src.end + 40))}`);
      }
    }
    if (j) {
      t.speaker[j.cls].total += w;
      if (j.right) t.speaker[j.cls].right += w;
      else if (verbose) {
        const p = pred[x]!;
        const src = gold[y]!.sources[0]!;
        log.push(`SPK ${j.cls} gold=${JSON.stringify(text.slice(src.start, src.end))} ours=${p.speaker} cue=${p.cue ?? '-'} (${p.speakerStart !== undefined ? JSON.stringify(text.slice(p.speakerStart, p.speakerEnd)) : '-'}) :: ${JSON.stringify(text.slice(Math.max(0, p.start - 100), p.start))}[[${text.slice(p.start, Math.min(p.end, p.start + 40))}]]${JSON.stringify(text.slice(p.end, p.end + 80))}`);
      }
    }
  }
  t.tp += usedP.size * w;
  t.fp += (pred.length - usedP.size) * w;
  t.fn += (gold.length - usedG.size) * w;
  if (verbose) {
    pred.forEach((p, i) => usedP.has(i) || log.push(`FP ${JSON.stringify(text.slice(Math.max(0, p.start - 40), p.start))} [[${text.slice(p.start, Math.min(p.end, p.start + 80))}]]`));
    gold.forEach((g, i) => usedG.has(i) || log.push(`FN ${JSON.stringify(text.slice(Math.max(0, g.start - 40), g.start))} [[${text.slice(g.start, Math.min(g.end, g.start + 80))}]]`));
  }
}

/** The naive baseline: every double-quoted span is a quote; the speaker is the capitalised words next to it. */
function naive(draft: ArticleDraft, entities: ParsedEntity[]): Predicted[] {
  const { text } = draft;
  // One space between the capitalised words: with an optional space ("(?:\p{Lu}\p{L}*\s?)+") an
  // ALL-CAPS headline splits 2^n ways and the regex backtracks for minutes.
  return findQuoteSpans(withDoubleMarks(draft)).map((q) => {
    const after = /^[\s,]*((?:\p{Lu}[\p{L}'’.\-]*\s)*\p{Lu}[\p{L}'’.\-]*\s?)/u.exec(text.slice(q.close, q.close + 60));
    const before = /((?:\p{Lu}[\p{L}'’.\-]*\s)*\p{Lu}[\p{L}'’.\-]*\s?)[^\p{Lu}]{0,20}$/u.exec(text.slice(Math.max(0, q.open - 60), q.open));
    let mention: Span | null = null;
    if (after) mention = { start: q.close + after.index + after[0].length - after[1]!.length, end: q.close + after.index + after[0].length };
    else if (before) mention = { start: q.open - 60 + before.index, end: q.open - 60 + before.index + before[1]!.trim().length };
    const speaker = mention
      ? entities.find((e) => (e.type === 'PERSON' || e.type === 'ORGANIZATION') && e.mentions.some((m) => overlap(m, mention!) > 0))?.name ?? text.slice(mention.start, mention.end).trim()
      : null;
    return { start: q.start, end: q.end, speaker, ...(mention ? { speakerStart: mention.start, speakerEnd: mention.end } : {}) };
  });
}

// Cues of the naive reported-speech baseline: the five most frequent in PolNeAR train.
const NAIVE_CUE = /\b(said|says|told|added|according to)\b/g;
const NAIVE_SPEAKER_BEFORE = /((?:\p{Lu}[\p{L}'’.\-]*\s)*\p{Lu}[\p{L}'’.\-]*|\b(?:he|she|they|it|we))\s+(?:also\s+)?$/u;

/**
 * The naive reported-speech baseline, per sentence: "X said (that) CONTENT." gives the rest of
 * the sentence; "CONTENT, X said." the part before the comma; "according to X, CONTENT" the
 * rest. The speaker is the capitalised words or pronoun next to the cue. Quoted sentences are
 * left to the direct-quote pass.
 */
function naiveReported(draft: ArticleDraft, entities: ParsedEntity[]): Predicted[] {
  const out: Predicted[] = [];
  for (const block of draft.blocks) {
    if (block.kind !== 'PARAGRAPH') continue;
    const starts = sentenceStarts(draft.text, block, []);
    starts.forEach((start, i) => {
      const end = starts[i + 1] ?? block.end;
      const sentence = draft.text.slice(start, end);
      if (/["“”]/.test(sentence)) return;
      for (const cue of sentence.matchAll(NAIVE_CUE)) {
        const at = start + cue.index;
        const after = at + cue[0].length;
        const before = NAIVE_SPEAKER_BEFORE.exec(draft.text.slice(start, at));
        const speakerSpan = before ? { start: start + before.index, end: start + before.index + before[1]!.length } : null;
        let content: Span;
        if (cue[1] === 'according to') {
          const comma = draft.text.indexOf(',', after);
          content = comma > 0 && comma < end ? { start: comma + 1, end } : { start, end: at };
        } else if (/^[\s.]*$/.test(draft.text.slice(after, end)) && speakerSpan) {
          const comma = draft.text.lastIndexOf(',', speakerSpan.start);
          content = { start, end: comma > start ? comma : speakerSpan.start };
        } else {
          content = { start: after, end };
        }
        const trimmed = { start: content.start + (/^\s*(?:that\s+)?/.exec(draft.text.slice(content.start, content.end))?.[0].length ?? 0), end: content.end };
        if (trimmed.end - trimmed.start < 10) continue;
        const speaker = speakerSpan ? (entities.find((e) => e.mentions.some((m) => overlap(m, speakerSpan) > 0))?.name ?? null) : null;
        out.push({ ...trimmed, speaker, ...(speakerSpan ? { speakerStart: speakerSpan.start, speakerEnd: speakerSpan.end } : {}) });
        break;
      }
    });
  }
  return out;
}

function emptyTally(): Tally {
  return { tp: 0, fp: 0, fn: 0, speaker: { name: { right: 0, total: 0 }, 'pronoun/nominal': { right: 0, total: 0 } }, resolved: { right: 0, total: 0 } };
}

function addTally(into: Tally, t: Tally): Tally {
  into.tp += t.tp;
  into.fp += t.fp;
  into.fn += t.fn;
  for (const c of Object.keys(t.speaker) as SourceClass[]) {
    into.speaker[c].right += t.speaker[c].right;
    into.speaker[c].total += t.speaker[c].total;
  }
  into.resolved.right += t.resolved.right;
  into.resolved.total += t.resolved.total;
  return into;
}

/** The hand-made referents of a split: dev's measure, train's (a sample, in train/) teach. */
const referentsOf = (of: string): Map<string, Map<string, Referent | null>> =>
  readReferents(join(root, 'tests/fixtures/speaker-referents', ...(of === 'dev' ? [] : [of])), of);

interface Run {
  ours: Tally;
  perArticle: Tally[];
  base: Tally;
  reported: { ours: Tally; perArticle: Tally[]; base: Tally };
  log: string[];
  ms: number;
  chars: number;
  n: number;
}

function run(docs: GoldDoc[], referents: Map<string, Map<string, Referent | null>>): Run {
  const perArticle: Tally[] = [];
  const base = emptyTally();
  const reported = { perArticle: [] as Tally[], base: emptyTally() };
  const log: string[] = [];
  let ms = 0;
  let chars = 0;
  for (const doc of docs) {
    const draft = readWireText(doc.text, doc.article);
    const found = extractEntities(draft);
    const t0 = performance.now();
    // The entities come back with the speakers the entity pass missed added (as stored).
    const { quotes: all, entities }: { quotes: ParsedQuote[]; entities: ParsedEntity[] } = extractQuotes(draft, found);
    ms += performance.now() - t0;
    chars += doc.text.length;
    const baseline = naive(draft, found);
    const baselineReported = naiveReported(draft, found);
    const quotes = all.filter((q) => q.kind !== 'INDIRECT');
    const oursReported: Predicted[] = all.filter((q) => q.kind === 'INDIRECT');
    const w = 1 / doc.annotators.length;
    const ours = emptyTally();
    const ourReported = emptyTally();
    for (const a of doc.annotators) {
      if (verbose || verboseReferents) log.push(`=== ${doc.article}_${a.id}`);
      const reportedLog = verboseReported || verboseReferents ? log : [];
      const refs = referents.get(doc.article);
      score(quotes, a.quotes, doc.text, entities, w, ours, log, refs);
      score(baseline, a.quotes, doc.text, entities, w, base, [], refs);
      score(oursReported, a.reported, doc.text, entities, w, ourReported, reportedLog, refs);
      score(baselineReported, a.reported, doc.text, entities, w, reported.base, [], refs);
    }
    perArticle.push(ours);
    reported.perArticle.push(ourReported);
  }
  return {
    ours: perArticle.reduce(addTally, emptyTally()),
    perArticle,
    base,
    reported: { ...reported, ours: reported.perArticle.reduce(addTally, emptyTally()) },
    log,
    ms,
    chars,
    n: docs.length,
  };
}

const f = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
/** Precision, recall, F1 and the two speaker accuracies of a tally, as numbers. */
function figures(t: Tally): number[] {
  const p = t.tp / (t.tp + t.fp);
  const r = t.tp / (t.tp + t.fn);
  const acc = (c: SourceClass): number => t.speaker[c].right / t.speaker[c].total;
  return [p, r, (2 * p * r) / (p + r), acc('name'), acc('pronoun/nominal'), t.resolved.right / t.resolved.total];
}

function metrics(t: Tally): string[] {
  const n = (c: SourceClass): string => ` (n=${t.speaker[c].total.toFixed(0)})`;
  return figures(t).map((x, i) => f(x) + (i === 3 ? n('name') : i === 4 ? n('pronoun/nominal') : i === 5 ? ` (n=${t.resolved.total.toFixed(0)})` : ''));
}

/** The 95% article-bootstrap interval of each figure (scripts/bootstrap.ts). */
function intervals(perArticle: Tally[]): string[] {
  return bootstrapIntervals(perArticle, (sample) => figures(sample.reduce(addTally, emptyTally()))).map(([lo, hi]) => `${f(lo)}–${f(hi)}`);
}

// --only REGEX: score the articles whose name matches (a publisher, a month), e.g. to compare parts of train.
const only = args.includes('--only') ? new RegExp(args[args.indexOf('--only') + 1]!) : null;
const docs = readSplit(corpus).filter((d) => !only || only.test(d.article));
const { ours, perArticle, base, reported, log, ms, n } = run(docs, referentsOf(split));
// Written with dev: the same figures on train, which every rule and model was tuned or trained on.
const train = write ? run(readSplit(join(root, '..', 'shared', 'corpus', 'polnear', 'train')), referentsOf('train')) : null;
// At the start of issue #19 (commit 433ef27, rules only, no reported speech), measured with this script on dev.
const PREVIOUS = {
  direct: ['0.952', '0.969', '0.961', '0.880 (n=567)', '0.852 (n=305)', '0.744 (n=455)'],
  reported: ['  -  ', '0.000', '  -  ', '  -   (n=0)', '  -   (n=0)', '  -   (n=0)'],
};
if (verbose || verboseReferents) console.log(log.join('\n'));
const header = ['system', 'precision', 'recall', 'F1', 'speaker acc. (name sources)', 'speaker acc. (pronoun/nominal sources)', 'pronoun/description resolved to the right entity'];
const rows = [
  ['wiregraph', ...metrics(ours)],
  ['wiregraph, 95% interval (article bootstrap)', ...intervals(perArticle)],
  ...(train ? [['wiregraph on train (tuned and trained on: not a quality figure)', ...metrics(train.ours)]] : []),
  ...(write ? [['previous: rules only (commit 433ef27)', ...PREVIOUS.direct]] : []),
  ['naive regex baseline', ...metrics(base)],
];
const table = [
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
// No interval while wiregraph finds no reported speech (every resample would be undefined).
const reportedRows = [
  ['wiregraph', ...metrics(reported.ours)],
  ...(reported.ours.tp + reported.ours.fp > 0 ? [['wiregraph, 95% interval (article bootstrap)', ...intervals(reported.perArticle)]] : []),
  ...(train ? [['wiregraph on train (trained on: not a quality figure)', ...metrics(train.reported.ours)]] : []),
  ...(write ? [['previous: none extracted (commit 433ef27)', ...PREVIOUS.reported]] : []),
  ['naive baseline (said/says/told/added/according to)', ...metrics(reported.base)],
];
const reportedHeader = ['system', 'precision', 'recall', 'F1', 'speaker acc. (name sources)', 'speaker acc. (pronoun/nominal sources)', 'pronoun/description resolved to the right entity'];
const reportedTable = [`| ${reportedHeader.join(' | ')} |`, `|${reportedHeader.map(() => '---').join('|')}|`, ...reportedRows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const reportedCount = docs.reduce((s, d) => s + d.annotators.reduce((x, a) => x + a.reported.length, 0) / d.annotators.length, 0);
const goldCount = docs.reduce((s, d) => s + d.annotators.reduce((x, a) => x + a.quotes.length, 0) / d.annotators.length, 0);
const speed = `${(ms / n).toFixed(3)} ms per article for extractQuotes, one cold pass over ${n} articles (JIT warm-up included; steady state: \`npx tsx scripts/bench-quotes.ts\`)`;

console.log(`PolNeAR ${split}: ${n} articles, ${goldCount.toFixed(0)} gold direct quotes (annotator-averaged)\n`);
console.log(table);
console.log(`\nReported speech: ${reportedCount.toFixed(0)} gold attributions whose Content holds no quotation mark (annotator-averaged)\n`);
console.log(reportedTable);
console.log(`\n${speed}`);

if (write) {
  const file = join(root, 'docs', 'quality.md');
  mkdirSync(dirname(file), { recursive: true });
  const section = [
    '<!-- quotes:start -->',
    '## Quotes and speakers (PolNeAR dev)',
    '',
    `Measured with \`npm run eval:quotes\` on \`../shared/corpus/polnear/dev\` (${n} articles, ${goldCount.toFixed(0)} gold direct quotes, annotator-averaged). Tuned on \`train\` only.`,
    '',
    table,
    '',
    '- Gold quotes: the quotation-mark-delimited parts of gold Content spans, measured like ours (inside the marks, one piece per paragraph, without the comma of `“...,” he said`).',
    '- Match: one-to-one, greedy by overlap; the overlap must cover at least half of both spans.',
    '- Articles with several annotators are scored against each annotator, each comparison weighted 1/k, so each article counts once.',
    '- The interval row: 2.5th to 97.5th percentile of each figure over 2000 resamples of whole articles with replacement (seeded, `scripts/bootstrap.ts`). Quotes cluster in articles, so 84 articles pin a figure down far less than their quote counts suggest; a change inside the interval is not one this split can show.',
    '- Only the head of a gold Source counts (`scripts/gold-sources.ts`): possessors ("Trump’s rival Sen. Marco Rubio"), post-modifiers ("a spokesman for Hillary Clinton", "Jeffrey Lewis of the James Martin Center") and relative clauses ("Beck, who ...") are cut off, so a name inside them cannot make a wrong speaker count as right.',
    '- Name vs pronoun/nominal: a gold source is a name when the head word of one of its comma-separated parts is capitalised ("Sen. John McCain", "Black, who ...") and the part is not an indefinite description ("a New Hampshire Democrat"); otherwise pronoun/nominal ("he", "the Senate minority leader", "The former secretary of State", "Grayson\'s spokeswoman").',
    '- Name sources: correct when our resolved speaker entity has a mention overlapping the head of the gold Source, or its surname is a word of that head with no contradicting given name. A null speaker is wrong.',
    '- Pronoun/nominal sources: PolNeAR has no coreference, so correct means our speaker mention (or a mention of our resolved entity) overlaps the head of the gold Source; the pronoun\'s resolution itself is not checked by this gold.',
    '- Resolved to the right entity (issue #19): on matched quotes whose gold Source is a pronoun or a description with a hand-made referent (`tests/fixtures/speaker-referents/`, see its README for how it was made): right when our speaker entity has a mention on the referent\'s mention, or is stored under the same key; a source that names no one ("a source", "experts") is right only with no speaker.',
    '- Doubled apostrophes (session 5): the New York Times texts of PolNeAR write the double quotation mark as two apostrophes (`\'\'This is strictly a business decision,\'\' a Carrier executive tells employees`). Neither the gold reader nor wiregraph took them for marks, so the NYT articles counted almost nothing (1 gold quote in 120 train articles). Both now read them as marks (`withDoubleMarks` in `src/ingest/quotes/spans.ts`; offsets stay those of the text as read). Train before vs after (code and gold together): 6727 vs 8366 gold quotes; P/R/F1 0.962/0.979/0.970 vs 0.958/0.977/0.968; name 0.933 (n=4065) vs 0.932 (n=5113); pronoun/nominal 0.862 (n=2448) vs 0.865 (n=2970). The 120 NYT train articles alone (`--only ^nyt`): 1642 gold quotes, F1 0.957, name 0.928 (n=1049), pronoun/nominal 0.874 (n=524). Same code (commit b571684), gold without vs with the doubled marks: dev 800 vs 907 gold quotes, name 0.849 (n=502) vs 0.854 (n=566), pronoun/nominal 0.824 (n=267) vs 0.839 (n=305); without them the NYT quotes wiregraph finds count as false (dev precision 0.840).',
    '- Ceiling: `npm run eval:agreement` scores the annotators of the same article against each other the same way (train, 470 annotator pairs over 16 articles, with the NYT marks read): quote F1 0.981, speaker agreement 0.992 on name sources (n=3780) and 0.971 on pronoun/nominal sources (n=2126). The targets are below what annotators reach.',
    '- Scoring change (quantifiers, session 4): a gold Source whose head is a lone quantifier or indefinite pronoun that opens a sentence ("Several said ...", "Another said ...", "Others shouted ...") is a pronoun/nominal source, not a name: the capital is the sentence\'s, and no entity can match it. Same code, old vs new scoring on train: name 0.911 (n=4077) vs 0.913 (n=4068), pronoun/nominal 0.842 (n=2440) vs 0.841 (n=2449).',
    '- Scoring change (relative pronouns, an earlier revision): a gold Source that is only "who" or "which" right after a name and a comma ("said Beck, who said there were “...”") is scored as that name, which the relative pronoun can only refer to (not after "of", "for", "at", "from", "in", "and" or an article, where the last name need not be the head: "Rubio of Florida, who"). Before, only a speaker mention overlapping the word "who" counted, so the right speaker (Beck) was always wrong. It is the same rule for any system and makes such sources name sources (a null or wrong speaker stays wrong). Same code, old vs new scoring: dev unchanged (no such source among its matched quotes: name 0.833, n=502; pronoun/nominal 0.810, n=268, under both); train name 0.892 (n=4062) vs 0.892 (n=4077), pronoun/nominal 0.822 (n=2455) vs 0.827 (n=2440).',
    '- Scoring change (an earlier revision): the whole Source span used to count, and a source was a name when any part ended in a capital. That credited e.g. "Hillary Clinton" for "A spokesman for ... Hillary Clinton" and demanded an entity for "The former secretary of State". Same code, old vs new scoring on dev: name 0.757 (n=493) vs 0.747 (n=502), pronoun/nominal 0.750 (n=277) vs 0.746 (n=268).',
    '- Targets (issue 3): F1 ≥ 0.97, name ≥ 0.92, pronoun/nominal ≥ 0.85. On dev (the table) pronoun/nominal is met since session 7; quote F1 and name accuracy are not.',
    '- Session 6 (rules tuned on train only; unit tests in `tests/ingest/quotes/`): frame-only past-tense cues (reacted, remembered, opined, ...), "charged that", passive participles no cue ("was charged"), cues in a subordinate clause after the quote or an aside between dashes no frame, a second lower-case introduction, datelines, adverbs and set-off connectives between subject and verb, titles or terms before a quote no longer ending the cue region, two quotes sharing the frame that closes their sentence, round-up labels ("More from Jones:"), poll shares and quantifiers as subjects, titles after "according to", "stars in", "hosts of" and translations ("Russian for"). Never guessing: a person described through another ("Schilling\'s son") or a description headed by something else ("a Trump supporter", "the timing of Sanders\' surge") no longer resolves to the name inside it. Train at session start vs end: P/R/F1 0.959/0.979/0.969 vs 0.960/0.978/0.969, name 0.937 (n=5120) vs 0.950 (n=5121), pronoun/nominal 0.865 (n=2973) vs 0.879 (n=2972). Dev at session start: 0.952/0.968/0.960, name 0.855 (n=566), pronoun/nominal 0.839 (n=305); at the end: the table above. The gains transfer to dev at a fraction, as before. Cost: `npx tsx scripts/bench-quotes.ts` run alternately with the session-start commit c0c1c45, 0.41–0.42 vs 0.45–0.49 ms per article (about 10% slower).',
    '- Session 7 (rules tuned on train only; unit tests in `tests/ingest/quotes/`): with no subject at the sentence start, a quote in a subordinate clause takes that clause\'s pronoun or name subject ("..., when he monitored the “road map”", "This is why Democrats can’t just ... cry “...”"; not after a copula: "the admission that she was “very pro-choice”" names no speaker); a quote in an opening participle phrase takes the main clause\'s subject ("But while denouncing the “perversion” of ..., she"); a quote in a dash aside still open takes the aside\'s subject ("— Frank cites ..., “...” and ... —"); a short time phrase with no comma is no subject ("In 2011 she spoke out for “...”"); the pronoun opening the main clause is the subject of coordinated verbs ("..., he laughed and said, “...”"); a relative clause about a name may hold a comma between adjectives; a verb of address closes its clause after a longer addressee ("“...?” Trump told Britain’s ITV television station in an interview"); a speaker named like an organisation and unknown to the entity pass becomes an ORGANIZATION ("The New Hampshire Union Leader said", "ProPublica said"); "O’Donnell", "McConnell" are name-shaped at a cue; "cut in", "piped up", "blared" frame a quote; a sign-off line may carry a title and a note ("-President Obama, tweeting after Clinton\'s speech."). Tried and left out (no better on train): the subordinate-clause subject before the sentence subject (name 0.949 vs 0.951), a clause opener ending a subject (pronoun/nominal 0.879 vs 0.881), a clause after ", but" with its own subject (one more miss), a frame inside the next sentence no frame of a quote ending its sentence (name 0.952 vs 0.953). Train at session start vs end: P/R/F1 0.960/0.978/0.969 both, name 0.950 vs 0.953 (n=5121), pronoun/nominal 0.879 vs 0.883 (n=2972). Dev at session start: 0.952/0.969/0.961, name 0.859 (n=567), pronoun/nominal 0.846 (n=305); at the end: the table above. Cost: `npx tsx scripts/bench-quotes.ts` run alternately with the session-start commit daded21: 0.409 and 0.412 vs 0.424 and 0.416 ms per article (about 2% slower).',
    '- Session 8 (no rule changed): how far tuning on train alone can carry dev. Name-source accuracy at the end of each session, train / dev, as each closing note measured it: session 3 start 0.900 / 0.835; session 3 0.911 / 0.841; session 4 0.932 / 0.847; session 5 0.937 / 0.855; session 6 0.950 / 0.859; session 7 0.953 / 0.866. Over those five sessions the rules gained +0.053 on train and about +0.026 on dev (dev rose +0.031, of which +0.005 came from reading the NYT marks in the gold, measured on the same code; the session-4 quantifier scoring change moved train by +0.002 and dev not at all): dev moves about half as far as train. Train still misses 4.7% of its name sources, most of them gold conventions; fixing every one at that rate would bring dev to about 0.89, short of 0.92. The interval row shows the second limit: 84 articles pin dev name accuracy down only to 0.780–0.933 (this session\'s run), and a session\'s gain (+0.004 to +0.007) is far inside that. Also this session: the baseline\'s name regex backtracked exponentially on ALL-CAPS headlines, so the train run took 2 min 23 s; it now takes 8 s with the same figures.',
    '- Speakers the entity pass missed: a name at a cue that matches no entity ("said Virginia delegate Beau Correll"; a lone "Baron" when the article also writes "Martin Baron") becomes a PERSON entity, as does a surname after Mr., Mrs., Ms. or Dr. ("Mr. King said"), and a name set off by an apposition that names a kind of organisation becomes an ORGANIZATION ("Xinhua, the official Chinese news agency, wrote") (`src/ingest/quotes/new-speakers.ts`), here as in ingestion, and the judge sees those entities. A name it cannot place stays null; no speaker is taken from elsewhere in the sentence (a rule that gave the first person named in the clause scored +0.011 on train name sources but was wrong about a third of the times it fired, so it was left out; in session 5 a stricter one, the only person named in the quote\'s sentence, scored +0.008 on train name sources and was right on only about 62% of the matched quotes it changed, so it was left out too).',
    '- Terms and titles: beyond "so-called", "titled" and the like, a short quote with no cue and no speaker is a term when it modifies the noun after it (`the “undercard” debate`) or its sentence has no one in it (no person, organisation, pronoun or cue); a headline with its byline, markup residue, a one-word label (`“Related:”`), a quoted word that is the subject of its sentence (`“Containment” has been ...`) and a quote followed by a year in parentheses are no speech either (`src/ingest/quotes/terms.ts`).',
    '- Relative pronouns: in `the senator, who said “...”` the mention at the cue is "who" (as the annotators mark it) and the speaker is what it stands for; with no antecedent found the speaker stays null.',
    '- Known disagreement in the gold: for `“...,” Sanders said, according to CNN` some annotators give only the outlet as the source. We keep the person who spoke (the issue asks for the speaker); in session 3, 15 of the 429 name-source misses that `npm run eval:quotes -- --split train --verbose` listed (one line per annotator) were of this kind.',
    '- Known disagreement with the issue: annotators also mark some quoted terms and titles ("the term “superpredator”", "a memo titled “…”") that the issue calls scare quotes and titles; we drop them and they count as misses. The gold was left as it is.',
    `- Speed: ${speed}.`,
    '',
    '### Reported speech (PolNeAR dev)',
    '',
    `${reportedCount.toFixed(0)} gold attributions whose Content holds no quotation mark (annotator-averaged), scored like quotes: one to one when the overlap covers at least half of both spans, speakers as above. The naive baseline takes the rest of the sentence after "said", "says", "told", "added" or "according to X," (or the part before ", X said.") in sentences without quotation marks.`,
    '',
    '- How wiregraph finds it (`src/ingest/quotes/reported/`): a BIO tagger over Cue, Source and Content (averaged perceptron, hashed features: the word, its Brown cluster and its neighbours, and the nearest cue word on each side with its distance, a following "that" and the commas between), trained on the attributions of PolNeAR train (every annotator’s at once, those nested in another’s Content left out) by `npm run train:reported` (fixed seed, 6 epochs, about 20 s; `models/reported-speech.bin`, 1.2 MB). Only sentences holding a cue word are tagged; the cue words are learned too (words that make up a gold Cue at least 3 times and in at least 20% of their occurrences: 700 words). Each Cue takes the nearest Content after it (not past the next Cue), else the one before it; Content holding a quotation mark is left to the direct quotes.',
    '- Speakers (`src/ingest/quotes/reported/speaker.ts`): a participle or infinitive cue shares the subject of the clause it hangs on, not the object written before it ("Rubio hit back, saying ...", "Obama visited the court on Friday to view ...", "By refusing to admit any fault, Trump ...", "..., a Chinese official said, adding ..."; not after a verb whose object is the infinitive\'s subject: "led Priebus to declare"); else a name the subject rules of `mentions.ts` read at the cue (before it, between the Content and the cue, or after it) wins, unless it opens an introductory phrase ("At Boca West, ..."), only post-modifies the tagger\'s longer Source ("75 percent of Democrats") or describes a name the tagger found ("Joh Husted, Ohio Secretary of State,"); else the Source the tagger marked (the name it sets off, if any: "Nevada\'s governor, Brian Sandoval, a Republican,"), else the rules\' description or pronoun. With nothing read at the cue, a cue coordinated with the one before it ("The Kremlin denied ..., and said ...") shares its subject, and any other takes the subject of its clause ("The AP has surveyed the delegates and noted ..."). The speaker resolves to the article\'s entities only: reported speech never makes a new entity. These rules (session 9, tuned on train only) moved train from name 0.836 / pronoun-nominal 0.826 / resolved 0.781 to the row above, and dev from 0.828 / 0.807 / 0.732; a relative pronoun right after a name ("his friend Donald Trump, who") now stands for that name, past an earlier comma, for direct quotes too (dev direct quotes: one more resolved to the right entity).',
    '- Choices were made on held-out train articles (`npm run train:reported -- --holdout 10`, and `--holdout 7`): cue words in 20% of their occurrences rather than 5% (content F1 0.409 -> 0.476), 13 context features rather than 19 (no change, cheaper), 6 epochs rather than 10 or 12 (no better).',
    '- Ceiling: annotators agree with each other on reported speech at F1 0.717 on train (470 annotator pairs) and 0.795 on dev (60 pairs) (`npm run eval:agreement`), against 0.981 and 0.992 for direct quotes. Issue #19\'s target of 0.80 is above what two annotators reach on train; PolNeAR marks attitudes and acts as attributions too ("wants to", "criticized X", "hopes"), whose extent annotators draw differently.',
    '',
    reportedTable,
    '<!-- quotes:end -->',
  ].join('\n');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Extraction quality\n';
  const re = /<!-- quotes:start -->[\s\S]*?<!-- quotes:end -->/;
  const next = re.test(current) ? current.replace(re, section) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
  console.log(`\nwrote ${file}`);
}
