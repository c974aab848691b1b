import { Redis } from 'ioredis';
import {
  RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import type { Viewer } from './viewer';

/** The outcome of counting one request against a budget. */
export interface Quota {
  allowed: boolean;
  limit: number;
  remaining: number;
  resetAt: Date;
  /** Whole seconds until a refused caller may try again. */
  retryAfterSeconds: number;
}

/** Whose budget a request counts against. */
export type Budget =
  | { kind: 'user'; userId: string }
  | { kind: 'anonymous'; ip: string }
  | { kind: 'token'; tokenId: string; hourlyLimit: number }
  | { kind: 'auth'; ip: string }
  /** A platform's calls to one integration's inbound URL. */
  | { kind: 'inbound'; integrationId: string };

const EFFECTIVELY_UNLIMITED = 2 ** 31 - 1;

/**
 * Request budgets (rate-limiter-flexible): per user and per anonymous address per minute, per
 * integration token per clock hour, a tighter one for sign-in and registration, and per
 * integration for platforms' inbound calls. In memory by
 * default; in Redis when configured, so every API instance draws on the same budget.
 */
export class RateLimiter {
  private readonly limiters: Record<Budget['kind'], RateLimiterAbstract>;
  private readonly redis?: Redis;

  constructor(config: Config, logger: Logger) {
    const { limits, redis, integrations } = config;
    const specs = {
      user: { points: limits.userPerMinute, duration: 60 },
      anonymous: { points: limits.anonymousPerMinute, duration: 60 },
      // Keys carry the hour, so each token's count resets at the top of the hour; its own limit is
      // compared below, since tokens differ in limit.
      token: { points: EFFECTIVELY_UNLIMITED, duration: 3600 },
      auth: { points: limits.authPerMinute, duration: 60 },
      inbound: { points: integrations.inboundPerMinute, duration: 60 },
    };
    if (redis.url) {
      // While Redis is unreachable a count fails at once (no queueing for a reconnect, no retry), and
      // a connection that stops answering is dropped after 2 s: requests go on the insurance limiter
      // below instead of waiting.
      this.redis = new Redis(redis.url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, socketTimeout: 2000 });
      this.redis.on('error', (error: Error) => logger.warn({ err: error.message }, 'Redis connection problem (rate limits)'));
    }
    const make = (name: keyof typeof specs): RateLimiterAbstract => {
      const options = { ...specs[name], keyPrefix: `${redis.prefix}rl:${name}` };
      if (!this.redis) return new RateLimiterMemory(options);
      // While Redis is unreachable, each instance counts on its own rather than refusing everyone.
      return new RateLimiterRedis({ ...options, storeClient: this.redis, insuranceLimiter: new RateLimiterMemory(options) });
    };
    this.limiters = { user: make('user'), anonymous: make('anonymous'), token: make('token'), auth: make('auth'), inbound: make('inbound') };
  }

  /** Connects to Redis, when configured, so that the first requests are counted there too. */
  async connect(): Promise<void> {
    try {
      await this.redis?.connect();
    } catch (error) {
      throw new Error(`Cannot connect to Redis at REDIS_URL: ${(error as Error).message}`);
    }
  }

  /** Counts `requests` (the operations of a batch) against the budget. */
  async consume(budget: Budget, requests = 1, now = Date.now()): Promise<Quota> {
    const { limiter, key, limit } = this.locate(budget, now);
    let result: RateLimiterRes;
    try {
      result = await limiter.consume(key, requests);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      result = rejection;
    }
    return this.quota(budget, result, limit, now);
  }

  /**
   * Counts `requests` only if they all fit: a refused charge is given back, so that a costly
   * request the budget cannot pay for costs nothing here.
   */
  async consumeAll(budget: Budget, requests: number, now = Date.now()): Promise<Quota> {
    const quota = await this.consume(budget, requests, now);
    if (!quota.allowed) {
      const { limiter, key } = this.locate(budget, now);
      await limiter.reward(key, requests);
    }
    return quota;
  }

  /** The budget as it stands, without counting a request. */
  async peek(budget: Budget, now = Date.now()): Promise<Quota> {
    const { limiter, key, limit } = this.locate(budget, now);
    const result = (await limiter.get(key)) ?? new RateLimiterRes(limit, budget.kind === 'token' ? 3_600_000 : limiter.duration * 1000, 0);
    return this.quota(budget, result, limit, now);
  }

  private quota(budget: Budget, result: RateLimiterRes, limit: number, now: number): Quota {
    const allowed = result.consumedPoints <= limit;
    const resetAt =
      budget.kind === 'token' ? new Date(Math.floor(now / 3_600_000 + 1) * 3_600_000) : new Date(now + result.msBeforeNext);
    return {
      allowed,
      limit,
      remaining: Math.max(0, limit - result.consumedPoints),
      resetAt,
      retryAfterSeconds: Math.max(1, Math.ceil((resetAt.getTime() - now) / 1000)),
    };
  }

  private locate(budget: Budget, now: number): { limiter: RateLimiterAbstract; key: string; limit: number } {
    switch (budget.kind) {
      case 'user':
        return { limiter: this.limiters.user, key: budget.userId, limit: this.limiters.user.points };
      case 'anonymous':
        return { limiter: this.limiters.anonymous, key: budget.ip, limit: this.limiters.anonymous.points };
      case 'auth':
        return { limiter: this.limiters.auth, key: budget.ip, limit: this.limiters.auth.points };
      case 'token':
        return { limiter: this.limiters.token, key: `${budget.tokenId}:${Math.floor(now / 3_600_000)}`, limit: budget.hourlyLimit };
      case 'inbound':
        return { limiter: this.limiters.inbound, key: budget.integrationId, limit: this.limiters.inbound.points };
    }
  }

  async close(): Promise<void> {
    this.redis?.disconnect();
  }
}

/** The budget a caller's requests count against. */
export function budgetOf(viewer: Viewer): Budget | undefined {
  switch (viewer.kind) {
    case 'user':
      return { kind: 'user', userId: viewer.userId };
    case 'token':
      return { kind: 'token', tokenId: viewer.tokenId, hourlyLimit: viewer.hourlyLimit };
    case 'anonymous':
      return { kind: 'anonymous', ip: viewer.ip };
    case 'system':
      return undefined;
  }
}
