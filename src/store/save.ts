// ParsedArticle -> one transaction. Idempotent: an article whose content hash is unchanged
// is left alone; a changed one is updated in place, keyed by its source. Shared rows
// (journalists, entities, aliases) are looked up and created in batches, a few statements
// per article whatever its size.
import { createHash } from 'node:crypto';
import { entityKey } from '../ingest/entities.js';
import type { ParsedArticle } from '../ingest/types.js';
import { countWords, slugify } from '../ingest/text.js';
import type { Db, Prisma } from './db.js';

export type SaveOutcome = 'created' | 'updated' | 'unchanged';

type Tx = Prisma.TransactionClient;

/**
 * Hash of everything ingestion produced for the article, so a re-run also refreshes
 * articles whose file is unchanged but whose extraction improved.
 */
export function contentHash(article: ParsedArticle): string {
  return createHash('sha256').update(JSON.stringify(article)).digest('hex');
}

function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 8);
}

/** The title's slug, or the slug plus a short hash of the source when another article has it. */
async function uniqueArticleSlug(tx: Tx, title: string, sourceKey: string): Promise<string> {
  const slug = slugify(title);
  const holder = await tx.article.findUnique({ where: { slug }, select: { sourceKey: true } });
  return !holder || holder.sourceKey === sourceKey ? slug : `${slug}-${shortHash(sourceKey)}`;
}

/** Journalist id by slug, creating the journalists not stored yet. */
async function ensureJournalists(tx: Tx, names: string[]): Promise<Map<string, number>> {
  const bySlug = new Map(names.map((name) => [slugify(name), name]));
  const slugs = [...bySlug.keys()];
  const existing = await tx.journalist.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const missing = slugs.filter((slug) => !existing.some((j) => j.slug === slug));
  if (missing.length === 0) return new Map(existing.map((j) => [j.slug, j.id]));
  await tx.journalist.createMany({ data: missing.map((slug) => ({ slug, name: bySlug.get(slug)! })) });
  const all = await tx.journalist.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  return new Map(all.map((j) => [j.slug, j.id]));
}

/** Entity id by slug, creating the entities not stored yet (the first article to name one sets its name). */
async function ensureEntities(tx: Tx, article: ParsedArticle): Promise<Map<string, number>> {
  const wanted = new Map(article.entities.map((e) => [entityKey(e.name, e.type), e]));
  const slugs = [...wanted.keys()];
  const existing = await tx.entity.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const missing = slugs.filter((slug) => !existing.some((e) => e.slug === slug));
  if (missing.length === 0) return new Map(existing.map((e) => [e.slug, e.id]));
  await tx.entity.createMany({
    data: missing.map((slug) => ({ slug, name: wanted.get(slug)!.name, type: wanted.get(slug)!.type })),
  });
  const all = await tx.entity.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  return new Map(all.map((e) => [e.slug, e.id]));
}

/** Adds the article's aliases and descriptions to its entities, skipping those already known. */
async function addAliasesAndDescriptions(tx: Tx, article: ParsedArticle, ids: Map<string, number>): Promise<void> {
  const aliases = new Map<string, { entityId: number; name: string }>();
  const descriptions = new Map<string, { entityId: number; text: string }>();
  for (const e of article.entities) {
    const entityId = ids.get(entityKey(e.name, e.type))!;
    for (const name of e.aliases) aliases.set(`${entityId}\u0000${name}`, { entityId, name });
    for (const text of e.descriptions) descriptions.set(`${entityId}\u0000${text}`, { entityId, text });
  }
  const entityIds = [...new Set(ids.values())];
  if (aliases.size > 0) {
    const names = [...new Set([...aliases.values()].map((a) => a.name))];
    const known = await tx.entityAlias.findMany({ where: { entityId: { in: entityIds }, name: { in: names } } });
    for (const a of known) aliases.delete(`${a.entityId}\u0000${a.name}`);
    await tx.entityAlias.createMany({ data: [...aliases.values()] });
  }
  if (descriptions.size > 0) {
    const texts = [...new Set([...descriptions.values()].map((d) => d.text))];
    const known = await tx.entityDescription.findMany({ where: { entityId: { in: entityIds }, text: { in: texts } } });
    for (const d of known) descriptions.delete(`${d.entityId}\u0000${d.text}`);
    await tx.entityDescription.createMany({ data: [...descriptions.values()] });
  }
}

