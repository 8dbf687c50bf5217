// Per-request batching for the graph questions in store/graph.ts: every coMentions or
// related field resolved in one request with the same `first` becomes one SQL statement;
// likewise every entity count (store/counts.ts) and every quote's speaker.
import DataLoader from 'dataloader';
import type { QuoteKind } from '../ingest/types.js';
import { entityCounts, speakerQuoteCounts, type EntityCounts } from '../store/counts.js';
import type { Db, Prisma } from '../store/db.js';
import type { Entity } from '../generated/sqlite/client.js';
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
  /**
   * Entities by id with one selection (`Quote.speaker`), one statement per selection, each id
   * asked once. Prisma's own relation loading sends one bind value per parent row, duplicates
   * and nulls included, and SQLite takes at most 999 a statement: 50 articles with
   * `quotes(first: 20)` (50 × 21 speaker ids, the 21st telling whether a next page follows; a
   * handful of them distinct) took two statements.
   */
  entities: (query: EntityQuery) => DataLoader<number, Entity | null>;
}

/** The selection Pothos hands a field returning an Entity. */
export interface EntityQuery {
  select?: Prisma.EntitySelect;
  include?: Prisma.EntityInclude;
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
    entities: bySelection(db),
  };
}

function bySelection(db: Db): (query: EntityQuery) => DataLoader<number, Entity | null> {
  const loaders = new Map<string, DataLoader<number, Entity | null>>();
  return (query) => {
    // Every item of a list hands over an equal selection (a new object each time): one loader.
    const key = JSON.stringify(query);
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows: Entity[] = await db.entity.findMany({ ...query, where: { id: { in: [...ids] } } });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      loaders.set(key, loader);
    }
    return loader;
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
