import { Entity, EntityRepositoryType, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { IntegrationTokenRepository } from '../repositories/identity/integration-token.repository';
import { BaseEntity, TIMESTAMP } from './base.entity';
import { User } from './user.entity';

/** A bearer credential (`stk_...`) for another system. Only a hash of the token is kept. */
@Entity({ tableName: 'integration_tokens', repository: () => IntegrationTokenRepository })
export class IntegrationToken extends BaseEntity {
  [EntityRepositoryType]?: IntegrationTokenRepository;

  @Property({ type: 'text' })
  name: string;

  @Property({ type: 'text', hidden: true })
  tokenHash: string;

  /** The first characters of the token, so people can tell tokens apart. */
  @Property({ type: 'text' })
  tokenPrefix: string;

  /** The secret a rotation replaced, still accepted until `previousTokenExpiresAt`. */
  @Property({ type: 'text', hidden: true, nullable: true })
  previousTokenHash: string | null = null;

  @Property({ ...TIMESTAMP, nullable: true })
  previousTokenExpiresAt: Date | null = null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<User> | null;

  /** Requests per hour; the count resets at the top of each hour. */
  @Property({ type: 'integer' })
  hourlyLimit: number;

  @Property({ ...TIMESTAMP, nullable: true })
  expiresAt: Date | null;

  @Property({ type: 'boolean' })
  enabled = true;

  @Property({ ...TIMESTAMP, nullable: true })
  revokedAt: Date | null = null;

  @Property({ ...TIMESTAMP, nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ type: 'bigint' })
  requestCount: string = '0';

  constructor(fields: { name: string; tokenHash: string; tokenPrefix: string; createdBy: Ref<User> | null; hourlyLimit: number; expiresAt: Date | null }) {
    super();
    this.name = fields.name;
    this.tokenHash = fields.tokenHash;
    this.tokenPrefix = fields.tokenPrefix;
    this.createdBy = fields.createdBy;
    this.hourlyLimit = fields.hourlyLimit;
    this.expiresAt = fields.expiresAt;
  }
}
