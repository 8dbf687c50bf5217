// Hand-written SQL for the three benchmark operations (scripts/bench/operations.ts), giving
// the same `data` as wiregraph, key for key, so the benchmark can compare the two responses
// before it measures. Ordering and tie-breaking follow src/api exactly; see each comment.
import { parseSearch, toFts5, toTsQuery } from '../../src/store/search-query.js';
import { BLEND, byBlend } from '../../src/store/search.js';
import type { Driver } from './driver.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const globalId = (type: string, id: number | string) => Buffer.from(`${type}:${id}`).toString('base64');
const iso = (value: string | Date) => (value instanceof Date ? value : new Date(value)).toISOString();
const int = (value: number | string | bigint) => Number(value);

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

// --- (1) article list -------------------------------------------------------------------

interface ArticleRow { id: number; title: string; slug: string; publishedAt: string | Date | null; dateline: string | null }
interface CreditRow { articleId: number; role: string; id: number; name: string; slug: string }
interface TopEntityRow { articleId: number; mentionCount: number; salience: number; name: string; slug: string; type: string }
interface QuoteRow { articleId: number; text: string; speakerName: string | null; name: string | null; slug: string | null }

/** src/api/roles.ts: the byline, else reporting and writing credits; each journalist once. */
function people(credits: CreditRow[], roles: (role: string) => boolean): Json[] {
  const seen = new Map<number, Json>();
  for (const c of credits) if (roles(c.role) && !seen.has(c.id)) seen.set(c.id, { name: c.name, slug: c.slug });
  return [...seen.values()];
}
function authors(credits: CreditRow[]): Json[] {
  const byline = credits.some((c) => c.role === 'BYLINE');
  return people(credits, byline ? (r) => r === 'BYLINE' : (r) => r === 'REPORTING' || r === 'WRITING');
}

export async function articleList(db: Driver, first: number): Promise<Json> {
  const [articles, [total]] = await Promise.all([
    db.rows<ArticleRow>('SELECT "id", "title", "slug", "publishedAt", "dateline" FROM "Article" ORDER BY "publishedAt" DESC, "id" DESC LIMIT ?', [first]),
    db.rows<{ n: number }>('SELECT COUNT(*) AS "n" FROM "Article"'),
  ]);
  const ids = articles.map((a) => a.id);
  const [credits, entities, quotes] = await Promise.all([
    db.rows<CreditRow>(
      `SELECT c."articleId", c."role", j."id", j."name", j."slug" FROM "Credit" c JOIN "Journalist" j ON j."id" = c."journalistId"
       WHERE ${db.inIds('c."articleId"')} ORDER BY c."articleId", c."position"`,
      [ids],
    ),
    // Top 5 per article: salience, then entity id (src/api/schema/article-entity.ts).
    db.rows<TopEntityRow>(
      `SELECT x."articleId", x."mentionCount", x."salience", e."name", e."slug", e."type" FROM (
         SELECT "articleId", "entityId", "mentionCount", "salience",
                ROW_NUMBER() OVER (PARTITION BY "articleId" ORDER BY "salience" DESC, "entityId" ASC) AS "rn"
         FROM "ArticleEntity" WHERE ${db.inIds('"articleId"')}
       ) x JOIN "Entity" e ON e."id" = x."entityId" WHERE x."rn" <= 5 ORDER BY x."articleId", x."rn"`,
      [ids],
    ),
    // First 10 per article in reading order, with the resolved speaker if any.
    db.rows<QuoteRow>(
      `SELECT x."articleId", x."text", x."speakerName", s."name", s."slug" FROM (
         SELECT "articleId", "text", "speakerName", "speakerId", ROW_NUMBER() OVER (PARTITION BY "articleId" ORDER BY "position") AS "rn"
         FROM "Quote" WHERE ${db.inIds('"articleId"')}
       ) x LEFT JOIN "Entity" s ON s."id" = x."speakerId" WHERE x."rn" <= 10 ORDER BY x."articleId", x."rn"`,
      [ids],
    ),
  ]);
  const creditsOf = groupBy(credits, (c) => c.articleId);
  const entitiesOf = groupBy(entities, (e) => e.articleId);
  const quotesOf = groupBy(quotes, (q) => q.articleId);
  return {
    articles: {
      totalCount: int(total!.n),
      edges: articles.map((a) => {
        const own = creditsOf.get(a.id) ?? [];
        return {
          node: {
            id: globalId('Article', a.id),
            title: a.title,
            slug: a.slug,
            publishedAt: a.publishedAt === null ? null : iso(a.publishedAt),
            dateline: a.dateline,
            authors: authors(own),
            editors: people(own, (r) => r === 'EDITING'),
            entities: (entitiesOf.get(a.id) ?? []).map((e) => ({
              mentionCount: e.mentionCount,
              salience: e.salience,
              entity: { name: e.name, slug: e.slug, type: e.type },
            })),
            quotes: {
              edges: (quotesOf.get(a.id) ?? []).map((q) => ({
                node: { text: q.text, speakerName: q.speakerName, speaker: q.name === null ? null : { name: q.name, slug: q.slug } },
              })),
            },
          },
        };
      }),
    },
  };
}

