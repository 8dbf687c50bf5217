import type { builder } from './builder.js';

type ArgBuilder = Parameters<Parameters<typeof builder.queryField>[1]>[0]['arg'];

/** The `id`/`slug` argument pair of the single-object root fields. */
export function ID_OR_SLUG(t: { arg: ArgBuilder }) {
  return {
    id: t.arg.id({ required: false, description: 'Global ID.' }),
    slug: t.arg.string({ required: false, description: 'Slug, e.g. from a URL.' }),
  };
}
