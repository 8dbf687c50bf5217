// ParsedArticle -> one transaction of upserts. Idempotent: an article whose content hash is
// unchanged is left alone; a changed one is updated in place, keyed by its source.
import { createHash } from 'node:crypto';
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

async function journalistIds(tx: Tx, names: string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const name of new Set(names)) {
    const slug = slugify(name);
    const row = await tx.journalist.upsert({ where: { slug }, create: { slug, name }, update: {}, select: { id: true } });
    ids.set(name, row.id);
  }
  return ids;
}

async function entityIds(tx: Tx, article: ParsedArticle): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const entity of article.entities) {
    const slug = slugify(entity.name);
    const row = await tx.entity.upsert({
      where: { slug },
      create: { slug, name: entity.name, type: entity.type },
      update: {},
      select: { id: true },
    });
    ids.set(entity.name, row.id);
  }
  return ids;
}

/** One row per journalist and role, in credit order; `leading` marks each journalist's first. */
function creditRows(articleId: number, article: ParsedArticle, journalists: Map<string, number>) {
  const rows: Prisma.CreditCreateManyInput[] = [];
  const seen = new Set<string>();
  const credited = new Set<number>();
  for (const credit of article.credits) {
    const journalistId = journalists.get(credit.name)!;
    const key = `${journalistId}:${credit.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ articleId, journalistId, role: credit.role, position: rows.length, leading: !credited.has(journalistId) });
    credited.add(journalistId);
  }
  return rows;
}

async function writeChildren(tx: Tx, articleId: number, article: ParsedArticle): Promise<void> {
  await tx.block.createMany({
    data: article.blocks.map((b, position) => ({ articleId, position, kind: b.kind, text: b.text, start: b.start, end: b.end })),
  });

  const journalists = await journalistIds(tx, article.credits.map((c) => c.name));
  await tx.credit.createMany({ data: creditRows(articleId, article, journalists) });

  const entities = await entityIds(tx, article);
  await tx.articleEntity.createMany({
    data: article.entities.map((e) => ({
      articleId,
      entityId: entities.get(e.name)!,
      mentionCount: e.mentions.length,
      salience: e.salience,
    })),
  });
  await tx.mention.createMany({
    data: article.entities.flatMap((e) =>
      e.mentions.map((m) => ({ articleId, entityId: entities.get(e.name)!, text: m.text, start: m.start, end: m.end, paragraphIndex: m.paragraphIndex })),
    ),
  });
  await tx.quote.createMany({
    data: article.quotes.map((q, position) => ({
      articleId,
      position,
      text: q.text,
      speakerName: q.speakerAsWritten,
      speakerId: q.speaker === null ? null : (entities.get(q.speaker) ?? null),
      cue: q.cue,
      kind: q.kind,
      paragraphIndex: q.paragraphIndex,
      start: q.start,
      end: q.end,
    })),
  });
}

/** Saves one article in one transaction; nothing of it is written if any step fails. */
export async function saveArticle(db: Db, article: ParsedArticle): Promise<SaveOutcome> {
  const hash = contentHash(article);
  const existing = await db.article.findUnique({ where: { sourceKey: article.sourceKey }, select: { id: true, contentHash: true } });
  if (existing?.contentHash === hash) return 'unchanged';

  const body = article.blocks.map((b) => b.text).join('\n\n');
  await db.$transaction(async (tx) => {
    const fields = {
      contentHash: hash,
      slug: await uniqueArticleSlug(tx, article.title, article.sourceKey),
      title: article.title,
      publishedAt: article.publishedAt ? new Date(article.publishedAt) : null,
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
      // Children are rebuilt from the new parse; cascades are not relied on for an update.
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
