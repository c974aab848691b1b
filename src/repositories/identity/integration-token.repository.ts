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

/** Requests counted since the last write: in all, the latest, and per clock hour (start in ms). */
export interface TokenUsageBatch {
  id: string;
  count: number;
  lastUsedAt: Date;
  hours: ReadonlyMap<number, number>;
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

  /** Adds counted requests to tokens' totals and to their hours, in one statement. */
  async addUsage(usage: readonly TokenUsageBatch[]): Promise<void> {
    const hours = usage.flatMap((u) => [...u.hours].map(([hour, requests]) => ({ id: u.id, hour: new Date(hour), requests })));
    await query(
      this.getEntityManager(),
      `with totals as (
         update integration_tokens t set request_count = t.request_count + u.count, last_used_at = greatest(t.last_used_at, u.last_used_at)
         from unnest(?::uuid[], ?::bigint[], ?::timestamptz[]) as u(id, count, last_used_at) where t.id = u.id
         returning t.id
       )
       insert into integration_token_usage (token_id, hour, requests)
       select h.id, h.hour, h.requests from unnest(?::uuid[], ?::timestamptz[], ?::bigint[]) as h(id, hour, requests)
       where h.id in (select id from totals)
       on conflict (token_id, hour) do update set requests = integration_token_usage.requests + excluded.requests`,
      [
        usage.map((u) => u.id), usage.map((u) => u.count), usage.map((u) => u.lastUsedAt),
        hours.map((h) => h.id), hours.map((h) => h.hour), hours.map((h) => h.requests),
      ],
    );
  }

  /** Requests per clock hour since `from` (an hour's start), of many tokens; hours without requests are absent. */
  async usageSince(tokenIds: readonly string[], from: Date): Promise<Map<string, { hour: Date; requests: number }[]>> {
    const rows = await query<{ token_id: string; hour: Date | string; requests: string }>(
      this.getEntityManager(),
      `select token_id, hour, requests from integration_token_usage
       where token_id = any(?::uuid[]) and hour >= ? order by token_id, hour`,
      [tokenIds, from],
    );
    const usage = new Map<string, { hour: Date; requests: number }[]>(tokenIds.map((id) => [id, []]));
    for (const row of rows) usage.get(row.token_id)?.push({ hour: new Date(row.hour), requests: Number(row.requests) });
    return usage;
  }
}
