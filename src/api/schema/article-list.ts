import { articlePage, countArticles, type ArticleConditions, type ArticleOrder as Sort } from '../../store/article-filter.js';
import { builder } from '../builder.js';
import { pageCost, PRICE, searchCost } from '../cost.js';
import { maxPageSize } from '../page-size.js';
import { ID_OR_SLUG, keyOf } from '../id-or-slug.js';
import { badInput } from '../bad-input.js';
import { idOf, idsOf } from '../global-id.js';
import { listPage } from '../list-page.js';
import { AUTHOR_ROLES, EDITOR_ROLES } from '../roles.js';
import { searchArg, SEARCH_LIMITS_DESCRIPTION } from '../search-input.js';
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

/**
 * The store's conditions for a filter: global IDs decoded and the search parsed, each refused
 * as bad input naming its argument. Empty strings narrow nothing, as before.
 */
export function articleConditions(filter: ArticleFilterInput | null | undefined): ArticleConditions {
  if (!filter) return {};
  const credited = [
    ...(filter.authorId ? [{ journalistId: idOf(filter.authorId, 'Journalist', 'filter.authorId'), roles: AUTHOR_ROLES }] : []),
    ...(filter.editorId ? [{ journalistId: idOf(filter.editorId, 'Journalist', 'filter.editorId'), roles: EDITOR_ROLES }] : []),
  ];
  return {
    search: filter.search != null ? searchArg(filter.search, 'filter.search') : null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    source: filter.source || null,
    dateline: filter.dateline || null,
    credited,
    anyEntityIds: idsOf(filter.anyEntityIds ?? [], 'Entity', 'filter.anyEntityIds'),
    allEntityIds: idsOf(filter.allEntityIds ?? [], 'Entity', 'filter.allEntityIds'),
    speakerId: filter.speakerId ? idOf(filter.speakerId, 'Entity', 'filter.speakerId') : null,
  };
}

/** The list's conditions and order; relevance without a search is bad input, whatever is selected. */
function articleList(args: { filter?: ArticleFilterInput | null; orderBy?: Sort | null }): { conditions: ArticleConditions; order: Sort } {
  const conditions = articleConditions(args.filter);
  const order = args.orderBy ?? 'NEWEST';
  if (order === 'RELEVANCE' && !conditions.search) throw badInput('orderBy: RELEVANCE needs filter.search');
  return { conditions, order };
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
      resolve: (query, _root, args, { db }) => {
        const { conditions, order } = articleList(args);
        return listPage(
          query,
          args,
          (window) => articlePage(db, conditions, order, window),
          (selection, ids) => db.article.findMany({ ...selection, where: { id: { in: ids } } }),
        );
      },
      totalCount: (_conn, args, { db }) => countArticles(db, articleList(args).conditions),
    },
    { description: 'A page of articles.' },
  ),
}));
