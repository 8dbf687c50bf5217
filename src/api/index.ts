// Builds the GraphQL schema from the Pothos types in ./schema.
import { builder } from './builder.js';
import './schema/article.js';
import './schema/credit.js';
import './schema/journalist.js';

export type { Context } from './builder.js';
export const schema = builder.toSchema({ sortSchema: true });
