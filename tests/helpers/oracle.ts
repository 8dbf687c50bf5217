// The answers a filter should give, worked out in plain JavaScript from the tables read whole:
// an oracle that shares no code and no SQL with the API's filters. Searches are held to the
// forms the acceptance tests type (words, OR, -word), over each row's words, which is exact for
// the generated vocabulary (no two of its words share a stem).
import type { Db } from '../../src/store/db.js';

export interface OracleArticle {
  id: number;
  publishedAt: Date | null;
  source: string | null;
  dateline: string | null;
  words: Set<string>;
}

export interface OracleQuote {
  id: number;
  articleId: number;
  position: number;
  speakerName: string | null;
  speakerId: number | null;
  kind: string;
  publishedAt: Date | null;
  words: Set<string>;
}

export interface OracleEntity {
  id: number;
  name: string;
  type: string;
  aliases: string[];
}

/** A search as the tests type it: groups joined by AND, words in a group by OR; minus words excluded. */
export interface OracleSearch {
  all: string[][];
  none?: string[];
}

export function searchText(s: OracleSearch): string {
  return [...s.all.map((group) => group.join(' OR ')), ...(s.none ?? []).map((w) => `-${w}`)].join(' ');
}

function matchesSearch(words: Set<string>, s: OracleSearch): boolean {
  return s.all.every((group) => group.some((w) => words.has(w))) && !(s.none ?? []).some((w) => words.has(w));
}

export interface ArticleFilter {
  search?: OracleSearch;
  from?: Date;
  to?: Date;
  source?: string;
  dateline?: string;
  authorId?: number;
  editorId?: number;
  anyEntityIds?: number[];
  allEntityIds?: number[];
  speakerId?: number;
}

export interface QuoteFilter {
  speakerId?: number;
  speakerName?: string;
  articleId?: number;
  entityId?: number;
  search?: OracleSearch;
  from?: Date;
  to?: Date;
  kinds?: string[];
}

export interface EntityFilter {
  type?: string;
  search?: string;
  namePrefix?: string;
}

const AUTHOR_ROLES = new Set(['BYLINE', 'REPORTING', 'WRITING', 'ADDITIONAL_REPORTING']);
const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
const lower = (s: string) => s.toLowerCase();
const inRange = (at: Date | null, from?: Date, to?: Date) =>
  (!from || (at !== null && at >= from)) && (!to || (at !== null && at <= to));

type Row = Record<string, unknown>;
const num = (v: unknown) => Number(v);
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string | Date));

/** Every table the filters read, loaded once. */
export class Oracle {
  articles = new Map<number, OracleArticle>();
  quotes: OracleQuote[] = [];
  entities = new Map<number, OracleEntity>();
  /** Entities named by each article. */
  links = new Map<number, Set<number>>();
  credits: { articleId: number; journalistId: number; role: string }[] = [];

  static async load(db: Db): Promise<Oracle> {
    const o = new Oracle();
    const rows = (sql: string) => db.$queryRawUnsafe<Row[]>(sql);
    for (const r of await rows(`SELECT "id", "publishedAt", "source", "dateline", "title", "body" FROM "Article"`)) {
      o.articles.set(num(r.id), {
        id: num(r.id),
        publishedAt: date(r.publishedAt),
        source: str(r.source),
        dateline: str(r.dateline),
        words: wordsOf(`${r.title as string} ${r.body as string}`),
      });
    }
    for (const r of await rows(`SELECT "id", "articleId", "position", "speakerName", "speakerId", "kind", "publishedAt", "text" FROM "Quote"`)) {
      o.quotes.push({
        id: num(r.id),
        articleId: num(r.articleId),
        position: num(r.position),
        speakerName: str(r.speakerName),
        speakerId: r.speakerId === null ? null : num(r.speakerId),
        kind: String(r.kind),
        publishedAt: date(r.publishedAt),
        words: wordsOf(r.text as string),
      });
    }
    for (const r of await rows(`SELECT "id", "name", "type" FROM "Entity"`)) {
      o.entities.set(num(r.id), { id: num(r.id), name: String(r.name), type: String(r.type), aliases: [] });
    }
    for (const r of await rows(`SELECT "entityId", "name" FROM "EntityAlias"`)) o.entities.get(num(r.entityId))!.aliases.push(String(r.name));
    for (const r of await rows(`SELECT "articleId", "entityId" FROM "ArticleEntity"`)) {
      const set = o.links.get(num(r.articleId)) ?? new Set<number>();
      set.add(num(r.entityId));
      o.links.set(num(r.articleId), set);
    }
    for (const r of await rows(`SELECT "articleId", "journalistId", "role" FROM "Credit"`)) {
      o.credits.push({ articleId: num(r.articleId), journalistId: num(r.journalistId), role: String(r.role) });
    }
    return o;
  }

