import { EntityRepository } from '@mikro-orm/postgresql';
import { query, toDateOrNull } from '../../db/sql';
import type { IntegrationToken } from '../../entities/integration-token.entity';

/** What authenticating with a token needs to know of it. */
export interface TokenState {
  id: string;
  name: string;
  hourlyLimit: number;
  enabled: boolean;
  revokedAt: Date | null;
  expiresAt: Date | null;
}

export class IntegrationTokenRepository extends EntityRepository<IntegrationToken> {
  /** By the current secret's hash, or a rotated-out one's: that expires when its grace period ends. */
  async stateByHash(tokenHash: string): Promise<TokenState | undefined> {
    const [row] = await query<{ id: string; name: string; hourly_limit: number; enabled: boolean; revoked_at: string | null; expires_at: string | null }>(
      this.getEntityManager(),
      `select id, name, hourly_limit, enabled, revoked_at,
         case when token_hash = ? then expires_at else least(expires_at, previous_token_expires_at) end as expires_at
       from integration_tokens where token_hash = ? or previous_token_hash = ?`,
      [tokenHash, tokenHash, tokenHash],
    );
    return row && {
      id: row.id, name: row.name, hourlyLimit: row.hourly_limit, enabled: row.enabled,
      revokedAt: toDateOrNull(row.revoked_at), expiresAt: toDateOrNull(row.expires_at),
    };
  }

  /** Adds counted requests to tokens' totals, in one statement. */
  async addUsage(usage: readonly { id: string; count: number; lastUsedAt: Date }[]): Promise<void> {
    await query(
      this.getEntityManager(),
      `update integration_tokens t set request_count = t.request_count + u.count, last_used_at = greatest(t.last_used_at, u.last_used_at)
       from unnest(?::uuid[], ?::bigint[], ?::timestamptz[]) as u(id, count, last_used_at) where t.id = u.id`,
      [usage.map((u) => u.id), usage.map((u) => u.count), usage.map((u) => u.lastUsedAt)],
    );
  }
}
