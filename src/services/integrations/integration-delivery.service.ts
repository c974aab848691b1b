import { DeliveryStatus, TicketEventType } from '../../entities/enums';
import { Integration } from '../../entities/integration.entity';
import { WebhookDelivery } from '../../entities/webhook-delivery.entity';
import { newId } from '../../ids';
import { QUEUES } from '../../queue/job-queue';
import type { DeliveryRecord } from '../../repositories/webhooks/webhook-delivery.repository';
import type { ServiceContext } from '../shared/service-context';
import { settingsOf } from './integration-settings';
import type { OutboundEvent, PlatformAdapter } from './platform-adapter';
import { PlatformError, PlatformHttp } from './platform-http';
import { ADAPTERS } from './platforms';
import { assertDeliverable, reportDeliveryAttempt, reportDisabledTarget } from '../webhooks/delivery.service';

/** A queued attempt of an integration's call (the deliveries queue also carries webhooks' and callbacks'). */
export interface IntegrationAttempt {
  deliveryId: string;
  integration: true;
}

/** How long a call waits for the one before it about the same ticket (ordered platforms). */
const ORDER_WAIT_SECONDS = 1;
/** The longest any wait may be, whatever a platform's Retry-After says. */
const MAX_WAIT_SECONDS = 3600;

/**
 * Queues attempts. Integrations schedule their own retries (so that a Retry-After or an open
 * breaker sets the time); the queue's own retries only cover a worker that died mid-attempt.
 */
export async function queueIntegrationAttempts(ctx: ServiceContext, deliveryIds: readonly string[], startAfter?: Date): Promise<void> {
  await ctx.jobs.sendMany(
    QUEUES.deliveries.name,
    deliveryIds.map((deliveryId) => ({ deliveryId, integration: true }) satisfies IntegrationAttempt),
    { retryLimit: 2, retryDelay: ctx.config.deliveries.retryDelaySeconds, ...(startAfter ? { startAfter } : {}) },
  );
}

/** The HTTP client of an integration's calls: the configured timeout, and no private addresses where callbacks may not use them. */
export function platformHttp(ctx: ServiceContext): PlatformHttp {
  return new PlatformHttp(ctx.config.integrations.timeoutMs, async (url) => {
    try {
      await assertDeliverable(url, ctx.config.allowPrivateCallbacks);
    } catch (error) {
      throw new PlatformError(`Refusing to call ${new URL(url).host}: ${error instanceof Error ? error.message : String(error)}`, null);
    }
  });
}

/** The event a logged call carries, as adapters read it. */
function outboundEvent(delivery: DeliveryRecord): OutboundEvent {
  const payload = delivery.payload as unknown as Omit<OutboundEvent, 'deliveryId'>;
  return { deliveryId: delivery.id, type: payload.type, actor: payload.actor, changes: payload.changes, ticket: payload.ticket, comment: payload.comment };
}

/**
 * One attempt of an integration's call, around its adapter: the order of a ticket's events, the
 * circuit breaker, rate limits, the delivery log and the next attempt.
 */
export class IntegrationDeliveryService {
  constructor(private readonly ctx: ServiceContext) {}

