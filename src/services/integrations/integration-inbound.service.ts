import { IntegrationStatus, TicketSource } from '../../entities/enums';
import { Integration } from '../../entities/integration.entity';
import { WebhookDelivery } from '../../entities/webhook-delivery.entity';
import type { TicketRecord } from '../../repositories/tickets/ticket.table';
import { ticketKey } from '../../ids';
import { actingAs, type ServiceContext } from '../shared/service-context';
import { CommentService } from '../tickets/comment.service';
import { TicketService } from '../tickets/ticket.service';
import { actingVia } from './integration.service';
import { settingsOf } from './integration-settings';
import { InboundRefused, type InboundAction, type InboundReply, type InboundRequest } from './platform-adapter';
import { ADAPTERS } from './platforms';

/** How long a platform's call id is remembered: longer than any platform goes on retrying a call (Jira: hours). */
const CALL_IDS_KEPT_SECONDS = 7 * 24 * 3600;

/**
 * Calls platforms make to `POST /integrations/<id>/inbound`: verified by the platform's adapter
 * (signature, timestamp) before anything is read, then applied as the integration, so that what
 * they change is not sent back to them. Echoes of our own comments are ignored, and so are
 * platforms' retries of a call already applied.
 */
export class IntegrationInboundService {
  constructor(private readonly ctx: ServiceContext) {}

  async receive(integrationId: string, request: InboundRequest): Promise<InboundReply> {
    const em = this.ctx.em.fork();
    const integration = await em.findOne(Integration, integrationId);
    const adapter = integration && ADAPTERS.get(integration.platform);
    if (!integration || !adapter?.receive) throw new InboundRefused('No integration takes inbound calls here', 404);
    if (integration.status === IntegrationStatus.DISABLED) throw new InboundRefused('The integration is disabled', 403);
    const result = adapter.receive(request, await settingsOf(this.ctx, integration));
    const { callId } = result;
    const calls = em.getRepository(Integration);
    if (callId && result.actions.length && !(await calls.claimInboundCall(integration.id, callId, CALL_IDS_KEPT_SECONDS))) {
      return { status: 200, body: { ok: true, handled: false, repeated: true } };
    }
    let created: TicketRecord | null = null;
    try {
      for (const action of result.actions) {
        created = (await this.apply(integration, action)) ?? created;
      }
    } catch (error) {
      if (callId && result.actions.length) await calls.releaseInboundCall(integration.id, callId);
      throw error;
    }
    this.ctx.logger.info(
      { integrationId, platform: integration.platform, callId: callId ?? null, actions: result.actions.map((action) => action.kind), ticketId: created?.id ?? null },
      'integration event received',
    );
    return result.reply(created && { key: ticketKey(created.number), subject: created.subject });
  }

  private async apply(integration: Integration, action: InboundAction): Promise<TicketRecord | undefined> {
    const who = action.kind === 'createTicket' ? `${integration.platform.toLowerCase()}:${action.customer.name}` : action.kind === 'comment' ? action.author : integration.platform.toLowerCase();
    const ctx = actingAs({ ...this.ctx, em: this.ctx.em.fork() }, { kind: 'system', actor: actingVia(integration, who), ip: null });
    if (action.kind === 'createTicket') {
      return new TicketService(ctx).create({
        customer: action.customer, subject: action.subject, description: action.description, metadata: { source: TicketSource.CHAT },
      });
    }
    const ticketId = await ctx.em.getRepository(Integration).ticketOfKey(integration.id, action.key);
    if (!ticketId) return undefined;
    if (action.kind === 'comment') {
      if (await ctx.em.getRepository(WebhookDelivery).madeByIntegration(integration.id, action.externalId)) return undefined;
      await new CommentService(ctx).add(ticketId, action.content, false);
      return undefined;
    }
    const tickets = new TicketService(ctx);
    const ticket = await tickets.get(ticketId);
    if (!action.unlessIn.includes(ticket.status)) await tickets.setStatus(ticketId, action.status);
    return undefined;
  }
}
