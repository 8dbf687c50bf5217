import { builder } from '../builder.js';
import { listCost, PRICE } from '../cost.js';
import { Journalist } from './journalist.js';
import { articleAuthors, articleEditors } from '../roles.js';

// Every field that shows credits shares this selection, so Pothos loads them in one query.
const creditSelection = { orderBy: { position: 'asc' }, include: { journalist: true } } as const;
const blockSelection = { orderBy: { position: 'asc' }, select: { kind: true, text: true } } as const;

export const Article = builder.prismaNode('Article', {
  description: 'A wire story.',
  id: { field: 'id' },
  // `node(id:)` of a row that does not exist (any more) is null, as Relay expects, not an error.
  nullable: true,
  // Select mode: each field loads only the columns it shows, so a list never reads the full text.
  select: { id: true },
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The headline.' }),
    slug: t.exposeString('slug', { description: 'URL-safe name, unique among articles.' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: 'Publication date (UTC).' }),
    source: t.exposeString('source', { nullable: true, description: 'The agency named in the dateline, e.g. Reuters.' }),
    dateline: t.exposeString('dateline', { nullable: true, description: 'Where the story was filed, e.g. MOSCOW.' }),
    readingMinutes: t.exposeInt('readingMinutes', { nullable: true, description: 'Reading time given by the source.' }),
    subheads: t.stringList({
      description: 'Section headings inside the story, in order.',
      complexity: PRICE.blocks,
      select: { blocks: blockSelection },
      resolve: (a) => a.blocks.filter((b) => b.kind === 'SUBHEAD').map((b) => b.text),
    }),
    paragraphs: t.stringList({
      description: 'Body paragraphs in order, without subheads; the first has no dateline.',
      complexity: PRICE.blocks,
      select: { blocks: blockSelection },
      resolve: (a) => a.blocks.filter((b) => b.kind === 'PARAGRAPH').map((b) => b.text),
    }),
    body: t.exposeString('body', { description: 'Paragraphs and subheads joined by blank lines.', complexity: PRICE.body }),
    wordCount: t.exposeInt('wordCount', { description: 'Words in the body.' }),
    authors: t.field({
      type: [Journalist],
      description: 'The byline; for stories without one, the journalists credited with reporting or writing.',
      complexity: listCost(PRICE.blocks, PRICE.creditsPerArticle),
      select: { credits: creditSelection },
      resolve: (a) => articleAuthors(a.credits),
    }),
    editors: t.field({
      type: [Journalist],
      description: 'Journalists credited with editing.',
      complexity: listCost(PRICE.blocks, PRICE.creditsPerArticle),
      select: { credits: creditSelection },
      resolve: (a) => articleEditors(a.credits),
    }),
    credits: t.relation('credits', {
      description: 'Every credit in the order the story gives them.',
      complexity: listCost(PRICE.list, PRICE.creditsPerArticle),
      query: creditSelection,
    }),
  }),
});
