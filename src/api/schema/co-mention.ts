import type { CoMention as CoMentionRow } from '../../store/graph.js';
import { builder } from '../builder.js';
import { pageCost, PRICE } from '../cost.js';
import { pageSize } from '../page-size.js';
import { Entity } from './entity.js';

const CoMention = builder.objectRef<CoMentionRow>('CoMention').implement({
  description: 'Another entity named in the same articles.',
  fields: (t) => ({
    // Prisma batches the findUnique calls of one tick into a single IN (...) query.
    entity: t.prismaField({
      type: Entity,
      description: 'The other entity.',
      resolve: (query, row, _args, { db }) => db.entity.findUniqueOrThrow({ ...query, where: { id: row.entityId } }),
    }),
    sharedArticles: t.exposeInt('sharedArticles', { description: 'Articles naming both.' }),
  }),
});

builder.prismaObjectField(Entity, 'coMentions', (t) =>
  t.field({
    type: [CoMention],
    description: 'Entities appearing in the same articles, strongest first (ties by name).',
    complexity: (args) => pageCost({ first: args.first }, PRICE.graph),
    args: { first: t.arg.int({ required: false, defaultValue: 10, description: 'How many, at most 100.' }) },
    resolve: (entity, args, { loaders }) => loaders.coMentions(pageSize(args.first, 'first')).load(entity.id),
  }),
);
