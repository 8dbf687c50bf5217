import DataLoader from 'dataloader';
import { articleIdsSql } from '../../store/article-filter.js';
import type { Db } from '../../store/db.js';
import {
  articleTotal,
  dayCounts,
  entityCounts,
  entityCountsByType,
  journalistCounts,
  sourceCounts,
  speakerCounts,
  type ArticleSet,
  type KeyCount,
} from '../../store/facets.js';
import { builder } from '../builder.js';
import { listCost, pageCost, PRICE, searchCost } from '../cost.js';
import { pageSize } from '../page-size.js';
import { AUTHOR_ROLES } from '../roles.js';
import { ArticleFilter, articleConditions } from './article-list.js';
import { Entity, EntityType } from './entity.js';
import { Journalist } from './journalist.js';

/** The matching articles, as a subquery every facet counts over (null: every article). */
interface Scope {
  articles: ArticleSet;
  /** Entity counts of one type (null: any type); the typed ones asked together run as one statement. */
  entities: DataLoader<{ type: string | null; first: number }, KeyCount[], string>;
}

/**
 * Each facet is one raw statement over the matching articles (store/facets.ts), the filter in
 * it as a subquery: exact however many articles match.
 */
function scopeOf(db: Db, articles: ArticleSet): Scope {
  return {
    articles,
    entities: new DataLoader(
      async (keys) => {
        const typed = keys.filter((k) => k.type !== null);
        const byType = typed.length
          ? await entityCountsByType(db, articles, [...new Set(typed.map((k) => k.type!))], Math.max(...typed.map((k) => k.first)))
          : new Map<string, KeyCount[]>();
        return Promise.all(keys.map(async (k) => (k.type === null ? entityCounts(db, articles, k.first) : (byType.get(k.type) ?? []).slice(0, k.first))));
      },
      { cacheKeyFn: (k) => `${k.type}:${k.first}` },
    ),
  };
}

const EntityCount = builder.objectRef<{ key: number; count: number }>('EntityCount').implement({
  description: 'An entity and how many of the matching articles name it (or quote it).',
  fields: (t) => ({
    entity: t.prismaField({ type: Entity, description: 'The entity.', resolve: (query, row, _a, { db }) => db.entity.findUniqueOrThrow({ ...query, where: { id: row.key } }) }),
    count: t.exposeInt('count', { description: 'Matching articles.' }),
  }),
});

const JournalistCount = builder.objectRef<{ key: number; count: number }>('JournalistCount').implement({
  description: 'A journalist and how many of the matching articles they are credited on.',
  fields: (t) => ({
    journalist: t.prismaField({
      type: Journalist,
      description: 'The journalist.',
      resolve: (query, row, _a, { db }) => db.journalist.findUniqueOrThrow({ ...query, where: { id: row.key } }),
    }),
    count: t.exposeInt('count', { description: 'Matching articles.' }),
  }),
});

const ValueCount = builder.objectRef<{ value: string; count: number }>('ValueCount').implement({
  description: 'A value and how many of the matching articles have it.',
  fields: (t) => ({
    value: t.exposeString('value', { description: 'The value.' }),
    count: t.exposeInt('count', { description: 'Matching articles.' }),
  }),
});

const DayCount = builder.objectRef<{ day: string; count: number }>('DayCount').implement({
  description: 'A publication day (UTC, YYYY-MM-DD) and how many matching articles appeared on it.',
  fields: (t) => ({
    day: t.exposeString('day', { description: 'The day, YYYY-MM-DD.' }),
    count: t.exposeInt('count', { description: 'Matching articles published that day.' }),
  }),
});

const FIRST = { required: false, defaultValue: 10, description: 'How many, at most 100.' } as const;

const ArticleFacets = builder.objectRef<Scope>('ArticleFacets').implement({
  description: 'Counts over the articles matching a filter, for drawing filters and a timeline. Each list is computed only when asked for.',
  fields: (t) => ({
    total: t.int({
      description: 'Matching articles.',
      complexity: PRICE.list,
      resolve: (scope, _a, { db }) => articleTotal(db, scope.articles),
    }),
    entities: t.field({
      type: [EntityCount],
      description: 'Entities named in the matching articles, most articles first; `type` narrows to one kind.',
      complexity: (args) => pageCost({ first: args.first }, PRICE.facet),
      args: { type: t.arg({ type: EntityType, required: false, description: 'Only entities of this type.' }), first: t.arg.int(FIRST) },
      resolve: (scope, args) => scope.entities.load({ type: args.type ?? null, first: pageSize(args.first, 'first') }),
    }),
    speakers: t.field({
      type: [EntityCount],
      description: 'Entities quoted in the matching articles, most articles first.',
      complexity: (args) => pageCost({ first: args.first }, PRICE.facet),
      args: { first: t.arg.int(FIRST) },
      resolve: (scope, args, { db }) => speakerCounts(db, scope.articles, pageSize(args.first, 'first')),
    }),
    authors: t.field({
      type: [JournalistCount],
      description: 'Journalists credited as authors of the matching articles, most articles first.',
      complexity: (args) => pageCost({ first: args.first }, PRICE.facet),
      args: { first: t.arg.int(FIRST) },
      resolve: (scope, args, { db }) => journalistCounts(db, scope.articles, AUTHOR_ROLES, pageSize(args.first, 'first')),
    }),
    sources: t.field({
      type: [ValueCount],
      description: 'Agencies of the matching articles, most articles first.',
      complexity: listCost(PRICE.facet, 10),
      resolve: async (scope, _a, { db }) =>
        (await sourceCounts(db, scope.articles)).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    }),
    days: t.field({
      type: [DayCount],
      description: 'Matching articles per publication day, oldest first (days without articles are left out).',
      complexity: listCost(PRICE.facet, 100),
      resolve: (scope, _a, { db }) => dayCounts(db, scope.articles),
    }),
  }),
});

builder.queryField('articleFacets', (t) =>
  t.field({
    type: ArticleFacets,
    description: 'Counts by entity, speaker, author, source and day over the articles a filter matches.',
    complexity: (args) => PRICE.scope + searchCost(args.filter?.search),
    args: { filter: t.arg({ type: ArticleFilter, required: false, description: 'Which articles to count (as for `articles`).' }) },
    resolve: (_root, args, { db }) => scopeOf(db, articleIdsSql(db, articleConditions(args.filter))),
  }),
);
