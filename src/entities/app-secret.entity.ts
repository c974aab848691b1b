import { Entity, EntityRepositoryType, PrimaryKey, Property } from '@mikro-orm/core';
import { AppSecretRepository } from '../repositories/shared/app-secret.repository';
import { TIMESTAMP } from './base.entity';

/**
 * Server secrets (JWT signing, CSV signing) made on first start and shared through the database,
 * so every API instance signs and verifies alike without configuration.
 */
@Entity({ tableName: 'app_secrets', repository: () => AppSecretRepository })
export class AppSecret {
  [EntityRepositoryType]?: AppSecretRepository;

  @PrimaryKey({ type: 'text' })
  name: string;

  @Property({ type: 'text', hidden: true })
  value: string;

  @Property({ ...TIMESTAMP })
  createdAt: Date = new Date();

  constructor(name: string, value: string) {
    this.name = name;
    this.value = value;
  }
}
