// How the seed writes on PostgreSQL: the rows of article-rows.ts, sent with
// node-postgres as multi-row INSERTs, one transaction per article: about fifteen round trips
// per article where Prisma needs many more, each with its own overhead.
import pg from 'pg';
import { slugify } from '../ingest/text.js';
import type { ParsedArticle } from '../ingest/types.js';
import {
  articleFields,
  blockRows,
  contentHash,
  creditRows,
  entitiesOf,
  entityRows,
  articleSlug,
  journalistsOf,
  type SaveOutcome,
} from './article-rows.js';

type Value = string | number | boolean | null;

/** Timestamps as Prisma stores them in `timestamp(3)` columns: UTC wall time, no offset. */
function pgDate(date: Date | null): string | null {
  return date ? date.toISOString().replace('Z', '') : null;
}

// Enum columns need a cast from the text parameter.
const CASTS: Record<string, string> = { role: '::"CreditRole"', type: '::"EntityType"' };

/**
 * INSERTs of many rows, as few statements as PostgreSQL's 65,535 parameters allow; `casts`
 * names the enum type of a column.
 */
function insertMany(table: string, columns: string[], rows: Value[][], casts: Record<string, string> = {}, suffix = ''): pg.QueryConfig[] {
  const perStatement = Math.floor(60_000 / columns.length);
  const queries: pg.QueryConfig[] = [];
  for (let from = 0; from < rows.length; from += perStatement) {
    const values: Value[] = [];
    const tuples = rows
      .slice(from, from + perStatement)
      .map((row) => `(${row.map((v, i) => `$${values.push(v)}${casts[columns[i]!] ?? ''}`).join(', ')})`);
    queries.push({ text: `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')} ${suffix}`, values });
  }
  return queries;
}

export class PgArticleWriter {
  private readonly pool: pg.Pool;

  constructor(url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 1 });
  }

  /** Saves one article in one transaction, again when a concurrent writer took a unique key first. */
  async save(article: ParsedArticle, attempts = 5): Promise<SaveOutcome> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        const outcome = await this.write(client, article);
        await client.query('COMMIT');
        return outcome;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        if (attempt >= attempts || (error as { code?: string }).code !== '23505') throw error;
      } finally {
        client.release();
      }
    }
  }

  private async write(db: pg.PoolClient, article: ParsedArticle): Promise<SaveOutcome> {
    const run = async (queries: pg.QueryConfig[]) => {
      for (const query of queries) await db.query(query);
    };
    const hash = contentHash(article);
    const [existing] = (await db.query('SELECT "id", "contentHash" FROM "Article" WHERE "sourceKey" = $1', [article.sourceKey])).rows as {
      id: number;
      contentHash: string;
    }[];
    if (existing?.contentHash === hash) return 'unchanged';

    const f = articleFields(article, hash);
    const [holder] = (await db.query('SELECT "sourceKey" FROM "Article" WHERE "slug" = $1', [slugify(article.title)])).rows as { sourceKey: string }[];
    const slug = articleSlug(article, holder?.sourceKey);
    const now = pgDate(new Date());
    const values: Value[] = [hash, slug, f.title, pgDate(f.publishedAt), f.source, f.dateline, f.readingMinutes, f.text, f.body, f.wordCount, now];
    let articleId: number;
    if (existing) {
      articleId = existing.id;
      await db.query(
        `UPDATE "Article" SET "contentHash" = $1, "slug" = $2, "title" = $3, "publishedAt" = $4, "source" = $5, "dateline" = $6,
         "readingMinutes" = $7, "text" = $8, "body" = $9, "wordCount" = $10, "updatedAt" = $11 WHERE "id" = $12`,
        [...values, articleId],
      );
      for (const table of ['Block', 'Credit', 'Quote', 'Mention', 'ArticleEntity']) await db.query(`DELETE FROM "${table}" WHERE "articleId" = $1`, [articleId]);
    } else {
      const [row] = (
        await db.query(
          `INSERT INTO "Article" ("contentHash", "slug", "title", "publishedAt", "source", "dateline", "readingMinutes", "text", "body",
           "wordCount", "updatedAt", "sourceKey", "sourceFile") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING "id"`,
          [...values, article.sourceKey, article.sourceKey.replace(/#.*$/, '')],
        )
      ).rows as { id: number }[];
      articleId = row!.id;
    }

    const blockCols = ['articleId', 'position', 'kind', 'text', 'start', 'end'];
    await run(insertMany('Block', blockCols, blockRows(articleId, article).map((b) => [b.articleId, b.position, b.kind, b.text, b.start, b.end]), { kind: '::"BlockKind"' }));

    const journalists = journalistsOf(article);
    await run(insertMany('Journalist', ['slug', 'name'], [...journalists].map(([s, n]) => [s, n]), {}, 'ON CONFLICT ("slug") DO NOTHING'));
    const journalistIds = new Map<string, number>();
    if (journalists.size > 0) {
      for (const r of (await db.query('SELECT "id", "slug" FROM "Journalist" WHERE "slug" = ANY($1)', [[...journalists.keys()]])).rows) journalistIds.set(r.slug, r.id);
    }
    const credits = creditRows(articleId, article, (s) => journalistIds.get(s)!);
    await run(insertMany('Credit', ['articleId', 'journalistId', 'role', 'position', 'leading'], credits.map((c) => [c.articleId, c.journalistId, c.role, c.position, c.leading]), CASTS));

    const entities = entitiesOf(article);
    await run(insertMany('Entity', ['slug', 'name', 'type'], [...entities].map(([s, e]) => [s, e.name, e.type]), CASTS, 'ON CONFLICT ("slug") DO NOTHING'));
    const entityIds = new Map<string, number>();
    if (entities.size > 0) {
      for (const r of (await db.query('SELECT "id", "slug" FROM "Entity" WHERE "slug" = ANY($1)', [[...entities.keys()]])).rows) entityIds.set(r.slug, r.id);
    }
    const rows = entityRows(articleId, article, (s) => entityIds.get(s)!);
    await run(insertMany('EntityAlias', ['entityId', 'name'], rows.aliases.map((a) => [a.entityId, a.name]), {}, 'ON CONFLICT DO NOTHING'));
    await run(insertMany('EntityDescription', ['entityId', 'text'], rows.descriptions.map((d) => [d.entityId, d.text]), {}, 'ON CONFLICT DO NOTHING'));
    await run(
      insertMany(
        'ArticleEntity',
        ['articleId', 'entityId', 'mentionCount', 'salience', 'publishedAt'],
        rows.links.map((l) => [l.articleId, l.entityId, l.mentionCount, l.salience, pgDate(l.publishedAt)]),
      ),
    );
    await run(
      insertMany(
        'Mention',
        ['articleId', 'entityId', 'text', 'start', 'end', 'paragraphIndex'],
        rows.mentions.map((m) => [m.articleId, m.entityId, m.text, m.start, m.end, m.paragraphIndex]),
      ),
    );
    await run(
      insertMany(
        'Quote',
        ['articleId', 'position', 'text', 'speakerName', 'speakerId', 'cue', 'cueStart', 'cueEnd', 'kind', 'paragraphIndex', 'start', 'end', 'publishedAt'],
        rows.quotes.map((q) => [
          q.articleId, q.position, q.text, q.speakerName, q.speakerId, q.cue, q.cueStart, q.cueEnd, q.kind, q.paragraphIndex, q.start, q.end, pgDate(q.publishedAt),
        ]),
        { kind: '::"QuoteKind"' },
      ),
    );
    return existing ? 'updated' : 'created';
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
