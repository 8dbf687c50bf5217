// The Pothos schema builder and its plugins. Types live in ./schema, one file each.
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import { DateTimeResolver } from 'graphql-scalars';
import type PrismaTypes from '../generated/sqlite/pothos-types.js';
import { getDatamodel } from '../generated/sqlite/pothos-types.js';
import type { Db } from '../store/db.js';
import type { Loaders } from './loaders.js';
import { PRICE } from './cost.js';
import { MAX_PAGE_SIZE } from './page-size.js';

export interface Context {
  db: Db;
  /** Batches graph queries within one request (see loaders.ts). */
  loaders: Loaders;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  // Every connection carries its total, so lists can show "N results" and page counts.
  Connection: { totalCount: number | (() => number | Promise<number>) };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string | number };
  };
}>({
  plugins: [ComplexityPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  // Prices only: the limit is enforced per request, with its variables (api/cost-limit.ts).
  complexity: { defaultComplexity: PRICE.field, defaultListMultiplier: 10 },
  prisma: {
    // The client comes from the request context, so one schema serves any database.
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'development' ? 'warn' : null,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeTypeOptions: { description: 'An object with a global ID, fetchable with `node(id:)`.' },
    idFieldOptions: { description: 'Global ID: opaque, stable, accepted by `node(id:)` and every `id` argument.' },
    nodeQueryOptions: { description: 'Any object by its global ID; null when no object has it (any more).', args: { id: { description: 'A global ID.' } } },
    nodesQueryOptions: {
      description: 'Objects by global IDs, in the same order; null in the place of an ID no object has (any more).',
      args: { ids: { description: 'Global IDs.' } },
      complexity: (args: { ids: readonly unknown[] }) => ({ field: PRICE.list, multiplier: args.ids.length }),
    },
    pageInfoTypeOptions: { description: 'Where a page sits in its list.' },
    hasNextPageFieldOptions: { description: 'More items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'More items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of the page; pass it as `after` for the next page.' },
    // The connection field already multiplies by its page size.
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.', complexity: { field: 0, multiplier: 1 } },
    pageInfoFieldOptions: { description: 'Cursors and whether more pages exist.' },
    cursorFieldOptions: { description: 'Opaque position of this item, for `after` and `before`.' },
    nodeFieldOptions: { description: 'The item.' },
    defaultEdgeTypeOptions: { description: 'One item of a page, with its cursor.' },
    firstArgOptions: { description: `Items from the start (or after \`after\`); at most ${MAX_PAGE_SIZE}.` },
    lastArgOptions: { description: `Items from the end (or before \`before\`); at most ${MAX_PAGE_SIZE}.` },
    afterArgOptions: { description: 'Cursor to continue after.' },
    beforeArgOptions: { description: 'Cursor to continue before.' },
  },
});

builder.addScalarType('DateTime', DateTimeResolver);
builder.queryType({ description: 'Wire stories, the journalists who wrote and edited them, and what they say.' });

export const TOTAL_COUNT_DESCRIPTION = 'How many items the whole list holds, across all pages.';

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: TOTAL_COUNT_DESCRIPTION,
    resolve: (conn) => (typeof conn.totalCount === 'function' ? conn.totalCount() : conn.totalCount),
  }),
);
