import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request refused before GraphQL runs; the status and message go to the client as they are. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = 'BAD_USER_INPUT',
    readonly headers: Record<string, string> = {},
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** For a batch (a JSON array) of this many operations: each gets the refusal as its answer, as batching clients expect one per operation. */
  batchSize?: number;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  res.statusCode = status;
  res.setHeader('Content-Type', `${type}; charset=utf-8`);
  res.end(JSON.stringify(body));
}

/** GraphQL over HTTP's media type: a client that accepts it reads the body of any status as a GraphQL response. */
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/** Whether the request's Accept header names GraphQL over HTTP's media type (with a q above 0). */
export function acceptsGraphQLResponse(req: Pick<IncomingMessage, 'headers'>): boolean {
  return (req.headers.accept ?? '').split(',').some((range) => {
    const [type, ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    return type === GRAPHQL_RESPONSE && !params.some((param) => /^q=0(\.0*)?$/.test(param));
  });
}

/**
 * A GraphQL response made of errors only, for a request refused before GraphQL ran (401, 413, 429,
 * a batch too large). Apollo Client 4 and other GraphQL-over-HTTP clients read the errors (and
 * their `extensions.code`) of a non-2xx answer only under `application/graphql-response+json`, so
 * a client that accepts it gets it; others get `application/json`.
 */
export function sendErrors(req: Pick<IncomingMessage, 'headers'>, res: ServerResponse, status: number, errors: unknown[]): void {
  sendJson(res, status, { errors }, acceptsGraphQLResponse(req) ? GRAPHQL_RESPONSE : 'application/json');
}

export function sendError(req: Pick<IncomingMessage, 'headers'>, res: ServerResponse, error: RequestError): void {
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  const errors = [{ message: error.message, extensions: { code: error.code, ...error.extensions } }];
  if (error.batchSize === undefined) {
    sendErrors(req, res, error.status, errors);
    return;
  }
  const answers = Array.from({ length: error.batchSize }, () => ({ errors }));
  sendJson(res, error.status, answers, acceptsGraphQLResponse(req) ? GRAPHQL_RESPONSE : 'application/json');
}

/**
 * The caller's address: the socket's, or behind `proxies` trusted proxies the X-Forwarded-For
 * entry that the outermost of them appended. Entries to the left of it come from the client and
 * prove nothing.
 */
export function clientIp(req: Pick<IncomingMessage, 'headers' | 'socket'>, proxies: number): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (proxies === 0) return socket;
  const forwarded = req.headers['x-forwarded-for'];
  const entries = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',').map((entry) => entry.trim()).filter(Boolean);
  return entries[entries.length - proxies] ?? entries[0] ?? socket;
}

/** Reads a request body of at most `limit` bytes, as it came. */
export async function readRawBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    // The rest of the body is not read: the connection cannot carry another request.
    if (size > limit) throw new RequestError(413, `Request body is larger than ${limit} bytes`, 'BAD_USER_INPUT', { Connection: 'close' });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Reads a JSON request body; anything else is left to Apollo, which names what it expects. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const text = (await readRawBody(req, limit)).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('json')) return text;
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RequestError(400, `Malformed JSON body: ${(error as Error).message}`);
  }
}