// --- (2) entity page --------------------------------------------------------------------

interface EntityRow { id: number; name: string; type: string }
interface CountsRow { mentions: number | string; articles: number | string; quotes: number | string }
interface EntityQuoteRow { text: string; kind: string; cue: string | null; title: string; slug: string; publishedAt: string | Date | null }
interface CoMentionRow { shared: number | string; name: string; slug: string; type: string }

export async function entityPage(db: Driver, slug: string): Promise<Json> {
  const [entity] = await db.rows<EntityRow>('SELECT "id", "name", "type" FROM "Entity" WHERE "slug" = ?', [slug]);
  if (!entity) return { entity: null };
  const id = entity.id;
  const [aliases, descriptions, [counts], articles, quotes, coMentions] = await Promise.all([
    db.rows<{ name: string }>('SELECT "name" FROM "EntityAlias" WHERE "entityId" = ? ORDER BY "name"', [id]),
    db.rows<{ text: string }>('SELECT "text" FROM "EntityDescription" WHERE "entityId" = ? ORDER BY "text"', [id]),
    db.rows<CountsRow>(
      `SELECT (SELECT COUNT(*) FROM "Mention" WHERE "entityId" = ?) AS "mentions",
              (SELECT COUNT(*) FROM "ArticleEntity" WHERE "entityId" = ?) AS "articles",
              (SELECT COUNT(*) FROM "Quote" WHERE "speakerId" = ?) AS "quotes"`,
      [id, id, id],
    ),
    db.rows<ArticleRow>(
      `SELECT a."id", a."title", a."slug", a."publishedAt", a."dateline" FROM "ArticleEntity" ae JOIN "Article" a ON a."id" = ae."articleId"
       WHERE ae."entityId" = ? ORDER BY ae."publishedAt" DESC, ae."articleId" DESC LIMIT 20`,
      [id],
    ),
    db.rows<EntityQuoteRow>(
      `SELECT q."text", q."kind", q."cue", a."title", a."slug", a."publishedAt" FROM "Quote" q JOIN "Article" a ON a."id" = q."articleId"
       WHERE q."speakerId" = ? ORDER BY q."publishedAt" DESC, q."articleId" DESC, q."position" ASC LIMIT 20`,
      [id],
    ),
    // As src/store/graph.ts ranks them: shared articles, then name, then id.
    db.rows<CoMentionRow>(
      `SELECT r."shared", e."name", e."slug", e."type" FROM (
         SELECT t."entityId", t."shared",
                ROW_NUMBER() OVER (ORDER BY t."shared" DESC, (SELECT x."name" FROM "Entity" x WHERE x."id" = t."entityId") ASC, t."entityId" ASC) AS "rank"
         FROM (
           SELECT c."entityId", c."shared", RANK() OVER (ORDER BY c."shared" DESC) AS "byShared"
           FROM (
             SELECT b."entityId", COUNT(*) AS "shared"
             FROM "ArticleEntity" a JOIN "ArticleEntity" b ON b."articleId" = a."articleId" AND b."entityId" <> a."entityId"
             WHERE a."entityId" = ? GROUP BY b."entityId"
           ) c
         ) t WHERE t."byShared" <= 10
       ) r JOIN "Entity" e ON e."id" = r."entityId" WHERE r."rank" <= 10 ORDER BY r."rank"`,
      [id],
    ),
  ]);
  return {
    entity: {
      id: globalId('Entity', id),
      name: entity.name,
      type: entity.type,
      aliases: aliases.map((a) => a.name),
      descriptions: descriptions.map((d) => d.text),
      mentionCount: int(counts!.mentions),
      articleCount: int(counts!.articles),
      articles: {
        totalCount: int(counts!.articles),
        edges: articles.map((a) => ({ node: { title: a.title, slug: a.slug, publishedAt: a.publishedAt === null ? null : iso(a.publishedAt), dateline: a.dateline } })),
      },
      quotes: {
        totalCount: int(counts!.quotes),
        edges: quotes.map((q) => ({
          node: {
            text: q.text,
            kind: q.kind,
            cue: q.cue,
            article: { title: q.title, slug: q.slug, publishedAt: q.publishedAt === null ? null : iso(q.publishedAt) },
          },
        })),
      },
      coMentions: coMentions.map((c) => ({ sharedArticles: int(c.shared), entity: { name: c.name, slug: c.slug, type: c.type } })),
    },
  };
}

