import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { countEntities, entityPage, type EntityConditions } from '../../store/entity-filter.js';
import { MAX_SEARCH_LENGTH } from '../../store/search-query.js';
import { builder } from '../builder.js';
import { pageCost, PRICE } from '../cost.js';
import { maxPageSize } from '../page-size.js';
import { searchTextArg } from '../search-input.js';
import { listPage } from '../list-page.js';
import { ID_OR_SLUG, keyOf } from '../id-or-slug.js';
import { Article } from './article.js';
import { KINDS_DESCRIPTION, kindsWhere, Quote, QuoteKind, quotesNewestFirst } from './quote.js';

export const EntityType = builder.enumType('EntityType', {
  description: 'What kind of thing an entity is.',
  values: {
    PERSON: { description: 'A person.' },
    ORGANIZATION: { description: 'A company, government body, party, alliance, agency or newspaper.' },
    LOCATION: { description: 'A country, city, region or other place.' },
    GROUP: { description: 'A nationality, religious or political group, as a name: "Russian", "Republicans", "Muslims".' },
    OTHER: { description: 'Anything else with a name: weapons, events, laws, operations, products.' },
  } as const,
});

// An entity's articles are reached through its article links, newest first.
const articlesByLink = prismaConnectionHelpers(builder, 'ArticleEntity', {
  cursor: 'articleId_entityId',
  maxSize: maxPageSize,
  // Selecting the id keeps the selection valid when a query asks only for totalCount.
  select: (nodeSelection) => ({ article: nodeSelection({ select: { id: true } }) }),
  resolveNode: (link) => link.article,
});

// An entity's quotes, paged on the relation itself.
const quotesBySpeaker = prismaConnectionHelpers(builder, 'Quote', { cursor: 'id', maxSize: maxPageSize });

export const Entity = builder.prismaNode('Entity', {
  description: 'A person, organisation, place or other named thing, merged across articles.',
  id: { field: 'id' },
  // `node(id:)` of a row that does not exist (any more) is null, as Relay expects, not an error.
  nullable: true,
  select: { id: true },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The canonical (fullest) name.' }),
    slug: t.exposeString('slug', { description: 'URL-safe name, unique among entities.' }),
    type: t.expose('type', { type: EntityType, description: 'Person, organisation, place or other.' }),
    aliases: t.stringList({
      description: 'Other forms of the name seen in articles ("Peskov" for Dmitry Peskov).',
      complexity: PRICE.list,
      select: { aliases: { select: { name: true }, orderBy: { name: 'asc' } } },
      resolve: (e) => e.aliases.map((a) => a.name),
    }),
    descriptions: t.stringList({
      description: 'Titles and roles seen with the name ("Kremlin spokesman").',
      complexity: PRICE.list,
      select: { descriptions: { select: { text: true }, orderBy: { text: 'asc' } } },
      resolve: (e) => e.descriptions.map((d) => d.text),
    }),
    // Counts come from one batched statement (store/counts.ts), not Prisma's `_count`, which
    // aggregates the whole related table for every entity page.
    mentionCount: t.int({
      description: 'Mentions across all articles.',
      complexity: PRICE.list,
      resolve: async (e, _a, { loaders }) => (await loaders.entityCounts.load(e.id)).mentions,
    }),
    articleCount: t.int({
      description: 'Articles that mention it.',
      complexity: PRICE.list,
      resolve: async (e, _a, { loaders }) => (await loaders.entityCounts.load(e.id)).articles,
    }),
    quotes: t.connection(
      {
        type: Quote,
        description: 'What it was quoted saying (or reported as saying), newest first; `kinds` narrows to some kinds.',
        args: { kinds: t.arg({ type: [QuoteKind], required: false, description: KINDS_DESCRIPTION }) },
        // Narrowed by kind, the total is a statement of its own (a batched count per set of kinds).
        complexity: (args) => pageCost(args, PRICE.list + (args.kinds?.length ? PRICE.list : 0)),
        select: (args, ctx, nestedSelection) => ({
          quotes: { ...quotesBySpeaker.getQuery(args, ctx, nestedSelection), where: kindsWhere(args.kinds), orderBy: quotesNewestFirst },
        }),
        resolve: (entity, args, ctx) => ({
          ...quotesBySpeaker.resolve(entity.quotes, args, ctx),
          totalCount: async () =>
            args.kinds?.length
              ? ctx.loaders.speakerQuoteCounts(args.kinds).load(entity.id)
              : (await ctx.loaders.entityCounts.load(entity.id)).quotes,
        }),
      },
      { description: 'A page of quotes.' },
    ),
  }),
});

