// Writes the work list for hand-annotating speaker referents (issue #19): for each PolNeAR dev
// article, every attribution Source that is a pronoun or a description rather than a name,
// once per span (articles with several annotators share spans), in text order. Annotators then
// fill in `referent` (see tests/fixtures/speaker-referents/README.md). An existing file is
// never overwritten, so annotations are not lost by running this again.
//
//   npx tsx scripts/speakers/referent-worklist.ts [--split dev]
//   npx tsx scripts/speakers/referent-worklist.ts --split train --sample 120   # evenly spaced train articles, for training the resolver
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const split = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1]! : 'dev';
const corpus = join('../shared/corpus/polnear', split);
const sample = process.argv.includes('--sample') ? Number(process.argv[process.argv.indexOf('--sample') + 1]) : null;
// Dev is the measuring set; train annotations (for training the resolver) live apart from it.
const out = split === 'dev' ? 'tests/fixtures/speaker-referents' : `tests/fixtures/speaker-referents/${split}`;
if (!existsSync(corpus)) {
  console.log(`${corpus} is absent: nothing to list.`);
  process.exit(0);
}

// Personal and relative pronouns ("..., who said").
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'his', 'its', 'their', 'our', 'my', 'who', 'which', 'that', 'whom']);
// Words a proper name may hold in lower case ("Bank of America", "Bill de Blasio").
const NAME_JOINERS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'van', 'von', 'del', 'da', 'al', 'bin', 'ibn', 'el', 'on', 'in', '&']);

export type SourceKind = 'name' | 'pronoun' | 'description';

/** How a Source is written: a pronoun, a proper name ("Trump", "the FBI"), else a description. */
export function sourceKind(text: string): SourceKind {
  const words = text.replace(/[’']s\b/g, '').replace(/^the\s+/i, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 1 && PRONOUNS.has(words[0]!.toLowerCase())) return 'pronoun';
  const named = words.length > 0 && /^\p{Lu}/u.test(words[0]!) && words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && NAME_JOINERS.has(w)));
  return named ? 'name' : 'description';
}

interface Item {
  source: { start: number; end: number; text: string };
  cue: string;
  /** The content holds quotation marks (a direct quote); else reported speech. */
  direct: boolean;
  kind: Exclude<SourceKind, 'name'>;
  referent?: unknown;
}

function items(ann: string, text: string): Item[] {
  const spans = new Map<string, { label: string; start: number; end: number; text: string }>();
  const out: Item[] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\w+) (\d+) (?:\d+;\d+ )*(\d+)\t(.*)$/.exec(line);
    if (t) spans.set(t[1]!, { label: t[2]!, start: Number(t[3]), end: Number(t[4]), text: t[5]! });
  }
  for (const line of ann.split('\n')) {
    if (!line.startsWith('E')) continue;
    const args = new Map(line.split('\t')[1]!.split(' ').map((a) => a.split(':') as [string, string]));
    const source = spans.get(args.get('Source') ?? '');
    const content = spans.get(args.get('Content') ?? '');
    if (!source || !content) continue;
    const kind = sourceKind(source.text);
    if (kind === 'name') continue;
    out.push({
      source: { start: source.start, end: source.end, text: text.slice(source.start, source.end) },
      cue: spans.get(args.get('Cue') ?? '')?.text ?? '',
      direct: /["“”]/.test(text.slice(content.start, content.end)),
      kind,
    });
  }
  return out;
}

mkdirSync(out, { recursive: true });
const all = readdirSync(join(corpus, 'text')).filter((f) => f.endsWith('.txt')).sort();
// Evenly spaced, so every outlet and month of the split is represented.
const texts = sample ? Array.from({ length: Math.min(sample, all.length) }, (_, i) => all[Math.floor((i * all.length) / Math.min(sample, all.length))]!) : all;
const anns = readdirSync(join(corpus, 'attributions'));
let total = 0;
for (const file of texts) {
  const base = file.replace(/\.txt$/, '');
  const path = join(out, `${base}.json`);
  if (existsSync(path)) continue;
  const text = readFileSync(join(corpus, 'text', file), 'utf8');
  const bySpan = new Map<string, Item>();
  for (const a of anns.filter((n) => n.startsWith(`${base}_`)).sort()) {
    for (const item of items(readFileSync(join(corpus, 'attributions', a), 'utf8'), text)) {
      const key = `${item.source.start}:${item.source.end}`;
      const seen = bySpan.get(key);
      // Several annotators: a span is direct when any of them gave it a quoted content.
      if (seen) seen.direct ||= item.direct;
      else bySpan.set(key, item);
    }
  }
  const list = [...bySpan.values()].sort((a, b) => a.source.start - b.source.start);
  total += list.length;
  writeFileSync(path, `${JSON.stringify({ article: file, source: `polnear/${split}`, sources: list }, null, 1)}\n`);
}
console.log(`${total} pronoun and description sources listed in ${out}`);