  private credited(journalistId: number, editor: boolean): Set<number> {
    const role = (r: string) => (editor ? r === 'EDITING' : AUTHOR_ROLES.has(r));
    return new Set(this.credits.filter((c) => c.journalistId === journalistId && role(c.role)).map((c) => c.articleId));
  }

  /** Ids of the articles a filter keeps ("any case" compares lower-cased ASCII, as the data is). */
  articleIds(f: ArticleFilter): Set<number> {
    const author = f.authorId !== undefined ? this.credited(f.authorId, false) : null;
    const editor = f.editorId !== undefined ? this.credited(f.editorId, true) : null;
    const spoken = f.speakerId !== undefined ? new Set(this.quotes.filter((q) => q.speakerId === f.speakerId).map((q) => q.articleId)) : null;
    const out = new Set<number>();
    for (const a of this.articles.values()) {
      const links = this.links.get(a.id) ?? new Set<number>();
      if (f.search && !matchesSearch(a.words, f.search)) continue;
      if (!inRange(a.publishedAt, f.from, f.to)) continue;
      if (f.source !== undefined && a.source !== f.source) continue;
      if (f.dateline !== undefined && (a.dateline === null || lower(a.dateline) !== lower(f.dateline))) continue;
      if (author && !author.has(a.id)) continue;
      if (editor && !editor.has(a.id)) continue;
      if (f.anyEntityIds?.length && !f.anyEntityIds.some((e) => links.has(e))) continue;
      if (f.allEntityIds && !f.allEntityIds.every((e) => links.has(e))) continue;
      if (spoken && !spoken.has(a.id)) continue;
      out.add(a.id);
    }
    return out;
  }

  quoteIds(f: QuoteFilter): Set<number> {
    const named = f.entityId !== undefined ? new Set([...this.links].filter(([, set]) => set.has(f.entityId!)).map(([id]) => id)) : null;
    const out = new Set<number>();
    for (const q of this.quotes) {
      if (f.speakerId !== undefined && q.speakerId !== f.speakerId) continue;
      if (f.articleId !== undefined && q.articleId !== f.articleId) continue;
      if (named && !named.has(q.articleId)) continue;
      if (f.speakerName !== undefined) {
        const part = lower(f.speakerName);
        const resolved = q.speakerId === null ? null : this.entities.get(q.speakerId)!.name;
        if (!lower(q.speakerName ?? '').includes(part) && !(resolved !== null && lower(resolved).includes(part))) continue;
      }
      if (f.search && !matchesSearch(q.words, f.search)) continue;
      if (!inRange(q.publishedAt, f.from, f.to)) continue;
      if (f.kinds?.length && !f.kinds.includes(q.kind)) continue;
      out.add(q.id);
    }
    return out;
  }

  entityIds(f: EntityFilter): Set<number> {
    const out = new Set<number>();
    for (const e of this.entities.values()) {
      if (f.type !== undefined && e.type !== f.type) continue;
      if (f.search !== undefined && ![e.name, ...e.aliases].some((n) => lower(n).includes(lower(f.search!)))) continue;
      if (f.namePrefix !== undefined && !lower(e.name).startsWith(lower(f.namePrefix))) continue;
      out.add(e.id);
    }
    return out;
  }

  /** The facets of a set of articles, ordered and cut as the API orders and cuts them. */
  facets(ids: Set<number>, first: number) {
    const top = (counts: Map<number, number>) =>
      [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, first).map(([key, count]) => ({ key, count }));
    const entities = new Map<number, number>();
    for (const id of ids) for (const e of this.links.get(id) ?? []) entities.set(e, (entities.get(e) ?? 0) + 1);
    const speakerArticles = new Map<number, Set<number>>();
    for (const q of this.quotes) {
      if (q.speakerId === null || !ids.has(q.articleId)) continue;
      speakerArticles.set(q.speakerId, (speakerArticles.get(q.speakerId) ?? new Set()).add(q.articleId));
    }
    const authorArticles = new Map<number, Set<number>>();
    for (const c of this.credits) {
      if (!AUTHOR_ROLES.has(c.role) || !ids.has(c.articleId)) continue;
      authorArticles.set(c.journalistId, (authorArticles.get(c.journalistId) ?? new Set()).add(c.articleId));
    }
    const sources = new Map<string, number>();
    const days = new Map<string, number>();
    for (const id of ids) {
      const a = this.articles.get(id)!;
      if (a.source !== null) sources.set(a.source, (sources.get(a.source) ?? 0) + 1);
      if (a.publishedAt !== null) {
        const day = a.publishedAt.toISOString().slice(0, 10);
        days.set(day, (days.get(day) ?? 0) + 1);
      }
    }
    const sizes = (m: Map<number, Set<number>>) => new Map([...m].map(([k, v]) => [k, v.size]));
    return {
      total: ids.size,
      entities: top(entities),
      speakers: top(sizes(speakerArticles)),
      authors: top(sizes(authorArticles)),
      sources: [...sources].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value, count]) => ({ value, count })),
      days: [...days].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([day, count]) => ({ day, count })),
    };
  }
}
