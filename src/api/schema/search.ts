import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { search, type SearchHit as Hit, type SearchKind } from '../../store/search.js';
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
    score: t.exposeFloat('score', { description: 'Relevance (bm25); higher is better.' }),
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

builder.queryField('search', (t) =>
  t.connection(
    {
      type: SearchHit,
      // Each type is searched (and ranked up to the page's end) on its own.
      complexity: (args) =>
        pageCost(args, (args.types?.length || 3) * searchCost(args.query) + Math.ceil(offsetOf(args.after ?? args.before) / PRICE.offsetDivisor)),
      description:
        'Full-text search over articles, quotes and entities, best match first. Syntax: words (all must appear, stemmed), "exact phrases", prefix*, a OR b, -exclude. ' +
        `A cursor (after, before) past the ${MAX_SEARCH_OFFSET.toLocaleString('en-US')}th result is refused.`,
      args: {
        query: t.arg.string({ required: true, description: `What to look for. ${SEARCH_LIMITS_DESCRIPTION}` }),
        types: t.arg({ type: [SearchType], required: false, description: 'Limit the search to these types (default: all).' }),
      },
      resolve: async (_root, args, { db }) => {
        const maxSize = maxPageSize(args);
        const query = searchArg(args.query, 'query');
        checkSearchCursors(args);
        const kinds = args.types?.length ? [...new Set(args.types)] : ALL_TYPES;
        let total = 0;
        const connection = await resolveOffsetConnection({ args, maxSize }, async ({ limit, offset }) => {
          const found = await search(db, query, kinds, limit, offset);
          total = found.total;
          return found.hits;
        });
        return { ...connection, totalCount: total };
      },
    },
    { description: 'A page of search hits.' },
  ),
);
