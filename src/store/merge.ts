// Cross-article merging of bare surnames. An article that only ever says "Peskov" gives a
// one-word PERSON entity; once the database holds exactly one full name with that surname
// ("Dmitry Peskov"), the bare entity is folded into it. The decision is taken over the whole
// set of stored names (resolveBareSurnames), so it does not depend on ingestion order.
import { resolveBareSurnames } from '../ingest/names.js';
import type { Db } from './db.js';

/** Folds every resolvable bare-surname entity into its full name; returns how many were merged. */
export async function mergeBareSurnames(db: Db): Promise<number> {
  const people = await db.entity.findMany({ where: { type: 'PERSON' }, select: { slug: true, name: true, type: true } });
  const merges = resolveBareSurnames(people);
  for (const [bareSlug, fullSlug] of merges) await mergeEntity(db, bareSlug, fullSlug);
  return merges.size;
}

async function mergeEntity(db: Db, bareSlug: string, fullSlug: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const bare = await tx.entity.findUnique({ where: { slug: bareSlug }, include: { aliases: true, descriptions: true } });
    const full = await tx.entity.findUnique({ where: { slug: fullSlug }, select: { id: true } });
    if (!bare || !full) return;

    // Articles linked to both keep one link to the full name, with the counts added up.
    const bareLinks = await tx.articleEntity.findMany({ where: { entityId: bare.id } });
    const shared = await tx.articleEntity.findMany({
      where: { entityId: full.id, articleId: { in: bareLinks.map((l) => l.articleId) } },
    });
    for (const link of shared) {
      const other = bareLinks.find((l) => l.articleId === link.articleId)!;
      await tx.articleEntity.update({
        where: { articleId_entityId: { articleId: link.articleId, entityId: full.id } },
        data: { mentionCount: link.mentionCount + other.mentionCount, salience: link.salience + other.salience },
      });
    }
    await tx.articleEntity.deleteMany({ where: { entityId: bare.id, articleId: { in: shared.map((l) => l.articleId) } } });
    await tx.articleEntity.updateMany({ where: { entityId: bare.id }, data: { entityId: full.id } });
    await tx.mention.updateMany({ where: { entityId: bare.id }, data: { entityId: full.id } });
    await tx.quote.updateMany({ where: { speakerId: bare.id }, data: { speakerId: full.id } });

    const aliases = [bare.name, ...bare.aliases.map((a) => a.name)];
    const knownAliases = await tx.entityAlias.findMany({ where: { entityId: full.id, name: { in: aliases } } });
    await tx.entityAlias.createMany({
      data: [...new Set(aliases)].filter((name) => !knownAliases.some((a) => a.name === name)).map((name) => ({ entityId: full.id, name })),
    });
    const texts = bare.descriptions.map((d) => d.text);
    const knownTexts = await tx.entityDescription.findMany({ where: { entityId: full.id, text: { in: texts } } });
    await tx.entityDescription.createMany({
      data: texts.filter((text) => !knownTexts.some((d) => d.text === text)).map((text) => ({ entityId: full.id, text })),
    });
    await tx.entity.delete({ where: { id: bare.id } });
  });
}
