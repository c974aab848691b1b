import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** The app secret the key derives from when INTEGRATION_ENCRYPTION_KEY is not set. */
export const CREDENTIALS_SECRET = 'integration-credentials';

const VERSION = 'v1';

/**
 * AES-256-GCM for an integration's secret settings. The integration's id is the additional data:
 * a ciphertext copied onto another row does not decrypt there. Stored as `v1.<iv>.<tag>.<data>`
 * (base64url), so the format can change later.
 */
export class CredentialsCipher {
  private readonly key: Buffer;

  /** `key`: 32 bytes as hex (configuration), or any secret text, hashed to 32 bytes. */
  constructor(key: string) {
    this.key = /^[0-9a-f]{64}$/i.test(key) ? Buffer.from(key, 'hex') : createHash('sha256').update(key).digest();
  }

  encrypt(integrationId: string, secrets: Record<string, string>): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(integrationId));
    const data = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), data].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
  }

  /** Throws when the text was not made by this key for this integration (tampered, moved, or another key). */
  decrypt(integrationId: string, text: string): Record<string, string> {
    const [version, iv, tag, data] = text.split('.');
    if (version !== VERSION || !iv || !tag || data === undefined) throw new Error('Unknown credentials format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(integrationId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const plain = Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    return JSON.parse(plain) as Record<string, string>;
  }
}
