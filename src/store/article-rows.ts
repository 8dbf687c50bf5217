// The rows one parsed article becomes, as plain objects. Both writers (sqlite-writer.ts and
// pg-writer.ts) insert exactly these, so the two databases cannot drift apart.
import { createHash } from 'node:crypto';
import { entityKey } from '../ingest/names.js';
import { countWords, slugify } from '../ingest/text.js';
import type { CreditRole, EntityType, ParsedArticle } from '../ingest/types.js';

/** What saving one article did: idempotent writers leave an unchanged article alone. */
export type SaveOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Hash of everything ingestion produced for the article, so a re-run also refreshes
 * articles whose file is unchanged but whose extraction improved. The slugs the article is
 * stored under (its title's, its entities' and journalists') are hashed too: they come from
 * the slug rule, not the article, and a change of rule must reach every article it affects.
 */
export function contentHash(article: ParsedArticle): string {
  const slugs = [slugify(article.title), ...entitiesOf(article).keys(), ...journalistsOf(article).keys()];
  return createHash('sha256').update(JSON.stringify(article)).update(JSON.stringify(slugs)).digest('hex');
}

/**
 * An article's slug: its title's, unless another source already holds that one (`holder`,
 * looked up by the writer), then the title's slug plus a short hash of the source.
 */
export function articleSlug(article: ParsedArticle, holder: string | undefined): string {
  const slug = slugify(article.title);
  if (holder === undefined || holder === article.sourceKey) return slug;
  return `${slug}-${createHash('sha256').update(article.sourceKey).digest('hex').slice(0, 8)}`;
}

export function articleFields(article: ParsedArticle, hash: string) {
  const body = article.blocks.map((b) => b.text).join('\n\n');
  return {
    contentHash: hash,
    title: article.title,
    publishedAt: article.publishedAt ? new Date(article.publishedAt) : null,
    source: article.source,
    dateline: article.dateline,
    readingMinutes: article.readingMinutes,
    text: article.text,
    body,
    wordCount: countWords(body),
  };
}

export function blockRows(articleId: number, article: ParsedArticle) {
  return article.blocks.map((b, position) => ({ articleId, position, kind: b.kind, text: b.text, start: b.start, end: b.end }));
}

/** Journalist slug -> name, for the credited journalists. */
export function journalistsOf(article: ParsedArticle): Map<string, string> {
  return new Map(article.credits.map((c) => [slugify(c.name), c.name]));
}

/** One row per journalist and role, in credit order; `leading` marks each journalist's first. */
export function creditRows(articleId: number, article: ParsedArticle, journalistId: (slug: string) => number) {
  const rows: { articleId: number; journalistId: number; role: CreditRole; position: number; leading: boolean }[] = [];
  const seen = new Set<string>();
  const credited = new Set<number>();
  for (const credit of article.credits) {
    const id = journalistId(slugify(credit.name));
    const key = `${id}:${credit.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ articleId, journalistId: id, role: credit.role, position: rows.length, leading: !credited.has(id) });
    credited.add(id);
  }
  return rows;
}

/** Entity slug -> the entity as first named in this article. */
export function entitiesOf(article: ParsedArticle): Map<string, { name: string; type: EntityType }> {
  const out = new Map<string, { name: string; type: EntityType }>();
  for (const e of article.entities) {
    const key = entityKey(e.name, e.type);
    if (!out.has(key)) out.set(key, { name: e.name, type: e.type });
  }
  return out;
}

/** Everything that points at entities, given how to find an entity's id. */
export function entityRows(articleId: number, article: ParsedArticle, entityId: (slug: string) => number) {
  const publishedAt = article.publishedAt ? new Date(article.publishedAt) : null;
  const idOf = (e: { name: string; type: EntityType }) => entityId(entityKey(e.name, e.type));
  // Two extracted entities can share a key ("Donald J. Trump", "Donald Trump"; "AKZO" the
  // company and "Akzo" taken for a person): one link, mentions and salience summed, since
  // salience is a share and the article's shares must still add up to 1 (never past 1 by an ulp).
  const links = new Map<number, { articleId: number; entityId: number; mentionCount: number; salience: number; publishedAt: Date | null }>();
  const aliases = new Map<string, { entityId: number; name: string }>();
  const descriptions = new Map<string, { entityId: number; text: string }>();
  for (const e of article.entities) {
    const id = idOf(e);
    const link = links.get(id);
    if (link) {
      link.mentionCount += e.mentions.length;
      link.salience = Math.min(1, link.salience + e.salience);
    } else links.set(id, { articleId, entityId: id, mentionCount: e.mentions.length, salience: e.salience, publishedAt });
    for (const name of e.aliases) aliases.set(`${id}\u0000${name}`, { entityId: id, name });
    for (const text of e.descriptions) descriptions.set(`${id}\u0000${text}`, { entityId: id, text });
  }
  const mentions = article.entities.flatMap((e) =>
    e.mentions.map((m) => ({ articleId, entityId: idOf(e), text: m.text, start: m.start, end: m.end, paragraphIndex: m.paragraphIndex })),
  );
  const speakers = new Map(article.entities.map((e) => [e.name, idOf(e)]));
  const quotes = article.quotes.map((q, position) => ({
    articleId,
    position,
    text: q.text,
    speakerName: q.speakerAsWritten,
    speakerId: q.speaker === null ? null : (speakers.get(q.speaker) ?? null),
    cue: q.cue,
    cueStart: q.cueStart ?? null,
    cueEnd: q.cueEnd ?? null,
    kind: q.kind,
    paragraphIndex: q.paragraphIndex,
    start: q.start,
    end: q.end,
    publishedAt,
  }));
  return { links: [...links.values()], aliases: [...aliases.values()], descriptions: [...descriptions.values()], mentions, quotes };
}
