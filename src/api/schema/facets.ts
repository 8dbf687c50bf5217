import type { Prisma } from '../../store/db.js';
import { builder } from '../builder.js';
import { pageSize } from '../page-size.js';
import { AUTHOR_ROLES } from '../roles.js';
import { ArticleFilter, articleWhere } from './article-list.js';
import { Entity, EntityType } from './entity.js';
import { Journalist } from './journalist.js';

interface Scope {
  where: Prisma.ArticleWhereInput;
}

/** Counts per key, most first (ties by key), from rows that may repeat a key per article. */
function countDistinctArticles<K extends string | number>(rows: { key: K; articleId: number }[], first: number) {
  const articles = new Map<K, Set<number>>();
  for (const { key, articleId } of rows) articles.set(key, (articles.get(key) ?? new Set()).add(articleId));
  return [...articles]
    .map(([key, set]) => ({ key, count: set.size }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))
    .slice(0, first);
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
    total: t.int({ description: 'Matching articles.', resolve: ({ where }, _a, { db }) => db.article.count({ where }) }),
    entities: t.field({
      type: [EntityCount],
      description: 'Entities named in the matching articles, most articles first; `type` narrows to one kind.',
      args: { type: t.arg({ type: EntityType, required: false, description: 'Only entities of this type.' }), first: t.arg.int(FIRST) },
      resolve: async ({ where }, args, { db }) => {
        const rows = await db.articleEntity.groupBy({
          by: ['entityId'],
          where: { article: where, ...(args.type ? { entity: { type: args.type } } : {}) },
          _count: { _all: true },
          orderBy: [{ _count: { entityId: 'desc' } }, { entityId: 'asc' }],
          take: pageSize(args.first, 'first'),
        });
        return rows.map((r) => ({ key: r.entityId, count: r._count._all }));
      },
    }),
    speakers: t.field({
      type: [EntityCount],
      description: 'Entities quoted in the matching articles, most articles first.',
      args: { first: t.arg.int(FIRST) },
      resolve: async ({ where }, args, { db }) => {
        const rows = await db.quote.groupBy({ by: ['speakerId', 'articleId'], where: { article: where, speakerId: { not: null } } });
        return countDistinctArticles(rows.map((r) => ({ key: r.speakerId!, articleId: r.articleId })), pageSize(args.first, 'first'));
      },
    }),
    authors: t.field({
      type: [JournalistCount],
      description: 'Journalists credited as authors of the matching articles, most articles first.',
      args: { first: t.arg.int(FIRST) },
      resolve: async ({ where }, args, { db }) => {
        const rows = await db.credit.groupBy({ by: ['journalistId', 'articleId'], where: { article: where, role: { in: AUTHOR_ROLES } } });
        return countDistinctArticles(rows.map((r) => ({ key: r.journalistId, articleId: r.articleId })), pageSize(args.first, 'first'));
      },
    }),
    sources: t.field({
      type: [ValueCount],
      description: 'Agencies of the matching articles, most articles first.',
      resolve: async ({ where }, _a, { db }) => {
        const rows = await db.article.groupBy({ by: ['source'], where: { AND: [where, { source: { not: null } }] }, _count: { _all: true } });
        return rows
          .map((r) => ({ value: r.source!, count: r._count._all }))
          .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      },
    }),
    days: t.field({
      type: [DayCount],
      description: 'Matching articles per publication day, oldest first (days without articles are left out).',
      resolve: async ({ where }, _a, { db }) => {
        const rows = await db.article.groupBy({ by: ['publishedAt'], where: { AND: [where, { publishedAt: { not: null } }] }, _count: { _all: true } });
        const days = new Map<string, number>();
        for (const r of rows) {
          const day = r.publishedAt!.toISOString().slice(0, 10);
          days.set(day, (days.get(day) ?? 0) + r._count._all);
        }
        return [...days].sort(([a], [b]) => a.localeCompare(b)).map(([day, count]) => ({ day, count }));
      },
    }),
  }),
});

builder.queryField('articleFacets', (t) =>
  t.field({
    type: ArticleFacets,
    description: 'Counts by entity, speaker, author, source and day over the articles a filter matches.',
    args: { filter: t.arg({ type: ArticleFilter, required: false, description: 'Which articles to count (as for `articles`).' }) },
    resolve: async (_root, args, { db }) => ({ where: (await articleWhere(db, args.filter)).where }),
  }),
);
