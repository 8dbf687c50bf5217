// ParsedArticle -> one transaction through Prisma (any provider). Idempotent: an article whose
// content hash is unchanged is left alone; a changed one is updated in place, keyed by its
// source. Shared rows (journalists, entities, aliases) are looked up and created in batches.
// The rows themselves come from article-rows.ts, shared with the SQLite bulk writer.
import { slugify } from '../ingest/text.js';
import type { ParsedArticle } from '../ingest/types.js';
import {
  articleFields,
  blockRows,
  contentHash,
  creditRows,
  entitiesOf,
  entityRows,
  fallbackSlug,
  journalistsOf,
} from './article-rows.js';
import type { Db, Prisma } from './db.js';

export { contentHash } from './article-rows.js';
export type SaveOutcome = 'created' | 'updated' | 'unchanged';

type Tx = Prisma.TransactionClient;

/** The title's slug, or the fallback slug when another source has it. */
async function uniqueArticleSlug(tx: Tx, title: string, sourceKey: string): Promise<string> {
  const slug = slugify(title);
  const holder = await tx.article.findUnique({ where: { slug }, select: { sourceKey: true } });
  return !holder || holder.sourceKey === sourceKey ? slug : fallbackSlug(title, sourceKey);
}

/** Id by slug for rows of a table keyed by slug, creating the missing ones. */
async function ensureBySlug(
  wanted: Map<string, unknown>,
  find: (slugs: string[]) => Promise<{ id: number; slug: string }[]>,
  create: (slugs: string[]) => Promise<unknown>,
): Promise<Map<string, number>> {
  const slugs = [...wanted.keys()];
  if (slugs.length === 0) return new Map();
  let rows = await find(slugs);
  const missing = slugs.filter((slug) => !rows.some((r) => r.slug === slug));
  if (missing.length > 0) {
    await create(missing);
    rows = await find(slugs);
  }
  return new Map(rows.map((r) => [r.slug, r.id]));
}

async function writeChildren(tx: Tx, articleId: number, article: ParsedArticle): Promise<void> {
  await tx.block.createMany({ data: blockRows(articleId, article) });

  const journalists = journalistsOf(article);
  const journalistIds = await ensureBySlug(
    journalists,
    (slugs) => tx.journalist.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } }),
    (slugs) => tx.journalist.createMany({ data: slugs.map((slug) => ({ slug, name: journalists.get(slug)! })) }),
  );
  await tx.credit.createMany({ data: creditRows(articleId, article, (slug) => journalistIds.get(slug)!) });

  const entities = entitiesOf(article);
  const entityIds = await ensureBySlug(
    entities,
    (slugs) => tx.entity.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } }),
    (slugs) => tx.entity.createMany({ data: slugs.map((slug) => ({ slug, ...entities.get(slug)! })) }),
  );
  const rows = entityRows(articleId, article, (slug) => entityIds.get(slug)!);
  const ids = [...entityIds.values()];
  if (rows.aliases.length > 0) {
    const known = await tx.entityAlias.findMany({ where: { entityId: { in: ids }, name: { in: rows.aliases.map((a) => a.name) } } });
    await tx.entityAlias.createMany({ data: rows.aliases.filter((a) => !known.some((k) => k.entityId === a.entityId && k.name === a.name)) });
  }
  if (rows.descriptions.length > 0) {
    const known = await tx.entityDescription.findMany({ where: { entityId: { in: ids }, text: { in: rows.descriptions.map((d) => d.text) } } });
    await tx.entityDescription.createMany({
      data: rows.descriptions.filter((d) => !known.some((k) => k.entityId === d.entityId && k.text === d.text)),
    });
  }
  await tx.articleEntity.createMany({ data: rows.links });
  await tx.mention.createMany({ data: rows.mentions });
  await tx.quote.createMany({ data: rows.quotes });
}

/** A unique key taken by a concurrent writer between our read and our write. */
function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}

/**
 * Saves one article in one transaction; nothing of it is written if any step fails. Shared
 * rows are keyed by unique columns, so when another seed run creates the same journalist,
 * entity or article first, the transaction fails on that key and is simply run again, now
 * finding the row: concurrent runs end with no duplicates.
 */
export async function saveArticle(db: Db, article: ParsedArticle, attempts = 5): Promise<SaveOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await saveOnce(db, article);
    } catch (error) {
      if (attempt >= attempts || !isUniqueViolation(error)) throw error;
    }
  }
}

async function saveOnce(db: Db, article: ParsedArticle): Promise<SaveOutcome> {
  const hash = contentHash(article);
  const existing = await db.article.findUnique({ where: { sourceKey: article.sourceKey }, select: { id: true, contentHash: true } });
  if (existing?.contentHash === hash) return 'unchanged';

  await db.$transaction(async (tx) => {
    const fields = { ...articleFields(article, hash), slug: await uniqueArticleSlug(tx, article.title, article.sourceKey) };
    let articleId: number;
    if (existing) {
      articleId = existing.id;
      await tx.article.update({ where: { id: articleId }, data: fields });
      // Children are rebuilt from the new parse.
      const where = { articleId };
      await tx.block.deleteMany({ where });
      await tx.credit.deleteMany({ where });
      await tx.quote.deleteMany({ where });
      await tx.mention.deleteMany({ where });
      await tx.articleEntity.deleteMany({ where });
    } else {
      const sourceFile = article.sourceKey.replace(/#.*$/, '');
      articleId = (await tx.article.create({ data: { ...fields, sourceKey: article.sourceKey, sourceFile }, select: { id: true } })).id;
    }
    await writeChildren(tx, articleId, article);
  });
  return existing ? 'updated' : 'created';
}
