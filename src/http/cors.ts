import type { IncomingMessage, ServerResponse } from 'node:http';

/** Headers allowed when a preflight names none: the API's own, Apollo's, Relay's and urql's, W3C tracing. */
const ALLOWED_HEADERS = [
  'Authorization', 'Content-Type', 'Accept', 'Apollo-Require-Preflight', 'X-Apollo-Operation-Name', 'Apollographql-Client-Name',
  'Apollographql-Client-Version', 'Traceparent', 'Tracestate', 'Baggage', 'X-Request-Id', 'Idempotency-Key',
  'X-Signature', 'X-Nonce', 'X-Timestamp', 'Mcp-Protocol-Version', 'Mcp-Session-Id',
].join(', ');
const EXPOSED_HEADERS = ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'Retry-After', 'X-Request-Id'].join(', ');

/** A preflight's list of header names (RFC 9110 tokens, comma-separated). */
const HEADER_LIST = /^\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+(\s*,\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+)*\s*$/;

/**
 * Cross-origin access for browser apps; returns true when it answered a preflight request. A
 * preflight gets the headers it asks for: the API reads credentials from `Authorization` only
 * (no cookies, no `Allow-Credentials`), so a header a client library adds (a client name, a
 * trace context) costs nothing to allow and would otherwise break every request of that client.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, origins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin && (origins.includes('*') || origins.includes(origin))) {
    res.setHeader('Access-Control-Allow-Origin', origins.includes('*') ? '*' : origin);
    res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    if (!origins.includes('*')) res.setHeader('Vary', 'Origin');
  }
  if (req.method !== 'OPTIONS') return false;
  const requested = req.headers['access-control-request-headers'];
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', requested && HEADER_LIST.test(requested) ? requested.trim() : ALLOWED_HEADERS);
  res.setHeader('Access-Control-Max-Age', '600');
  res.appendHeader('Vary', 'Access-Control-Request-Headers');
  res.statusCode = 204;
  res.end();
  return true;
}
