import type { MikroORM } from '@mikro-orm/postgresql';
import { errors as joseErrors, jwtVerify } from 'jose';
import { createHash } from 'node:crypto';
import type { Config } from '../../config';
import type { Role } from '../../entities/enums';
import { IntegrationToken } from '../../entities/integration-token.entity';
import { User } from '../../entities/user.entity';
import { UnauthenticatedError } from '../../errors';
import type { Logger } from '../../logger';
import type { Channel, PubSub } from '../../pubsub';
import type { SecretStore } from '../shared/secret-store';
import type { Viewer } from './viewer';

/** A credential that stopped being valid: caches drop it and live connections using it close. */
export type Revocation =
  | { kind: 'user'; userId: string }
  | { kind: 'session'; sessionId: string }
  | { kind: 'token'; tokenId: string };

export const revocationsChannel: Channel<Revocation> = {
  topic: 'credential-revocations',
  encode: (message) => JSON.stringify(message),
  decode: (text) => JSON.parse(text) as Revocation,
};

export const INTEGRATION_TOKEN_PREFIX = 'stk_';
export const JWT_ISSUER = 'ticketgraph';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface TokenInfo {
  id: string;
  name: string;
  hourlyLimit: number;
  usable: boolean;
  /** Why it is refused, when it is. */
  problem?: string;
  expiresAt: Date | null;
}

interface UserState {
  role: Role;
  isActive: boolean;
  username: string;
  email: string;
  sessionRevoked: boolean;
}

interface Cached<T> {
  value: T;
  expires: number;
}

/** What a verified credential is, beyond the viewer: when it stops being valid. */
export interface Authentication {
  viewer: Viewer;
  /** When the credential stops being valid: an access token's expiry, an integration token's if it has one. */
  expiresAt?: Date;
}

const CACHE_MS = 30_000;
const USAGE_FLUSH_MS = 5_000;
const HOUR_MS = 3_600_000;

/**
 * Turns an `Authorization` header into a viewer. Access tokens are JWTs checked against the
 * user's current state (active, role, session not revoked); integration tokens are looked up by
 * hash. Both are cached briefly, and every cache entry is dropped the moment a revocation is
 * published, on every instance, so deactivation and revocation take effect at once.
 */
export class Authenticator {
  private readonly users = new Map<string, Cached<UserState | undefined>>();
  private readonly tokens = new Map<string, Cached<TokenInfo | undefined>>();
  private readonly usage = new Map<string, { count: number; lastUsedAt: Date; hours: Map<number, number> }>();
  private readonly listeners = new Set<(revocation: Revocation) => void>();
  private readonly unsubscribe: () => void;
  private readonly flushTimer: NodeJS.Timeout;

  constructor(
    private readonly orm: MikroORM,
    private readonly pubsub: PubSub,
    private readonly secrets: SecretStore,
    private readonly config: Config,
    private readonly logger: Logger,
  ) {
    this.unsubscribe = pubsub.subscribe(revocationsChannel, (revocation) => this.revoked(revocation));
    this.flushTimer = setInterval(() => void this.flushUsage(), USAGE_FLUSH_MS);
    this.flushTimer.unref();
  }

  async authenticate(authorization: string | undefined, ip: string): Promise<Authentication> {
    if (!authorization) return { viewer: { kind: 'anonymous', actor: null, ip } };
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('The Authorization header must be `Bearer <token>`');
    const credential = match[1]!;
    if (credential.startsWith(INTEGRATION_TOKEN_PREFIX)) return this.integrationToken(credential, ip);
    return this.accessToken(credential, ip);
  }

  /** Called for every request an integration token makes; written to the database in batches. */
  recordTokenUse(tokenId: string): void {
    const now = new Date();
    const hour = now.getTime() - (now.getTime() % HOUR_MS);
    const entry = this.usage.get(tokenId);
    if (entry) {
      entry.count++;
      entry.lastUsedAt = now;
      entry.hours.set(hour, (entry.hours.get(hour) ?? 0) + 1);
    } else {
      this.usage.set(tokenId, { count: 1, lastUsedAt: now, hours: new Map([[hour, 1]]) });
    }
  }

