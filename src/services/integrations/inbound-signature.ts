import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { InboundRefused } from './platform-adapter';

/** A header's one value ('' when absent or repeated: a repeated signature header is not trusted). */
export function header(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  return typeof value === 'string' ? value : '';
}

/**
 * Refuses unless `given` is `<prefix><hex HMAC-SHA256 of data>` with the secret, compared in
 * constant time. `what` names the header in the refusal.
 */
export function requireHmac(secret: string | undefined, data: Buffer | string, given: string, prefix: string, what: string): void {
  if (!secret) throw new InboundRefused('This integration has no signing secret: inbound calls are refused');
  if (!given) throw new InboundRefused(`The ${what} header is missing`);
  const expected = Buffer.from(`${prefix}${createHmac('sha256', secret).update(data).digest('hex')}`);
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) throw new InboundRefused(`The ${what} does not match`);
}

/** Parses a JSON body, or refuses it as a bad request. */
export function jsonBody(body: Buffer): Record<string, unknown> {
  try {
    const value = JSON.parse(body.toString('utf8')) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Refused below.
  }
  throw new InboundRefused('The body is not a JSON object', 400);
}
