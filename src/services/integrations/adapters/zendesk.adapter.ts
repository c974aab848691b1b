import { IntegrationPlatform, TicketEventType, type TicketStatus } from '../../../entities/enums';
import { clip, deletedNote, eventBody } from '../event-text';
import { recordOf, type AdapterCall, type DeliveryOutcome, type OutboundEvent, type PlatformAdapter, type RecordLink } from '../platform-adapter';

/** Zendesk's statuses; `closed` is reached by Zendesk itself some days after `solved`, so CLOSED maps to solved. */
const STATUS: Record<TicketStatus, string> = { NEW: 'open', IN_PROGRESS: 'open', WAITING_CUSTOMER: 'pending', RESOLVED: 'solved', CLOSED: 'solved' };
const PRIORITY: Record<string, string> = { URGENT: 'urgent', HIGH: 'high', MEDIUM: 'normal', LOW: 'low' };

function api(call: AdapterCall, path: string): string {
  return `${call.settings.baseUrl!.replace(/\/$/, '')}/api/v2${path}`;
}

/** API token authentication: `<email>/token:<api token>`, basic. */
function headers(call: AdapterCall): Record<string, string> {
  return { Authorization: `Basic ${Buffer.from(`${call.settings.email}/token:${call.settings.apiToken}`).toString('base64')}` };
}

async function createTicket(call: AdapterCall, event: OutboundEvent): Promise<{ statusCode: number; link: RecordLink }> {
  const { ticket } = event;
  const response = await call.http.call<{ ticket: { id: number } }>(api(call, '/tickets.json'), {
    // Zendesk answers a repeated key with the ticket the first request made: a retried create makes no second ticket.
    headers: { ...headers(call), 'Idempotency-Key': event.deliveryId },
    json: {
      ticket: {
        subject: clip(ticket.subject, 255),
        comment: { body: ticket.description },
        priority: PRIORITY[ticket.priority] ?? 'normal',
        status: STATUS[ticket.status],
        external_id: ticket.key,
        tags: ['ticketgraph', ...ticket.tags.map((tag) => tag.toLowerCase().replace(/\s+/g, '_'))],
        requester: { name: ticket.customer.name, email: ticket.customer.email },
      },
    },
  });
  const id = response.body.ticket.id;
  return { statusCode: response.status, link: { key: String(id), url: `${call.settings.baseUrl!.replace(/\/$/, '')}/agent/tickets/${id}` } };
}

/** A ticket is a Zendesk ticket: comments (internal ones private), status and priority follow. */
export const zendeskAdapter: PlatformAdapter = {
  platform: IntegrationPlatform.ZENDESK,
  description: 'A Zendesk ticket per ticket through the Tickets API: comments follow (internal ones as private notes), status and priority changes update it, deleting the ticket solves it.',
  settings: [
    { name: 'baseUrl', description: 'Your Zendesk address, https://<subdomain>.zendesk.com.', url: true, required: true },
    { name: 'email', description: 'E-mail of the agent the API token belongs to.', required: true },
    { name: 'apiToken', description: 'Zendesk API token.', secret: true, required: true },
  ],
  outbound: ['POST /api/v2/tickets.json (Idempotency-Key: the delivery id)', 'PUT /api/v2/tickets/{id}.json (comment, status, priority)'],
  inbound: [],
  ordered: () => true,

  async test(call) {
    const response = await call.http.call<{ user?: { name?: string } }>(api(call, '/users/me.json'), { headers: headers(call) });
    return { statusCode: response.status, message: `Signed in as ${response.body.user?.name ?? 'the API user'}` };
  },

  async deliver(call, event): Promise<DeliveryOutcome> {
    const { link, made } = await recordOf(call, () => createTicket(call, event));
    if (event.type === TicketEventType.CREATED) return { statusCode: made };
    const update: Record<string, unknown> = {};
    if (event.comment) update.comment = { body: `${event.comment.author ?? 'someone'}: ${event.comment.content}`, public: !event.comment.isInternal };
    else if (event.type === TicketEventType.DELETED) Object.assign(update, { status: STATUS.CLOSED, comment: { body: deletedNote(event), public: false } });
    else if (event.type === TicketEventType.STATUS_CHANGED) update.status = STATUS[event.ticket.status];
    else if (event.changes.some((change) => change.field === 'priority')) update.priority = PRIORITY[event.ticket.priority];
    else update.comment = { body: `${event.ticket.key}: ${eventBody(event)}`, public: false };
    const response = await call.http.call(api(call, `/tickets/${encodeURIComponent(link.key)}.json`), { method: 'PUT', headers: headers(call), json: { ticket: update } });
    return { statusCode: response.status };
  },
};
