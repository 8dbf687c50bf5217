import { badInput } from './bad-input.js';
import type { builder } from './builder.js';
import { idOf } from './global-id.js';

type ArgBuilder = Parameters<Parameters<typeof builder.queryField>[1]>[0]['arg'];

/** The `id`/`slug` argument pair of the single-object root fields. */
export function ID_OR_SLUG(t: { arg: ArgBuilder }) {
  return {
    id: t.arg.id({ required: false, description: 'Global ID.' }),
    slug: t.arg.string({ required: false, description: 'Slug, e.g. from a URL.' }),
  };
}

/** The unique key the `id` or `slug` argument names; exactly one must be given. */
export function keyOf(
  args: { id?: string | number | null; slug?: string | null },
  typename: string,
  field: string,
): { id: number } | { slug: string } {
  if (args.id != null && args.slug == null) return { id: idOf(args.id, typename, 'id') };
  if (args.slug != null && args.id == null) return { slug: args.slug };
  throw badInput(`${field}: give exactly one of id or slug`);
}
