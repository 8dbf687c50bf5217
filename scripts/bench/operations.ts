// The three operations bench:api measures, as a frontend sends them (POST bodies), plus the
// extra ones the soak mixes in. Chosen on Reuters-21578: James Baker is the most quoted person
// (211 articles, 189 quotes); "crude oil" matches 349 articles, a mid-sized result.

import { readFileSync } from 'node:fs';

/** An operation of examples/, exactly as GraphiQL shows it and the snapshot tests run it. */
const example = (name: string) => readFileSync(new URL(`../../examples/${name}.graphql`, import.meta.url), 'utf8');

export type OperationName = 'articleList' | 'entityPage' | 'search';

export interface Operation {
  /** Label used in tables. */
  label: string;
  query: string;
  operationName: string;
  variables: Record<string, unknown>;
}

export const ENTITY_SLUG = 'james-baker';
export const SEARCH_QUERY = 'crude oil';

export const OPERATIONS: Record<OperationName, Operation> = {
  // (1) A front page: 20 newest articles with bylines, top entities and quotes with speakers.
  articleList: {
    label: '(1) article list, 20 articles',
    operationName: 'ArticleList',
    variables: { first: 20 },
    query: `query ArticleList($first: Int!) {
  articles(first: $first) {
    totalCount
    edges {
      node {
        id
        title
        slug
        publishedAt
        dateline
        authors { name slug }
        editors { name slug }
        entities(first: 5) { mentionCount salience entity { name slug type } }
        quotes(first: 10) { edges { node { text speakerName speaker { name slug } } } }
      }
    }
  }
}`,
  },
  // (2) examples/entity-page.graphql as it is.
  entityPage: {
    label: '(2) entity page',
    operationName: 'EntityPage',
    variables: { slug: ENTITY_SLUG },
    query: example('entity-page'),
  },
  // (3) examples/search-with-facets.graphql as it is.
  search: {
    label: '(3) search with facets',
    operationName: 'SearchWithFacets',
    variables: { query: SEARCH_QUERY },
    query: example('search-with-facets'),
  },
};

/** Extra operations the soak mixes in with the three above (from examples/ and the README). */
export const SOAK_EXTRAS: Operation[] = [
  {
    label: 'speaker timeline',
    operationName: 'SpeakerTimeline',
    variables: { speakerName: 'Baker' },
    query: `query SpeakerTimeline($speakerName: String!) {
  quotes(first: 20, filter: { speakerName: $speakerName }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { text kind cue speaker { name slug } article { title slug publishedAt } } }
  }
}`,
  },
  {
    label: 'article page',
    operationName: 'ArticlePage',
    variables: {},
    // The newest article's full page, as examples/article-page.graphql but found by list.
    query: `query ArticlePage {
  articles(first: 1, filter: { search: "coffee" }, orderBy: RELEVANCE) {
    edges { node {
      id title slug publishedAt source dateline readingMinutes wordCount
      authors { name slug } editors { name slug } subheads paragraphs
      quotes(first: 50, kinds: [FULL, PARTIAL]) { totalCount edges { node { text kind cue paragraphIndex speakerName speaker { name slug type } } } }
      entities { mentionCount salience entity { name slug type } }
      mentions { start end paragraphIndex entity { slug } }
      related(first: 5) { score article { title slug publishedAt } }
    } }
  }
}`,
  },
  {
    label: 'entity list',
    operationName: 'TopPeople',
    variables: {},
    query: `query TopPeople {
  entities(first: 20, filter: { type: PERSON }, orderBy: ARTICLES) { totalCount edges { node { name slug articleCount } } }
}`,
  },
  {
    label: 'authors',
    operationName: 'Authors',
    variables: {},
    query: `query Authors {
  authors(first: 20) { totalCount edges { node { name slug articles(first: 3) { totalCount edges { node { title } } } } } }
}`,
  },
];

/** The POST body of an operation, exactly as sent to every server. */
export function body(op: Operation): string {
  return JSON.stringify({ query: op.query, operationName: op.operationName, variables: op.variables });
}

/**
 * PostGraphile's closest equivalents of (1) and (2) over the same tables: the same rows, in
 * the same order, under PostGraphile's names (credits with roles rather than authors and
 * editors; co-mentions from a SQL function, see bench/peers/postgraphile-server.ts).
 * Full-text search and facets have no PostGraphile equivalent without custom SQL functions.
 */
