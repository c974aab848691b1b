import { Entity, EntityRepositoryType, PrimaryKey, Property } from '@mikro-orm/core';
import { IdempotencyKeyRepository } from '../repositories/shared/idempotency-key.repository';
import { TIMESTAMP } from './base.entity';

/** The first answer to an `Idempotency-Key`, replayed for a repeat of the same request. */
@Entity({ tableName: 'idempotency_keys', repository: () => IdempotencyKeyRepository })
export class IdempotencyKey {
  [EntityRepositoryType]?: IdempotencyKeyRepository;

  /** Whose key it is: two callers may pick the same key. */
  @PrimaryKey({ type: 'text' })
  scope: string;

  @PrimaryKey({ type: 'text' })
  key: string;

  /** Fingerprint of the request: the same key with another request is refused. */
  @Property({ type: 'text' })
  requestHash: string;

  /** What to answer a repeat with; null while the first request runs. */
  @Property({ type: 'json', nullable: true })
  response: unknown = null;

  @Property({ ...TIMESTAMP })
  createdAt: Date = new Date();

  constructor(scope: string, key: string, requestHash: string) {
    this.scope = scope;
    this.key = key;
    this.requestHash = requestHash;
  }
}
