import type { QuoteKind as Kind } from '../../ingest/types.js';
import type { Prisma } from '../../store/db.js';
import { countQuotes, quotePage, type QuoteConditions } from '../../store/quote-filter.js';
import { builder } from '../builder.js';
import { pageCost, PRICE, searchCost } from '../cost.js';
import { maxPageSize } from '../page-size.js';
import { idOf } from '../global-id.js';
import { listPage } from '../list-page.js';
import { searchArg, SEARCH_LIMITS_DESCRIPTION } from '../search-input.js';

export const QuoteKind = builder.enumType('QuoteKind', {
  description: 'What a quote holds: a quoted sentence, quoted words inside a sentence, or reported speech.',
  values: {
    FULL: { description: 'A quoted sentence: a whole statement in quotation marks.' },
    PARTIAL: { description: 'Quoted words inside a sentence: a fragment in quotation marks, the rest of the sentence narration.' },
    INDIRECT: {
      description:
        'Reported speech, no quotation marks: in "Peskov said Putin had no plans to call Trump", `text` is "Putin had no plans to call Trump" and `cue` is "said".',
    },
  } as const,
});

export const KINDS_DESCRIPTION = 'Only quotes of these kinds; omitted, null or empty: every kind.';

/** The Prisma condition for a `kinds` argument: none when it is null or empty (every kind). */
export function kindsWhere(kinds: readonly Kind[] | null | undefined): Prisma.QuoteWhereInput | undefined {
  return kinds?.length ? { kind: { in: [...kinds] } } : undefined;
}

/** Quotes newest first, in reading order within an article. */
export const quotesNewestFirst: Prisma.QuoteOrderByWithRelationInput[] = [
  { publishedAt: 'desc' },
  { articleId: 'desc' },
  { position: 'asc' },
];

export const Quote = builder.prismaNode('Quote', {
  description: 'Words in quotation marks, or speech reported without them (kind INDIRECT), with who said them.',
  id: { field: 'id' },
  // `node(id:)` of a row that does not exist (any more) is null, as Relay expects, not an error.
  nullable: true,
  select: { id: true },
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The quoted words, without the quotation marks; for INDIRECT, the reported content.' }),
    speakerName: t.exposeString('speakerName', {
      nullable: true,
      description: 'The speaker as the article names them at the cue ("Peskov", "he", "The Kremlin").',
    }),
    // Through a loader rather than t.relation: one statement for a page's distinct speakers
    // (loaders.ts says why).
    speaker: t.prismaField({
      type: 'Entity',
      nullable: true,
      description: 'The person or organisation quoted; null when not known.',
      select: { speakerId: true },
      resolve: (query, quote, _args, { loaders }) => (quote.speakerId == null ? null : loaders.entities(query).load(quote.speakerId)),
    }),
    cue: t.exposeString('cue', { nullable: true, description: 'The reporting words ("said", "told reporters"); null for a continuation.' }),
    cueStart: t.exposeInt('cueStart', { nullable: true, description: 'Offset of the cue in the article text; null when not known.' }),
    cueEnd: t.exposeInt('cueEnd', { nullable: true, description: 'Offset just past the cue; null when not known.' }),
    kind: t.expose('kind', {
      type: QuoteKind,
      description: 'A quoted sentence (FULL), quoted words inside a sentence (PARTIAL), or reported speech without quotation marks (INDIRECT).',
    }),
    paragraphIndex: t.exposeInt('paragraphIndex', { description: 'Index of the paragraph (counting subheads) holding the quote.' }),
    start: t.exposeInt('start', { description: 'Offset of the first quoted (or reported) character in the article text.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last quoted (or reported) character.' }),
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
    kinds: t.field({ type: [QuoteKind], required: false, description: KINDS_DESCRIPTION }),
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
    kinds: filter.kinds ?? null,
  };
}

builder.queryField('quotes', (t) =>
  t.prismaConnection(
    {
      type: Quote,
      cursor: 'id',
      maxSize: maxPageSize,
      description: 'Quotes, newest first.',
      // `filter.kinds` is one more condition in the same statement: it costs nothing more.
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
    {
      cursor: 'id',
      maxSize: maxPageSize,
      totalCount: true,
      description: 'Quotes in reading order; `kinds` narrows to some kinds.',
      args: { kinds: t.arg({ type: [QuoteKind], required: false, description: KINDS_DESCRIPTION }) },
      // `kinds` is a condition of the same statement (and of its count): it costs nothing more.
      complexity: (args) => pageCost(args),
      query: (args) => ({ where: kindsWhere(args.kinds), orderBy: { position: 'asc' } }),
    },
    { description: 'A page of quotes.' },
  ),
);