export const PEER_OPERATIONS: Partial<Record<OperationName, Operation>> = {
  articleList: {
    label: OPERATIONS.articleList.label,
    operationName: 'ArticleList',
    variables: { first: 20 },
    query: `query ArticleList($first: Int!) {
  allArticles(first: $first, orderBy: [PUBLISHED_AT_DESC, ID_DESC]) {
    totalCount
    nodes {
      nodeId
      title
      slug
      publishedAt
      dateline
      creditsByArticleId(orderBy: POSITION_ASC) { nodes { role journalistByJournalistId { name slug } } }
      articleEntitiesByArticleId(first: 5, orderBy: [SALIENCE_DESC, ENTITY_ID_ASC]) {
        nodes { mentionCount salience entityByEntityId { name slug type } }
      }
      quotesByArticleId(first: 10, orderBy: POSITION_ASC) { nodes { text speakerName entityBySpeakerId { name slug } } }
    }
  }
}`,
  },
  entityPage: {
    label: OPERATIONS.entityPage.label,
    operationName: 'EntityPage',
    variables: { slug: ENTITY_SLUG },
    query: `query EntityPage($slug: String!) {
  allEntities(condition: { slug: $slug }, first: 1) {
    nodes {
      nodeId
      name
      type
      entityAliasesByEntityId(orderBy: NAME_ASC) { nodes { name } }
      entityDescriptionsByEntityId(orderBy: TEXT_ASC) { nodes { text } }
      mentionsByEntityId { totalCount }
      articleEntitiesByEntityId(first: 20, orderBy: [PUBLISHED_AT_DESC, ARTICLE_ID_DESC]) {
        totalCount
        nodes { articleByArticleId { title slug publishedAt dateline } }
      }
      quotesBySpeakerId(first: 20, orderBy: [PUBLISHED_AT_DESC, ARTICLE_ID_DESC, POSITION_ASC]) {
        totalCount
        nodes { text kind cue articleByArticleId { title slug publishedAt } }
      }
    }
  }
  coMentions(entitySlug: $slug, n: 10) { nodes { sharedArticles name slug type } }
}`,
  },
};

// The two answers are plain JSON of known shape; reading them loosely keeps this short.
type Loose = Record<string, any>;

/**
 * The rows both servers must agree on, as plain lists: which articles, entities, quotes and
 * co-mentions, in order. Used to check PostGraphile's answer against wiregraph's.
 */
export function essentials(name: OperationName, answer: unknown, peer: boolean): unknown {
  const data = answer as Loose;
  if (name === 'articleList') {
    const nodes: Loose[] = peer ? data.allArticles.nodes : data.articles.edges.map((e: Loose) => e.node);
    return {
      total: peer ? data.allArticles.totalCount : data.articles.totalCount,
      articles: nodes.map((n) => ({
        slug: n.slug,
        entities: (peer ? n.articleEntitiesByArticleId.nodes : n.entities).map((e: Loose) => [(peer ? e.entityByEntityId : e.entity).slug, e.salience]),
        quotes: (peer ? n.quotesByArticleId.nodes : n.quotes.edges.map((e: Loose) => e.node)).map((q: Loose) => [q.text, (peer ? q.entityBySpeakerId : q.speaker)?.slug ?? null]),
      })),
    };
  }
  const e: Loose = peer ? data.allEntities.nodes[0] : data.entity;
  return {
    name: e.name,
    mentions: peer ? e.mentionsByEntityId.totalCount : e.mentionCount,
    articles: peer ? e.articleEntitiesByEntityId.totalCount : e.articles.totalCount,
    articleSlugs: peer ? e.articleEntitiesByEntityId.nodes.map((n: Loose) => n.articleByArticleId.slug) : e.articles.edges.map((x: Loose) => x.node.slug),
    quotes: peer ? e.quotesBySpeakerId.nodes.map((n: Loose) => n.text) : e.quotes.edges.map((x: Loose) => x.node.text),
    coMentions: peer ? data.coMentions.nodes.map((c: Loose) => [c.slug, c.sharedArticles]) : e.coMentions.map((c: Loose) => [c.entity.slug, c.sharedArticles]),
  };
}
