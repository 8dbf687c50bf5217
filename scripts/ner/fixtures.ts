// Hand-annotated wire copy for the tagger (tests/fixtures/ner-train/: PolNeAR train and
// Reuters-21578 articles, see the README there): each article read as the seed script
// reads it, cut into the ranges the tagger reads, with BILOU labels from the annotations.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { taggedRanges } from '../../src/ingest/entities/index.js';
import { labelsOf, type TagType, type TokenSpan } from '../../src/ingest/entities/labels.js';
import { tokenize, type TagToken } from '../../src/ingest/entities/tokens.js';
import { truecase } from '../../src/ingest/entities/truecase.js';
import { readReutersSgml } from '../../src/ingest/formats/reuters-sgml.js';
import { readWireText } from '../../src/ingest/formats/wire-text.js';
import type { ArticleDraft, EntityType } from '../../src/ingest/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(root, '../shared/corpus');
const FIXTURES = join(root, 'tests/fixtures/ner-train');

interface Fixture {
  article: string;
  source: 'polnear/train' | 'reuters-21578';
  entities: { name: string; type: EntityType; mentions: { start: number; end: number; text: string }[] }[];
}

// GROUP is part of CoNLL's MISC, as the tagger learns it; the entity layer tells them apart.
const TAG: Record<EntityType, TagType> = { PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC', GROUP: 'MISC', OTHER: 'MISC' };

export interface FixtureDoc {
  article: string;
  /** The token sequences the tagger reads (title, paragraphs, subheads), truecased as it reads them. */
  tokens: TagToken[][];
  gold: Uint8Array[];
}

const sgmlCache = new Map<string, Map<string, ArticleDraft>>();
function reutersDraft(key: string): ArticleDraft | undefined {
  const [file] = key.split('#') as [string];
  if (!sgmlCache.has(file)) {
    const drafts = new Map<string, ArticleDraft>();
    for (const r of readReutersSgml(readFileSync(join(shared, 'reuters-21578', file), 'utf8'), file)) if (r.kind === 'article') drafts.set(r.key, r.article);
    sgmlCache.set(file, drafts);
  }
  return sgmlCache.get(file)!.get(key);
}

function draftOf(f: Fixture): ArticleDraft | undefined {
  if (f.source === 'reuters-21578') return reutersDraft(f.article);
  const path = join(shared, 'polnear/train/text', f.article);
  return existsSync(path) ? readWireText(readFileSync(path, 'utf8'), f.article) : undefined;
}

/** The annotated articles whose source is in ../shared, ready to train on. */
export function fixtureDocs(): FixtureDoc[] {
  const out: FixtureDoc[] = [];
  for (const folder of ['polnear', 'reuters']) {
    const dir = join(FIXTURES, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const f = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture;
      const draft = draftOf(f);
      if (!draft) continue;
      const mentions = f.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: TAG[e.type] })));
      const tokens: TagToken[][] = [];
      const gold: Uint8Array[] = [];
      for (const range of taggedRanges(draft)) {
        const seq = truecase(tokenize(draft.text, range.start, range.end));
        const spans: TokenSpan[] = [];
        for (const m of mentions) {
          // Tokens the mention touches; a mention must start and end on token edges of its own.
          const inside = seq.flatMap((t, i) => (t.start < m.end && m.start < t.end ? [i] : []));
          if (inside.length > 0) spans.push({ from: inside[0]!, to: inside.at(-1)! + 1, type: m.type });
        }
        spans.sort((a, b) => a.from - b.from);
        tokens.push([...seq]);
        gold.push(labelsOf(spans.filter((s, i) => i === 0 || s.from >= spans[i - 1]!.to), seq.length));
      }
      out.push({ article: f.article, tokens, gold });
    }
  }
  return out;
}
