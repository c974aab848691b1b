import { Entity, EntityRepositoryType, PrimaryKey, Property } from '@mikro-orm/core';
import { UsedNonceRepository } from '../repositories/jobs/used-nonce.repository';
import { TIMESTAMP } from './base.entity';

/** A nonce a signed upload spent: it works once within the time window (and is forgotten after it). */
@Entity({ tableName: 'used_nonces', repository: () => UsedNonceRepository })
export class UsedNonce {
  [EntityRepositoryType]?: UsedNonceRepository;

  @PrimaryKey({ type: 'text' })
  nonce: string;

  @Property({ ...TIMESTAMP })
  usedAt: Date = new Date();

  constructor(nonce: string) {
    this.nonce = nonce;
  }
}
