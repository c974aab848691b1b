import type { ServerResponse } from 'node:http';
import type { Quota } from '../services/identity/rate-limiter';
import { rateLimited } from './admission';
import { RequestError } from './request';

/** The budget a response was counted against, in the headers every response carries. */
export function setRateLimitHeaders(res: ServerResponse, quota: Quota): void {
  res.setHeader('X-RateLimit-Limit', quota.limit);
  res.setHeader('X-RateLimit-Remaining', quota.remaining);
  res.setHeader('X-RateLimit-Reset', Math.ceil(quota.resetAt.getTime() / 1000));
}

/** A request over its budget, refused whole: HTTP 429 with Retry-After. */
export function tooManyRequests(quota: Quota): RequestError {
  const { message, code, retryAfterSeconds } = rateLimited(quota);
  return new RequestError(429, message, code, { 'Retry-After': String(retryAfterSeconds) }, { retryAfter: retryAfterSeconds });
}
