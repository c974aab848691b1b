import { IntegrationService } from '../integrations/integration.service';
import type { ServiceContext } from '../shared/service-context';
import { WebhookService } from '../webhooks/webhook.service';
import { ticketEventsChannel, type TicketEventMessage } from './ticket-event.channel';

/**
 * Announces committed ticket events: to subscribers through pub/sub, then to webhooks and integrations. It runs
 * after the commit, so a failure here is logged and never undoes the change.
 */
export async function announceTicketEvents(ctx: ServiceContext, messages: readonly TicketEventMessage[]): Promise<void> {
  // Publishes leave in call order (one Redis connection, or one in-process bus): subscribers see the events in order.
  await Promise.all(
    messages.map((message) =>
      ctx.pubsub.publish(ticketEventsChannel, message).catch((error: unknown) => {
        ctx.logger.error({ err: error, event: message.event.type, ticketId: message.event.ticketId }, 'publishing a ticket event failed');
      }),
    ),
  );
  await new WebhookService(ctx).dispatch(messages).catch((error: unknown) => {
    ctx.logger.error({ err: error, events: messages.length }, 'queueing webhook deliveries failed');
  });
  await new IntegrationService(ctx).dispatch(messages).catch((error: unknown) => {
    ctx.logger.error({ err: error, events: messages.length }, 'queueing integration deliveries failed');
  });
}
