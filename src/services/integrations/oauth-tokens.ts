import { createHash } from 'node:crypto';
import { PlatformError } from './platform-http';

/** What a token endpoint gave: the token, and how many seconds it lives (`expires_in`; absent: until refused). */
export interface IssuedToken<T> {
  value: T;
  expiresInSeconds?: number;
}

interface CachedToken<T> {
  value: T;
  /** When to fetch a new one instead: shortly before it expires. */
  renewAt: number;
}

/** How long before its expiry a token is renewed (at most half its life). */
const RENEW_MARGIN_SECONDS = 60;

/** `expires_in` of a token endpoint's answer, when it is a positive number of seconds. */
export function expiresIn(body: { expires_in?: unknown }): number | undefined {
  const seconds = Number(body.expires_in);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

/**
 * Access tokens of OAuth client-credentials flows (Salesforce, ServiceNow, Zoom), per client, shared
 * by this process's calls. A token is used until shortly before it expires; a call refused with 401
 * (expired early or revoked) drops the token and is made once more with a new one.
 */
export class OAuthTokens<T> {
  private readonly tokens = new Map<string, Promise<CachedToken<T>>>();

  /** `identity`: what makes a client (URL, id, secret); hashed, so no secret is kept as a key. */
  async use<R>(identity: readonly string[], fetchToken: () => Promise<IssuedToken<T>>, call: (token: T) => Promise<R>): Promise<R> {
    const key = createHash('sha256').update(identity.join('\n')).digest('hex');
    let refused = false;
    for (;;) {
      let entry = this.tokens.get(key);
      const fresh = !entry;
      if (!entry) {
        entry = fetchToken().then(({ value, expiresInSeconds }) => ({
          value,
          renewAt: expiresInSeconds === undefined ? Infinity : Date.now() + 1000 * (expiresInSeconds - Math.min(RENEW_MARGIN_SECONDS, expiresInSeconds / 2)),
        }));
        this.tokens.set(key, entry);
        entry.catch(() => this.forget(key, entry!));
      }
      const token = await entry;
      if (!fresh && token.renewAt <= Date.now()) {
        this.forget(key, entry);
        continue;
      }
      try {
        return await call(token.value);
      } catch (error) {
        if (!(error instanceof PlatformError) || error.statusCode !== 401 || refused) throw error;
        refused = true;
        this.forget(key, entry);
      }
    }
  }

  /** Drops a token, unless another caller has put a newer one in its place. */
  private forget(key: string, entry: Promise<CachedToken<T>>): void {
    if (this.tokens.get(key) === entry) this.tokens.delete(key);
  }
}
