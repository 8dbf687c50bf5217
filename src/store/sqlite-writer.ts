// How the seed writes on SQLite: the rows of article-rows.ts, written with
// better-sqlite3's prepared statements in one synchronous transaction per article. Prisma
// costs about a millisecond per statement; this costs microseconds, which is the difference
// between minutes and seconds on a corpus of 19,000 articles. The API still reads through
// Prisma; WAL mode lets both connections share the file.
import Database from 'better-sqlite3';
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

/** Dates as the Prisma SQLite adapter stores them, so Prisma reads them back unchanged. */
function sqlDate(date: Date | null): string | null {
  return date ? date.toISOString().replace('Z', '+00:00') : null;
}

export class SqliteArticleWriter {
  private readonly db: Database.Database;
  private readonly sql;
  readonly save: (article: ParsedArticle) => SaveOutcome;

  constructor(file: string) {
    this.db = new Database(file, { timeout: 10_000 });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    const p = (source: string) => this.db.prepare(source);
    this.sql = {
      existing: p('SELECT id, contentHash FROM Article WHERE sourceKey = ?'),
      slugHolder: p('SELECT sourceKey FROM Article WHERE slug = ?'),
      insertArticle: p(`INSERT INTO Article (sourceKey, sourceFile, contentHash, slug, title, publishedAt, source, dateline,
        readingMinutes, text, body, wordCount, createdAt, updatedAt)
        VALUES (@sourceKey, @sourceFile, @contentHash, @slug, @title, @publishedAt, @source, @dateline,
        @readingMinutes, @text, @body, @wordCount, @now, @now) RETURNING id`),
      updateArticle: p(`UPDATE Article SET contentHash = @contentHash, slug = @slug, title = @title, publishedAt = @publishedAt,
        source = @source, dateline = @dateline, readingMinutes = @readingMinutes, text = @text, body = @body,
        wordCount = @wordCount, updatedAt = @now WHERE id = @id`),
      deleteChildren: ['Block', 'Credit', 'Quote', 'Mention', 'ArticleEntity'].map((t) => p(`DELETE FROM "${t}" WHERE articleId = ?`)),
      insertBlock: p('INSERT INTO Block (articleId, position, kind, text, start, "end") VALUES (@articleId, @position, @kind, @text, @start, @end)'),
      insertJournalist: p('INSERT INTO Journalist (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO NOTHING'),
      journalistId: p('SELECT id FROM Journalist WHERE slug = ?').pluck(),
      insertCredit: p(
        'INSERT INTO Credit (articleId, journalistId, role, position, leading) VALUES (@articleId, @journalistId, @role, @position, @leading)',
      ),
      insertEntity: p('INSERT INTO Entity (slug, name, type) VALUES (?, ?, ?) ON CONFLICT (slug) DO NOTHING'),
      entityId: p('SELECT id FROM Entity WHERE slug = ?').pluck(),
      insertAlias: p('INSERT INTO EntityAlias (entityId, name) VALUES (@entityId, @name) ON CONFLICT DO NOTHING'),
      insertDescription: p('INSERT INTO EntityDescription (entityId, text) VALUES (@entityId, @text) ON CONFLICT DO NOTHING'),
      insertLink: p(`INSERT INTO ArticleEntity (articleId, entityId, mentionCount, salience, publishedAt)
        VALUES (@articleId, @entityId, @mentionCount, @salience, @publishedAt)`),
      insertMention: p(`INSERT INTO Mention (articleId, entityId, text, start, "end", paragraphIndex)
        VALUES (@articleId, @entityId, @text, @start, @end, @paragraphIndex)`),
      insertQuote: p(`INSERT INTO Quote (articleId, position, text, speakerName, speakerId, cue, cueStart, cueEnd, kind, paragraphIndex, start, "end", publishedAt)
        VALUES (@articleId, @position, @text, @speakerName, @speakerId, @cue, @cueStart, @cueEnd, @kind, @paragraphIndex, @start, @end, @publishedAt)`),
    };
    // IMMEDIATE takes the write lock up front, so two processes seeding at once wait for each
    // other (busy timeout) instead of failing to upgrade a read lock.
    const transaction = this.db.transaction((article: ParsedArticle) => this.write(article));
    this.save = (article) => transaction.immediate(article) as SaveOutcome;
  }

  private write(article: ParsedArticle): SaveOutcome {
    const { sql } = this;
    const hash = contentHash(article);
    const existing = sql.existing.get(article.sourceKey) as { id: number; contentHash: string } | undefined;
    if (existing?.contentHash === hash) return 'unchanged';

    const fields = articleFields(article, hash);
    const holder = sql.slugHolder.get(slugify(article.title)) as { sourceKey: string } | undefined;
    const slug = articleSlug(article, holder?.sourceKey);
    const row = { ...fields, slug, publishedAt: sqlDate(fields.publishedAt), now: sqlDate(new Date()) };
    let articleId: number;
    if (existing) {
      articleId = existing.id;
      sql.updateArticle.run({ ...row, id: articleId });
      for (const statement of sql.deleteChildren) statement.run(articleId);
    } else {
      const created = sql.insertArticle.get({ ...row, sourceKey: article.sourceKey, sourceFile: article.sourceKey.replace(/#.*$/, '') });
      articleId = (created as { id: number }).id;
    }

    for (const block of blockRows(articleId, article)) sql.insertBlock.run(block);
    for (const [slugKey, name] of journalistsOf(article)) sql.insertJournalist.run(slugKey, name);
    const journalistId = (s: string) => sql.journalistId.get(s) as number;
    for (const credit of creditRows(articleId, article, journalistId)) sql.insertCredit.run({ ...credit, leading: credit.leading ? 1 : 0 });

    for (const [slugKey, e] of entitiesOf(article)) sql.insertEntity.run(slugKey, e.name, e.type);
    const ids = new Map<string, number>();
    const entityId = (s: string) => ids.get(s) ?? ids.set(s, sql.entityId.get(s) as number).get(s)!;
    const rows = entityRows(articleId, article, entityId);
    for (const alias of rows.aliases) sql.insertAlias.run(alias);
    for (const description of rows.descriptions) sql.insertDescription.run(description);
    for (const link of rows.links) sql.insertLink.run({ ...link, publishedAt: sqlDate(link.publishedAt) });
    for (const mention of rows.mentions) sql.insertMention.run(mention);
    for (const quote of rows.quotes) sql.insertQuote.run({ ...quote, publishedAt: sqlDate(quote.publishedAt) });
    return existing ? 'updated' : 'created';
  }

  close(): void {
    this.db.close();
  }
}
