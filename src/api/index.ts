// Builds the GraphQL schema from the Pothos types in ./schema.
import { builder } from './builder.js';
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
