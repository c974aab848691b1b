import { Entity, EntityRepositoryType, Enum, Property, Unique } from '@mikro-orm/core';
import { UserRepository } from '../repositories/identity/user.repository';
import { BaseEntity, TIMESTAMP } from './base.entity';
import { Role } from './enums';

@Entity({ tableName: 'users', repository: () => UserRepository })
export class User extends BaseEntity {
  [EntityRepositoryType]?: UserRepository;

  /** Stored as typed; unique regardless of case. */
  @Property({ type: 'text' })
  username: string;

  /** Stored in lower case. */
  @Property({ type: 'text' })
  @Unique()
  email: string;

  /** argon2id. */
  @Property({ type: 'text', hidden: true })
  passwordHash: string;

  /** The name the person goes by; optional. */
  @Property({ type: 'text', nullable: true })
  fullName: string | null = null;

  @Enum({ items: () => Role, type: 'text' })
  role: Role;

  @Property({ type: 'boolean' })
  isActive = true;

  @Property({ ...TIMESTAMP, nullable: true })
  lastLoginAt: Date | null = null;

  constructor(username: string, email: string, passwordHash: string, role: Role) {
    super();
    this.username = username;
    this.email = email;
    this.passwordHash = passwordHash;
    this.role = role;
  }
}
