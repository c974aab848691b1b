import type { ServerResponse } from 'node:http';
import type { Quota } from '../services/identity/rate-limiter';
import { RequestError } from './request';

/** The budget a response was counted against, in the headers every response carries. */
export function setRateLimitHeaders(res: ServerResponse, quota: Quota): void {
  res.setHeader('X-RateLimit-Limit', quota.limit);
  res.setHeader('X-RateLimit-Remaining', quota.remaining);
  res.setHeader('X-RateLimit-Reset', Math.ceil(quota.resetAt.getTime() / 1000));
}

/** A request over its budget, refused whole: HTTP 429 with Retry-After. */
export function tooManyRequests(quota: Quota): RequestError {
  return new RequestError(
    429,
    `Too many requests; try again in ${quota.retryAfterSeconds} s`,
    'RATE_LIMITED',
    { 'Retry-After': String(quota.retryAfterSeconds) },
    { retryAfter: quota.retryAfterSeconds },
  );
}
