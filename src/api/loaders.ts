// Per-request batching for the graph questions in store/graph.ts: every coMentions or
// related field resolved in one request with the same `first` becomes one SQL statement;
// likewise every entity count (store/counts.ts).
import DataLoader from 'dataloader';
import type { QuoteKind } from '../ingest/types.js';
import { entityCounts, speakerQuoteCounts, type EntityCounts } from '../store/counts.js';
import type { Db } from '../store/db.js';
import { coMentions, relatedArticles, type CoMention, type RelatedArticle } from '../store/graph.js';

type Fetch<T> = (db: Db, ids: readonly number[], limit: number) => Promise<Map<number, T[]>>;

function byLimit<T>(db: Db, fetch: Fetch<T>) {
  const loaders = new Map<number, DataLoader<number, T[]>>();
  return (limit: number): DataLoader<number, T[]> => {
    let loader = loaders.get(limit);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await fetch(db, ids, limit);
        return ids.map((id) => found.get(id) ?? []);
      });
      loaders.set(limit, loader);
    }
    return loader;
  };
}

export interface Loaders {
  coMentions: (limit: number) => DataLoader<number, CoMention[]>;
  related: (limit: number) => DataLoader<number, RelatedArticle[]>;
  /** Mentions, articles and quotes of an entity. */
  entityCounts: DataLoader<number, EntityCounts>;
  /** An entity's quotes of some kinds (`Entity.quotes(kinds:)`), one statement per set of kinds. */
  speakerQuoteCounts: (kinds: readonly QuoteKind[]) => DataLoader<number, number>;
}

export function createLoaders(db: Db): Loaders {
  return {
    coMentions: byLimit(db, coMentions),
    related: byLimit(db, relatedArticles),
    entityCounts: new DataLoader(async (ids) => {
      const found = await entityCounts(db, ids);
      return ids.map((id) => found.get(id) ?? { mentions: 0, articles: 0, quotes: 0 });
    }),
    speakerQuoteCounts: byKinds(db),
  };
}

function byKinds(db: Db): (kinds: readonly QuoteKind[]) => DataLoader<number, number> {
  const loaders = new Map<string, DataLoader<number, number>>();
  return (kinds) => {
    // The same kinds in any order or repeated are one set, so one statement.
    const set = [...new Set(kinds)].sort();
    const key = set.join(',');
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await speakerQuoteCounts(db, ids, set);
        return ids.map((id) => found.get(id) ?? 0);
      });
      loaders.set(key, loader);
    }
    return loader;
  };
}
