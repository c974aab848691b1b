import type { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { AppSecret } from '../../entities/app-secret.entity';

/**
 * Server secrets kept in the database: made once, on first use, by whichever instance gets there
 * first (`on conflict do nothing` keeps the first), then cached. Configuration may override them.
 */
export class SecretStore {
  private readonly cache = new Map<string, Promise<string>>();

  constructor(
    private readonly orm: MikroORM,
    private readonly overrides: Record<string, string | undefined> = {},
  ) {}

  get(name: string): Promise<string> {
    const override = this.overrides[name];
    if (override) return Promise.resolve(override);
    let secret = this.cache.get(name);
    if (!secret) {
      secret = this.load(name);
      this.cache.set(name, secret);
      secret.catch(() => this.cache.delete(name));
    }
    return secret;
  }

  private load(name: string): Promise<string> {
    return this.orm.em.fork().getRepository(AppSecret).getOrCreate(name, randomBytes(48).toString('base64url'));
  }
}