/** One row per journalist and role, in credit order; `leading` marks each journalist's first. */
function creditRows(articleId: number, article: ParsedArticle, journalists: Map<string, number>) {
  const rows: Prisma.CreditCreateManyInput[] = [];
  const seen = new Set<string>();
  const credited = new Set<number>();
  for (const credit of article.credits) {
    const journalistId = journalists.get(slugify(credit.name))!;
    const key = `${journalistId}:${credit.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ articleId, journalistId, role: credit.role, position: rows.length, leading: !credited.has(journalistId) });
    credited.add(journalistId);
  }
  return rows;
}

async function writeChildren(tx: Tx, articleId: number, article: ParsedArticle, publishedAt: Date | null): Promise<void> {
  await tx.block.createMany({
    data: article.blocks.map((b, position) => ({ articleId, position, kind: b.kind, text: b.text, start: b.start, end: b.end })),
  });

  if (article.credits.length > 0) {
    const journalists = await ensureJournalists(tx, article.credits.map((c) => c.name));
    await tx.credit.createMany({ data: creditRows(articleId, article, journalists) });
  }

  const entities = await ensureEntities(tx, article);
  await addAliasesAndDescriptions(tx, article, entities);
  const idOf = (e: { name: string; type: ParsedArticle['entities'][number]['type'] }) => entities.get(entityKey(e.name, e.type))!;
  // Two extracted entities can share a key ("Donald J. Trump", "Donald Trump"): one link, mentions summed.
  const links = new Map<number, Prisma.ArticleEntityCreateManyInput>();
  for (const e of article.entities) {
    const entityId = idOf(e);
    const link = links.get(entityId);
    if (link) {
      link.mentionCount += e.mentions.length;
      link.salience = Math.max(link.salience, e.salience);
    } else links.set(entityId, { articleId, entityId, mentionCount: e.mentions.length, salience: e.salience, publishedAt });
  }
  await tx.articleEntity.createMany({ data: [...links.values()] });
  await tx.mention.createMany({
    data: article.entities.flatMap((e) =>
      e.mentions.map((m) => ({ articleId, entityId: idOf(e), text: m.text, start: m.start, end: m.end, paragraphIndex: m.paragraphIndex })),
    ),
  });

  const speakers = new Map(article.entities.map((e) => [e.name, idOf(e)]));
  await tx.quote.createMany({
    data: article.quotes.map((q, position) => ({
      articleId,
      position,
      text: q.text,
      speakerName: q.speakerAsWritten,
      speakerId: q.speaker === null ? null : (speakers.get(q.speaker) ?? null),
      cue: q.cue,
      kind: q.kind,
      paragraphIndex: q.paragraphIndex,
      start: q.start,
      end: q.end,
      publishedAt,
    })),
  });
}

/** A unique key taken by a concurrent writer between our read and our write. */
function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}

/**
 * Saves one article in one transaction; nothing of it is written if any step fails. Shared
 * rows are keyed by unique columns, so when another seed run (or API-side writer) creates the
 * same journalist, entity or article first, the transaction fails on that key and is simply
 * run again, now finding the row: concurrent runs end with no duplicates.
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

  const body = article.blocks.map((b) => b.text).join('\n\n');
  const publishedAt = article.publishedAt ? new Date(article.publishedAt) : null;
  await db.$transaction(async (tx) => {
    const fields = {
      contentHash: hash,
      slug: await uniqueArticleSlug(tx, article.title, article.sourceKey),
      title: article.title,
      publishedAt,
      source: article.source,
      dateline: article.dateline,
      readingMinutes: article.readingMinutes,
      text: article.text,
      body,
      wordCount: countWords(body),
    };
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
    await writeChildren(tx, articleId, article, publishedAt);
  });
  return existing ? 'updated' : 'created';
}
