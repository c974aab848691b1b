import type { IncomingMessage, ServerResponse } from 'node:http';
import { UnauthenticatedError } from '../errors';
import type { Authentication } from '../services/identity/authenticator';
import type { Quota } from '../services/identity/rate-limiter';
import type { Admission } from './admission';
import { setRateLimitHeaders, tooManyRequests } from './rate-limit-headers';
import { RequestError } from './request';

// The admission of an HTTP request, the same at /graphql and /mcp.

/** The caller behind a request's credential; a refused one counts against the address's budget and is answered 401. */
export async function authenticateRequest(admission: Admission, req: IncomingMessage, res: ServerResponse, ip: string): Promise<Authentication> {
  try {
    return await admission.authenticate(req.headers.authorization, ip);
  } catch (error) {
    if (!(error instanceof UnauthenticatedError)) throw error;
    await countRequest(res, admission.charge({ kind: 'anonymous', ip }));
    throw new RequestError(401, error.message, 'UNAUTHENTICATED', { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
  }
}

/** Counts a request and sets the headers; over the budget, refuses it whole (429). */
export async function countRequest(res: ServerResponse, quota: Promise<Quota | undefined>): Promise<Quota | undefined> {
  const counted = await quota;
  if (!counted) return undefined;
  setRateLimitHeaders(res, counted);
  if (!counted.allowed) throw tooManyRequests(counted);
  return counted;
}
