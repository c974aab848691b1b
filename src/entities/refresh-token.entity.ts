import { Entity, EntityRepositoryType, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { RefreshTokenRepository } from '../repositories/identity/refresh-token.repository';
import { BaseEntity, TIMESTAMP } from './base.entity';
import { User } from './user.entity';

/**
 * One refresh token of a session. A session is a family of tokens, each replacing the one before;
 * a token is used once. Only a hash of the token is kept.
 */
@Entity({ tableName: 'refresh_tokens', repository: () => RefreshTokenRepository })
export class RefreshToken extends BaseEntity {
  [EntityRepositoryType]?: RefreshTokenRepository;

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'cascade' })
  user: Ref<User>;

  /** The session: every token of one login shares it. */
  @Property({ type: 'uuid' })
  familyId: string;

  @Property({ type: 'text' })
  tokenHash: string;

  @Property({ ...TIMESTAMP })
  expiresAt: Date;

  /** When it was exchanged for its successor; presenting it again revokes the family. */
  @Property({ ...TIMESTAMP, nullable: true })
  usedAt: Date | null = null;

  @Property({ ...TIMESTAMP, nullable: true })
  revokedAt: Date | null = null;

  constructor(user: Ref<User>, familyId: string, tokenHash: string, expiresAt: Date) {
    super();
    this.user = user;
    this.familyId = familyId;
    this.tokenHash = tokenHash;
    this.expiresAt = expiresAt;
  }
}
