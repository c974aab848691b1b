import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { Role } from '../src/entities/enums';
import {
  AddCommentDocument, ConnectIntegrationDocument, CreateTicketDocument, DeleteTicketDocument, IntegrationsDocument, SetTicketStatusDocument, TestIntegrationDocument,
  ScheduleMeetingDocument, TicketExternalLinksDocument, UpdateTicketDocument,
} from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { FakePlatform, type PlatformRequest } from './helpers/fake-platform';
import { useTestApi } from './helpers/harness';
import { waitFor } from './helpers/wait';

// Protocol tests of the Zendesk, ServiceNow and Salesforce adapters: a local server answers as
// each platform's REST API documents it, and checks paths, methods, auth headers and bodies.

const api = useTestApi({ DELIVERY_RETRY_DELAY_SECONDS: '1' });
let platform: FakePlatform;
let admin: Awaited<ReturnType<typeof api.user>>;

beforeAll(async () => {
  platform = await FakePlatform.start();
});
afterAll(() => platform?.close());
beforeEach(async () => {
  platform.requests.length = 0;
  admin = await api.user(Role.ADMIN, 'admin');
});

async function connect(platformName: 'ZENDESK' | 'SERVICENOW' | 'SALESFORCE' | 'ZOOM', settings: Record<string, string>, includeInternal = false, name: string = platformName) {
  return (await api.run(ConnectIntegrationDocument, { input: { platform: platformName, name, settings, includeInternal } }, admin)).connectIntegration;
}

/** Makes a ticket, comments on it (publicly and internally), resolves it, raises its priority; waits until every call went through. */
async function ticketStory(): Promise<{ id: string; key: string }> {
  const ticket = (await api.run(CreateTicketDocument, { input: ticketInput({ subject: 'Payroll export fails', priority: 'HIGH' }) }, admin)).createTicket;
  await api.run(AddCommentDocument, { ticketId: ticket.id, content: 'Seen on two accounts.' }, admin);
  await api.run(AddCommentDocument, { ticketId: ticket.id, content: 'Note for staff.', isInternal: true }, admin);
  await api.run(SetTicketStatusDocument, { id: ticket.id, status: 'RESOLVED' }, admin);
  await api.run(UpdateTicketDocument, { id: ticket.id, input: { priority: 'URGENT' } }, admin);
  await waitFor(
    async () => (await api.run(IntegrationsDocument, { first: 10 }, admin)).integrations[0]!.deliveries.edges.map((e) => e.node.status),
    (statuses) => statuses.length >= 4 && statuses.every((s) => s === 'DELIVERED'),
  );
  return ticket;
}

function calls(requests: PlatformRequest[]) {
  return requests.map((r) => [`${r.method} ${r.path}`, r.json]);
}

test('Zendesk: a ticket through the Tickets API with API-token auth; comments, status and priority follow', async () => {
  const auth = `Basic ${Buffer.from('agent@acme.com/token:zd-token').toString('base64')}`;
  platform.handle = (request) => {
    if (request.headers.authorization !== auth) return { status: 401, body: { error: 'Couldn\'t authenticate you' } };
    if (request.path === '/api/v2/users/me.json') return { body: { user: { id: 1, name: 'Agent Smith' } } };
    if (request.method === 'POST' && request.path === '/api/v2/tickets.json') return { status: 201, body: { ticket: { id: 35436, status: request.json.ticket.status } } };
    if (request.method === 'PUT' && request.path === '/api/v2/tickets/35436.json') return { body: { ticket: { id: 35436 } } };
    return { status: 404, body: { error: 'RecordNotFound' } };
  };
  const integration = await connect('ZENDESK', { baseUrl: platform.url(), email: 'agent@acme.com', apiToken: 'zd-token' }, true);
  expect((await api.run(TestIntegrationDocument, { id: integration.id }, admin)).testIntegration).toEqual({ ok: true, statusCode: 200, message: 'Signed in as Agent Smith' });
  platform.requests.length = 0;
  const ticket = await ticketStory();
  expect(calls(platform.requests)).toEqual([
    ['POST /api/v2/tickets.json', { ticket: {
      subject: 'Payroll export fails', comment: { body: 'The export button spins forever and no file is downloaded.' }, priority: 'high', status: 'open',
      external_id: ticket.key, tags: ['ticketgraph', 'export'], requester: { name: expect.any(String), email: expect.stringMatching(/@example\.com$/) },
    } }],
    ['PUT /api/v2/tickets/35436.json', { ticket: { comment: { body: 'admin: Seen on two accounts.', public: true } } }],
    ['PUT /api/v2/tickets/35436.json', { ticket: { comment: { body: 'admin: Note for staff.', public: false } } }],
    ['PUT /api/v2/tickets/35436.json', { ticket: { status: 'solved' } }],
    ['PUT /api/v2/tickets/35436.json', { ticket: { priority: 'urgent' } }],
  ]);
  expect((await api.run(TicketExternalLinksDocument, { id: ticket.id }, admin)).ticket!.externalLinks).toEqual([
    { platform: 'ZENDESK', key: '35436', url: `${platform.url()}/agent/tickets/35436`, createdAt: expect.any(String) },
  ]);
});

