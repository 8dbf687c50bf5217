import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import type { CreditRole as Role } from '../../ingest/types.js';
import type { Prisma } from '../../store/db.js';
import { builder } from '../builder.js';
import { pageCost } from '../cost.js';
import { maxPageSize } from '../page-size.js';
import { ID_OR_SLUG, keyOf } from '../id-or-slug.js';
import { AUTHOR_ROLES, EDITOR_ROLES } from '../roles.js';
import { Article } from './article.js';
import { CreditRole } from './credit.js';

// A journalist's articles are reached through their credits; `leading` keeps one credit
// per article, so an article they both wrote and reported appears once.
const articlesByCredit = prismaConnectionHelpers(builder, 'Credit', {
  cursor: 'articleId_journalistId_role',
  maxSize: maxPageSize,
  // Selecting the id keeps the selection valid when a query asks only for totalCount.
  select: (nodeSelection) => ({ article: nodeSelection({ select: { id: true } }) }),
  resolveNode: (credit) => credit.article,
});

function creditWhere(role: Role | null | undefined): Prisma.CreditWhereInput {
  return role ? { role } : { leading: true };
}

export const Journalist = builder.prismaNode('Journalist', {
  description: 'A reporter, writer or editor named in bylines and credit lines.',
  id: { field: 'id' },
  // `node(id:)` of a row that does not exist (any more) is null, as Relay expects, not an error.
  nullable: true,
  select: { id: true },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Full name as credited.' }),
    slug: t.exposeString('slug', { description: 'URL-safe name, unique among journalists.' }),
  }),
});

builder.prismaObjectField('Journalist', 'articles', (t) =>
t.connection(
    {
      type: Article,
      description: 'Stories this journalist is credited on, newest first; `role` narrows to one kind of credit.',
      complexity: (args) => pageCost(args),
      args: { role: t.arg({ type: CreditRole, required: false, description: 'Only stories credited with this role.' }) },
      select: (args, ctx, nestedSelection) => ({
        credits: {
          ...articlesByCredit.getQuery(args, ctx, nestedSelection),
          where: creditWhere(args.role),
          orderBy: [{ article: { publishedAt: 'desc' } }, { articleId: 'desc' }],
        },
        _count: { select: { credits: { where: creditWhere(args.role) } } },
      }),
      resolve: (journalist, args, ctx) => ({
        ...articlesByCredit.resolve(journalist.credits, args, ctx),
        totalCount: journalist._count.credits,
      }),
    },
    { description: 'A page of articles.' },
  )
);

function journalistWhere(roles: Role[]): Prisma.JournalistWhereInput {
  return { credits: { some: { role: { in: roles } } } };
}

/** A root field that finds one journalist with one of `roles`, by global ID or slug. */
function oneJournalist(kind: string, roles: Role[]) {
  return builder.queryField(kind, (t) =>
    t.prismaField({
      type: 'Journalist',
      nullable: true,
      description: `One ${kind} by global ID or by slug; null if no such journalist has that role.`,
      args: ID_OR_SLUG(t),
      resolve: (query, _root, args, { db }) =>
        db.journalist.findFirst({ ...query, where: { ...keyOf(args, 'Journalist', kind), ...journalistWhere(roles) } }),
    }),
  );
}

/** A root connection of the journalists with one of `roles`, by name. */
function journalistList(field: string, roles: Role[], description: string) {
  return builder.queryField(field, (t) =>
    t.prismaConnection(
      {
        type: 'Journalist',
        cursor: 'id',
      maxSize: maxPageSize,
        description,
        complexity: (args) => pageCost(args),
        resolve: (query, _root, _args, { db }) =>
          db.journalist.findMany({ ...query, where: journalistWhere(roles), orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
        totalCount: (_conn, _args, { db }) => db.journalist.count({ where: journalistWhere(roles) }),
      },
      { description: 'A page of journalists.' },
    ),
  );
}

oneJournalist('author', AUTHOR_ROLES);
oneJournalist('editor', EDITOR_ROLES);
journalistList('authors', AUTHOR_ROLES, 'Journalists credited with writing or reporting any story, by name.');
journalistList('editors', EDITOR_ROLES, 'Journalists credited with editing any story, by name.');
