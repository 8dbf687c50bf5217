// The "physical limit" for npm run bench:api: a bare node:http handler that answers the three
// benchmark operations with hand-written SQL (bench/limit/answers.ts) and serialises the same
// JSON as wiregraph. No GraphQL parsing, validation or execution: it reads the POST body,
// dispatches on operationName and runs the SQL. What wiregraph costs above this is the price
// of being a GraphQL server over an ORM.
//
//   DATABASE_URL=file:… | postgresql://…  PORT=0  tsx bench/limit-server.ts
//
// Started by scripts/bench/servers.ts as a child process; it reports its port over IPC and
// answers `{ type: 'sql-count' }` with the statements run so far.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { articleList, entityPage, searchPage } from './limit/answers.js';
import { openDriver } from './limit/driver.js';

interface Body {
  operationName?: string;
  variables?: Record<string, unknown>;
}

const db = openDriver(process.env.DATABASE_URL ?? 'file:./data/wiregraph.db', Number(process.env.DATABASE_POOL_SIZE ?? 10));

function answer(body: Body): Promise<unknown> | null {
  const v = body.variables ?? {};
  switch (body.operationName) {
    case 'ArticleList':
      return articleList(db, Number(v.first ?? 20));
    case 'EntityPage':
      return entityPage(db, String(v.slug));
    case 'SearchWithFacets':
      return searchPage(db, String(v.query));
    default:
      return null;
  }
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const send = (status: number, payload: unknown) => {
      const json = JSON.stringify(payload);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    };
    let pending: Promise<unknown> | null;
    try {
      pending = answer(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Body);
    } catch {
      pending = null;
    }
    if (!pending) return send(400, { errors: [{ message: 'unknown operation' }] });
    pending.then(
      (data) => send(200, { data }),
      (error: unknown) => send(500, { errors: [{ message: String(error) }] }),
    );
  });
});

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  process.send?.({ type: 'ready', port: (server.address() as AddressInfo).port });
});
process.on('message', (message: { type: string }) => {
  if (message.type === 'sql-count') process.send?.({ type: 'sql-count', statements: db.statements });
});
process.on('SIGTERM', () => server.close(() => void db.close().then(() => process.exit(0))));
