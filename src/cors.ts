// CORS from CORS_ORIGINS. `*` lets any page read the API, but never with credentials: reflecting
// every origin with credentials would let any site call it as its visitor. A list lets in
// exactly those origins (with credentials); any other origin, `null` included, gets no CORS
// headers at all, so its browser keeps the answer from it.
import type { Plugin } from 'graphql-yoga';

type CorsOptions = { origin: string[] | string; methods: string[]; credentials: boolean } | false;

const METHODS = ['GET', 'POST'];

export function corsOrigins(setting: string): string[] {
  return setting.split(',').map((o) => o.trim()).filter(Boolean);
}

/** Yoga's `cors` option for the CORS_ORIGINS setting. */
export function corsOptions(setting: string): (request: Request) => CorsOptions {
  const origins = corsOrigins(setting);
  if (origins.includes('*')) return () => ({ origin: '*', methods: METHODS, credentials: false });
  return (request) => {
    const origin = request.headers.get('origin');
    return origin !== null && origins.includes(origin) ? { origin: [origin], methods: METHODS, credentials: true } : false;
  };
}

/** With a list of origins, answers differ by Origin: say so to shared caches. */
export function useVaryOrigin(setting: string): Plugin {
  const anyOrigin = corsOrigins(setting).includes('*');
  return {
    onResponse({ response }) {
      if (anyOrigin || /(?:^|,)\s*origin\s*(?:,|$)/i.test(response.headers.get('vary') ?? '')) return;
      response.headers.append('vary', 'Origin');
    },
  };
}