test('ServiceNow: an incident through the Table API with basic auth; comments, work notes, state and urgency follow', async () => {
  const auth = `Basic ${Buffer.from('integration.user:sn-pass').toString('base64')}`;
  platform.handle = (request) => {
    if (request.headers.authorization !== auth) return { status: 401, body: { error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' } };
    if (request.method === 'GET' && request.path === '/api/now/table/incident?sysparm_limit=1&sysparm_fields=sys_id') return { body: { result: [] } };
    if (request.method === 'POST' && request.path === '/api/now/table/incident') {
      return { status: 201, body: { result: { sys_id: '46d44a23a9fe19810012d100cca80666', number: 'INC0010042', state: '1' } } };
    }
    if (request.method === 'PATCH' && request.path === '/api/now/table/incident/46d44a23a9fe19810012d100cca80666') return { body: { result: { number: 'INC0010042' } } };
    return { status: 404, body: { error: { message: 'No Record found' }, status: 'failure' } };
  };
  const integration = await connect('SERVICENOW', { baseUrl: platform.url(), username: 'integration.user', password: 'sn-pass' }, true);
  expect((await api.run(TestIntegrationDocument, { id: integration.id }, admin)).testIntegration).toEqual({ ok: true, statusCode: 200, message: 'Can read incidents' });
  platform.requests.length = 0;
  const ticket = await ticketStory();
  expect(calls(platform.requests)).toEqual([
    ['POST /api/now/table/incident', {
      short_description: `[${ticket.key}] Payroll export fails`, description: expect.stringMatching(/^The export button spins forever and no file is downloaded\.\n\nCustomer: .+ <.+@example\.com>$/),
      urgency: '1', impact: '2', correlation_id: ticket.key, correlation_display: 'ticketgraph',
    }],
    ['PATCH /api/now/table/incident/46d44a23a9fe19810012d100cca80666', { comments: 'admin: Seen on two accounts.' }],
    ['PATCH /api/now/table/incident/46d44a23a9fe19810012d100cca80666', { work_notes: 'admin: Note for staff.' }],
    ['PATCH /api/now/table/incident/46d44a23a9fe19810012d100cca80666', { state: '6', close_code: 'Solved (Permanently)', close_notes: 'Resolved in ticketgraph' }],
    ['PATCH /api/now/table/incident/46d44a23a9fe19810012d100cca80666', { urgency: '1', impact: '1' }],
  ]);
  expect((await api.run(TicketExternalLinksDocument, { id: ticket.id }, admin)).ticket!.externalLinks).toEqual([
    { platform: 'SERVICENOW', key: 'INC0010042', url: `${platform.url()}/incident.do?sys_id=46d44a23a9fe19810012d100cca80666`, createdAt: expect.any(String) },
  ]);
  const bad = await api.execute(ConnectIntegrationDocument, { input: { platform: 'SERVICENOW', name: 'SN2', settings: { baseUrl: platform.url(), username: 'u' } } }, admin);
  expect(bad.errors?.[0]?.message).toBe('Invalid input: settings.password is required with username');
  const both = await api.execute(ConnectIntegrationDocument, { input: { platform: 'SERVICENOW', name: 'SN3', settings: { baseUrl: platform.url(), oauthToken: 't', clientId: 'c', clientSecret: 's' } } }, admin);
  expect(both.errors?.[0]?.message).toBe('Invalid input: settings needs one of: username and password, oauthToken, or clientId and clientSecret');
});

test('ServiceNow with OAuth: a client-credentials token from /oauth_token.do, used until shortly before it expires; a given oauthToken as it is', async () => {
  let issued = 0;
  platform.handle = (request) => {
    if (request.method === 'POST' && request.path === '/oauth_token.do') {
      const form = new URLSearchParams(request.text);
      if (request.headers['content-type'] !== 'application/x-www-form-urlencoded' || form.get('grant_type') !== 'client_credentials'
        || form.get('client_id') !== 'sn-client' || form.get('client_secret') !== 'sn-secret') {
        return { status: 401, body: { error_description: 'access_denied', error: 'server_error' } };
      }
      issued++;
      // Two seconds: renewed after one (half its life), so the test need not wait half an hour.
      return { body: { access_token: `sn-token-${issued}`, scope: 'useraccount', token_type: 'Bearer', expires_in: issued === 1 ? 1799 : 2 } };
    }
    if (request.headers.authorization !== `Bearer sn-token-${issued}` && request.headers.authorization !== 'Bearer given-token') {
      return { status: 401, body: { error: { message: 'User Not Authenticated' }, status: 'failure' } };
    }
    if (request.method === 'GET' && request.path === '/api/now/table/incident?sysparm_limit=1&sysparm_fields=sys_id') return { body: { result: [] } };
    if (request.method === 'POST' && request.path === '/api/now/table/incident') return { status: 201, body: { result: { sys_id: 'f00d', number: 'INC0020001' } } };
    if (request.method === 'PATCH' && request.path === '/api/now/table/incident/f00d') return { body: { result: { number: 'INC0020001' } } };
    return { status: 404, body: { error: { message: 'No Record found' }, status: 'failure' } };
  };
  const integration = await connect('SERVICENOW', { baseUrl: platform.url(), clientId: 'sn-client', clientSecret: 'sn-secret' });
  expect(integration.settings).toEqual({ baseUrl: platform.url(), clientId: 'sn-client', clientSecret: '********' });
  expect((await api.run(TestIntegrationDocument, { id: integration.id }, admin)).testIntegration).toEqual({ ok: true, statusCode: 200, message: 'Can read incidents' });
  expect((await api.run(TestIntegrationDocument, { id: integration.id }, admin)).testIntegration.ok).toBe(true);
  // The instance revokes the token: refused once, a new one (of two seconds) fetched, the call made again.
  issued++;
  expect((await api.run(TestIntegrationDocument, { id: integration.id }, admin)).testIntegration.ok).toBe(true);
  expect(platform.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')} ${r.headers.authorization ?? ''}`)).toEqual([
    'POST /oauth_token.do ',
    'GET /api/now/table/incident Bearer sn-token-1',
    'GET /api/now/table/incident Bearer sn-token-1',
    'GET /api/now/table/incident Bearer sn-token-1',
    'POST /oauth_token.do ',
    'GET /api/now/table/incident Bearer sn-token-3',
  ]);
  // Past half of its two seconds the token is renewed before the call, not after a refusal.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, platform.requests.at(-2)!.at + 1100 - Date.now())));
  platform.requests.length = 0;
  expect((await api.run(TestIntegrationDocument, { id: integration.id }, admin)).testIntegration.ok).toBe(true);
  expect(platform.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')} ${r.headers.authorization ?? ''}`)).toEqual([
    'POST /oauth_token.do ',
    'GET /api/now/table/incident Bearer sn-token-4',
  ]);

  const given = await connect('SERVICENOW', { baseUrl: platform.url(), oauthToken: 'given-token' }, false, 'ServiceNow by token');
  platform.requests.length = 0;
  expect((await api.run(TestIntegrationDocument, { id: given.id }, admin)).testIntegration.ok).toBe(true);
  expect(platform.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')} ${r.headers.authorization ?? ''}`)).toEqual(['GET /api/now/table/incident Bearer given-token']);
});

test('Salesforce: client-credentials token, a Case and its comments, status and priority; a new token when the session expires', async () => {
  let issued = 0;
  let valid = '';
  platform.handle = (request) => {
    if (request.method === 'POST' && request.path === '/services/oauth2/token') {
      const form = new URLSearchParams(request.text);
      if (request.headers['content-type'] !== 'application/x-www-form-urlencoded' || form.get('grant_type') !== 'client_credentials'
        || form.get('client_id') !== '3MVG9-client' || form.get('client_secret') !== 'sf-secret') {
        return { status: 400, body: { error: 'invalid_client', error_description: 'invalid client credentials' } };
      }
      valid = `00Dxx!token-${++issued}`;
      return { body: { access_token: valid, instance_url: platform.url(), id: `${platform.url()}/id/00Dxx/005xx`, token_type: 'Bearer', issued_at: String(Date.now()), signature: 'sig' } };
    }
    if (request.headers.authorization !== `Bearer ${valid}`) return { status: 401, body: [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }] };
    if (request.method === 'GET' && request.path === '/services/data/v60.0/sobjects/Case/describe') return { body: { name: 'Case' } };
    if (request.method === 'POST' && request.path === '/services/data/v60.0/sobjects/Case') return { status: 201, body: { id: '500xx000001', success: true, errors: [] } };
    if (request.method === 'POST' && request.path === '/services/data/v60.0/sobjects/CaseComment') {
      return { status: 201, body: { id: `00axx00000${platform.requests.length}`, success: true, errors: [] } };
    }
    if (request.method === 'PATCH' && request.path === '/services/data/v60.0/sobjects/Case/500xx000001') return { status: 204 };
    return { status: 404, body: [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }] };
  };
  const integration = await connect('SALESFORCE', { loginUrl: platform.url(), clientId: '3MVG9-client', clientSecret: 'sf-secret' });
  expect(integration.settings).toEqual({ loginUrl: platform.url(), clientId: '3MVG9-client', clientSecret: '********', apiVersion: 'v60.0' });
  expect((await api.run(TestIntegrationDocument, { id: integration.id }, admin)).testIntegration).toEqual({ ok: true, statusCode: 200, message: `Signed in to ${platform.url()}` });
  // The org revokes the session: the next call is refused once, a new token is fetched, the call made again.
  valid = 'revoked';
  platform.requests.length = 0;
  const ticket = await ticketStory();
  expect(platform.requests.map((r) => `${r.method} ${r.path} ${r.headers.authorization ?? ''}`)).toEqual([
    'POST /services/data/v60.0/sobjects/Case Bearer 00Dxx!token-1',
    'POST /services/oauth2/token ',
    'POST /services/data/v60.0/sobjects/Case Bearer 00Dxx!token-2',
    'POST /services/data/v60.0/sobjects/CaseComment Bearer 00Dxx!token-2',
    'PATCH /services/data/v60.0/sobjects/Case/500xx000001 Bearer 00Dxx!token-2',
    'PATCH /services/data/v60.0/sobjects/Case/500xx000001 Bearer 00Dxx!token-2',
  ]);
  expect(calls(platform.requests.filter((r) => r.path.includes('sobjects')))).toEqual([
    ['POST /services/data/v60.0/sobjects/Case', expect.anything()],
    ['POST /services/data/v60.0/sobjects/Case', {
      Subject: `[${ticket.key}] Payroll export fails`, Description: 'The export button spins forever and no file is downloaded.', Priority: 'High', Status: 'New',
      Origin: 'Web', SuppliedName: expect.any(String), SuppliedEmail: expect.stringMatching(/@example\.com$/),
    }],
    ['POST /services/data/v60.0/sobjects/CaseComment', { ParentId: '500xx000001', CommentBody: 'admin: Seen on two accounts.', IsPublished: true }],
    ['PATCH /services/data/v60.0/sobjects/Case/500xx000001', { Status: 'Closed' }],
    ['PATCH /services/data/v60.0/sobjects/Case/500xx000001', { Priority: 'High' }],
  ]);
  expect((await api.run(TicketExternalLinksDocument, { id: ticket.id }, admin)).ticket!.externalLinks).toEqual([
    { platform: 'SALESFORCE', key: '500xx000001', url: `${platform.url()}/lightning/r/Case/500xx000001/view`, createdAt: expect.any(String) },
  ]);
});