// --- (3) search with facets -------------------------------------------------------------

type Kind = 'ARTICLE' | 'QUOTE' | 'ENTITY';
interface HitRow { id: number; rank: number; snippet: string }
interface Hit { kind: Kind; id: number; score: number; snippet: string }

const OPEN = '\u0002';
const CLOSE = '\u0003';
const toHtml = (marked: string) =>
  marked.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>');

/** The same ranking and snippet SQL as src/store/search.ts, per database. */
function hitSql(db: Driver, kind: Kind): string {
  if (db.dialect === 'sqlite') {
    const table = { ARTICLE: '"ArticleFts"', QUOTE: '"QuoteFts"', ENTITY: '"EntityFts"' }[kind];
    const rank = kind === 'ARTICLE' ? `bm25(${table}, 10.0, 1.0)` : `bm25(${table})`;
    const snippet = kind === 'ENTITY' ? `highlight(${table}, 0, ?, ?)` : `snippet(${table}, -1, ?, ?, '…', ${kind === 'ARTICLE' ? 24 : 32})`;
    return `SELECT rowid AS "id", ${rank} AS "rank", ${snippet} AS "snippet" FROM ${table} WHERE ${table} MATCH ? ORDER BY "rank", rowid LIMIT ?`;
  }
  const { table, config, text } = {
    ARTICLE: { table: '"Article"', config: 'english', text: `"title" || E'\\n\\n' || "body"` },
    QUOTE: { table: '"Quote"', config: 'english', text: '"text"' },
    ENTITY: { table: '"Entity"', config: 'simple', text: '"name"' },
  }[kind];
  const q = `to_tsquery('${config}', ?)`;
  return `SELECT "id", -ts_rank_cd("searchVector", ${q}) AS "rank", ts_headline('${config}', ${text}, ${q}, ?) AS "snippet"
          FROM ${table} WHERE "searchVector" @@ ${q} ORDER BY "rank", "id" LIMIT ?`;
}

const HEADLINE = `StartSel=${OPEN}, StopSel=${CLOSE}, MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=…`;

async function hits(db: Driver, kind: Kind, match: string, limit: number): Promise<Hit[]> {
  const params = db.dialect === 'sqlite' ? [OPEN, CLOSE, match, limit] : [match, match, HEADLINE, match, limit];
  const rows = await db.rows<HitRow>(hitSql(db, kind), params);
  return rows.map((r) => ({ kind, id: Number(r.id), score: -Number(r.rank), snippet: toHtml(r.snippet) }));
}

