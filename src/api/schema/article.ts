import { GraphQLError } from 'graphql';
import type { Prisma } from '../../store/db.js';
import { builder } from '../builder.js';
import { idOf } from '../global-id.js';
import { Journalist } from './journalist.js';
import { AUTHOR_ROLES, articleAuthors, articleEditors, EDITOR_ROLES } from '../roles.js';

export const newestFirst: Prisma.ArticleOrderByWithRelationInput[] = [{ publishedAt: 'desc' }, { id: 'desc' }];

// Every field that shows credits shares this selection, so Pothos loads them in one query.
const creditSelection = { orderBy: { position: 'asc' }, include: { journalist: true } } as const;
const blockSelection = { orderBy: { position: 'asc' }, select: { kind: true, text: true } } as const;

export const Article = builder.prismaNode('Article', {
  description: 'A wire story.',
  id: { field: 'id' },
  // Select mode: each field loads only the columns it shows, so a list never reads the full text.
  select: { id: true },
  fields: (t) => ({
    title: t.exposeString('title'),
    slug: t.exposeString('slug', { description: 'URL-safe name, unique among articles.' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: 'Publication date (UTC).' }),
    source: t.exposeString('source', { nullable: true, description: 'The agency named in the dateline, e.g. Reuters.' }),
    dateline: t.exposeString('dateline', { nullable: true, description: 'Where the story was filed, e.g. MOSCOW.' }),
    readingMinutes: t.exposeInt('readingMinutes', { nullable: true, description: 'Reading time given by the source.' }),
    subheads: t.stringList({
      description: 'Section headings inside the story, in order.',
      select: { blocks: blockSelection },
      resolve: (a) => a.blocks.filter((b) => b.kind === 'SUBHEAD').map((b) => b.text),
    }),
    paragraphs: t.stringList({
      description: 'Body paragraphs in order, without subheads; the first has no dateline.',
      select: { blocks: blockSelection },
      resolve: (a) => a.blocks.filter((b) => b.kind === 'PARAGRAPH').map((b) => b.text),
    }),
    body: t.exposeString('body', { description: 'Paragraphs and subheads joined by blank lines.' }),
    wordCount: t.exposeInt('wordCount', { description: 'Words in the body.' }),
    authors: t.field({
      type: [Journalist],
      description: 'The byline; for stories without one, the journalists credited with reporting or writing.',
      select: { credits: creditSelection },
      resolve: (a) => articleAuthors(a.credits),
    }),
    editors: t.field({
      type: [Journalist],
      description: 'Journalists credited with editing.',
      select: { credits: creditSelection },
      resolve: (a) => articleEditors(a.credits),
    }),
    credits: t.relation('credits', {
      description: 'Every credit in the order the story gives them.',
      query: creditSelection,
    }),
  }),
});

export const ArticleFilter = builder.inputType('ArticleFilter', {
  description: 'Narrows a list of articles; all given conditions must hold.',
  fields: (t) => ({
    from: t.field({ type: 'DateTime', required: false, description: 'Published at or after.' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Published at or before.' }),
    authorId: t.id({ required: false, description: 'Global ID of a journalist credited as an author.' }),
    editorId: t.id({ required: false, description: 'Global ID of a journalist credited as an editor.' }),
    source: t.string({ required: false, description: 'Agency, e.g. Reuters (exact match).' }),
  }),
});

type ArticleFilterInput = typeof ArticleFilter.$inferInput;

export function articleWhere(filter: ArticleFilterInput | null | undefined): Prisma.ArticleWhereInput {
  if (!filter) return {};
  const and: Prisma.ArticleWhereInput[] = [];
  if (filter.from || filter.to) and.push({ publishedAt: { gte: filter.from ?? undefined, lte: filter.to ?? undefined } });
  if (filter.source) and.push({ source: filter.source });
  if (filter.authorId) {
    const journalistId = idOf(String(filter.authorId), 'Journalist', 'filter.authorId');
    and.push({ credits: { some: { journalistId, role: { in: AUTHOR_ROLES } } } });
  }
  if (filter.editorId) {
    const journalistId = idOf(String(filter.editorId), 'Journalist', 'filter.editorId');
    and.push({ credits: { some: { journalistId, role: { in: EDITOR_ROLES } } } });
  }
  return { AND: and };
}

builder.queryFields((t) => ({
  article: t.prismaField({
    type: 'Article',
    nullable: true,
    description: 'One article by global ID or by slug.',
    args: { id: t.arg.id({ required: false }), slug: t.arg.string({ required: false }) },
    resolve: (query, _root, args, { db }) => {
      if ((args.id == null) === (args.slug == null)) throw new GraphQLError('article: give exactly one of id or slug');
      const where = args.id != null ? { id: idOf(String(args.id), 'Article', 'id') } : { slug: args.slug! };
      return db.article.findUnique({ ...query, where });
    },
  }),
  articles: t.prismaConnection(
    {
      type: 'Article',
      cursor: 'id',
      description: 'Articles, newest first.',
      args: { filter: t.arg({ type: ArticleFilter, required: false }) },
      resolve: (query, _root, args, { db }) =>
        db.article.findMany({ ...query, where: articleWhere(args.filter), orderBy: newestFirst }),
      totalCount: (_conn, args, { db }) => db.article.count({ where: articleWhere(args.filter) }),
    },
    { description: 'A page of articles.' },
  ),
}));
