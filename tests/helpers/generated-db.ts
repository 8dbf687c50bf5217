// A large database generated in SQL, in seconds: articles with words of known frequency, quotes,
// entities, journalists and their links, written straight into the tables (the full-text
// triggers on SQLite and the generated tsvector columns on PostgreSQL index them as they go).
// Made for the answers that only go wrong at size: searches matching 1,000, 10,000 and every
// article, datelines in mixed case, names holding LIKE's wildcards.
import type { Db } from '../../src/store/db.js';
import { providerOfDb } from '../../src/store/db.js';

/** Search words and how many articles hold each (of `articles`, a multiple of 20). */
export const WORDS = {
  /** Articles whose id is a multiple of 20 (title and body), and their first quote. */
  sorghum: (articles: number) => articles / 20,
  /** Even ids, and their first quote. */
  tariff: (articles: number) => articles / 2,
  /** Every article and every quote. */
  wire: (articles: number) => articles,
};

/** One of these per article (by id modulo their count): mixed case and wildcard characters on purpose. */
export const DATELINES = ['New York', 'NEW YORK', 'new york', 'Stamford, Conn.', 'STAMFORD, CONN.', 'LONDON', 'London', null, 'A_B%C\\D', 'TOKYO', 'AB%CD'];
export const SOURCES = ['Reuters', 'Reuters', 'Reuters', 'AP', null, 'A%P', 'R_uters'];
export const COLORS = ['amber', 'cobalt', 'crimson', 'ivory', 'jade', 'ochre', 'teal'];
export const FRUITS = ['apple', 'banana', 'cherry', 'lemon', 'mango', 'melon', 'grape', 'guava', 'kiwi', 'peach', 'plum'];
export const SPEAKER_NAMES = ['Ann Lee', 'ann lee', 'Bob_Ray', 'Bob%Ray', 'C\\D', 'he', null, 'The Ministry', 'Dana Fox'];

/** Entities 1..500 are plain (A0001 ... by letter); these follow, 501..; 501-504 appear in many articles. */
export const SPECIAL_ENTITIES = [
  'Big One', 'Big Two', 'Big Three', 'Half', 'A_B Corp', 'A%B Holdings', 'AB Holdings', 'A\\B Trust', '100% Cotton',
  'Under_score Ltd', 'Back\\slash Inc', 'Percent% Group', 'United States', 'a_b lower', 'Stamford Group', 'Zed',
  'New York Times', 'NEW Yorker', 'Ana_', 'ANA%',
];
const PLAIN_ENTITIES = 500;
const JOURNALISTS = 220;

const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'OTHER'];
/** One of these per quote (by article id plus position modulo their count). */
export const QUOTE_KINDS = ['FULL', 'PARTIAL', 'INDIRECT', 'FULL', 'PARTIAL'] as const;

interface Dialect {
  /** A FROM item giving the column "i" from 1 to n. */
  series(n: number): string;
  /** A timestamp `days` days and `seconds` seconds after 1987-01-01, as the column stores it. */
  at(days: string, seconds: string): string;
  now: string;
  /** `expr` as a value of the named enum. */
  enumOf(type: string, expr: string): string;
  bool(value: boolean): string;
}

const sqlite: Dialect = {
  series: (n) => `(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${n}) SELECT i FROM s) n`,
  // Prisma's SQLite DateTime: ISO 8601 with milliseconds and +00:00.
  at: (days, seconds) => `strftime('%Y-%m-%dT%H:%M:%S.000+00:00', '1987-01-01', '+' || (${days}) || ' days', '+' || (${seconds}) || ' seconds')`,
  now: `'2026-01-01T00:00:00.000+00:00'`,
  enumOf: (_type, expr) => expr,
  bool: (value) => (value ? '1' : '0'),
};

