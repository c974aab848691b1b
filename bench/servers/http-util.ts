import type { IncomingMessage, ServerResponse } from 'node:http';

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
