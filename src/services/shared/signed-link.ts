import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SecretStore } from './secret-store';

const URL_SIGNING_SECRET = 'file-url-signing';

/** What a signed link carries besides its path. */
export interface LinkSignature {
  expires: string;
  signature: string;
}

/**
 * Links that download something without a credential until they expire (an attachment, an
 * import's failed rows): an HMAC of what the link names and its expiry, with a secret of the server.
 */
export class SignedLinks {
  constructor(private readonly secrets: SecretStore) {}

  /** `?expires=…&signature=…` for `subject` (what the link names, e.g. an id), valid for `ttlSeconds`. */
  async query(subject: string, ttlSeconds: number, now = Date.now()): Promise<string> {
    const expires = Math.floor(now / 1000) + ttlSeconds;
    return `expires=${expires}&signature=${await this.signature(subject, expires)}`;
  }

  /** Whether a link's signature is the server's for `subject` and has not expired. */
  async valid(subject: string, given: LinkSignature): Promise<boolean> {
    const expires = Number(given.expires);
    if (!Number.isInteger(expires)) return false;
    const expected = Buffer.from(await this.signature(subject, expires));
    const signature = Buffer.from(given.signature);
    return signature.length === expected.length && timingSafeEqual(signature, expected) && expires * 1000 >= Date.now();
  }

  private async signature(subject: string, expires: number): Promise<string> {
    const secret = await this.secrets.get(URL_SIGNING_SECRET);
    return createHmac('sha256', secret).update(`${subject}.${expires}`).digest('hex');
  }
}
