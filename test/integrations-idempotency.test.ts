import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { Role } from '../src/entities/enums';
import {
  ConnectIntegrationDocument, CreateTicketDocument, IntegrationsDocument, RedeliverIntegrationDeliveryDocument, TicketExternalLinksDocument,
} from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { FakePlatform, type PlatformAnswer, type PlatformRequest } from './helpers/fake-platform';
import { useTestApi } from './helpers/harness';
import { waitFor } from './helpers/wait';

// Protocol tests: a create whose answer is lost (the platform made the record, but answered after
// the client gave up) is retried without making a second issue, incident, case or ticket. Each
// local server answers its platform's lookup (JQL, issue list, Table API query, SOQL) or honours
// Zendesk's Idempotency-Key as the platform documents it.

const TIMEOUT_MS = 1000;
const api = useTestApi({ DELIVERY_RETRY_DELAY_SECONDS: '1', INTEGRATION_TIMEOUT_MS: String(TIMEOUT_MS) });
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

/** The first create's answer comes after the client's timeout: made on the platform, lost to us. */
function late(made: number, answer: PlatformAnswer): PlatformAnswer {
  return made === 1 ? { ...answer, delayMs: TIMEOUT_MS + 500 } : answer;
}

/** Connects, makes a ticket, waits until its CREATED call went through; the calls made, and the delivery. */
async function createThroughLostAnswer(platformName: 'JIRA' | 'GITHUB' | 'SERVICENOW' | 'SALESFORCE' | 'ZENDESK', settings: Record<string, string>) {
  await api.run(ConnectIntegrationDocument, { input: { platform: platformName, name: platformName, settings, events: ['CREATED'] } }, admin);
  const ticket = (await api.run(CreateTicketDocument, { input: ticketInput({ subject: 'Invoices are empty' }) }, admin)).createTicket;
  const deliveries = await waitFor(
    async () => (await api.run(IntegrationsDocument, { first: 5 }, admin)).integrations[0]!.deliveries.edges.map((e) => e.node),
    (nodes) => nodes.length === 1 && nodes[0]!.status !== 'PENDING',
  );
  const links = (await api.run(TicketExternalLinksDocument, { id: ticket.id }, admin)).ticket!.externalLinks.map(({ platform: p, key, url }) => ({ platform: p, key, url }));
  return { ticket, delivery: deliveries[0]!, links, calls: platform.requests.map((r: PlatformRequest) => `${r.method} ${r.path}`) };
}

test('Jira: the retry finds the issue by JQL and makes no second one', async () => {
  let made = 0;
  let summary = '';
  platform.handle = (request) => {
    if (request.method === 'POST' && request.path === '/rest/api/3/issue') {
      made++;
      summary = request.json.fields.summary;
      return late(made, { status: 201, body: { id: `1000${made}`, key: `SUP-${made}` } });
    }
    if (request.method === 'GET' && request.path.startsWith('/rest/api/3/search/jql?')) {
      const query = new URL(request.path, 'http://x').searchParams;
      expect(query.get('jql')).toMatch(/^project = "SUP" AND labels = ticketgraph AND summary ~ "\\"TICKET-\d{6}\\"" ORDER BY created DESC$/);
      return { body: { issues: made ? [{ id: '10001', key: 'SUP-1', fields: { summary } }] : [], isLast: true } };
    }
    return { status: 404, body: { errorMessages: ['not found'] } };
  };
  const { ticket, delivery, links, calls } = await createThroughLostAnswer('JIRA', { baseUrl: platform.url(), email: 'bot@acme.com', apiToken: 't', projectKey: 'SUP' });
  expect(calls).toEqual(['POST /rest/api/3/issue', expect.stringMatching(/^GET \/rest\/api\/3\/search\/jql\?jql=/)]);
  expect(summary).toBe(`[${ticket.key}] Invoices are empty`);
  expect([delivery.status, delivery.attempts]).toEqual(['DELIVERED', 2]);
  expect(links).toEqual([{ platform: 'JIRA', key: 'SUP-1', url: `${platform.url()}/browse/SUP-1` }]);
});

test('GitHub: the retry finds the issue among the newest; a redelivery of the create sends nothing', async () => {
  const issues: { number: number; title: string; html_url: string }[] = [];
  platform.handle = (request) => {
    if (request.method === 'POST' && request.path === '/repos/acme/support/issues') {
      const issue = { number: 40 + issues.length, title: request.json.title, html_url: `https://github.com/acme/support/issues/${40 + issues.length}` };
      issues.unshift(issue);
      return late(issues.length, { status: 201, body: { id: 900 + issue.number, ...issue, state: 'open' } });
    }
    if (request.method === 'GET' && request.path === '/repos/acme/support/issues?state=all&sort=created&direction=desc&per_page=50') {
      return { body: [{ number: 39, title: '[TICKET-999999] Someone else', html_url: 'https://github.com/acme/support/issues/39' }, ...issues] };
    }
    return { status: 404, body: { message: 'Not Found' } };
  };
  const { delivery, links, calls } = await createThroughLostAnswer('GITHUB', { baseUrl: platform.url(), token: 'ghp', owner: 'acme', repo: 'support' });
  expect(calls).toEqual(['POST /repos/acme/support/issues', 'GET /repos/acme/support/issues?state=all&sort=created&direction=desc&per_page=50']);
  expect([delivery.status, delivery.attempts, issues.length]).toEqual(['DELIVERED', 2, 1]);
  expect(links).toEqual([{ platform: 'GITHUB', key: 'acme/support#40', url: 'https://github.com/acme/support/issues/40' }]);

  platform.requests.length = 0;
  await api.run(RedeliverIntegrationDeliveryDocument, { id: delivery.id }, admin);
  await waitFor(async () => (await api.run(IntegrationsDocument, { first: 5 }, admin)).integrations[0]!.deliveries.edges[0]!.node, (node) => node.status === 'DELIVERED');
  expect(platform.requests).toEqual([]);
  expect(issues).toHaveLength(1);
});

