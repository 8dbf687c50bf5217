// The JSON in requests: POST bodies and GET's `variables`/`extensions`. Media types are
// case-insensitive (RFC 9110), but Yoga compares them as written and answers `APPLICATION/JSON`
// with 415; and it answers JSON that does not parse with the parser's own message (POST) or
// an unexpected error (GET). These parsers take any casing and answer 400, saying only which
// part is not JSON (the parser's message too with `details`, in development).
import { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';

const JSON_TYPES = new Set(['application/json', 'application/graphql+json']);

/** The media type of a request, lower case, without parameters. */
export function mediaType(request: Request): string {
  const header = request.headers.get('content-type') ?? '';
  return header.split(',')[0]!.split(';')[0]!.trim().toLowerCase();
}

function badRequest(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { http: { status: 400 }, code: 'BAD_REQUEST', ...extensions } });
}

function parseJson(text: string, what: string, details: boolean): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const original = details && error instanceof Error ? { originalError: { name: error.name, message: error.message } } : {};
    throw badRequest(`${what} is not valid JSON.`, original);
  }
}

async function parsePost(request: Request, details: boolean): Promise<GraphQLParams | GraphQLParams[]> {
  const body = parseJson(await request.text(), 'POST body', details);
  if (body === null || typeof body !== 'object') {
    throw badRequest(`POST body is expected to be object but received ${body === null ? 'null' : typeof body}`);
  }
  // Yoga checks the parameters themselves next (query a string, variables an object, ...).
  return body as GraphQLParams | GraphQLParams[];
}

function parseGet(request: Request, details: boolean): GraphQLParams {
  const params = new URL(request.url).searchParams;
  const json = (name: string) => {
    const text = params.get(name);
    return text ? (parseJson(text, `The ${name} parameter`, details) as Record<string, unknown>) : undefined;
  };
  return { query: params.get('query') || undefined, operationName: params.get('operationName') || undefined, variables: json('variables'), extensions: json('extensions') };
}

export function useJsonInput({ details }: { details: boolean }): Plugin {
  return {
    onRequestParse({ request, setRequestParser }) {
      if (request.method === 'GET') setRequestParser((r) => parseGet(r, details));
      else if (request.method === 'POST' && JSON_TYPES.has(mediaType(request))) setRequestParser((r) => parsePost(r, details));
    },
  };
}
