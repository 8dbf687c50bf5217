// HTTP: graphql-yoga over node:http, serving the schema with GraphiQL.
import { createServer, type Server } from 'node:http';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { schema, type Context } from './api/index.js';
import { createLoaders } from './api/loaders.js';
import type { Db } from './store/db.js';

export const EXAMPLE_QUERY = `# Welcome to wiregraph. Press the play button to run this query.
{
  articles(first: 5) {
    totalCount
    edges {
      node {
        title
        publishedAt
        dateline
        readingMinutes
        authors { name }
        editors { name }
        credits { role journalist { name } }
        subheads
        paragraphs
      }
    }
  }
}
`;

export type App = YogaServerInstance<Record<string, never>, Context>;

export function createApp(db: Db): App {
  return createYoga<Record<string, never>, Context>({
    schema,
    context: () => ({ db, loaders: createLoaders(db) }),
    graphiql: { title: 'wiregraph', defaultQuery: EXAMPLE_QUERY },
    logging: process.env.NODE_ENV === 'test' ? false : 'info',
  });
}

/** Starts listening; resolves once the port is bound. */
export function listen(app: App, port: number, host: string): Promise<Server> {
  const server = createServer(app);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
