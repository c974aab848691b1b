import { IntegrationPlatform, TicketEventType, TicketStatus } from '../../../entities/enums';
import type { FieldError } from '../../../errors';
import { clip, deletedNote, eventBody } from '../event-text';
import { expiresIn, OAuthTokens } from '../oauth-tokens';
import { recordOf, type AdapterCall, type DeliveryOutcome, type OutboundEvent, type PlatformAdapter, type RecordLink } from '../platform-adapter';
import type { PlatformRequest, PlatformResponse } from '../platform-http';

/** Incident states of the base system: 1 New, 2 In Progress, 3 On Hold, 6 Resolved, 7 Closed. */
const STATE: Record<TicketStatus, string> = { NEW: '1', IN_PROGRESS: '2', WAITING_CUSTOMER: '3', RESOLVED: '6', CLOSED: '7' };
/** Urgency and impact (1 high, 2 medium, 3 low), from which ServiceNow derives the priority. */
const URGENCY_IMPACT: Record<string, [string, string]> = { URGENT: ['1', '1'], HIGH: ['1', '2'], MEDIUM: ['2', '2'], LOW: ['3', '3'] };

const tokens = new OAuthTokens<string>();

/** A Table API call: basic auth with a user and password, a given OAuth access token, or one from the client-credentials grant (renewed before it expires, and on 401). */
function table<T>(call: AdapterCall, path: string, request: PlatformRequest = {}): Promise<PlatformResponse<T>> {
  const { baseUrl, username, password, oauthToken, clientId, clientSecret } = call.settings;
  const url = `${baseUrl!.replace(/\/$/, '')}/api/now/table/incident${path}`;
  const send = (authorization: string) => call.http.call<T>(url, { ...request, headers: { Authorization: authorization } });
  if (oauthToken) return send(`Bearer ${oauthToken}`);
  if (!clientId) return send(`Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`);
  const fetchToken = () => call.http.call<{ access_token: string; expires_in?: number }>(`${baseUrl!.replace(/\/$/, '')}/oauth_token.do`, {
    form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret! },
  }).then(({ body }) => ({ value: body.access_token, expiresInSeconds: expiresIn(body) }));
  return tokens.use([baseUrl!, clientId, clientSecret!], fetchToken, (token) => send(`Bearer ${token}`));
}

function stateFields(status: TicketStatus): Record<string, string> {
  const state = STATE[status];
  // Resolving an incident needs a resolution code and notes (a data policy of the base system).
  return state === '6' || state === '7' ? { state, close_code: 'Solved (Permanently)', close_notes: 'Resolved in ticketgraph' } : { state };
}

async function createIncident(call: AdapterCall, event: OutboundEvent): Promise<{ statusCode: number; link: RecordLink }> {
  const { ticket } = event;
  const [urgency, impact] = URGENCY_IMPACT[ticket.priority] ?? ['2', '2'];
  const response = await table<{ result: { sys_id: string; number: string } }>(call, '', {
    json: {
      short_description: clip(`[${ticket.key}] ${ticket.subject}`, 160),
      description: `${ticket.description}\n\nCustomer: ${ticket.customer.name} <${ticket.customer.email}>`,
      urgency, impact,
      correlation_id: ticket.key,
      correlation_display: 'ticketgraph',
      ...(ticket.status !== 'NEW' ? stateFields(ticket.status) : {}),
    },
  });
  return { statusCode: response.status, link: incidentLink(call, response.body.result) };
}

function incidentLink(call: AdapterCall, incident: { sys_id: string; number: string }): RecordLink {
  return { key: incident.number, url: `${call.settings.baseUrl!.replace(/\/$/, '')}/incident.do?sys_id=${incident.sys_id}` };
}

/** The incident an earlier attempt made: the one correlated with the ticket's key. */
async function findIncident(call: AdapterCall, event: OutboundEvent): Promise<RecordLink | null> {
  const query = new URLSearchParams({ sysparm_query: `correlation_id=${event.ticket.key}`, sysparm_fields: 'sys_id,number', sysparm_limit: '1' });
  const [found] = (await table<{ result: { sys_id: string; number: string }[] }>(call, `?${query}`)).body.result;
  return found ? incidentLink(call, found) : null;
}

