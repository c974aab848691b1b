import { LockMode } from '@mikro-orm/core';
import { randomBytes } from 'node:crypto';
import { Role } from '../../entities/enums';
import { IntegrationToken } from '../../entities/integration-token.entity';
import { User } from '../../entities/user.entity';
import { NotFoundError, ValidationError, type FieldError } from '../../errors';
import { toGlobalId } from '../../ids';
import type { ServiceContext } from '../shared/service-context';
import { hashToken, INTEGRATION_TOKEN_PREFIX } from './authenticator';
import { requireRole } from './policy';

export interface IntegrationTokenInput {
  name: string;
  hourlyLimit?: number | null;
  expiresAt?: Date | null;
}

export interface IntegrationTokenChanges {
  name?: string | null;
  hourlyLimit?: number | null;
  enabled?: boolean | null;
}

/** Bearer tokens for other systems (`stk_...`), issued by admins; the token is shown once. */
export class IntegrationTokenService {
  constructor(private readonly ctx: ServiceContext) {}

  async list(): Promise<IntegrationToken[]> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'manage integration tokens');
    return this.ctx.em.find(IntegrationToken, {}, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  async get(id: string): Promise<IntegrationToken> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'manage integration tokens');
    const token = await this.ctx.em.findOne(IntegrationToken, id);
    if (!token) throw new NotFoundError('IntegrationToken', toGlobalId('IntegrationToken', id));
    return token;
  }

  async create(input: IntegrationTokenInput): Promise<{ token: string; record: IntegrationToken }> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'manage integration tokens');
    const errors: FieldError[] = [];
    const name = checkName(input.name, errors);
    const hourlyLimit = input.hourlyLimit ?? this.ctx.config.auth.integrationTokenHourlyLimit;
    checkLimit(hourlyLimit, errors);
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) errors.push({ field: 'expiresAt', message: 'must be in the future' });
    if (errors.length) throw new ValidationError(errors);

    const token = `${INTEGRATION_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const viewer = this.ctx.viewer;
    const record = new IntegrationToken({
      name,
      tokenHash: hashToken(token),
      tokenPrefix: token.slice(0, INTEGRATION_TOKEN_PREFIX.length + 6),
      createdBy: viewer.kind === 'user' ? this.ctx.em.getReference(User, viewer.userId, { wrapped: true }) : null,
      hourlyLimit,
      expiresAt: input.expiresAt ?? null,
    });
    await this.ctx.em.persist(record).flush();
    return { token, record };
  }

  async update(id: string, changes: IntegrationTokenChanges): Promise<IntegrationToken> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'manage integration tokens');
    const errors: FieldError[] = [];
    const name = changes.name != null ? checkName(changes.name, errors) : undefined;
    if (changes.hourlyLimit != null) checkLimit(changes.hourlyLimit, errors);
    if (errors.length) throw new ValidationError(errors);
    const record = await this.ctx.em.transactional(async (em) => {
      const record = await this.locked(em, id);
      if (name !== undefined) record.name = name;
      if (changes.hourlyLimit != null) record.hourlyLimit = changes.hourlyLimit;
      if (changes.enabled != null) record.enabled = changes.enabled;
      record.updatedAt = new Date();
      return record;
    });
    await this.ctx.authenticator.publishRevocation({ kind: 'token', tokenId: id });
    return record;
  }

  /** Permanent: a revoked token never works again. */
  async revoke(id: string): Promise<IntegrationToken> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'manage integration tokens');
    const record = await this.ctx.em.transactional(async (em) => {
      const record = await this.locked(em, id);
      record.revokedAt ??= new Date();
      record.enabled = false;
      record.updatedAt = new Date();
      return record;
    });
    await this.ctx.authenticator.publishRevocation({ kind: 'token', tokenId: id });
    return record;
  }

  private async locked(em: ServiceContext['em'], id: string): Promise<IntegrationToken> {
    const record = await em.findOne(IntegrationToken, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!record) throw new NotFoundError('IntegrationToken', toGlobalId('IntegrationToken', id));
    return record;
  }
}

function checkName(raw: string, errors: FieldError[]): string {
  const name = raw.trim();
  if (name.length < 1 || name.length > 100) errors.push({ field: 'name', message: 'must be 1-100 characters long' });
  return name;
}

function checkLimit(limit: number, errors: FieldError[]): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000_000) {
    errors.push({ field: 'hourlyLimit', message: 'must be a whole number from 1 to 10000000' });
  }
}
