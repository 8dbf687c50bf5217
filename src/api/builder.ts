// The Pothos schema builder and its plugins. Types live in ./schema, one file each.
import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import { DateTimeResolver } from 'graphql-scalars';
import type PrismaTypes from '../generated/sqlite/pothos-types.js';
import { getDatamodel } from '../generated/sqlite/pothos-types.js';
import type { Db } from '../store/db.js';
import type { Loaders } from './loaders.js';

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
  plugins: [PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  prisma: {
    // The client comes from the request context, so one schema serves any database.
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
  },
});

builder.addScalarType('DateTime', DateTimeResolver);
builder.queryType({ description: 'Wire stories, the journalists who wrote and edited them, and what they say.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the whole list holds, across all pages.',
    resolve: (conn) => (typeof conn.totalCount === 'function' ? conn.totalCount() : conn.totalCount),
  }),
);