  async attempt(deliveryId: string): Promise<void> {
    const em = this.ctx.em.fork();
    const deliveries = em.getRepository(WebhookDelivery);
    const integrations = em.getRepository(Integration);
    const delivery = await deliveries.findOfIntegration(deliveryId);
    if (!delivery || delivery.status !== DeliveryStatus.PENDING || !delivery.integrationId) return;
    const integration = await integrations.findOne(delivery.integrationId);
    const adapter = integration && ADAPTERS.get(integration.platform);
    if (!integration || !adapter) return;
    const settings = await settingsOf(this.ctx, integration);
    const ordered = adapter.ordered(settings);
    if (ordered && (await deliveries.earlierPending(delivery))) {
      await this.later(deliveryId, ORDER_WAIT_SECONDS * 1000);
      return;
    }
    const { breakerThreshold, breakerCooldownSeconds } = this.ctx.config.integrations;
    const admission = await integrations.admit(integration.id, breakerCooldownSeconds);
    if (!admission.go) {
      if (admission.reason === 'disabled') {
        const problem = 'The integration is disabled';
        await deliveries.fail(deliveryId, problem);
        reportDisabledTarget(this.ctx, { deliveryId, target: 'integration', integrationId: integration.id, platform: integration.platform, event: delivery.event, problem });
      } else if (admission.reason === 'wait') {
        // Spread over a fifth of the wait: calls held by an open breaker do not all wake at the probe's moment.
        await this.later(deliveryId, (admission.until.getTime() - Date.now()) * (1 + Math.random() / 5));
      }
      return;
    }

    const link = ordered && delivery.subjectId ? await integrations.link(integration.id, delivery.subjectId) : undefined;
    const event = outboundEvent(delivery);
    const deleted = event.type === TicketEventType.DELETED;
    if (deleted && ordered && !link) {
      // Nothing was made of the ticket there: nothing to close.
      await deliveries.recordAttempt(deliveryId, DeliveryStatus.DELIVERED, null, null, null);
      return;
    }
    const call = {
      settings,
      http: platformHttp(this.ctx),
      link: link ? { key: link.key, url: link.url } : null,
      // Attempted before, or reset for a redelivery (a fresh delivery's row was never updated).
      tried: delivery.attempts > 0 || delivery.updatedAt.getTime() > delivery.createdAt.getTime(),
      saveLink: ({ key, url }: { key: string; url: string | null }) =>
        integrations.saveLink({ id: newId(), integrationId: integration.id, ticketId: delivery.subjectId!, platform: integration.platform, key, url }, true),
    };
    try {
      const outcome = await adapter.deliver(call, event);
      await deliveries.recordAttempt(deliveryId, DeliveryStatus.DELIVERED, outcome.statusCode, null, outcome.externalId ?? null);
      reportDeliveryAttempt(this.ctx, {
        deliveryId, target: 'integration', integrationId: integration.id, platform: integration.platform, event: delivery.event,
        status: DeliveryStatus.DELIVERED, statusCode: outcome.statusCode, attempt: delivery.attempts + 1, problem: null,
      });
      await integrations.succeeded(integration.id);
      if (deleted && link) await integrations.dropLinkOfDeleted(delivery.subjectId!, integration.id);
    } catch (error) {
      await this.failed(delivery, integration.id, adapter, error, { breakerThreshold, breakerCooldownSeconds });
    }
  }

  private async failed(
    delivery: DeliveryRecord,
    integrationId: string,
    adapter: PlatformAdapter,
    error: unknown,
    breaker: { breakerThreshold: number; breakerCooldownSeconds: number },
  ): Promise<void> {
    const platformError = error instanceof PlatformError ? error : new PlatformError(error instanceof Error ? error.message : String(error), null);
    if (!(error instanceof PlatformError)) this.ctx.logger.error({ err: error, deliveryId: delivery.id, platform: adapter.platform }, 'an integration adapter failed');
    const em = this.ctx.em.fork();
    const state = await em.getRepository(Integration).failed(integrationId, platformError.message, {
      counts: !platformError.rateLimited,
      threshold: breaker.breakerThreshold,
      cooldownSeconds: breaker.breakerCooldownSeconds,
      pauseSeconds: platformError.retryAfterSeconds === null ? null : Math.min(platformError.retryAfterSeconds, MAX_WAIT_SECONDS),
    });
    const attempts = delivery.attempts + 1;
    const { retryLimit, retryDelaySeconds } = this.ctx.config.deliveries;
    const final = !platformError.retryable || attempts > retryLimit;
    const status = final ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
    await em.getRepository(WebhookDelivery).recordAttempt(delivery.id, status, platformError.statusCode, platformError.message);
    reportDeliveryAttempt(this.ctx, {
      deliveryId: delivery.id, target: 'integration', integrationId, platform: adapter.platform, event: delivery.event,
      status, statusCode: platformError.statusCode, attempt: attempts, problem: platformError.message,
    });
    if (final) return;
    const backoff = platformError.retryAfterSeconds ?? Math.min(retryDelaySeconds * 2 ** (attempts - 1), MAX_WAIT_SECONDS);
    const waits = [Date.now() + backoff * 1000, state?.pausedUntil?.getTime() ?? 0, state?.status === 'FAILING' ? (state.breakerRetryAt?.getTime() ?? 0) : 0];
    await this.later(delivery.id, Math.max(...waits) - Date.now());
  }

  private later(deliveryId: string, waitMs: number): Promise<void> {
    return queueIntegrationAttempts(this.ctx, [deliveryId], new Date(Date.now() + Math.max(0, Math.min(waitMs, MAX_WAIT_SECONDS * 1000))));
  }
}
