import type { Prisma } from '../../store/db.js';
import { countQuotes, quotePage, type QuoteConditions } from '../../store/quote-filter.js';
import { builder } from '../builder.js';
import { pageCost, PRICE, searchCost } from '../cost.js';
import { maxPageSize } from '../page-size.js';
import { idOf } from '../global-id.js';
import { listPage } from '../list-page.js';
import { searchArg, SEARCH_LIMITS_DESCRIPTION } from '../search-input.js';

export const QuoteKind = builder.enumType('QuoteKind', {
  description: 'How much of the sentence the quotation marks hold.',
  values: {
    FULL: { description: 'A whole statement in quotation marks.' },
    PARTIAL: { description: 'A fragment in quotation marks inside reported speech.' },
  } as const,
});

/** Quotes newest first, in reading order within an article. */
export const quotesNewestFirst: Prisma.QuoteOrderByWithRelationInput[] = [
  { publishedAt: 'desc' },
  { articleId: 'desc' },
  { position: 'asc' },
];

export const Quote = builder.prismaNode('Quote', {
  description: 'Words in quotation marks, with who said them.',
  id: { field: 'id' },
  // `node(id:)` of a row that does not exist (any more) is null, as Relay expects, not an error.
  nullable: true,
  select: { id: true },
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The quoted words, without the quotation marks.' }),
    speakerName: t.exposeString('speakerName', {
      nullable: true,
      description: 'The speaker as the article names them at the cue ("Peskov", "he", "The Kremlin").',
    }),
    speaker: t.relation('speaker', { nullable: true, description: 'The person or organisation quoted; null when not known.' }),
    cue: t.exposeString('cue', { nullable: true, description: 'The reporting words ("said", "told reporters"); null for a continuation.' }),
    kind: t.expose('kind', { type: QuoteKind, description: 'A full quote or a partial one.' }),
    paragraphIndex: t.exposeInt('paragraphIndex', { description: 'Index of the paragraph (counting subheads) holding the quote.' }),
    start: t.exposeInt('start', { description: 'Offset of the first quoted character in the article text.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last quoted character.' }),
    article: t.relation('article', { description: 'The article it appears in.' }),
  }),
});

export const QuoteFilter = builder.inputType('QuoteFilter', {
  description: 'Narrows a list of quotes; all given conditions must hold.',
  fields: (t) => ({
    speakerId: t.id({ required: false, description: 'Global ID of the speaking entity.' }),
    speakerName: t.string({ required: false, description: 'Part of the speaker\'s name, as written or resolved ("Peskov").' }),
    articleId: t.id({ required: false, description: 'Global ID of the article.' }),
    entityId: t.id({ required: false, description: 'Global ID of an entity named in the same article.' }),
    search: t.string({ required: false, description: `Full-text search of the quote text (syntax in the README). ${SEARCH_LIMITS_DESCRIPTION}` }),
    from: t.field({ type: 'DateTime', required: false, description: 'Published at or after.' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Published at or before.' }),
  }),
});

/** The store's conditions for a filter: IDs decoded, the search parsed; empty strings narrow nothing. */
function quoteConditions(filter: typeof QuoteFilter.$inferInput | null | undefined): QuoteConditions {
  if (!filter) return {};
  return {
    speakerId: filter.speakerId ? idOf(filter.speakerId, 'Entity', 'filter.speakerId') : null,
    articleId: filter.articleId ? idOf(filter.articleId, 'Article', 'filter.articleId') : null,
    entityId: filter.entityId ? idOf(filter.entityId, 'Entity', 'filter.entityId') : null,
    speakerName: filter.speakerName || null,
    search: filter.search != null ? searchArg(filter.search, 'filter.search') : null,
    from: filter.from ?? null,
    to: filter.to ?? null,
  };
}

builder.queryField('quotes', (t) =>
  t.prismaConnection(
    {
      type: Quote,
      cursor: 'id',
      maxSize: maxPageSize,
      description: 'Quotes, newest first.',
      complexity: (args) => pageCost(args, PRICE.list + searchCost(args.filter?.search)),
      args: { filter: t.arg({ type: QuoteFilter, required: false, description: 'Which quotes.' }) },
      resolve: (query, _root, args, { db }) => {
        const conditions = quoteConditions(args.filter);
        return listPage(
          query,
          args,
          (window) => quotePage(db, conditions, window),
          (selection, ids) => db.quote.findMany({ ...selection, where: { id: { in: ids } } }),
        );
      },
      totalCount: (_conn, args, { db }) => countQuotes(db, quoteConditions(args.filter)),
    },
    { description: 'A page of quotes.' },
  ),
);

builder.prismaObjectField('Article', 'quotes', (t) =>
  t.relatedConnection(
    'quotes',
    { cursor: 'id',
      maxSize: maxPageSize, totalCount: true, description: 'Quotes in reading order.', complexity: (args) => pageCost(args), query: { orderBy: { position: 'asc' } } },
    { description: 'A page of quotes.' },
  ),
);
