import type { RelatedArticle as RelatedRow } from '../../store/graph.js';
import { builder } from '../builder.js';
import { pageCost, PRICE } from '../cost.js';
import { pageSize } from '../page-size.js';
import { Article } from './article.js';

const RelatedArticle = builder.objectRef<RelatedRow>('RelatedArticle').implement({
  description: 'An article that shares entities with another.',
  fields: (t) => ({
    article: t.prismaField({
      type: Article,
      description: 'The related article.',
      resolve: (query, row, _args, { db }) => db.article.findUniqueOrThrow({ ...query, where: { id: row.articleId } }),
    }),
    score: t.exposeFloat('score', { description: 'Sum over shared entities of their salience in both articles.' }),
  }),
});

builder.prismaObjectField(Article, 'related', (t) =>
  t.field({
    type: [RelatedArticle],
    description: 'Articles sharing the most entities with this one, weighted by how central each entity is to both.',
    complexity: (args) => pageCost({ first: args.first }, PRICE.graph),
    args: { first: t.arg.int({ required: false, defaultValue: 5, description: 'How many, at most 100.' }) },
    resolve: (article, args, { loaders }) => loaders.related(pageSize(args.first, 'first')).load(article.id),
  }),
);
