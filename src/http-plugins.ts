// Yoga plugins for the HTTP surface: health and readiness probes, and the body size limit.
import type { Plugin } from 'graphql-yoga';
import type { Db } from './store/db.js';
import { pendingMigrations } from './store/migrations.js';

function json(fetchAPI: { Response: typeof Response }, status: number, body: unknown): Response {
  return new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** /health: can the database answer? /ready: are all migrations applied? */
export function useProbes(db: Db): Plugin {
  return {
    async onRequest({ url, fetchAPI, endResponse }) {
      if (url.pathname === '/health') {
        try {
          await db.$queryRawUnsafe('SELECT 1');
          endResponse(json(fetchAPI, 200, { status: 'ok' }));
        } catch {
          endResponse(json(fetchAPI, 503, { status: 'unavailable', reason: 'the database does not answer' }));
        }
      } else if (url.pathname === '/ready') {
        try {
          const pending = await pendingMigrations(db);
          endResponse(json(fetchAPI, pending.length === 0 ? 200 : 503, { ready: pending.length === 0, pendingMigrations: pending }));
        } catch {
          endResponse(json(fetchAPI, 503, { ready: false, reason: 'the database does not answer' }));
        }
      }
    },
  };
}

/** Refuses bodies over `maxBytes` (413) and bodies of unknown length (411) before parsing. */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      if (request.method !== 'POST') return;
      const length = request.headers.get('content-length');
      if (length === null) {
        endResponse(json(fetchAPI, 411, { errors: [{ message: 'A POST request needs a Content-Length header.' }] }));
      } else if (Number(length) > maxBytes) {
        endResponse(json(fetchAPI, 413, { errors: [{ message: `Request body too large: ${length} bytes, the limit is ${maxBytes}.` }] }));
      }
    },
  };
}
