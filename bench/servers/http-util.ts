import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Pool } from 'pg';

// The baselines parse requests minimally: read the body, JSON.parse it, take the variables.

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sendJson(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const PREFIXES: Record<string, string> = { Ticket: 'tkt', Comment: 'cmt' };

/** Global ids as ticketgraph makes them (src/ids.ts): `<type prefix>_<uuid>`. */
export function globalId(type: string, id: string): string {
  return `${PREFIXES[type]}_${id}`;
}

export function ticketKey(number: string | number): string {
  return `TICKET-${String(number).padStart(6, '0')}`;
}

export function port(): number {
  const value = Number(process.env.PORT);
  if (!Number.isInteger(value) || value <= 0) throw new Error('PORT must be set');
  return value;
}

/**
 * A baseline's server on PORT: `GET /ready`, and `POST /graphql` answered with `answer(variables)`
 * (the request's `variables`, as sent); on SIGTERM it stops and closes its pool.
 */
export function serveBaseline<V>(pool: Pool, answer: (variables: V | undefined) => Promise<string>): void {
  const server = http.createServer((req, res) => {
    if (req.url === '/ready') return sendJson(res, 200, '{}');
    if (req.method !== 'POST' || req.url !== '/graphql') return sendJson(res, 404, '{}');
    readBody(req)
      .then(async (text) => sendJson(res, 200, await answer((JSON.parse(text) as { variables?: V }).variables)))
      .catch((error: Error) => sendJson(res, 500, JSON.stringify({ errors: [{ message: error.message }] })));
  });
  server.keepAliveTimeout = 60_000;
  server.listen(port(), '127.0.0.1');
  process.on('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    void pool.end().then(() => process.exit(0));
  });
}