  /** Live connections register here to close when their credential is revoked. */
  onRevocation(listener: (revocation: Revocation) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async publishRevocation(revocation: Revocation): Promise<void> {
    // This instance forgets it before the change is answered: the caller's next request must see it,
    // whenever the message comes back through Redis.
    this.forget(revocation);
    try {
      await this.pubsub.publish(revocationsChannel, revocation);
    } catch (error) {
      // This instance still forgets it at once; others within the cache time.
      this.logger.error({ err: error, revocation }, 'publishing a revocation failed');
      this.revoked(revocation);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.flushTimer);
    this.unsubscribe();
    await this.flushUsage();
  }

  private async accessToken(token: string, ip: string): Promise<Authentication> {
    let payload: { sub?: string; sid?: unknown; exp?: number };
    try {
      const secret = new TextEncoder().encode(await this.secrets.get('jwt'));
      ({ payload } = await jwtVerify(token, secret, { issuer: JWT_ISSUER, algorithms: ['HS256'] }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new UnauthenticatedError('The access token has expired; get a new one with refreshSession');
      throw new UnauthenticatedError('The access token is not valid');
    }
    const userId = payload.sub;
    const sessionId = typeof payload.sid === 'string' ? payload.sid : undefined;
    if (!userId || !sessionId) throw new UnauthenticatedError('The access token is not valid');
    const state = await this.userState(userId, sessionId);
    if (!state || !state.isActive || state.sessionRevoked) {
      throw new UnauthenticatedError('This session has ended; sign in again');
    }
    return {
      viewer: { kind: 'user', actor: state.username, userId, role: state.role, username: state.username, email: state.email, sessionId, ip },
      expiresAt: new Date(payload.exp! * 1000),
    };
  }

  private async integrationToken(token: string, ip: string): Promise<Authentication> {
    const info = await this.tokenInfo(hashToken(token));
    if (!info) throw new UnauthenticatedError('Unknown integration token');
    if (!info.usable) throw new UnauthenticatedError(`This integration token ${info.problem}`);
    return {
      viewer: { kind: 'token', actor: `token:${info.name}`, tokenId: info.id, name: info.name, hourlyLimit: info.hourlyLimit, ip },
      expiresAt: info.expiresAt ?? undefined,
    };
  }

  private async userState(userId: string, sessionId: string): Promise<UserState | undefined> {
    const key = `${userId}:${sessionId}`;
    const cached = this.users.get(key);
    if (cached && cached.expires > Date.now()) return cached.value;
    const value = await this.orm.em.fork().getRepository(User).sessionState(userId, sessionId);
    this.users.set(key, { value, expires: Date.now() + CACHE_MS });
    return value;
  }

  private async tokenInfo(hash: string): Promise<TokenInfo | undefined> {
    const cached = this.tokens.get(hash);
    if (cached && cached.expires > Date.now()) return cached.value;
    const token = await this.orm.em.fork().getRepository(IntegrationToken).stateByHash(hash);
    let value: TokenInfo | undefined;
    if (token) {
      const expired = token.expiresAt !== null && token.expiresAt.getTime() <= Date.now();
      const problem = token.revokedAt ? 'was revoked' : !token.enabled ? 'is disabled' : expired ? 'has expired' : undefined;
      value = { id: token.id, name: token.name, hourlyLimit: token.hourlyLimit, usable: !problem, problem, expiresAt: token.expiresAt };
    }
    // Expiry is a point in time: cache no longer than until then.
    const expiresAt = token?.expiresAt ? token.expiresAt.getTime() : Infinity;
    this.tokens.set(hash, { value, expires: Math.min(Date.now() + CACHE_MS, expiresAt) });
    return value;
  }

  private revoked(revocation: Revocation): void {
    this.forget(revocation);
    for (const listener of this.listeners) listener(revocation);
  }

  /** Drops the cached state of a revoked credential. */
  private forget(revocation: Revocation): void {
    if (revocation.kind === 'user') {
      for (const key of this.users.keys()) if (key.startsWith(`${revocation.userId}:`)) this.users.delete(key);
    } else if (revocation.kind === 'session') {
      for (const key of this.users.keys()) if (key.endsWith(`:${revocation.sessionId}`)) this.users.delete(key);
    } else {
      for (const [hash, entry] of this.tokens) if (entry.value?.id === revocation.tokenId) this.tokens.delete(hash);
    }
  }

  /** Writes the counted requests of integration tokens (also every few seconds on its own). */
  async flushUsage(): Promise<void> {
    if (this.usage.size === 0) return;
    const batch = [...this.usage];
    this.usage.clear();
    try {
      await this.orm.em.fork().getRepository(IntegrationToken).addUsage(batch.map(([id, u]) => ({ id, ...u })));
    } catch (error) {
      this.logger.warn({ err: error }, 'recording integration token usage failed');
    }
  }
}
