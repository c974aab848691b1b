import { Comment } from '../../entities/comment.entity';
import { IntegrationPlatform, IntegrationStatus, Role, TicketEventType } from '../../entities/enums';
import { Integration, type IntegrationFilter } from '../../entities/integration.entity';
import { User } from '../../entities/user.entity';
import { WebhookDelivery } from '../../entities/webhook-delivery.entity';
import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../errors';
import { newId, toGlobalId } from '../../ids';
import type { ExternalLinkRecord } from '../../repositories/integrations/integration.repository';
import type { Page, PageRequest } from '../../repositories/shared/page';
import { ticketMatches, type TicketQuery } from '../../repositories/tickets/ticket-filter';
import type { DeliveryRecord, NewDelivery } from '../../repositories/webhooks/webhook-delivery.repository';
import { requireRole, requireSignedIn } from '../identity/policy';
import { InstanceCache } from '../shared/instance-cache';
import { IdempotencyService } from '../shared/idempotency.service';
import type { ServiceContext } from '../shared/service-context';
import { isInternalEntry, type TicketEventMessage } from '../ticket-events/ticket-event.channel';
import { ticketEventPayload } from '../webhooks/webhook.service';
import { platformHttp, queueIntegrationAttempts } from './integration-delivery.service';
import { checkSettings, credentialsCipher, settingsOf } from './integration-settings';
import type { PlatformAdapter, TestOutcome } from './platform-adapter';
import { PlatformError } from './platform-http';
import { ADAPTERS } from './platforms';

export interface IntegrationInput {
  platform: IntegrationPlatform;
  name: string;
  settings: unknown;
  events?: TicketEventType[] | null;
  filter?: IntegrationFilter | null;
  includeInternal?: boolean | null;
}

export interface IntegrationChanges {
  name?: string | null;
  settings?: unknown;
  events?: TicketEventType[] | null;
  filter?: IntegrationFilter | null;
  includeInternal?: boolean | null;
  enabled?: boolean | null;
}

export interface IntegrationTestResult extends Partial<TestOutcome> {
  ok: boolean;
  message: string;
}

const activeIntegrations = new InstanceCache<Integration[]>('integrations');

/** The name an integration acts under when an inbound call changes a ticket; its events are never sent back to it. */
export function actingVia(integration: Pick<Integration, 'name'>, who: string): string {
  return `${who} via ${integration.name}`;
}

function cameFrom(actor: string | null, integration: Pick<Integration, 'name'>): boolean {
  return actor !== null && actor.endsWith(` via ${integration.name}`);
}

export function adapterOf(platform: IntegrationPlatform): PlatformAdapter {
  const adapter = ADAPTERS.get(platform);
  if (!adapter) throw new ValidationError([{ field: 'platform', message: `${platform} is not available yet; see integrationPlatforms` }]);
  return adapter;
}

/**
 * Integrations (ADMIN): connections to Slack, Jira, GitHub, ... that get ticket events through the
 * delivery engine and, for some, send changes back through `POST /integrations/<id>/inbound`.
 */
export class IntegrationService {
  constructor(private readonly ctx: ServiceContext) {}

