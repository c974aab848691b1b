import { EntityRepository } from '@mikro-orm/postgresql';
import { query } from '../../db/sql';
import type { IdempotencyKey } from '../../entities/idempotency-key.entity';

export class IdempotencyKeyRepository extends EntityRepository<IdempotencyKey> {
  /**
   * Claims a key for a request (forgetting a claim of it older than `keepHours`). False when the
   * key is held: then `findClaim` gives the request that holds it and its answer.
   */
  async claim(scope: string, key: string, requestHash: string, keepHours: number): Promise<boolean> {
    const em = this.getEntityManager();
    await query(em, 'delete from idempotency_keys where scope = ? and key = ? and created_at < now() - make_interval(hours => ?)', [scope, key, keepHours]);
    const [claimed] = await query(em, 'insert into idempotency_keys (scope, key, request_hash) values (?, ?, ?) on conflict do nothing returning key', [
      scope, key, requestHash,
    ]);
    return claimed !== undefined;
  }

  async findClaim<Stored>(scope: string, key: string): Promise<{ requestHash: string; response: Stored | null } | undefined> {
    const [row] = await query<{ request_hash: string; response: Stored | null }>(
      this.getEntityManager(),
      'select request_hash, response from idempotency_keys where scope = ? and key = ?',
      [scope, key],
    );
    return row && { requestHash: row.request_hash, response: row.response };
  }

  async storeResponse(scope: string, key: string, response: unknown): Promise<void> {
    await query(this.getEntityManager(), 'update idempotency_keys set response = ? where scope = ? and key = ?', [JSON.stringify(response), scope, key]);
  }

  async release(scope: string, key: string): Promise<void> {
    await query(this.getEntityManager(), 'delete from idempotency_keys where scope = ? and key = ?', [scope, key]);
  }

  /** Forgets keys older than `keepHours`; returns how many. */
  async prune(keepHours: number): Promise<number> {
    const rows = await query(this.getEntityManager(), 'delete from idempotency_keys where created_at < now() - make_interval(hours => ?) returning key', [
      keepHours,
    ]);
    return rows.length;
  }
}
