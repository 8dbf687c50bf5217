// The hand-made speaker referents (tests/fixtures/speaker-referents/): who a pronoun or
// description source is, and whether a system's speaker entity is that one. Used by
// scripts/eval-quotes.ts for "resolved to the right entity".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityKey } from '../../src/ingest/names.js';
import type { EntityType, ParsedEntity, Span } from '../../src/ingest/types.js';

export interface Referent {
  name: string;
  type: EntityType;
  mention: Span;
}

interface ReferentItem {
  source: Span;
  direct: boolean;
  referent?: Referent | null;
}

/** Decided referents of one split: article (file name without .txt) -> "start:end" of a Source -> referent (null: none). */
export function readReferents(dir: string, split: string): Map<string, Map<string, Referent | null>> {
  const out = new Map<string, Map<string, Referent | null>>();
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { article: string; source: string; sources: ReferentItem[] };
    if (data.source !== `polnear/${split}`) continue;
    const bySpan = new Map<string, Referent | null>();
    for (const item of data.sources) if (item.referent !== undefined) bySpan.set(`${item.source.start}:${item.source.end}`, item.referent);
    out.set(data.article.replace(/\.txt$/, ''), bySpan);
  }
  return out;
}

/**
 * Whether `speaker` (our speaker entity's name, or null) is the referent: no one for a
 * source that names no one ("a source"), else the entity with a mention on the referent's
 * mention, or stored under the same key ("Trump" resolved to "Donald J. Trump").
 */
export function isReferent(speaker: string | null, referent: Referent | null, entities: readonly ParsedEntity[]): boolean {
  if (referent === null) return speaker === null;
  if (speaker === null) return false;
  const entity = entities.find((e) => e.name === speaker);
  if (entity?.mentions.some((m) => m.start < referent.mention.end && referent.mention.start < m.end)) return true;
  return entityKey(speaker, entity?.type ?? referent.type) === entityKey(referent.name, referent.type);
}