test('Zoom: Server-to-Server OAuth, a meeting for a ticket, its join link on the ticket as a link and a comment', async () => {
  const basic = `Basic ${Buffer.from('zoom-client:zoom-secret').toString('base64')}`;
  platform.handle = (request) => {
    if (request.method === 'POST' && request.path === '/oauth/token?grant_type=account_credentials&account_id=acc-1') {
      return request.headers.authorization === basic
        ? { body: { access_token: 'eyJzoom', token_type: 'bearer', expires_in: 3599, scope: 'meeting:write:meeting:admin user:read:user:admin' } }
        : { status: 400, body: { reason: 'Invalid client_id or client_secret', error: 'invalid_client' } };
    }
    if (request.headers.authorization !== 'Bearer eyJzoom') return { status: 401, body: { code: 124, message: 'Invalid access token.' } };
    if (request.method === 'GET' && request.path === '/v2/users/me') return { body: { id: 'KDcuGIm1QgePTO8WbOqwIQ', email: 'support@acme.com' } };
    if (request.method === 'POST' && request.path === '/v2/users/me/meetings') {
      return { status: 201, body: {
        id: 85746065432, topic: request.json.topic, type: 2, start_time: request.json.start_time, duration: request.json.duration, timezone: 'UTC',
        join_url: 'https://us05web.zoom.us/j/85746065432?pwd=abc', start_url: 'https://us05web.zoom.us/s/85746065432?zak=x',
      } };
    }
    return { status: 404, body: { code: 1001, message: 'User does not exist' } };
  };
  const integration = await connect('ZOOM', { baseUrl: platform.url('/v2'), oauthUrl: platform.url(), accountId: 'acc-1', clientId: 'zoom-client', clientSecret: 'zoom-secret' });
  expect((await api.run(TestIntegrationDocument, { id: integration.id }, admin)).testIntegration).toEqual({ ok: true, statusCode: 200, message: 'Signed in as support@acme.com' });
  const ticket = (await api.run(CreateTicketDocument, { input: ticketInput({ subject: 'Walk me through SSO' }) }, admin)).createTicket;
  platform.requests.length = 0;
  const agent = await api.user(Role.AGENT);
  const { scheduleMeeting } = await api.run(ScheduleMeetingDocument, { ticketId: ticket.id, startAt: '2030-05-04T09:30:00.000Z', durationMinutes: 45 }, agent);
  expect(scheduleMeeting).toEqual({
    meetingId: '85746065432', topic: `${ticket.key}: Walk me through SSO`, joinUrl: 'https://us05web.zoom.us/j/85746065432?pwd=abc',
    startAt: '2030-05-04T09:30:00.000Z', durationMinutes: 45,
  });
  expect(calls(platform.requests)).toEqual([['POST /v2/users/me/meetings', {
    topic: `${ticket.key}: Walk me through SSO`, type: 2, start_time: '2030-05-04T09:30:00Z', duration: 45, timezone: 'UTC',
    agenda: 'The export button spins forever and no file is downloaded.',
  }]]);
  const view = (await api.run(TicketExternalLinksDocument, { id: ticket.id }, admin)).ticket!;
  expect(view.externalLinks).toEqual([{ platform: 'ZOOM', key: '85746065432', url: 'https://us05web.zoom.us/j/85746065432?pwd=abc', createdAt: expect.any(String) }]);
  expect(view.comments.edges.map((e) => [e.node.content, e.node.author, e.node.isInternal])).toEqual([
    ['Zoom meeting scheduled for 2030-05-04 09:30 UTC (45 minutes): https://us05web.zoom.us/j/85746065432?pwd=abc', agent.username, false],
  ]);
  // Zoom gets no ticket events.
  expect((await api.run(IntegrationsDocument, { first: 5 }, admin)).integrations[0]!.deliveries.totalCount).toBe(0);
});