  private requireAdmin(): void {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'manage integrations');
  }

  /** Every platform, with its adapter when this server has one: for anyone signed in (it holds no data). */
  platforms(): { platform: IntegrationPlatform; adapter: PlatformAdapter | undefined }[] {
    requireSignedIn(this.ctx.viewer);
    return Object.values(IntegrationPlatform).map((platform) => ({ platform, adapter: ADAPTERS.get(platform) }));
  }

  list(): Promise<Integration[]> {
    this.requireAdmin();
    return this.ctx.em.find(Integration, {}, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  async get(id: string): Promise<Integration> {
    this.requireAdmin();
    const integration = await this.ctx.em.findOne(Integration, id);
    if (!integration) throw new NotFoundError('Integration', toGlobalId('Integration', id));
    return integration;
  }

  /** Connects an integration; with an Idempotency-Key, a repeat of the same input returns the first. */
  connect(input: IntegrationInput, idempotencyKey?: string): Promise<Integration> {
    return new IdempotencyService(this.ctx).create(idempotencyKey, 'connectIntegration', input, {
      create: () => this.insert(input),
      idOf: (integration) => integration.id,
      read: (id) => this.get(id),
    });
  }

  private async insert(input: IntegrationInput): Promise<Integration> {
    this.requireAdmin();
    const adapter = adapterOf(input.platform);
    const errors: FieldError[] = [];
    const name = checkName(input.name, errors);
    const filter = checkFilter(input.filter, errors);
    let split;
    try {
      split = checkSettings(adapter, input.settings, {}, this.ctx.config.allowPrivateCallbacks);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      errors.push(...error.fields);
    }
    if (errors.length || !split) throw new ValidationError(errors);
    await this.requireFreeName(name);
    const id = newId();
    const viewer = this.ctx.viewer;
    const integration = new Integration({
      id,
      platform: input.platform,
      name,
      events: [...new Set(input.events ?? [])],
      filter,
      includeInternal: input.includeInternal ?? false,
      settings: split.visible,
      credentials: (await credentialsCipher(this.ctx)).encrypt(id, split.secrets),
      createdBy: viewer.kind === 'user' ? this.ctx.em.getReference(User, viewer.userId, { wrapped: true }) : null,
    });
    await this.ctx.em.persist(integration).flush();
    await this.forget();
    return integration;
  }

  async update(id: string, changes: IntegrationChanges): Promise<Integration> {
    const integration = await this.get(id);
    const errors: FieldError[] = [];
    const name = changes.name != null ? checkName(changes.name, errors) : undefined;
    const filter = changes.filter !== undefined ? checkFilter(changes.filter, errors) : undefined;
    let split;
    if (changes.settings != null) {
      try {
        split = checkSettings(adapterOf(integration.platform), changes.settings, await settingsOf(this.ctx, integration), this.ctx.config.allowPrivateCallbacks);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        errors.push(...error.fields);
      }
    }
    if (errors.length) throw new ValidationError(errors);
    if (name !== undefined && name !== integration.name) {
      await this.requireFreeName(name);
      integration.name = name;
    }
    if (filter !== undefined) integration.filter = filter;
    if (split) {
      integration.settings = split.visible;
      integration.credentials = (await credentialsCipher(this.ctx)).encrypt(integration.id, split.secrets);
    }
    if (changes.events != null) integration.events = [...new Set(changes.events)];
    if (changes.includeInternal != null) integration.includeInternal = changes.includeInternal;
    if (changes.enabled === false) integration.status = IntegrationStatus.DISABLED;
    if (changes.enabled === true && integration.status === IntegrationStatus.DISABLED) {
      // Enabled again: a fresh breaker.
      Object.assign(integration, { status: IntegrationStatus.ACTIVE, consecutiveFailures: 0, breakerRetryAt: null, pausedUntil: null });
    }
    integration.updatedAt = new Date();
    await this.ctx.em.flush();
    await this.forget();
    return integration;
  }

  /** Removes an integration and its delivery log; pending deliveries are dropped. Tickets keep their links. */
  async disconnect(id: string): Promise<void> {
    const integration = await this.get(id);
    await this.ctx.em.remove(integration).flush();
    await this.forget();
  }

  /** One real call to the platform with the stored settings (not through the queue, not counted by the breaker). */
  async test(id: string): Promise<IntegrationTestResult> {
    const integration = await this.get(id);
    const adapter = adapterOf(integration.platform);
    const call = { settings: await settingsOf(this.ctx, integration), http: platformHttp(this.ctx), link: null, saveLink: async () => undefined };
    try {
      const outcome = await adapter.test(call);
      return { ok: true, ...outcome };
    } catch (error) {
      if (!(error instanceof PlatformError)) throw error;
      return { ok: false, statusCode: error.statusCode ?? undefined, message: error.message };
    }
  }

  async deliveries(integrationId: string, request: PageRequest): Promise<Page<DeliveryRecord>> {
    this.requireAdmin();
    return this.ctx.em.getRepository(WebhookDelivery).pageOfIntegration(integrationId, request);
  }

  countDeliveries(integrationId: string): Promise<number> {
    return this.ctx.em.getRepository(WebhookDelivery).countOfIntegration(integrationId);
  }

  async delivery(deliveryId: string): Promise<DeliveryRecord> {
    this.requireAdmin();
    const delivery = await this.ctx.em.getRepository(WebhookDelivery).findOfIntegration(deliveryId);
    if (!delivery) throw new NotFoundError('WebhookDelivery', toGlobalId('WebhookDelivery', deliveryId));
    return delivery;
  }

  /** Sends a logged call again, with its original id and event, from a fresh attempt count. */
  async redeliver(deliveryId: string): Promise<DeliveryRecord> {
    await this.delivery(deliveryId);
    await this.ctx.em.fork().getRepository(WebhookDelivery).reset(deliveryId);
    await queueIntegrationAttempts(this.ctx, [deliveryId]);
    return this.delivery(deliveryId);
  }

  /** The links of tickets (the caller already sees the tickets). */
  linksOf(ticketIds: readonly string[]): Promise<Map<string, ExternalLinkRecord[]>> {
    return this.ctx.em.getRepository(Integration).linksOf(ticketIds);
  }

  /**
   * Queues a call of each committed event to each integration that wants it: its event types, its
   * filter, internal comments only where configured, never an event its own inbound call caused.
   */
  async dispatch(messages: readonly TicketEventMessage[]): Promise<void> {
    const integrations = await this.active();
    if (integrations.length === 0) {
      await this.forgetDeleted(messages, []);
      return;
    }
    const commentIds = messages.filter((m) => m.event.type === TicketEventType.COMMENT_ADDED)
      .flatMap((m) => m.event.changes.map((change) => (change.newValue as { id?: string } | null)?.id).filter((id): id is string => Boolean(id)));
    const comments = commentIds.length ? new Map((await this.ctx.em.fork().find(Comment, { id: commentIds })).map((c) => [c.id, c])) : new Map<string, Comment>();
    const requests: NewDelivery[] = [];
    for (const message of messages) {
      const { event, ticket } = message;
      const internal = isInternalEntry(message);
      let payload: Record<string, unknown> | undefined;
      for (const integration of integrations) {
        if (integration.events.length > 0 && !integration.events.includes(event.type)) continue;
        if (internal && !integration.includeInternal) continue;
        if (cameFrom(event.actor, integration)) continue;
        if (integration.filter && !ticketMatches(ticket, integration.filter as TicketQuery)) continue;
        const adapter = ADAPTERS.get(integration.platform);
        if (!adapter || adapter.takesEvents === false) continue;
        payload ??= withComment(ticketEventPayload(message), comments, event.changes);
        requests.push({
          id: newId(),
          kind: 'integration',
          integrationId: integration.id,
          subjectId: event.ticketId,
          url: integration.settings.baseUrl ?? `${integration.platform.toLowerCase()}: webhook`,
          event: `ticket.${event.type.toLowerCase()}`,
          payload,
        });
      }
    }
    await this.forgetDeleted(messages, requests);
    if (requests.length === 0) return;
    await this.ctx.em.fork().getRepository(WebhookDelivery).log(requests);
    await queueIntegrationAttempts(this.ctx, requests.map((r) => r.id));
  }

  /** A deleted ticket's links are kept for the integrations told of it (their call drops each), and forgotten for the others. */
  private async forgetDeleted(messages: readonly TicketEventMessage[], requests: readonly NewDelivery[]): Promise<void> {
    const links = this.ctx.em.fork().getRepository(Integration);
    for (const { event } of messages) {
      if (event.type !== TicketEventType.DELETED) continue;
      const told = requests.flatMap((r) => (r.kind === 'integration' && r.subjectId === event.ticketId && r.event === 'ticket.deleted' ? [r.integrationId] : []));
      await links.dropLinksOfDeleted(event.ticketId, told);
    }
  }

  private active(): Promise<Integration[]> {
    return activeIntegrations.get(this.ctx.pubsub, () => this.ctx.em.fork().find(Integration, { status: { $ne: IntegrationStatus.DISABLED } }));
  }

  private forget(): Promise<void> {
    return activeIntegrations.changed(this.ctx.pubsub, this.ctx.logger);
  }

  private async requireFreeName(name: string): Promise<void> {
    if (await this.ctx.em.count(Integration, { name })) throw new ConflictError(`An integration named "${name}" exists already`);
  }
}

/** The comment of a COMMENT_ADDED event, for the platforms that post its text. */
function withComment(payload: Record<string, unknown>, comments: Map<string, Comment>, changes: readonly { newValue: unknown }[]): Record<string, unknown> {
  const id = changes.map((change) => (change.newValue as { id?: string } | null)?.id).find(Boolean);
  const comment = id ? comments.get(id) : undefined;
  if (!comment) return payload;
  return { ...payload, comment: { id: toGlobalId('Comment', comment.id), content: comment.content, author: comment.author, isInternal: comment.isInternal } };
}

function checkName(name: string, errors: FieldError[]): string {
  const text = name.trim();
  if (text.length < 1 || text.length > 100) errors.push({ field: 'name', message: 'must be 1 to 100 characters' });
  return text;
}

const FILTER_KEYS = ['status', 'priority', 'category', 'assignedTo', 'customerEmail', 'tags'] as const;

function checkFilter(filter: IntegrationFilter | null | undefined, errors: FieldError[]): IntegrationFilter | null {
  if (!filter) return null;
  const kept: IntegrationFilter = {};
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (key === 'tags' && (value as string[]).some((tag) => tag.trim() === '' || tag.length > 50)) {
      errors.push({ field: 'filter.tags', message: 'must be 1 to 50 characters each' });
    }
    (kept as Record<string, unknown>)[key] = value;
  }
  return Object.keys(kept).length ? kept : null;
}