test('ServiceNow: the retry finds the incident by its correlation id', async () => {
  let made = 0;
  platform.handle = (request) => {
    if (request.method === 'POST' && request.path === '/api/now/table/incident') {
      made++;
      return late(made, { status: 201, body: { result: { sys_id: `a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d${made}`, number: `INC001000${made}` } } });
    }
    if (request.method === 'GET' && request.path.startsWith('/api/now/table/incident?')) {
      const query = new URL(request.path, 'http://x').searchParams;
      const found = made && /^correlation_id=TICKET-\d{6}$/.test(query.get('sysparm_query') ?? '');
      return { body: { result: found ? [{ sys_id: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d1', number: 'INC0010001' }] : [] } };
    }
    return { status: 404, body: { error: { message: 'No Record found' }, status: 'failure' } };
  };
  const { ticket, delivery, links, calls } = await createThroughLostAnswer('SERVICENOW', { baseUrl: platform.url(), username: 'u', password: 'p' });
  expect(calls).toEqual([
    'POST /api/now/table/incident',
    `GET /api/now/table/incident?sysparm_query=correlation_id%3D${ticket.key}&sysparm_fields=sys_id%2Cnumber&sysparm_limit=1`,
  ]);
  expect([delivery.status, delivery.attempts, made]).toEqual(['DELIVERED', 2, 1]);
  expect(links).toEqual([{ platform: 'SERVICENOW', key: 'INC0010001', url: `${platform.url()}/incident.do?sys_id=a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d1` }]);
});

test('Salesforce: the retry finds the case by SOQL', async () => {
  let made = 0;
  platform.handle = (request) => {
    if (request.path === '/services/oauth2/token') return { body: { access_token: 'sf-token', instance_url: platform.url(), token_type: 'Bearer' } };
    if (request.method === 'POST' && request.path === '/services/data/v60.0/sobjects/Case') {
      made++;
      return late(made, { status: 201, body: { id: `500xx00000${made}`, success: true, errors: [] } });
    }
    if (request.method === 'GET' && request.path.startsWith('/services/data/v60.0/query?')) {
      const soql = new URL(request.path, 'http://x').searchParams.get('q');
      const found = made && /^SELECT Id FROM Case WHERE Subject LIKE '\[TICKET-\d{6}\]%' ORDER BY CreatedDate DESC LIMIT 1$/.test(soql ?? '');
      return { body: { totalSize: found ? 1 : 0, done: true, records: found ? [{ attributes: { type: 'Case' }, Id: '500xx000001' }] : [] } };
    }
    return { status: 404, body: [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }] };
  };
  const { delivery, links, calls } = await createThroughLostAnswer('SALESFORCE', { loginUrl: platform.url(), clientId: 'c', clientSecret: 's' });
  expect(calls).toEqual(['POST /services/oauth2/token', 'POST /services/data/v60.0/sobjects/Case', expect.stringMatching(/^GET \/services\/data\/v60\.0\/query\?q=SELECT\+Id\+FROM\+Case/)]);
  expect([delivery.status, delivery.attempts, made]).toEqual(['DELIVERED', 2, 1]);
  expect(links).toEqual([{ platform: 'SALESFORCE', key: '500xx000001', url: `${platform.url()}/lightning/r/Case/500xx000001/view` }]);
});

test('Zendesk: the retried create carries the same Idempotency-Key, and Zendesk answers with the ticket it made', async () => {
  const byKey = new Map<string, number>();
  platform.handle = (request) => {
    if (request.method === 'POST' && request.path === '/api/v2/tickets.json') {
      const key = String(request.headers['idempotency-key'] ?? '');
      const known = byKey.get(key);
      if (known) return { status: 201, headers: { 'x-idempotency-lookup': 'hit' }, body: { ticket: { id: known } } };
      byKey.set(key, 35436 + byKey.size);
      return late(byKey.size, { status: 201, headers: { 'x-idempotency-lookup': 'miss' }, body: { ticket: { id: byKey.get(key) } } });
    }
    return { status: 404, body: { error: 'RecordNotFound' } };
  };
  const { delivery, links, calls } = await createThroughLostAnswer('ZENDESK', { baseUrl: platform.url(), email: 'agent@acme.com', apiToken: 'zd' });
  expect(calls).toEqual(['POST /api/v2/tickets.json', 'POST /api/v2/tickets.json']);
  const keys = platform.requests.map((r) => r.headers['idempotency-key']);
  expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  expect(keys[1]).toBe(keys[0]);
  expect([delivery.status, delivery.attempts, byKey.size]).toEqual(['DELIVERED', 2, 1]);
  expect(links).toEqual([{ platform: 'ZENDESK', key: '35436', url: `${platform.url()}/agent/tickets/35436` }]);
});