builder.prismaObjectField(Entity, 'articles', (t) =>
  t.connection(
    {
      type: Article,
      description: 'Articles that mention it, newest first.',
      complexity: (args) => pageCost(args),
      select: (args, ctx, nestedSelection) => ({
        articles: { ...articlesByLink.getQuery(args, ctx, nestedSelection), orderBy: [{ publishedAt: 'desc' }, { articleId: 'desc' }] },
      }),
      resolve: (entity, args, ctx) => ({
        ...articlesByLink.resolve(entity.articles, args, ctx),
        totalCount: async () => (await ctx.loaders.entityCounts.load(entity.id)).articles,
      }),
    },
    { description: 'A page of articles.' },
  ),
);

export const EntityOrder = builder.enumType('EntityOrder', {
  description: 'How to sort a list of entities.',
  values: {
    MENTIONS: { description: 'Most mentioned first.' },
    ARTICLES: { description: 'Mentioned in the most articles first.' },
    NAME: { description: 'By name, A to Z.' },
  } as const,
});

export const EntityFilter = builder.inputType('EntityFilter', {
  description: 'Narrows a list of entities; all given conditions must hold.',
  fields: (t) => ({
    type: t.field({ type: EntityType, required: false, description: 'Only entities of this type.' }),
    search: t.string({ required: false, description: `Part of the name or of an alias (at most ${MAX_SEARCH_LENGTH} characters).` }),
    namePrefix: t.string({ required: false, description: `The start of the name ("Dmi" finds Dmitry Peskov; at most ${MAX_SEARCH_LENGTH} characters).` }),
  }),
});

/** The store's conditions for a filter, each text held to the search length; empty strings narrow nothing. */
function entityConditions(filter: typeof EntityFilter.$inferInput | null | undefined): EntityConditions {
  if (!filter) return {};
  return {
    type: filter.type ?? null,
    search: filter.search ? searchTextArg(filter.search, 'filter.search') : null,
    namePrefix: filter.namePrefix ? searchTextArg(filter.namePrefix, 'filter.namePrefix') : null,
  };
}

builder.queryFields((t) => ({
  entity: t.prismaField({
    type: Entity,
    nullable: true,
    description: 'One entity by global ID or by slug.',
    args: ID_OR_SLUG(t),
    resolve: (query, _root, args, { db }) => db.entity.findUnique({ ...query, where: keyOf(args, 'Entity', 'entity') }),
  }),
  entities: t.prismaConnection(
    {
      type: Entity,
      cursor: 'id',
      maxSize: maxPageSize,
      description: 'Entities, most mentioned first unless `orderBy` says otherwise.',
      // A name search reads every name and alias (LIKE): priced like finding a search's ids.
      complexity: (args) => pageCost(args, PRICE.list + (args.filter?.search || args.filter?.namePrefix ? PRICE.scope : 0)),
      args: {
        filter: t.arg({ type: EntityFilter, required: false, description: 'Which entities.' }),
        orderBy: t.arg({ type: EntityOrder, required: false, defaultValue: 'MENTIONS', description: 'Sort order.' }),
      },
      resolve: (query, _root, args, { db }) => {
        const conditions = entityConditions(args.filter);
        return listPage(
          query,
          args,
          (window) => entityPage(db, conditions, args.orderBy ?? 'MENTIONS', window),
          (selection, ids) => db.entity.findMany({ ...selection, where: { id: { in: ids } } }),
        );
      },
      totalCount: (_conn, args, { db }) => countEntities(db, entityConditions(args.filter)),
    },
    { description: 'A page of entities.' },
  ),
}));
