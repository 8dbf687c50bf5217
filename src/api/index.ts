// Builds the GraphQL schema from the Pothos types in ./schema.
import { isObjectType } from 'graphql';
import { builder, TOTAL_COUNT_DESCRIPTION } from './builder.js';
import { checkCursorItems } from './cursor-items.js';
import './schema/article.js';
import './schema/article-entity.js';
import './schema/article-list.js';
import './schema/co-mention.js';
import './schema/credit.js';
import './schema/entity.js';
import './schema/facets.js';
import './schema/journalist.js';
import './schema/mention.js';
import './schema/quote.js';
import './schema/related-article.js';
import './schema/search.js';

export type { Context } from './builder.js';
export const schema = builder.toSchema({ sortSchema: true });

// The Prisma plugin adds its own `totalCount` field to the connections it builds, without a
// description; give it the one every other connection has.
for (const type of Object.values(schema.getTypeMap())) {
  const totalCount = isObjectType(type) ? type.getFields().totalCount : undefined;
  if (totalCount && !totalCount.description) totalCount.description = TOTAL_COUNT_DESCRIPTION;
}

// A cursor whose item is not in the list it is given to is bad input (see cursor-items.ts).
checkCursorItems(schema);
