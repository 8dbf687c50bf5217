// Brown word clusters (models/word-clusters.tsv, trained by `npm run train:clusters` on
// Reuters-21578, PolNeAR train and CoNLL-2003 train text): a word's bit-string path in the
// cluster tree. Prefixes of the path are coarser clusters, so words never seen in the NER
// training data still share features with words that were ("Swissair" with "Lufthansa").
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('../../../models/word-clusters.tsv', import.meta.url));

function load(): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  // The tagger was trained with these clusters: without them its features would not match.
  if (!existsSync(FILE)) throw new Error(`${FILE} is missing: the entity tagger needs its word clusters (npm run train:clusters)`);
  for (const line of readFileSync(FILE, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return out;
}

const clusters = load();

/** The clusters as the tagger reads them, for the feature digest (word-features.ts). */
export function clusterEntries(): Iterable<[string, string]> {
  return clusters.entries();
}

/** The word's cluster path ("0110100..."), or undefined when it was too rare to cluster. */
export function clusterOf(word: string): string | undefined {
  return clusters.get(word);
}
