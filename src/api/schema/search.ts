import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { BLEND, search, searchTotal, type SearchHit as Hit, type SearchKind } from '../../store/search.js';
import { builder } from '../builder.js';
import { offsetOf, pageCost, PRICE, searchCost } from '../cost.js';
import { maxPageSize } from '../page-size.js';
import { checkSearchCursors, MAX_SEARCH_OFFSET, searchArg, SEARCH_LIMITS_DESCRIPTION } from '../search-input.js';
import { Article } from './article.js';
import { Entity } from './entity.js';
import { Quote } from './quote.js';

const SearchType = builder.enumType('SearchType', {
  description: 'What a search looks through.',
  values: {
    ARTICLE: { description: 'Article titles and bodies.' },
    QUOTE: { description: 'Quote texts.' },
    ENTITY: { description: 'Entity names.' },
  } as const,
});

const SearchResult = builder.unionType('SearchResult', {
  description: 'Something a search found.',
  types: [Article, Quote, Entity],
});

const SearchHit = builder.objectRef<Hit>('SearchHit').implement({
  description: 'One search result with its score and the passage that matched.',
  fields: (t) => ({
    type: t.field({ type: SearchType, description: 'What was found.', resolve: (hit) => hit.kind }),
    score: t.exposeFloat('score', {
      description:
        `The blended relevance the order follows, higher first: ${BLEND.weight.ARTICLE} for an article, ${BLEND.weight.QUOTE} for a quote, ` +
        `${BLEND.weight.ENTITY} for an entity, divided by (${BLEND.k} + its rank among the hits of its type). ` +
        'Within a type the rank is the full-text match (bm25 on SQLite, ts_rank_cd on PostgreSQL, titles counting most).',
    }),
    snippet: t.exposeString('snippet', {
      description: 'The best matching passage as HTML-escaped text, with the matched words in <mark>…</mark>.',
    }),
    // Prisma batches the findUnique calls of one tick: one query per type, whatever the page size.
    result: t.field({
      type: SearchResult,
      description: 'The article, quote or entity.',
      resolve: async (hit, _args, { db }) => {
        const where = { where: { id: hit.id } };
        if (hit.kind === 'ARTICLE') return Article.addBrand(await db.article.findUniqueOrThrow(where));
        if (hit.kind === 'QUOTE') return Quote.addBrand(await db.quote.findUniqueOrThrow(where));
        return Entity.addBrand(await db.entity.findUniqueOrThrow(where));
      },
    }),
  }),
});

const ALL_TYPES: SearchKind[] = ['ARTICLE', 'QUOTE', 'ENTITY'];

/** How deep a page reaches into the ranked hits: its cursor, or the paging limit for `last` alone. */
function pageEnd(args: { after?: string | null; before?: string | null; last?: number | null }): number {
  return args.last != null && args.before == null ? MAX_SEARCH_OFFSET : offsetOf(args.after ?? args.before);
}

builder.queryField('search', (t) =>
  t.connection(
    {
      type: SearchHit,
      // Each type is searched (and ranked up to the page's end) on its own; `last` without
      // `before` pages from the end of what can be paged, ranking that deep.
      complexity: (args) =>
        pageCost(args, (args.types?.length || 3) * searchCost(args.query) + Math.ceil(pageEnd(args) / PRICE.offsetDivisor)),
      description:
        'Full-text search over articles, quotes and entities. Syntax: words (all must appear, stemmed), "exact phrases", prefix*, a OR b, -exclude. ' +
        'Stories come first with the best quotes and entities blended in: each type is ranked on its own and the three lists are merged by ' +
        `reciprocal rank fusion (see SearchHit.score), stories weighing ${BLEND.weight.ARTICLE / BLEND.weight.QUOTE} times what quotes and entities do, ` +
        'so a page reads articles 1 to 4, then a quote and an entity after every two articles while each type has hits. ' +
        `A cursor (after, before) past the ${MAX_SEARCH_OFFSET.toLocaleString('en-US')}th result is refused, and \`last\` without \`before\` ` +
        `gives the last hits of the first ${MAX_SEARCH_OFFSET.toLocaleString('en-US')} (of all of them when fewer match).`,
      args: {
        query: t.arg.string({ required: true, description: `What to look for. ${SEARCH_LIMITS_DESCRIPTION}` }),
        types: t.arg({ type: [SearchType], required: false, description: 'Limit the search to these types (default: all).' }),
      },
      resolve: async (_root, args, { db }) => {
        const maxSize = maxPageSize(args);
        const query = searchArg(args.query, 'query');
        checkSearchCursors(args);
        const kinds = args.types?.length ? [...new Set(args.types)] : ALL_TYPES;
        // `last` without `before` counts back from the end of what cursors can reach: the
        // total is needed first, and the list ends at MAX_SEARCH_OFFSET.
        const fromEnd = args.last != null && args.before == null;
        let total = fromEnd ? await searchTotal(db, query, kinds) : 0;
        const totalCount = fromEnd ? Math.min(total, MAX_SEARCH_OFFSET) : undefined;
        const connection = await resolveOffsetConnection({ args, maxSize, totalCount }, async ({ limit, offset }) => {
          const found = await search(db, query, kinds, limit, offset, fromEnd ? { total } : undefined);
          total = found.total;
          return found.hits;
        });
        return { ...connection, totalCount: total };
      },
    },
    { description: 'A page of search hits.' },
  ),
);
