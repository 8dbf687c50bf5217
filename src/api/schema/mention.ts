import { builder } from '../builder.js';
import { listCost, PRICE } from '../cost.js';
import { Article } from './article.js';

builder.prismaObject('Mention', {
  description: 'One place in an article text that names an entity.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The words as written ("Peskov").' }),
    start: t.exposeInt('start', { description: 'Offset of the first character in the article text.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last character.' }),
    paragraphIndex: t.exposeInt('paragraphIndex', { description: 'Index of the paragraph (counting subheads); -1 when the mention is in the title (wire-text articles, whose title is part of the text).' }),
    entity: t.relation('entity', { description: 'The entity named.' }),
  }),
});

builder.prismaObjectField(Article, 'mentions', (t) =>
  t.relation('mentions', {
    description: 'Every entity mention in text order, so a frontend can link names in the body.',
    complexity: listCost(PRICE.list, PRICE.mentionsPerArticle),
    query: { orderBy: [{ start: 'asc' }, { id: 'asc' }] },
  }),
);
