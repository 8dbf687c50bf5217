// A cursor is the key of an item of one list. A well-formed cursor whose item is not in the
// list it is given to (deleted since, or taken from another entity's or journalist's list, or
// from a list under another filter) is refused as bad input naming the argument. Prisma would
// page from it silently: an empty page when the row is gone or sits under another parent, a
// page positioned by a row the list does not hold on a root list.
//
// The format is checked before execution (argument-checks.ts); whether the item is in the list
// needs the parent, so it is checked here, as the connection resolves: one indexed lookup per
// distinct cursor in a request, and none when no cursor is given. Each rule below answers
// whether the item of a cursor belongs to the list of `Type.field` under `parent`. The root
// lists of articles, quotes and entities check their own cursors where they find their page.
import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { CreditRole as Role } from '../ingest/types.js';
import type { Context } from './builder.js';
import { badInput, shown } from './bad-input.js';
import { decodeCanonicalBase64 } from './global-id.js';
import { AUTHOR_ROLES, EDITOR_ROLES } from './roles.js';

/** The parts of a Prisma cursor (`GPC:N:12`, `GPC:T:["N:1","N:3","S:BYLINE"]`), as numbers and strings. */
type Parts = (number | string)[];

type Args = Record<string, unknown>;
type Rule = (parts: Parts, parent: { id: number }, args: Args, ctx: Context, lookup: Lookup) => Promise<boolean>;
type Lookup = <T>(key: string, load: () => Promise<T>) => Promise<T>;

/** A journalist with a credit in one of `roles`: a member of `authors` or `editors`. */
const hasCredit = (roles: Role[]): Rule => async ([id], _parent, _args, { db }, lookup) =>
  (await lookup(`Journalist:${id}:${roles.join()}`, () => db.credit.findFirst({ where: { journalistId: Number(id), role: { in: roles } }, select: { role: true } }))) !== null;

const quote = (id: number | string, { db }: Context, lookup: Lookup) =>
  lookup(`Quote:${id}`, () => db.quote.findUnique({ where: { id: Number(id) }, select: { articleId: true, speakerId: true } }));

export const CURSOR_ITEMS: Record<string, Rule> = {
  'Article.quotes': async ([id], article, _args, ctx, lookup) => (await quote(id!, ctx, lookup))?.articleId === article.id,
  'Entity.quotes': async ([id], entity, _args, ctx, lookup) => (await quote(id!, ctx, lookup))?.speakerId === entity.id,
  'Entity.articles': async ([articleId, entityId], entity, _args, { db }, lookup) =>
    entityId === entity.id &&
    (await lookup(`ArticleEntity:${articleId}:${entityId}`, () =>
      db.articleEntity.findUnique({ where: { articleId_entityId: { articleId: Number(articleId), entityId } }, select: { entityId: true } }),
    )) !== null,
  'Journalist.articles': async ([articleId, journalistId, role], journalist, args, { db }, lookup) => {
    if (journalistId !== journalist.id) return false;
    const credit = await lookup(`Credit:${articleId}:${journalistId}:${role}`, () =>
      db.credit.findUnique({
        where: { articleId_journalistId_role: { articleId: Number(articleId), journalistId, role: role as Role } },
        select: { role: true, leading: true },
      }),
    );
    // The list holds one credit per article (the leading one) unless `role` names the credits.
    return credit !== null && (args.role ? credit.role === args.role : credit.leading);
  },
  'Query.authors': hasCredit(AUTHOR_ROLES),
  'Query.editors': hasCredit(EDITOR_ROLES),
};

function cursorParts(cursor: string): Parts {
  const text = decodeCanonicalBase64(cursor) ?? '';
  // Already checked to have the list's shape (argument-checks.ts): `N:` numbers, `S:` strings.
  const raw: unknown[] = text.startsWith('GPC:T:') ? (JSON.parse(text.slice(6)) as unknown[]) : [text.slice(4)];
  return raw.map((part) => (String(part).startsWith('N:') ? Number(String(part).slice(2)) : String(part).slice(2)));
}

const lookups = new WeakMap<object, Map<string, Promise<unknown>>>();

/** One lookup per key and request: the same cursor under many parents is read once. */
function lookupFor(ctx: Context): Lookup {
  let cache = lookups.get(ctx);
  if (!cache) lookups.set(ctx, (cache = new Map()));
  const memo = cache;
  return <T>(key: string, load: () => Promise<T>): Promise<T> => {
    if (!memo.has(key)) memo.set(key, load());
    return memo.get(key) as Promise<T>;
  };
}

/** Wraps the resolver of every connection in CURSOR_ITEMS with its check. */
export function checkCursorItems(schema: GraphQLSchema): void {
  for (const [coordinate, rule] of Object.entries(CURSOR_ITEMS)) {
    const [typeName, fieldName] = coordinate.split('.') as [string, string];
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) throw new Error(`cursor-items: no connection ${coordinate}`);
    const resolve: GraphQLFieldResolver<unknown, Context, Args> = field.resolve ?? defaultFieldResolver;
    field.resolve = async (parent, args, ctx, info) => {
      for (const arg of ['after', 'before'] as const) {
        const cursor = args[arg];
        if (typeof cursor !== 'string') continue;
        if (!(await rule(cursorParts(cursor), parent as { id: number }, args, ctx, lookupFor(ctx)))) {
          throw badInput(`${arg}: ${shown(cursor)} is not a cursor of this list`);
        }
      }
      return resolve(parent, args, ctx, info);
    };
  }
}
