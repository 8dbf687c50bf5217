import { builder } from '../builder.js';
import { pageCost, PRICE } from '../cost.js';
import { pageSize } from '../page-size.js';
import { Article } from './article.js';
import { EntityType } from './entity.js';

builder.prismaObject('ArticleEntity', {
  description: 'An entity as one article names it.',
  fields: (t) => ({
    entity: t.relation('entity', { description: 'The entity.' }),
    mentionCount: t.exposeInt('mentionCount', { description: 'Mentions in this article.' }),
    salience: t.exposeFloat('salience', { description: 'How central the entity is to the article, 0 to 1; an article\'s saliences sum to 1.' }),
  }),
});

builder.prismaObjectField(Article, 'entities', (t) =>
  t.relation('entities', {
    description: 'Entities the article names, most salient first; `type` narrows to one kind.',
    // All of them when `first` is not given: count a long article's worth.
    complexity: (args) => pageCost({ first: args.first }, PRICE.list, 50),
    args: {
      type: t.arg({ type: EntityType, required: false, description: 'Only entities of this type.' }),
      first: t.arg.int({ required: false, description: 'Only the most salient ones, at most 100.' }),
    },
    query: (args) => ({
      where: args.type ? { entity: { type: args.type } } : {},
      orderBy: [{ salience: 'desc' }, { entityId: 'asc' }],
      ...(args.first != null ? { take: pageSize(args.first, 'first') } : {}),
    }),
  }),
);
