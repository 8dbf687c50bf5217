// Speed of quote extraction alone (entities computed once, outside the timing):
//   npx tsx scripts/bench-quotes.ts [FILE...]   (default: the seed article, plus PolNeAR dev when present)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities } from '../src/ingest/entities/index.js';
import { readWireText } from '../src/ingest/formats/wire-text.js';
import { extractQuotes } from '../src/ingest/quotes/index.js';

const files = process.argv.slice(2);
if (files.length === 0) {
  files.push('seeds/000_fd439a6a3e23e835.txt');
  const dev = '../shared/corpus/polnear/dev/text';
  if (existsSync(dev)) files.push(...readdirSync(dev).map((f) => join(dev, f)));
}
const inputs = files.map((f) => {
  const draft = readWireText(readFileSync(f, 'utf8'), f);
  return { draft, entities: extractEntities(draft) };
});
const rounds = Math.max(3, Math.ceil(5000 / inputs.length));
for (const { draft, entities } of inputs) extractQuotes(draft, entities); // warm up
const t0 = performance.now();
let quotes = 0;
for (let r = 0; r < rounds; r++) for (const { draft, entities } of inputs) quotes += extractQuotes(draft, entities).quotes.length;
const ms = (performance.now() - t0) / (rounds * inputs.length);
console.log(`extractQuotes: ${ms.toFixed(3)} ms per article (${inputs.length} articles x ${rounds} rounds, ${(quotes / rounds / inputs.length).toFixed(1)} quotes each), ${Math.round(1000 / ms)} articles/s on one core`);
