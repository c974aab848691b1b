import { IntegrationPlatform, TicketEventType, type TicketStatus } from '../../../entities/enums';
import type { FieldError } from '../../../errors';
import { clip, eventBody } from '../event-text';
import { recordOf, type AdapterCall, type DeliveryOutcome, type OutboundEvent, type PlatformAdapter, type RecordLink } from '../platform-adapter';

/** Incident states of the base system: 1 New, 2 In Progress, 3 On Hold, 6 Resolved, 7 Closed. */
const STATE: Record<TicketStatus, string> = { NEW: '1', IN_PROGRESS: '2', WAITING_CUSTOMER: '3', RESOLVED: '6', CLOSED: '7' };
/** Urgency and impact (1 high, 2 medium, 3 low), from which ServiceNow derives the priority. */
const URGENCY_IMPACT: Record<string, [string, string]> = { URGENT: ['1', '1'], HIGH: ['1', '2'], MEDIUM: ['2', '2'], LOW: ['3', '3'] };

function api(call: AdapterCall, path: string): string {
  return `${call.settings.baseUrl!.replace(/\/$/, '')}/api/now/table/incident${path}`;
}

/** Basic auth with a user and password, or an OAuth access token as bearer. */
function headers(call: AdapterCall): Record<string, string> {
  const { username, password, oauthToken } = call.settings;
  return { Authorization: oauthToken ? `Bearer ${oauthToken}` : `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` };
}

function stateFields(status: TicketStatus): Record<string, string> {
  const state = STATE[status];
  // Resolving an incident needs a resolution code and notes (a data policy of the base system).
  return state === '6' || state === '7' ? { state, close_code: 'Solved (Permanently)', close_notes: 'Resolved in ticketgraph' } : { state };
}

async function createIncident(call: AdapterCall, event: OutboundEvent): Promise<{ statusCode: number; link: RecordLink }> {
  const { ticket } = event;
  const [urgency, impact] = URGENCY_IMPACT[ticket.priority] ?? ['2', '2'];
  const response = await call.http.call<{ result: { sys_id: string; number: string } }>(api(call, ''), {
    headers: headers(call),
    json: {
      short_description: clip(`[${ticket.key}] ${ticket.subject}`, 160),
      description: `${ticket.description}\n\nCustomer: ${ticket.customer.name} <${ticket.customer.email}>`,
      urgency, impact,
      correlation_id: ticket.key,
      correlation_display: 'ticketgraph',
      ...(ticket.status !== 'NEW' ? stateFields(ticket.status) : {}),
    },
  });
  const { sys_id: sysId, number } = response.body.result;
  return { statusCode: response.status, link: { key: number, url: `${call.settings.baseUrl!.replace(/\/$/, '')}/incident.do?sys_id=${sysId}` } };
}

/** A ticket is an incident: comments as additional comments (internal ones as work notes), status and priority follow. */
export const servicenowAdapter: PlatformAdapter = {
  platform: IntegrationPlatform.SERVICENOW,
  description: 'An incident per ticket through the Table API: comments become additional comments (internal ones work notes); status and priority changes update it.',
  settings: [
    { name: 'baseUrl', description: 'The instance, https://<instance>.service-now.com.', url: true, required: true },
    { name: 'username', description: 'User for basic auth (with the itil role).' },
    { name: 'password', description: 'Its password.', secret: true },
    { name: 'oauthToken', description: 'An OAuth access token instead of username and password.', secret: true },
  ],
  outbound: ['POST /api/now/table/incident', 'PATCH /api/now/table/incident/{sys_id} (comments, work_notes, state, urgency, impact)'],
  inbound: [],

  check(settings) {
    const errors: FieldError[] = [];
    if (!settings.oauthToken && !(settings.username && settings.password)) errors.push({ field: 'settings', message: 'needs username and password, or oauthToken' });
    return errors;
  },

  ordered: () => true,

  async test(call) {
    const response = await call.http.call<{ result?: unknown[] }>(api(call, '?sysparm_limit=1&sysparm_fields=sys_id'), { headers: headers(call) });
    return { statusCode: response.status, message: 'Can read incidents' };
  },

  async deliver(call, event): Promise<DeliveryOutcome> {
    const { link, made } = await recordOf(call, () => createIncident(call, event));
    if (event.type === TicketEventType.CREATED) return { statusCode: made };
    // The incident's sys_id travels in its link: `/incident.do?sys_id=...`.
    const sysId = new URL(link.url!).searchParams.get('sys_id')!;
    let fields: Record<string, string>;
    if (event.comment) fields = { [event.comment.isInternal ? 'work_notes' : 'comments']: `${event.comment.author ?? 'someone'}: ${event.comment.content}` };
    else if (event.type === TicketEventType.STATUS_CHANGED) fields = stateFields(event.ticket.status);
    else if (event.changes.some((change) => change.field === 'priority')) {
      const [urgency, impact] = URGENCY_IMPACT[event.ticket.priority] ?? ['2', '2'];
      fields = { urgency, impact };
    } else fields = { work_notes: `${event.ticket.key}: ${eventBody(event)}` };
    const response = await call.http.call(api(call, `/${encodeURIComponent(sysId)}`), { method: 'PATCH', headers: headers(call), json: fields });
    return { statusCode: response.status };
  },
};