const postgres: Dialect = {
  series: (n) => `generate_series(1, ${n}) AS n(i)`,
  at: (days, seconds) => `(TIMESTAMP '1987-01-01' + (${days}) * INTERVAL '1 day' + (${seconds}) * INTERVAL '1 second')`,
  now: `TIMESTAMP '2026-01-01 00:00:00'`,
  enumOf: (type, expr) => `(${expr})::"${type}"`,
  bool: (value) => (value ? 'TRUE' : 'FALSE'),
};

const literal = (value: string | null) => (value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`);

/** `CASE expr % n WHEN 0 THEN list[0] ... END` over a list of literals. */
function pick(expr: string, list: readonly (string | null)[]): string {
  return `CASE (${expr}) % ${list.length} ${list.map((v, k) => `WHEN ${k} THEN ${literal(v)}`).join(' ')} END`;
}

/**
 * Fills an empty, migrated database with `articles` articles (a multiple of 20) and what hangs
 * off them: 1.33 quotes, 3 to 5 entity links, mentions and 1 to 3 credits an article.
 * Publication days repeat (ties in every date order) and every 97th article has none.
 */
export async function generateDb(db: Db, articles: number): Promise<void> {
  if (articles % 20 !== 0) throw new Error('articles must be a multiple of 20');
  const d = providerOfDb(db) === 'postgresql' ? postgres : sqlite;
  const published = `CASE WHEN i % 97 = 0 THEN NULL ELSE ${d.at('i % 500', '(i % 3) * 3600')} END`;
  const statements = [
    `INSERT INTO "Article" ("id", "sourceKey", "sourceFile", "contentHash", "slug", "title", "publishedAt", "source", "dateline",
        "readingMinutes", "text", "body", "wordCount", "createdAt", "updatedAt")
      SELECT i, 'gen/' || i, 'gen.txt', 'h', 'article-' || i, "title", ${published}, ${pick('i', SOURCES)}, ${pick('i', DATELINES)},
        1, "title" || '\n\n' || "body", "body", 20, ${d.now}, ${d.now}
      FROM (SELECT i,
              'Report ' || i || CASE WHEN i % 20 = 0 THEN ' sorghum harvest' ELSE '' END AS "title",
              'wire copy ' || i || '. ' || ${pick('i', COLORS)} || ' ' || ${pick('i', FRUITS)} || '. '
                || CASE WHEN i % 2 = 0 THEN 'tariff talks. ' ELSE '' END
                || CASE WHEN i % 6 = 0 THEN 'tariff again, tariff. ' ELSE '' END
                || CASE WHEN i % 20 = 0 THEN 'sorghum crop. ' ELSE '' END AS "body"
            FROM ${d.series(articles)}) a`,
    `INSERT INTO "Journalist" ("id", "slug", "name")
      SELECT i, 'journalist-' || i, CASE WHEN i % 10 = 0 THEN 'Jo_' || i ELSE 'Journalist ' || i END FROM ${d.series(JOURNALISTS)}`,
    // A byline on every article, the same journalist reporting on every 5th, an editor on odd ones.
    `INSERT INTO "Credit" ("articleId", "journalistId", "role", "position", "leading")
      SELECT i, 1 + i % 200, ${d.enumOf('CreditRole', "'BYLINE'")}, 0, ${d.bool(true)} FROM ${d.series(articles)}
      UNION ALL SELECT i, 1 + i % 200, ${d.enumOf('CreditRole', "'REPORTING'")}, 1, ${d.bool(false)} FROM ${d.series(articles)} WHERE i % 5 = 0
      UNION ALL SELECT i, 201 + i % 20, ${d.enumOf('CreditRole', "'EDITING'")}, 2, ${d.bool(true)} FROM ${d.series(articles)} WHERE i % 2 = 1`,
    `INSERT INTO "Entity" ("id", "slug", "name", "type")
      SELECT i, 'entity-' || i, ${pick('i', [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'])} || 'x' || i, ${d.enumOf('EntityType', pick('i', ENTITY_TYPES))}
      FROM ${d.series(PLAIN_ENTITIES)}
      UNION ALL SELECT ${PLAIN_ENTITIES} + i, 'entity-' || (${PLAIN_ENTITIES} + i), ${pick('i - 1', SPECIAL_ENTITIES)},
        ${d.enumOf('EntityType', pick('i', ENTITY_TYPES))}
      FROM ${d.series(SPECIAL_ENTITIES.length)}`,
    `INSERT INTO "EntityAlias" ("entityId", "name")
      SELECT i * 10, 'Alias ' || (i * 10) FROM ${d.series(PLAIN_ENTITIES / 10)}
      UNION ALL SELECT ${PLAIN_ENTITIES} + 16, 'Z_ed%'
      UNION ALL SELECT ${PLAIN_ENTITIES} + 13, 'U.S.'`,
    // Every article names a plain entity and one of Big One/Two/Three; even ones name Half;
    // every 5th one of the special names.
    `INSERT INTO "ArticleEntity" ("articleId", "entityId", "mentionCount", "salience", "publishedAt")
      SELECT l."id", l."entityId", 1 + l."id" % 3, 0.25, a."publishedAt" FROM (
        SELECT i AS "id", 1 + i % ${PLAIN_ENTITIES} AS "entityId" FROM ${d.series(articles)}
        UNION ALL SELECT i, ${PLAIN_ENTITIES + 1} + i % 3 FROM ${d.series(articles)}
        UNION ALL SELECT i, ${PLAIN_ENTITIES + 4} FROM ${d.series(articles)} WHERE i % 2 = 0
        UNION ALL SELECT i, ${PLAIN_ENTITIES + 5} + i % ${SPECIAL_ENTITIES.length - 4} FROM ${d.series(articles)} WHERE i % 5 = 0
      ) l JOIN "Article" a ON a."id" = l."id"`,
    `INSERT INTO "Mention" ("articleId", "entityId", "text", "start", "end", "paragraphIndex")
      SELECT "articleId", "entityId", 'x', 0, 1, 0 FROM "ArticleEntity"
      UNION ALL SELECT "articleId", "entityId", 'x', 2, 3, 0 FROM "ArticleEntity" WHERE "articleId" % 3 = 0`,
    // A first quote in every article, a second in every third; two in five FULL and PARTIAL, one INDIRECT.
    `INSERT INTO "Quote" ("articleId", "position", "text", "speakerName", "speakerId", "cue", "kind", "paragraphIndex", "start", "end", "publishedAt")
      SELECT a."id", q."position",
        'wire ' || CASE WHEN q."position" = 0 AND a."id" % 2 = 0 THEN 'tariff ' ELSE '' END
          || CASE WHEN q."position" = 0 AND a."id" % 20 = 0 THEN 'sorghum ' ELSE '' END || ${pick('a."id" + q."position"', COLORS)} || ' we said',
        ${pick('a."id" + q."position"', SPEAKER_NAMES)},
        CASE WHEN (a."id" + q."position") % 4 = 0 THEN NULL ELSE ${PLAIN_ENTITIES} + 1 + (a."id" + q."position") % ${SPECIAL_ENTITIES.length} END,
        'said', ${d.enumOf('QuoteKind', pick('a."id" + q."position"', QUOTE_KINDS))}, 0, 0, 1, a."publishedAt"
      FROM "Article" a JOIN (SELECT 0 AS "position" UNION ALL SELECT 1) q ON q."position" = 0 OR a."id" % 3 = 0`,
  ];
  for (const sql of statements) await db.$executeRawUnsafe(sql);
  if (d === postgres) {
    for (const table of ['Article', 'Journalist', 'Entity', 'Mention', 'Quote']) {
      await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT MAX("id") FROM "${table}"))`);
    }
    await db.$executeRawUnsafe('ANALYZE');
  } else {
    await db.$executeRawUnsafe('ANALYZE');
  }
}
