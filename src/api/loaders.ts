// Per-request batching for the graph questions in store/graph.ts: every coMentions or
// related field resolved in one request with the same `first` becomes one SQL statement;
// likewise every entity count (store/counts.ts).
import DataLoader from 'dataloader';
import { entityCounts, type EntityCounts } from '../store/counts.js';
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
}

export function createLoaders(db: Db): Loaders {
  return {
    coMentions: byLimit(db, coMentions),
    related: byLimit(db, relatedArticles),
    entityCounts: new DataLoader(async (ids) => {
      const found = await entityCounts(db, ids);
      return ids.map((id) => found.get(id) ?? { mentions: 0, articles: 0, quotes: 0 });
    }),
  };
}
