import { GraphQLError } from 'graphql';
import type { Db, Prisma } from '../../store/db.js';
import { matchingIds } from '../../store/search.js';
import { builder } from '../builder.js';
import { pageCost, PRICE, searchCost } from '../cost.js';
import { maxPageSize } from '../page-size.js';
import { ID_OR_SLUG, keyOf } from '../id-or-slug.js';
import { idOf, idsOf } from '../global-id.js';
import { AUTHOR_ROLES, EDITOR_ROLES } from '../roles.js';
import { rankedPage, searchArg, SEARCH_LIMITS_DESCRIPTION } from '../search-input.js';
import { Article } from './article.js';

export const ArticleFilter = builder.inputType('ArticleFilter', {
  description: 'Narrows a list of articles; all given conditions must hold.',
  fields: (t) => ({
    search: t.string({
      required: false,
      description: `Full-text search of titles and bodies (syntax in the README: words, "phrases", prefix*, OR, -exclude). ${SEARCH_LIMITS_DESCRIPTION}`,
    }),
    from: t.field({ type: 'DateTime', required: false, description: 'Published at or after.' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Published at or before.' }),
    authorId: t.id({ required: false, description: 'Global ID of a journalist credited as an author.' }),
    editorId: t.id({ required: false, description: 'Global ID of a journalist credited as an editor.' }),
    source: t.string({ required: false, description: 'Agency, e.g. Reuters (exact match).' }),
    dateline: t.string({ required: false, description: 'Dateline, e.g. MOSCOW (exact match, any case).' }),
    anyEntityIds: t.idList({ required: false, description: 'Global IDs of entities; the article names at least one.' }),
    allEntityIds: t.idList({ required: false, description: 'Global IDs of entities; the article names every one.' }),
    speakerId: t.id({ required: false, description: 'Global ID of an entity quoted in the article.' }),
  }),
});

export type ArticleFilterInput = typeof ArticleFilter.$inferInput;

export const ArticleOrder = builder.enumType('ArticleOrder', {
  description: 'How to sort a list of articles.',
  values: {
    NEWEST: { description: 'Latest publication first (the default).' },
    OLDEST: { description: 'Earliest publication first.' },
    RELEVANCE: { description: 'Best full-text match first; needs `filter.search`.' },
  } as const,
});

const ORDER: Record<'NEWEST' | 'OLDEST', Prisma.ArticleOrderByWithRelationInput[]> = {
  NEWEST: [{ publishedAt: 'desc' }, { id: 'desc' }],
  OLDEST: [{ publishedAt: 'asc' }, { id: 'asc' }],
};

/**
 * The Prisma condition for a filter (and, when it searches, the matching ids: best first
 * unless `ranked` is false, for callers that need only which articles match).
 */
export async function articleWhere(
  db: Db,
  filter: ArticleFilterInput | null | undefined,
  { ranked: rank = true }: { ranked?: boolean } = {},
): Promise<{ where: Prisma.ArticleWhereInput; ranked: number[] | null }> {
  if (!filter) return { where: {}, ranked: null };
  const and: Prisma.ArticleWhereInput[] = [];
  let ranked: number[] | null = null;
  if (filter.search != null) {
    ranked = await matchingIds(db, 'ARTICLE', searchArg(filter.search, 'filter.search'), undefined, rank);
    and.push({ id: { in: ranked } });
  }
  if (filter.from || filter.to) and.push({ publishedAt: { gte: filter.from ?? undefined, lte: filter.to ?? undefined } });
  if (filter.source) and.push({ source: filter.source });
  if (filter.dateline) and.push({ dateline: filter.dateline.toUpperCase() });
  if (filter.authorId) {
    const journalistId = idOf(filter.authorId, 'Journalist', 'filter.authorId');
    and.push({ credits: { some: { journalistId, role: { in: AUTHOR_ROLES } } } });
  }
  if (filter.editorId) {
    const journalistId = idOf(filter.editorId, 'Journalist', 'filter.editorId');
    and.push({ credits: { some: { journalistId, role: { in: EDITOR_ROLES } } } });
  }
  if (filter.anyEntityIds?.length) {
    and.push({ entities: { some: { entityId: { in: idsOf(filter.anyEntityIds, 'Entity', 'filter.anyEntityIds') } } } });
  }
  for (const entityId of idsOf(filter.allEntityIds ?? [], 'Entity', 'filter.allEntityIds')) {
    and.push({ entities: { some: { entityId } } });
  }
  if (filter.speakerId) and.push({ quotes: { some: { speakerId: idOf(filter.speakerId, 'Entity', 'filter.speakerId') } } });
  return { where: { AND: and }, ranked };
}

builder.queryFields((t) => ({
  article: t.prismaField({
    type: Article,
    nullable: true,
    description: 'One article by global ID or by slug.',
    args: ID_OR_SLUG(t),
    resolve: (query, _root, args, { db }) => db.article.findUnique({ ...query, where: keyOf(args, 'Article', 'article') }),
  }),
  articles: t.prismaConnection(
    {
      type: Article,
      cursor: 'id',
      maxSize: maxPageSize,
      description: 'Articles, newest first unless `orderBy` says otherwise.',
      complexity: (args) => pageCost(args, PRICE.list + searchCost(args.filter?.search)),
      args: {
        filter: t.arg({ type: ArticleFilter, required: false, description: 'Which articles.' }),
        orderBy: t.arg({ type: ArticleOrder, required: false, defaultValue: 'NEWEST', description: 'Sort order.' }),
      },
      resolve: async (query, _root, args, { db }) => {
        const { where, ranked } = await articleWhere(db, args.filter, { ranked: args.orderBy === 'RELEVANCE' });
        if (args.orderBy !== 'RELEVANCE') return db.article.findMany({ ...query, where, orderBy: ORDER[args.orderBy ?? 'NEWEST'] });
        if (!ranked) throw new GraphQLError('orderBy: RELEVANCE needs filter.search', { extensions: { code: 'BAD_USER_INPUT' } });
        // Apply the other conditions to the ranked ids, then page through them in rank order.
        const { take, skip, cursor, ...selection } = query;
        const kept = await db.article.findMany({ where, select: { id: true } });
        const keep = new Set(kept.map((a) => a.id));
        const page = rankedPage(ranked.filter((id) => keep.has(id)), { take, skip, cursor });
        const rows = await db.article.findMany({ ...selection, where: { id: { in: page } } });
        return page.map((id) => rows.find((r) => r.id === id)!);
      },
      totalCount: async (_conn, args, { db }) => db.article.count({ where: (await articleWhere(db, args.filter, { ranked: false })).where }),
    },
    { description: 'A page of articles.' },
  ),
}));
