import { createHash } from 'node:crypto';
import { PlatformError } from './platform-http';

/**
 * Access tokens of OAuth client-credentials flows (Salesforce, Zoom), per client, shared by this
 * process's calls. A call refused with 401 (expired or revoked) drops the token and is made once
 * more with a new one.
 */
export class OAuthTokens<T> {
  private readonly tokens = new Map<string, Promise<T>>();

  /** `identity`: what makes a client (URL, id, secret); hashed, so no secret is kept as a key. */
  async use<R>(identity: readonly string[], fetchToken: () => Promise<T>, call: (token: T) => Promise<R>): Promise<R> {
    const key = createHash('sha256').update(identity.join('\n')).digest('hex');
    for (let attempt = 0; ; attempt++) {
      let token = this.tokens.get(key);
      if (!token) {
        token = fetchToken();
        this.tokens.set(key, token);
        token.catch(() => this.tokens.delete(key));
      }
      try {
        return await call(await token);
      } catch (error) {
        if (!(error instanceof PlatformError) || error.statusCode !== 401 || attempt > 0) throw error;
        if (this.tokens.get(key) === token) this.tokens.delete(key);
      }
    }
  }
}