interface FacetRow { type: string; key: number; n: number | string; name: string; slug: string }

export async function searchPage(db: Driver, input: string): Promise<Json> {
  const parsed = parseSearch(input);
  const sqlite = db.dialect === 'sqlite';
  const match = sqlite ? toFts5(parsed) : toTsQuery(parsed);
  const FIRST = 10;
  const countSql = sqlite
    ? `SELECT (SELECT COUNT(*) FROM "ArticleFts" WHERE "ArticleFts" MATCH ?) + (SELECT COUNT(*) FROM "QuoteFts" WHERE "QuoteFts" MATCH ?)
            + (SELECT COUNT(*) FROM "EntityFts" WHERE "EntityFts" MATCH ?) AS "n"`
    : `SELECT (SELECT COUNT(*) FROM "Article" WHERE "searchVector" @@ to_tsquery('english', ?)) + (SELECT COUNT(*) FROM "Quote" WHERE "searchVector" @@ to_tsquery('english', ?))
            + (SELECT COUNT(*) FROM "Entity" WHERE "searchVector" @@ to_tsquery('simple', ?)) AS "n"`;
  // The articles the facets count: every match (wiregraph caps at its best 10,000).
  const idSql = sqlite
    ? 'SELECT rowid AS "id" FROM "ArticleFts" WHERE "ArticleFts" MATCH ? LIMIT 10000'
    : `SELECT "id" FROM "Article" WHERE "searchVector" @@ to_tsquery('english', ?) LIMIT 10000`;
  const [articleHits, quoteHits, entityHits, [total], idRows] = await Promise.all([
    hits(db, 'ARTICLE', match, FIRST),
    hits(db, 'QUOTE', match, FIRST),
    hits(db, 'ENTITY', match, FIRST),
    db.rows<{ n: number | string }>(countSql, [match, match, match]),
    db.rows<{ id: number }>(idSql, [match]),
  ]);
  const ids = idRows.map((r) => Number(r.id));
  // Kinds blended by rank as src/store/search.ts does (weighted reciprocal rank fusion).
  const page = [articleHits, quoteHits, entityHits]
    .flatMap((list) => list.map((hit, i) => ({ ...hit, rank: i + 1 })))
    .sort(byBlend)
    .slice(0, FIRST)
    .map((hit) => ({ ...hit, score: BLEND.weight[hit.kind] / (BLEND.k + hit.rank) }));
  const idsOf = (kind: Kind) => page.filter((h) => h.kind === kind).map((h) => h.id);
  const day = sqlite ? 'substr("publishedAt", 1, 10)' : `to_char("publishedAt", 'YYYY-MM-DD')`;
  const [articles, quotes, entities, typed, speakers, authors, sources, days] = await Promise.all([
    db.rows<ArticleRow>(`SELECT "id", "title", "slug", "publishedAt" FROM "Article" WHERE ${db.inIds('"id"')}`, [idsOf('ARTICLE')]),
    db.rows<{ id: number; text: string; name: string | null; speakerSlug: string | null; articleSlug: string }>(
      `SELECT q."id", q."text", s."name", s."slug" AS "speakerSlug", a."slug" AS "articleSlug" FROM "Quote" q
       JOIN "Article" a ON a."id" = q."articleId" LEFT JOIN "Entity" s ON s."id" = q."speakerId" WHERE ${db.inIds('q."id"')}`,
      [idsOf('QUOTE')],
    ),
    db.rows<EntityRow & { slug: string }>(`SELECT "id", "name", "slug", "type" FROM "Entity" WHERE ${db.inIds('"id"')}`, [idsOf('ENTITY')]),
    // Top 5 entities of each type in one statement: articles naming it, then entity id.
    db.rows<FacetRow>(
      `SELECT "type", "key", "n", "name", "slug" FROM (
         SELECT e."type", ae."entityId" AS "key", COUNT(*) AS "n", e."name", e."slug",
                ROW_NUMBER() OVER (PARTITION BY e."type" ORDER BY COUNT(*) DESC, ae."entityId" ASC) AS "rn"
         FROM "ArticleEntity" ae JOIN "Entity" e ON e."id" = ae."entityId"
         WHERE ${db.inIds('ae."articleId"')} GROUP BY e."type", ae."entityId", e."name", e."slug"
       ) x WHERE "rn" <= 5 ORDER BY "type", "rn"`,
      [ids],
    ),
    db.rows<FacetRow>(
      `SELECT q."speakerId" AS "key", COUNT(DISTINCT q."articleId") AS "n", e."name", e."slug" FROM "Quote" q JOIN "Entity" e ON e."id" = q."speakerId"
       WHERE ${db.inIds('q."articleId"')} GROUP BY q."speakerId", e."name", e."slug" ORDER BY COUNT(DISTINCT q."articleId") DESC, q."speakerId" ASC LIMIT 5`,
      [ids],
    ),
    db.rows<FacetRow>(
      `SELECT c."journalistId" AS "key", COUNT(DISTINCT c."articleId") AS "n", j."name", j."slug" FROM "Credit" c JOIN "Journalist" j ON j."id" = c."journalistId"
       WHERE ${db.inIds('c."articleId"')} AND c."role" IN ('BYLINE', 'REPORTING', 'WRITING', 'ADDITIONAL_REPORTING')
       GROUP BY c."journalistId", j."name", j."slug" ORDER BY COUNT(DISTINCT c."articleId") DESC, c."journalistId" ASC LIMIT 5`,
      [ids],
    ),
    db.rows<{ value: string; n: number | string }>(
      `SELECT "source" AS "value", COUNT(*) AS "n" FROM "Article" WHERE ${db.inIds('"id"')} AND "source" IS NOT NULL GROUP BY "source"`,
      [ids],
    ),
    db.rows<{ day: string; n: number | string }>(
      `SELECT ${day} AS "day", COUNT(*) AS "n" FROM "Article" WHERE ${db.inIds('"id"')} AND "publishedAt" IS NOT NULL GROUP BY 1 ORDER BY 1`,
      [ids],
    ),
  ]);
  const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [Number(r.id), r]));
  const [articleById, quoteById, entityById] = [byId(articles), byId(quotes), byId(entities)];
  const result = (hit: Hit): Json => {
    if (hit.kind === 'ARTICLE') {
      const a = articleById.get(hit.id)!;
      return { __typename: 'Article', title: a.title, slug: a.slug, publishedAt: a.publishedAt === null ? null : iso(a.publishedAt) };
    }
    if (hit.kind === 'QUOTE') {
      const q = quoteById.get(hit.id)!;
      return { __typename: 'Quote', text: q.text, speaker: q.name === null ? null : { name: q.name, slug: q.speakerSlug }, article: { slug: q.articleSlug } };
    }
    const e = entityById.get(hit.id)!;
    return { __typename: 'Entity', name: e.name, slug: e.slug, type: e.type };
  };
  const counts = (rows: FacetRow[], key: 'entity' | 'journalist') => rows.map((r) => ({ count: int(r.n), [key]: { name: r.name, slug: r.slug } }));
  const ofType = (type: string) => counts(typed.filter((r) => r.type === type), 'entity');
  return {
    search: {
      totalCount: int(total!.n),
      edges: page.map((hit) => ({ node: { type: hit.kind, score: hit.score, snippet: hit.snippet, result: result(hit) } })),
    },
    articleFacets: {
      total: ids.length,
      people: ofType('PERSON'),
      organizations: ofType('ORGANIZATION'),
      places: ofType('LOCATION'),
      speakers: counts(speakers, 'entity'),
      authors: counts(authors, 'journalist'),
      // Most articles first, ties by name as wiregraph sorts them (localeCompare).
      sources: sources.map((s) => ({ value: s.value, count: int(s.n) })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      days: days.map((d) => ({ day: d.day, count: int(d.n) })),
    },
  };
}
