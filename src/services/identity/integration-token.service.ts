import { LockMode } from '@mikro-orm/core';
import { randomBytes } from 'node:crypto';
import { Role } from '../../entities/enums';
import { IntegrationToken } from '../../entities/integration-token.entity';
import { User } from '../../entities/user.entity';
import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../errors';
import { toGlobalId } from '../../ids';
import { credentialsCipher } from '../integrations/integration-settings';
import { fingerprint, IdempotencyService } from '../shared/idempotency.service';
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
  /** A new expiry; null removes it, undefined keeps it. */
  expiresAt?: Date | null;
}

/** How far back `IntegrationToken.usage` reaches: 30 days of hours. */
export const MAX_USAGE_HOURS = 720;
const HOUR_MS = 3_600_000;

/** The window of `hours` clock hours ending with the current one: where it starts. */
export function usageWindowStart(hours: number, now = Date.now()): Date {
  if (!Number.isInteger(hours) || hours < 1 || hours > MAX_USAGE_HOURS) {
    throw new ValidationError([{ field: 'hours', message: `must be a whole number from 1 to ${MAX_USAGE_HOURS}` }]);
  }
  return new Date(now - (now % HOUR_MS) - (hours - 1) * HOUR_MS);
}

/** Every hour of the window from `from`, oldest first, with its requests (0 for hours without any). */
export function hourlyUsage(recorded: readonly { hour: Date; requests: number }[], from: Date, hours: number): { hour: Date; requests: number }[] {
  const byHour = new Map(recorded.map((r) => [r.hour.getTime(), r.requests]));
  return Array.from({ length: hours }, (_, i) => {
    const hour = from.getTime() + i * HOUR_MS;
    return { hour: new Date(hour), requests: byHour.get(hour) ?? 0 };
  });
}

/** Longest grace period of a rotated-out secret: a week. */
export const MAX_ROTATION_GRACE_SECONDS = 7 * 86_400;

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

  /**
   * Issues a token. With an Idempotency-Key a repeat of the same input returns the same token
   * and its secret: a client whose answer was lost needs it. The secret is kept encrypted with
   * the key, for as long as the key is kept.
   */
  async create(input: IntegrationTokenInput, idempotencyKey?: string): Promise<{ token: string; record: IntegrationToken }> {
    const cipher = await credentialsCipher(this.ctx);
    return new IdempotencyService(this.ctx).run<{ token: string; record: IntegrationToken }, { id: string; token: string }>(idempotencyKey, {
      fingerprint: () => fingerprint('createIntegrationToken', input),
      execute: () => this.issue(input),
      store: ({ token, record }) => ({ id: record.id, token: cipher.encrypt(record.id, { token }) }),
      replay: async ({ id, token }) => ({ token: cipher.decrypt(id, token).token!, record: await this.get(id) }),
    });
  }

  private async issue(input: IntegrationTokenInput): Promise<{ token: string; record: IntegrationToken }> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'manage integration tokens');
    const errors: FieldError[] = [];
    const name = checkName(input.name, errors);
    const hourlyLimit = input.hourlyLimit ?? this.ctx.config.auth.integrationTokenHourlyLimit;
    checkLimit(hourlyLimit, errors);
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) errors.push({ field: 'expiresAt', message: 'must be in the future' });
    if (errors.length) throw new ValidationError(errors);

    const token = newSecret();
    const viewer = this.ctx.viewer;
    const record = new IntegrationToken({
      name,
      tokenHash: hashToken(token),
      tokenPrefix: prefixOf(token),
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
    if (changes.expiresAt && changes.expiresAt.getTime() <= Date.now()) errors.push({ field: 'expiresAt', message: 'must be in the future' });
    if (errors.length) throw new ValidationError(errors);
    const record = await this.ctx.em.transactional(async (em) => {
      const record = await this.locked(em, id);
      if (name !== undefined) record.name = name;
      if (changes.hourlyLimit != null) record.hourlyLimit = changes.hourlyLimit;
      if (changes.enabled != null) record.enabled = changes.enabled;
      if (changes.expiresAt !== undefined) record.expiresAt = changes.expiresAt;
      record.updatedAt = new Date();
      return record;
    });
    await this.ctx.authenticator.publishRevocation({ kind: 'token', tokenId: id });
    return record;
  }

  /**
   * Issues a new secret for the token (shown once); the old one keeps working for `graceSeconds`
   * (0: stops at once), so the integration can switch without an outage. A secret replaced by an
   * earlier rotation stops at once. Settings, usage and tickets stay with the token.
   */
  async rotate(id: string, graceSeconds: number): Promise<{ token: string; record: IntegrationToken }> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'manage integration tokens');
    if (!Number.isInteger(graceSeconds) || graceSeconds < 0 || graceSeconds > MAX_ROTATION_GRACE_SECONDS) {
      throw new ValidationError([{ field: 'graceSeconds', message: `must be a whole number from 0 to ${MAX_ROTATION_GRACE_SECONDS}` }]);
    }
    const token = newSecret();
    const record = await this.ctx.em.transactional(async (em) => {
      const record = await this.locked(em, id);
      if (record.revokedAt) throw new ConflictError('This integration token was revoked; issue a new one with createIntegrationToken');
      const now = new Date();
      record.previousTokenHash = graceSeconds > 0 ? record.tokenHash : null;
      record.previousTokenExpiresAt = graceSeconds > 0 ? new Date(now.getTime() + graceSeconds * 1000) : null;
      record.tokenHash = hashToken(token);
      record.tokenPrefix = prefixOf(token);
      record.updatedAt = now;
      return record;
    });
    // Every instance forgets the old secret's cached state and reads its grace period.
    await this.ctx.authenticator.publishRevocation({ kind: 'token', tokenId: id });
    return { token, record };
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

function newSecret(): string {
  return `${INTEGRATION_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

function prefixOf(token: string): string {
  return token.slice(0, INTEGRATION_TOKEN_PREFIX.length + 6);
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
