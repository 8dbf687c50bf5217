// Caps on GraphQL requests in flight: in total, and per client (by remote address). A request
// over a cap is refused at once (503 / 429) instead of waiting behind the others; the probes
// (/health, /ready, /live) are never counted or refused.
import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';

export interface AdmissionLimits {
  /** MAX_CONCURRENT_REQUESTS */
  total: number;
  /** MAX_CONCURRENT_PER_CLIENT */
  perClient: number;
  /** The path GraphQL is served at. */
  path?: string;
  /** Told the number of requests in flight whenever it changes (for the inline gate). */
  onLoad?: (inFlight: number) => void;
}

function refusal(fetchAPI: { Response: typeof Response }, status: 429 | 503, message: string): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: status === 429 ? 'TOO_MANY_REQUESTS' : 'SERVER_BUSY' } }] }), {
    status,
    headers: { 'content-type': 'application/json', 'retry-after': '1' },
  });
}

export function useAdmission({ total, perClient, path = '/graphql', onLoad }: AdmissionLimits): Plugin<object, { req?: IncomingMessage }> {
  let inFlight = 0;
  const byClient = new Map<string, number>();
  const held = new WeakMap<Request, string>();
  return {
    onRequest({ request, url, serverContext, fetchAPI, endResponse }) {
      if (url.pathname !== path) return;
      const client = serverContext.req?.socket.remoteAddress ?? 'local';
      const mine = byClient.get(client) ?? 0;
      if (inFlight >= total) {
        endResponse(refusal(fetchAPI, 503, `The server is busy: ${total} requests are in flight (MAX_CONCURRENT_REQUESTS). Try again in a moment.`));
      } else if (mine >= perClient) {
        endResponse(refusal(fetchAPI, 429, `Too many requests from one client at once: at most ${perClient} (MAX_CONCURRENT_PER_CLIENT).`));
      } else {
        inFlight += 1;
        onLoad?.(inFlight);
        byClient.set(client, mine + 1);
        held.set(request, client);
      }
    },
    onResponse({ request }) {
      const client = held.get(request);
      if (client === undefined) return;
      held.delete(request);
      inFlight -= 1;
      onLoad?.(inFlight);
      const left = (byClient.get(client) ?? 1) - 1;
      if (left === 0) byClient.delete(client);
      else byClient.set(client, left);
    },
  };
}
