import { randomBytes } from 'node:crypto';
import { Role, TicketEventType } from '../../entities/enums';
import { User } from '../../entities/user.entity';
import { WebhookDelivery } from '../../entities/webhook-delivery.entity';
import { Webhook } from '../../entities/webhook.entity';
import { NotFoundError, ValidationError, type FieldError } from '../../errors';
import { toGlobalId } from '../../ids';
import type { Page, PageRequest } from '../../repositories/shared/page';
import type { DeliveryRecord } from '../../repositories/webhooks/webhook-delivery.repository';
import { requireRole } from '../identity/policy';
import { InstanceCache } from '../shared/instance-cache';
import { IdempotencyService } from '../shared/idempotency.service';
import type { ServiceContext } from '../shared/service-context';
import { isInternalEntry, type TicketEventMessage } from '../ticket-events/ticket-event.channel';
import { publicTicket } from '../tickets/public-ticket';
import { DeliveryService, validateCallbackUrl } from './delivery.service';

export interface WebhookInput {
  url: string;
  description?: string | null;
  events?: TicketEventType[] | null;
  includeInternal?: boolean | null;
}

export interface WebhookChanges extends Omit<Partial<WebhookInput>, 'url'> {
  url?: string | null;
  active?: boolean | null;
}

const activeWebhooks = new InstanceCache<Webhook[]>('webhooks');

/** A ticket event as webhooks carry it: the names of the GraphQL types, ids as the API shows them. */
export function ticketEventPayload({ event, ticket }: TicketEventMessage): Record<string, unknown> {
  return {
    id: toGlobalId('TicketEvent', event.id),
    type: event.type,
    ticketId: toGlobalId('Ticket', event.ticketId),
    actor: event.actor,
    occurredAt: event.occurredAt.toISOString(),
    changes: event.changes,
    ticket: publicTicket(ticket),
  };
}

/**
 * Webhooks (ADMIN): other systems that get ticket events as signed POSTs, with a delivery log and
 * redelivery. Deliveries go through DeliveryService, like job callbacks, signed with the
 * webhook's own secret.
 */
export class WebhookService {
  constructor(private readonly ctx: ServiceContext) {}

  list(): Promise<Webhook[]> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'manage webhooks');
    return this.ctx.em.find(Webhook, {}, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  async get(id: string): Promise<Webhook> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'manage webhooks');
    const webhook = await this.ctx.em.findOne(Webhook, id);
    if (!webhook) throw new NotFoundError('Webhook', toGlobalId('Webhook', id));
    return webhook;
  }

  /** Makes a webhook; its secret (`whsec_...`) is returned this once. */
  create(input: WebhookInput, idempotencyKey?: string): Promise<{ webhook: Webhook; secret: string }> {
    // The secret is kept on the webhook (it signs deliveries): a repeat shows it again.
    return new IdempotencyService(this.ctx).create(idempotencyKey, 'createWebhook', input, {
      create: () => this.insert(input),
      idOf: ({ webhook }) => webhook.id,
      read: async (id) => {
        const webhook = await this.get(id);
        return { webhook, secret: webhook.secret };
      },
    });
  }

  private async insert(input: WebhookInput): Promise<{ webhook: Webhook; secret: string }> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'manage webhooks');
    const errors: FieldError[] = [];
    const url = this.checkUrl(input.url, errors);
    const description = checkDescription(input.description, errors);
    if (errors.length) throw new ValidationError(errors);
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const viewer = this.ctx.viewer;
    const webhook = new Webhook({
      url: url!,
      description,
      events: [...new Set(input.events ?? [])],
      includeInternal: input.includeInternal ?? false,
      secret,
      createdBy: viewer.kind === 'user' ? this.ctx.em.getReference(User, viewer.userId, { wrapped: true }) : null,
    });
    await this.ctx.em.persist(webhook).flush();
    await this.forget();
    return { webhook, secret };
  }

  async update(id: string, changes: WebhookChanges): Promise<Webhook> {
    const webhook = await this.get(id);
    const errors: FieldError[] = [];
    if (changes.url != null) webhook.url = this.checkUrl(changes.url, errors) ?? webhook.url;
    if (changes.description !== undefined) webhook.description = checkDescription(changes.description, errors);
    if (errors.length) throw new ValidationError(errors);
    if (changes.events != null) webhook.events = [...new Set(changes.events)];
    if (changes.includeInternal != null) webhook.includeInternal = changes.includeInternal;
    if (changes.active != null) webhook.active = changes.active;
    webhook.updatedAt = new Date();
    await this.ctx.em.flush();
    await this.forget();
    return webhook;
  }

  /** Removes a webhook and its delivery log; pending deliveries are dropped. */
  async delete(id: string): Promise<void> {
    const webhook = await this.get(id);
    await this.ctx.em.remove(webhook).flush();
    await this.forget();
  }

  /** A webhook's deliveries, newest first. */
  async deliveries(webhookId: string, request: PageRequest): Promise<Page<DeliveryRecord>> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'manage webhooks');
    return this.ctx.em.getRepository(WebhookDelivery).pageOfWebhook(webhookId, request);
  }

  async countDeliveries(webhookId: string): Promise<number> {
    return this.ctx.em.getRepository(WebhookDelivery).countOfWebhook(webhookId);
  }

  /** One delivery of a webhook (not a job callback's). */
  async delivery(deliveryId: string): Promise<DeliveryRecord> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'manage webhooks');
    const delivery = await this.ctx.em.getRepository(WebhookDelivery).findOfWebhook(deliveryId);
    if (!delivery) throw new NotFoundError('WebhookDelivery', toGlobalId('WebhookDelivery', deliveryId));
    return delivery;
  }

  /** Sends a logged delivery again, with its original id and body. */
  async redeliver(deliveryId: string): Promise<DeliveryRecord> {
    await this.delivery(deliveryId);
    await new DeliveryService(this.ctx).redeliver(deliveryId);
    return this.delivery(deliveryId);
  }

  /** Queues a delivery of each committed event to each active webhook that wants it. */
  async dispatch(messages: readonly TicketEventMessage[]): Promise<void> {
    const hooks = await this.active();
    if (hooks.length === 0) return;
    const requests = [];
    for (const message of messages) {
      const internal = isInternalEntry(message);
      let payload: Record<string, unknown> | undefined;
      for (const hook of hooks) {
        if (hook.events.length > 0 && !hook.events.includes(message.event.type)) continue;
        if (internal && !hook.includeInternal) continue;
        payload ??= ticketEventPayload(message);
        requests.push({
          kind: 'webhook' as const,
          webhookId: hook.id,
          subjectId: message.event.ticketId,
          url: hook.url,
          event: `ticket.${message.event.type.toLowerCase()}`,
          payload,
        });
      }
    }
    await new DeliveryService(this.ctx).enqueue(requests);
  }

  private active(): Promise<Webhook[]> {
    return activeWebhooks.get(this.ctx.pubsub, () => this.ctx.em.fork().find(Webhook, { active: true }));
  }

  private forget(): Promise<void> {
    return activeWebhooks.changed(this.ctx.pubsub, this.ctx.logger);
  }

  private checkUrl(url: string, errors: FieldError[]): string | undefined {
    try {
      return validateCallbackUrl(url, this.ctx.config.allowPrivateCallbacks, 'url');
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      errors.push(...error.fields);
      return undefined;
    }
  }
}

function checkDescription(description: string | null | undefined, errors: FieldError[]): string | null {
  const text = description?.trim() ?? '';
  if (text.length > 500) errors.push({ field: 'description', message: 'must be at most 500 characters' });
  return text === '' ? null : text;
}
