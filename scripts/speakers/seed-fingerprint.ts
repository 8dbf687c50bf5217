// A fingerprint of what the speaker features say about the seed article: every candidate of
// every quote with its features, hashed. The trained model records it (train-ranker.ts), and
// tests/ingest/quotes/ranker.test.ts recomputes it: a change to candidates or features that
// alters them on real wire copy fails that test until the model is retrained.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractEntities } from '../../src/ingest/entities/index.js';
import { readWireText } from '../../src/ingest/formats/wire-text.js';
import { candidateFeatures } from '../../src/ingest/quotes/features.js';
import { extractQuotes } from '../../src/ingest/quotes/index.js';

const SEED = fileURLToPath(new URL('../../seeds/000_fd439a6a3e23e835.txt', import.meta.url));

/** Per quote of the seed article (rule cascade alone), each candidate as `start:end kind | features`. */
export function seedCandidateLines(): string[] {
  const draft = readWireText(readFileSync(SEED, 'utf8'), '000_fd439a6a3e23e835.txt');
  const lines: string[] = [];
  extractQuotes(draft, extractEntities(draft), {
    ranker: null,
    observe: (o) => {
      lines.push(`quote ${o.start}:${o.end}`);
      for (const c of o.candidates) lines.push(`${c.mention ? `${c.mention.start}:${c.mention.end} ${c.mention.kind}` : 'NULL'} | ${candidateFeatures(c, o.ctx, o.candidates).join(' ')}`);
    },
  });
  return lines;
}

export function seedFingerprint(): string {
  return createHash('sha256').update(seedCandidateLines().join('\n')).digest('hex').slice(0, 16);
}