test('Zoom: the token is used until shortly before its expires_in, fetched again after it, and when a call is refused with 401', async () => {
  let issued = 0;
  let valid = '';
  platform.handle = (request) => {
    if (request.method === 'POST' && request.path === '/oauth/token?grant_type=account_credentials&account_id=acc-2') {
      valid = `zoom-token-${++issued}`;
      // Two seconds: renewed after one (half its life; an hour's token is renewed a minute before).
      return { body: { access_token: valid, token_type: 'bearer', expires_in: 2, scope: 'user:read:user:admin' } };
    }
    if (request.headers.authorization !== `Bearer ${valid}`) return { status: 401, body: { code: 124, message: 'Invalid access token.' } };
    if (request.method === 'GET' && request.path === '/v2/users/me') return { body: { id: 'u1', email: 'support@acme.com' } };
    return { status: 404, body: { code: 1001, message: 'User does not exist' } };
  };
  const integration = await connect('ZOOM', { baseUrl: platform.url('/v2'), oauthUrl: platform.url(), accountId: 'acc-2', clientId: 'zoom-client-2', clientSecret: 'zoom-secret' });
  const testCall = async () => (await api.run(TestIntegrationDocument, { id: integration.id }, admin)).testIntegration.ok;
  const sent = () => platform.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')} ${r.headers.authorization ?? ''}`.trim());
  expect([await testCall(), await testCall()]).toEqual([true, true]);
  expect(sent()).toEqual(['POST /oauth/token Basic ' + Buffer.from('zoom-client-2:zoom-secret').toString('base64'), 'GET /v2/users/me Bearer zoom-token-1', 'GET /v2/users/me Bearer zoom-token-1']);
  // Past one second of its two: a new token before the call.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, platform.requests[0]!.at + 1100 - Date.now())));
  platform.requests.length = 0;
  expect(await testCall()).toBe(true);
  expect(sent()).toEqual([expect.stringMatching(/^POST \/oauth\/token Basic /), 'GET /v2/users/me Bearer zoom-token-2']);
  // Zoom revokes it early: the refused call fetches a new one and is made once more.
  valid = 'revoked';
  platform.requests.length = 0;
  expect(await testCall()).toBe(true);
  expect(sent()).toEqual(['GET /v2/users/me Bearer zoom-token-2', expect.stringMatching(/^POST \/oauth\/token Basic /), 'GET /v2/users/me Bearer zoom-token-3']);
});

