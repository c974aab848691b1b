import { IntegrationPlatform, TicketEventType, type TicketStatus } from '../../../entities/enums';
import { clip, deletedNote, eventBody } from '../event-text';
import { recordOf, type AdapterCall, type DeliveryOutcome, type OutboundEvent, type PlatformAdapter, type RecordLink } from '../platform-adapter';
import { OAuthTokens } from '../oauth-tokens';
import type { PlatformRequest, PlatformResponse } from '../platform-http';

/** The standard Case statuses (New, Working, Escalated, Closed). */
const STATUS: Record<TicketStatus, string> = { NEW: 'New', IN_PROGRESS: 'Working', WAITING_CUSTOMER: 'Working', RESOLVED: 'Closed', CLOSED: 'Closed' };
const PRIORITY: Record<string, string> = { URGENT: 'High', HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' };

interface AccessToken {
  accessToken: string;
  instanceUrl: string;
}

const tokens = new OAuthTokens<AccessToken>();

/** A REST call with the org's current token (OAuth 2.0 client-credentials flow); a 401 gets a new token and one more try. */
function rest<T>(call: AdapterCall, path: string, request: PlatformRequest = {}): Promise<PlatformResponse<T> & { instanceUrl: string }> {
  const { loginUrl, clientId, clientSecret } = call.settings;
  const fetchToken = () => call.http.call<{ access_token: string; instance_url: string }>(`${loginUrl!.replace(/\/$/, '')}/services/oauth2/token`, {
    form: { grant_type: 'client_credentials', client_id: clientId!, client_secret: clientSecret! },
  }).then(({ body }) => ({ value: { accessToken: body.access_token, instanceUrl: body.instance_url.replace(/\/$/, '') } }));
  return tokens.use([loginUrl!, clientId!, clientSecret!], fetchToken, async ({ accessToken, instanceUrl }) => {
    const response = await call.http.call<T>(`${instanceUrl}/services/data/${call.settings.apiVersion}${path}`, {
      ...request, headers: { Authorization: `Bearer ${accessToken}` },
    });
    return { ...response, instanceUrl };
  });
}

async function createCase(call: AdapterCall, event: OutboundEvent): Promise<{ statusCode: number; link: RecordLink }> {
  const { ticket } = event;
  const response = await rest<{ id: string }>(call, '/sobjects/Case', {
    json: {
      Subject: clip(`[${ticket.key}] ${ticket.subject}`, 255),
      Description: clip(ticket.description, 32_000),
      Priority: PRIORITY[ticket.priority] ?? 'Medium',
      Status: STATUS[ticket.status],
      Origin: 'Web',
      SuppliedName: ticket.customer.name,
      SuppliedEmail: ticket.customer.email,
    },
  });
  return { statusCode: response.status, link: caseLink(response.instanceUrl, response.body.id) };
}

function caseLink(instanceUrl: string, id: string): RecordLink {
  return { key: id, url: `${instanceUrl}/lightning/r/Case/${id}/view` };
}

/** The case an earlier attempt made: the newest whose subject starts with the ticket's key (SOQL). */
async function findCase(call: AdapterCall, event: OutboundEvent): Promise<RecordLink | null> {
  const soql = `SELECT Id FROM Case WHERE Subject LIKE '[${event.ticket.key}]%' ORDER BY CreatedDate DESC LIMIT 1`;
  const response = await rest<{ records?: { Id: string }[] }>(call, `/query?${new URLSearchParams({ q: soql })}`);
  const id = response.body.records?.[0]?.Id;
  return id ? caseLink(response.instanceUrl, id) : null;
}

/** A ticket is a Case: comments become case comments (internal ones unpublished), status and priority follow. */
export const salesforceAdapter: PlatformAdapter = {
  platform: IntegrationPlatform.SALESFORCE,
  description: 'A Case per ticket through the REST sObjects API, signed in with the OAuth 2.0 client-credentials flow (a new token on 401): comments become case comments, status and priority changes update it, deleting the ticket closes it.',
  settings: [
    { name: 'loginUrl', description: 'Where tokens come from: your My Domain, https://<domain>.my.salesforce.com.', url: true, default: 'https://login.salesforce.com' },
    { name: 'clientId', description: 'Consumer key of the connected app (client-credentials flow enabled).', required: true },
    { name: 'clientSecret', description: 'Consumer secret of the connected app.', secret: true, required: true },
    { name: 'apiVersion', description: 'REST API version.', default: 'v60.0' },
  ],
  outbound: ['POST /services/oauth2/token (client_credentials)', 'POST /services/data/{version}/sobjects/Case', 'PATCH /sobjects/Case/{id}', 'POST /sobjects/CaseComment', 'GET /query (SOQL: the case of a retried create)'],
  inbound: [],
  ordered: () => true,

  async test(call) {
    const response = await rest<{ sobjects?: unknown[] }>(call, '/sobjects/Case/describe');
    return { statusCode: response.status, message: `Signed in to ${response.instanceUrl}` };
  },

  async deliver(call, event): Promise<DeliveryOutcome> {
    const { link, made } = await recordOf(call, () => createCase(call, event), () => findCase(call, event));
    if (event.type === TicketEventType.CREATED) return { statusCode: made };
    const id = link.key;
    if (event.type === TicketEventType.DELETED) {
      // An unpublished case comment says why, then the case is closed (it keeps its history).
      const commented = await rest<{ id: string }>(call, '/sobjects/CaseComment', { json: { ParentId: id, CommentBody: deletedNote(event), IsPublished: false } });
      const response = await rest(call, `/sobjects/Case/${encodeURIComponent(id)}`, { method: 'PATCH', json: { Status: STATUS.CLOSED } });
      return { statusCode: response.status, externalId: commented.body.id };
    }
    if (event.comment || !(event.type === TicketEventType.STATUS_CHANGED || event.changes.some((change) => change.field === 'priority'))) {
      const body = event.comment ? `${event.comment.author ?? 'someone'}: ${event.comment.content}` : `${event.ticket.key}: ${eventBody(event)}`;
      const response = await rest<{ id: string }>(call, '/sobjects/CaseComment', {
        json: { ParentId: id, CommentBody: clip(body, 4000), IsPublished: !(event.comment?.isInternal ?? true) },
      });
      return { statusCode: response.status, externalId: response.body.id };
    }
    const fields = event.type === TicketEventType.STATUS_CHANGED ? { Status: STATUS[event.ticket.status] } : { Priority: PRIORITY[event.ticket.priority] };
    const response = await rest(call, `/sobjects/Case/${encodeURIComponent(id)}`, { method: 'PATCH', json: fields });
    return { statusCode: response.status };
  },
};