/** A ticket is an incident: comments as additional comments (internal ones as work notes), status and priority follow. */
export const servicenowAdapter: PlatformAdapter = {
  platform: IntegrationPlatform.SERVICENOW,
  description: 'An incident per ticket through the Table API (basic auth or OAuth): comments become additional comments (internal ones work notes); status and priority changes update it, deleting the ticket closes it.',
  settings: [
    { name: 'baseUrl', description: 'The instance, https://<instance>.service-now.com.', url: true, required: true },
    { name: 'username', description: 'User for basic auth (with the itil role).' },
    { name: 'password', description: 'Its password.', secret: true },
    { name: 'oauthToken', description: 'An OAuth access token instead of username and password.', secret: true },
    { name: 'clientId', description: 'Client id of an OAuth application registry entry: tokens from `/oauth_token.do` by the client-credentials grant, instead of username and password.' },
    { name: 'clientSecret', description: 'Client secret of that entry.', secret: true },
  ],
  outbound: ['POST /oauth_token.do (client_credentials, with clientId)', 'POST /api/now/table/incident', 'GET /api/now/table/incident?sysparm_query=correlation_id=<ticket key> (before a retried create)', 'PATCH /api/now/table/incident/{sys_id} (comments, work_notes, state, urgency, impact)'],
  inbound: [],

  check(settings) {
    const errors: FieldError[] = [];
    const modes = [settings.oauthToken, settings.clientId || settings.clientSecret, settings.username || settings.password].filter(Boolean).length;
    if (modes !== 1) errors.push({ field: 'settings', message: 'needs one of: username and password, oauthToken, or clientId and clientSecret' });
    else if (settings.clientId && !settings.clientSecret) errors.push({ field: 'settings.clientSecret', message: 'is required with clientId' });
    else if (settings.clientSecret && !settings.clientId) errors.push({ field: 'settings.clientId', message: 'is required with clientSecret' });
    else if (settings.username && !settings.password) errors.push({ field: 'settings.password', message: 'is required with username' });
    else if (settings.password && !settings.username) errors.push({ field: 'settings.username', message: 'is required with password' });
    return errors;
  },

  ordered: () => true,

  async test(call) {
    const response = await table<{ result?: unknown[] }>(call, '?sysparm_limit=1&sysparm_fields=sys_id');
    return { statusCode: response.status, message: 'Can read incidents' };
  },

  async deliver(call, event): Promise<DeliveryOutcome> {
    const { link, made } = await recordOf(call, () => createIncident(call, event), () => findIncident(call, event));
    if (event.type === TicketEventType.CREATED) return { statusCode: made };
    // The incident's sys_id travels in its link: `/incident.do?sys_id=...`.
    const sysId = new URL(link.url!).searchParams.get('sys_id')!;
    let fields: Record<string, string>;
    if (event.comment) fields = { [event.comment.isInternal ? 'work_notes' : 'comments']: `${event.comment.author ?? 'someone'}: ${event.comment.content}` };
    // Closed, not deleted: deleting records is an admin's right, and the incident keeps its history.
    else if (event.type === TicketEventType.DELETED) fields = { ...stateFields(TicketStatus.CLOSED), close_notes: deletedNote(event) };
    else if (event.type === TicketEventType.STATUS_CHANGED) fields = stateFields(event.ticket.status);
    else if (event.changes.some((change) => change.field === 'priority')) {
      const [urgency, impact] = URGENCY_IMPACT[event.ticket.priority] ?? ['2', '2'];
      fields = { urgency, impact };
    } else fields = { work_notes: `${event.ticket.key}: ${eventBody(event)}` };
    const response = await table(call, `/${encodeURIComponent(sysId)}`, { method: 'PATCH', json: fields });
    return { statusCode: response.status };
  },
};