test('a deleted ticket: its Zendesk ticket is solved, its ServiceNow incident and Salesforce case closed, each with a note saying why', async () => {
  platform.handle = (request) => {
    const route = `${request.method} ${request.path}`;
    switch (route) {
      case 'POST /api/v2/tickets.json': return { status: 201, body: { ticket: { id: 501 } } };
      case 'PUT /api/v2/tickets/501.json': return { body: { ticket: { id: 501 } } };
      case 'POST /api/now/table/incident': return { status: 201, body: { result: { sys_id: 'c0ffee', number: 'INC0030001' } } };
      case 'PATCH /api/now/table/incident/c0ffee': return { body: { result: { number: 'INC0030001' } } };
      case 'POST /services/oauth2/token': return { body: { access_token: 'sf', instance_url: platform.url(), token_type: 'Bearer' } };
      case 'POST /services/data/v60.0/sobjects/Case': return { status: 201, body: { id: '500D', success: true, errors: [] } };
      case 'POST /services/data/v60.0/sobjects/CaseComment': return { status: 201, body: { id: '00aD', success: true, errors: [] } };
      case 'PATCH /services/data/v60.0/sobjects/Case/500D': return { status: 204 };
      default: return { status: 404, body: { error: 'not found' } };
    }
  };
  await connect('ZENDESK', { baseUrl: platform.url(), email: 'agent@acme.com', apiToken: 'zd' });
  await connect('SERVICENOW', { baseUrl: platform.url(), username: 'u', password: 'p' });
  await connect('SALESFORCE', { loginUrl: platform.url(), clientId: 'deleted-case-client', clientSecret: 's' });
  const ticket = (await api.run(CreateTicketDocument, { input: ticketInput() }, admin)).createTicket;
  const settled = (count: number) => waitFor(
    async () => (await api.run(IntegrationsDocument, { first: 10 }, admin)).integrations.flatMap((i) => i.deliveries.edges.map((e) => e.node.status)),
    (statuses) => statuses.length === count && statuses.every((s) => s === 'DELIVERED'),
  );
  await settled(3);
  platform.requests.length = 0;
  await api.run(DeleteTicketDocument, { id: ticket.id }, admin);
  await settled(6);
  const note = `${ticket.key} was deleted in ticketgraph by admin.`;
  expect(calls(platform.requests).sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
    ['PATCH /api/now/table/incident/c0ffee', { state: '7', close_code: 'Solved (Permanently)', close_notes: note }],
    ['PATCH /services/data/v60.0/sobjects/Case/500D', { Status: 'Closed' }],
    ['POST /services/data/v60.0/sobjects/CaseComment', { ParentId: '500D', CommentBody: note, IsPublished: false }],
    ['PUT /api/v2/tickets/501.json', { ticket: { status: 'solved', comment: { body: note, public: false } } }],
  ]);
});
