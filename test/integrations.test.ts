import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { Role } from '../src/entities/enums';
import { CREDENTIALS_SECRET, CredentialsCipher } from '../src/services/integrations/credentials-cipher';
import {
  AddCommentDocument, ConnectIntegrationDocument, CreateTicketDocument, DisconnectIntegrationDocument, IntegrationPlatformsDocument,
  IntegrationsDocument, NodeDocument, RedeliverIntegrationDeliveryDocument, TestIntegrationDocument, UpdateIntegrationDocument,
} from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { FakePlatform, type PlatformRequest } from './helpers/fake-platform';
import { useTestApi } from './helpers/harness';
import { waitFor } from './helpers/wait';

// Protocol tests of the integration framework, through the Teams adapter (an Adaptive Card POSTed
// to a webhook URL): a local server plays the Teams webhook.

const api = useTestApi({
  DELIVERY_RETRY_LIMIT: '3',
  DELIVERY_RETRY_DELAY_SECONDS: '1',
  INTEGRATION_BREAKER_THRESHOLD: '3',
  INTEGRATION_BREAKER_COOLDOWN_SECONDS: '1',
});
let teams: FakePlatform;
let admin: Awaited<ReturnType<typeof api.user>>;

beforeAll(async () => {
  teams = await FakePlatform.start();
});
afterAll(() => teams?.close());
beforeEach(async () => {
  teams.requests.length = 0;
  teams.handle = () => ({ status: 200, body: '1' });
  admin = await api.user(Role.ADMIN, 'admin');
});

function connectTeams(overrides: Record<string, unknown> = {}) {
  return api.run(ConnectIntegrationDocument, {
    input: { platform: 'TEAMS', name: 'Support channel', settings: { webhookUrl: teams.url('/webhook/abc123') }, ...overrides },
  }, admin);
}

async function deliveriesOf(first = 50) {
  return (await api.run(IntegrationsDocument, { first }, admin)).integrations[0]!.deliveries;
}

function cardOf(request: PlatformRequest) {
  expect(request.json.type).toBe('message');
  const [attachment] = request.json.attachments;
  expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
  expect(attachment.content).toMatchObject({ type: 'AdaptiveCard', version: '1.4', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' });
  return attachment.content.body as any[];
}

test('integrationPlatforms lists the eight platforms, with settings and what each can do', async () => {
  const { integrationPlatforms } = await api.run(IntegrationPlatformsDocument, {}, admin);
  expect(integrationPlatforms.map((p) => [p.platform, p.available])).toEqual([
    ['SLACK', true], ['TEAMS', true], ['JIRA', true], ['GITHUB', true], ['SERVICENOW', true], ['SALESFORCE', true], ['ZENDESK', true], ['ZOOM', true],
  ]);
  const github = integrationPlatforms.find((p) => p.platform === 'GITHUB')!;
  expect(github.settings.map((s) => [s.name, s.required, s.secret, s.defaultValue])).toEqual([
    ['baseUrl', false, false, 'https://api.github.com'], ['token', true, true, null], ['owner', true, false, null], ['repo', true, false, null],
    ['webhookSecret', false, true, null], ['labels', false, false, null],
  ]);
  expect(github.inbound).toEqual(['webhooks `issues` (closed, reopened) and `issue_comment` (created), verified with X-Hub-Signature-256; a redelivery (same X-GitHub-Delivery) is applied once']);
  expect(integrationPlatforms.find((p) => p.platform === 'TEAMS')!.inbound).toEqual([]);
});

test('credentials are write-only: masked when read, AES-256-GCM in the table, bound to their row', async () => {
  const { connectIntegration } = await connectTeams();
  expect(connectIntegration).toMatchObject({
    platform: 'TEAMS', name: 'Support channel', status: 'ACTIVE', events: [], filter: null, includeInternal: false,
    settings: { webhookUrl: '********' }, inboundPath: `/integrations/${connectIntegration.id}/inbound`, lastError: null, consecutiveFailures: 0,
  });
  expect(connectIntegration.id).toMatch(/^int_/);
  expect((await api.run(NodeDocument, { id: connectIntegration.id }, admin)).node).toEqual({ __typename: 'Integration', id: connectIntegration.id });

  const knex = api.orm.em.getKnex();
  const [row] = (await knex.raw<{ rows: { id: string; settings: unknown; credentials: string }[] }>('select id, settings, credentials from integrations')).rows;
  expect(row!.settings).toEqual({ webhookUrl: '********' });
  expect(row!.credentials).not.toContain('abc123');
  expect(row!.credentials).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
  const cipher = new CredentialsCipher(await api.deps.secrets.get(CREDENTIALS_SECRET));
  expect(cipher.decrypt(row!.id, row!.credentials)).toEqual({ webhookUrl: teams.url('/webhook/abc123') });
  // Copied onto another row, or changed by one character, it no longer decrypts.
  expect(() => cipher.decrypt('00000000-0000-7000-8000-000000000000', row!.credentials)).toThrow('Unsupported state or unable to authenticate data');
  const tampered = row!.credentials.slice(0, -2) + (row!.credentials.endsWith('A') ? 'BB' : 'AA');
  expect(() => cipher.decrypt(row!.id, tampered)).toThrow();
  // Another key cannot read it.
  expect(() => new CredentialsCipher('another secret').decrypt(row!.id, row!.credentials)).toThrow('Unsupported state or unable to authenticate data');
});

test('bad settings are refused, all problems at once, each naming its setting', async () => {
  const bad = await api.execute(ConnectIntegrationDocument, {
    input: { platform: 'GITHUB', name: ' ', settings: { token: 7, owner: 'acme', baseUrl: 'ftp://example.com', colour: 'red' } },
  }, admin);
  expect(bad.errors?.[0]?.extensions).toEqual({
    code: 'BAD_USER_INPUT',
    fields: [
      { field: 'name', message: 'must be 1 to 100 characters' },
      { field: 'settings.token', message: 'must be a string' },
      { field: 'settings.baseUrl', message: 'must use http or https, not ftp' },
      { field: 'settings.colour', message: 'is not a setting of GITHUB; its settings are baseUrl, token, owner, repo, webhookSecret, labels' },
      { field: 'settings.repo', message: 'is required' },
    ],
  });
  const slack = await api.execute(ConnectIntegrationDocument, { input: { platform: 'SLACK', name: 'Slack', settings: { channel: 'C1' } } }, admin);
  expect(slack.errors?.[0]?.message).toBe('Invalid input: settings.botToken is required with channel');
  const notJson = await api.execute(ConnectIntegrationDocument, { input: { platform: 'TEAMS', name: 'T', settings: ['x'] } }, admin);
  expect(notJson.errors?.[0]?.message).toBe('Invalid input: settings must be a JSON object of setting names and string values');
  const zoom = await api.execute(ConnectIntegrationDocument, { input: { platform: 'ZOOM', name: 'Zoom', settings: {} } }, admin);
  expect(zoom.errors?.[0]?.message).toBe('Invalid input: settings.accountId is required; settings.clientId is required; settings.clientSecret is required');
  await connectTeams();
  const twice = await api.execute(ConnectIntegrationDocument, { input: { platform: 'TEAMS', name: 'Support channel', settings: { webhookUrl: teams.url() } } }, admin);
  expect(twice.errors?.[0]).toMatchObject({ message: 'An integration named "Support channel" exists already', extensions: { code: 'CONFLICT' } });
});

test('ticket events reach Teams as Adaptive Cards through the delivery log, filtered by event type, ticket filter and internal comments', async () => {
  await connectTeams({ events: ['CREATED', 'COMMENT_ADDED'], filter: { priority: ['HIGH', 'URGENT'] } });
  const ticket = (await api.run(CreateTicketDocument, { input: ticketInput({ subject: 'VPN drops every hour', priority: 'HIGH' }) }, admin)).createTicket;
  await api.run(CreateTicketDocument, { input: ticketInput({ subject: 'Low priority question', priority: 'LOW' }) }, admin);
  await api.run(AddCommentDocument, { ticketId: ticket.id, content: 'Internal: check the concentrator', isInternal: true }, admin);
  await api.run(AddCommentDocument, { ticketId: ticket.id, content: 'We are looking into it.' }, admin);
  await waitFor(async () => teams.requests.length, (n) => n >= 2);
  await new Promise((resolve) => setTimeout(resolve, 500));

  expect(teams.requests.map((r) => [r.method, r.path, r.headers['content-type']])).toEqual([
    ['POST', '/webhook/abc123', 'application/json'], ['POST', '/webhook/abc123', 'application/json'],
  ]);
  const bodies = teams.requests.map(cardOf);
  const titles = bodies.map((body) => body[0].text).sort();
  expect(titles).toEqual([`${ticket.key} has a new comment: VPN drops every hour`, `${ticket.key} was created: VPN drops every hour`]);
  const comment = bodies.find((body) => body[0].text.includes('comment'))!;
  expect(comment[1]).toEqual({ type: 'TextBlock', text: 'admin wrote:\nWe are looking into it.', wrap: true });
  expect(comment[2].facts.slice(0, 3)).toEqual([{ title: 'Status', value: 'NEW' }, { title: 'Priority', value: 'HIGH' }, { title: 'Category', value: 'TECHNICAL_ISSUE' }]);

  const deliveries = await deliveriesOf();
  expect(deliveries.totalCount).toBe(2);
  expect(deliveries.edges.map((e) => [e.node.event, e.node.status, e.node.attempts, e.node.lastStatusCode, e.node.url])).toEqual([
    ['ticket.comment_added', 'DELIVERED', 1, 200, 'teams: webhook'], ['ticket.created', 'DELIVERED', 1, 200, 'teams: webhook'],
  ]);
  const [integration] = (await api.run(IntegrationsDocument, {}, admin)).integrations;
  expect(integration!.lastDeliveryAt).not.toBeNull();
});

test('a 429 with Retry-After is waited out, and does not count against the breaker', async () => {
  const { connectIntegration } = await connectTeams();
  teams.handle = () => (teams.requests.length === 1 ? { status: 429, headers: { 'Retry-After': '2' }, body: { error: 'slow down' } } : { status: 200, body: '1' });
  await api.run(CreateTicketDocument, { input: ticketInput() }, admin);
  const delivered = await waitFor(async () => (await deliveriesOf()).edges[0]?.node, (node) => node?.status === 'DELIVERED');
  expect(delivered).toMatchObject({ attempts: 2, lastStatusCode: 200, lastError: null });
  expect(teams.requests).toHaveLength(2);
  expect(teams.requests[1]!.at - teams.requests[0]!.at).toBeGreaterThanOrEqual(1900);
  const [integration] = (await api.run(IntegrationsDocument, {}, admin)).integrations;
  expect(integration).toMatchObject({ id: connectIntegration.id, status: 'ACTIVE', consecutiveFailures: 0, lastError: null });
});

test('the circuit breaker opens after repeated failures, probes while open, and closes on a success; nothing lost or duplicated', async () => {
  const { connectIntegration } = await connectTeams();
  let failing = true;
  const taken: string[] = [];
  teams.handle = (request) => {
    if (failing) return { status: 503, body: 'unavailable' };
    taken.push(cardOf(request)[0].text);
    return { status: 200, body: '1' };
  };
  for (let i = 0; i < 6; i++) await api.run(CreateTicketDocument, { input: ticketInput({ subject: `Breaker ticket ${i}` }) }, admin);

  const failingState = await waitFor(
    async () => (await api.run(IntegrationsDocument, {}, admin)).integrations[0]!,
    (integration) => integration.status === 'FAILING',
  );
  expect(failingState.lastError).toBe(`${new URL(teams.url()).host} answered HTTP 503: unavailable`);
  // While open, calls wait: over two cooldowns only a probe or two reach the platform, not the waiting six.
  const before = teams.requests.length;
  await new Promise((resolve) => setTimeout(resolve, 2200));
  expect(teams.requests.length - before).toBeGreaterThanOrEqual(1);
  expect(teams.requests.length - before).toBeLessThanOrEqual(3);

  failing = false;
  const recovered = await waitFor(async () => (await api.run(IntegrationsDocument, { first: 10 }, admin)).integrations[0]!, (i) =>
    i.status === 'ACTIVE' && i.deliveries.edges.every((e) => e.node.status === 'DELIVERED'), 20_000);
  expect(recovered).toMatchObject({ id: connectIntegration.id, consecutiveFailures: 0, lastError: null });
  expect(recovered.deliveries.totalCount).toBe(6);
  // Each event taken exactly once.
  expect(taken.sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => expect.stringMatching(new RegExp(`^TICKET-\\d{6} was created: Breaker ticket ${i}$`))));
});

test('a refusal (4xx) fails at once; redelivery sends the same call again', async () => {
  await connectTeams();
  teams.handle = () => ({ status: 400, body: { error: { code: 'BadRequest', message: 'Card is malformed' } } });
  await api.run(CreateTicketDocument, { input: ticketInput() }, admin);
  const failed = await waitFor(async () => (await deliveriesOf()).edges[0]?.node, (node) => node?.status === 'FAILED');
  expect(failed).toMatchObject({ attempts: 1, lastStatusCode: 400, lastError: `${new URL(teams.url()).host} answered HTTP 400: {"code":"BadRequest","message":"Card is malformed"}` });

  teams.handle = () => ({ status: 202 });
  const again = (await api.run(RedeliverIntegrationDeliveryDocument, { id: failed!.id }, admin)).redeliverIntegrationDelivery;
  expect(again).toEqual({ id: failed!.id, status: 'PENDING', attempts: 0 });
  const delivered = await waitFor(async () => (await deliveriesOf()).edges[0]!.node, (node) => node.status === 'DELIVERED');
  expect(delivered).toMatchObject({ id: failed!.id, attempts: 1, lastStatusCode: 202 });
  expect(teams.requests.map((r) => r.text)).toEqual([teams.requests[0]!.text, teams.requests[0]!.text]);
});

test('a disabled integration gets nothing; testIntegration makes one real call; disconnect removes it', async () => {
  const { connectIntegration } = await connectTeams();
  const disabled = (await api.run(UpdateIntegrationDocument, { id: connectIntegration.id, input: { enabled: false, name: 'Renamed' } }, admin)).updateIntegration;
  expect(disabled).toMatchObject({ status: 'DISABLED', name: 'Renamed', settings: { webhookUrl: '********' } });
  await api.run(CreateTicketDocument, { input: ticketInput() }, admin);
  await new Promise((resolve) => setTimeout(resolve, 800));
  expect(teams.requests).toHaveLength(0);

  const ok = (await api.run(TestIntegrationDocument, { id: connectIntegration.id }, admin)).testIntegration;
  expect(ok).toEqual({ ok: true, statusCode: 200, message: 'The webhook took a test card' });
  expect(cardOf(teams.requests[0]!)[0].text).toBe('ticketgraph is connected');
  teams.handle = () => ({ status: 404, body: 'Webhook not found' });
  const refused = (await api.run(TestIntegrationDocument, { id: connectIntegration.id }, admin)).testIntegration;
  expect(refused).toEqual({ ok: false, statusCode: 404, message: `${new URL(teams.url()).host} answered HTTP 404: Webhook not found` });

  // Settings merge: a new URL replaces the old one, and is still never shown.
  const moved = (await api.run(UpdateIntegrationDocument, { id: connectIntegration.id, input: { settings: { webhookUrl: teams.url('/webhook/new') }, enabled: true } }, admin)).updateIntegration;
  expect(moved).toMatchObject({ status: 'ACTIVE', settings: { webhookUrl: '********' } });
  teams.handle = () => ({ status: 200, body: '1' });
  await api.run(TestIntegrationDocument, { id: connectIntegration.id }, admin);
  expect(teams.requests.at(-1)!.path).toBe('/webhook/new');

  expect((await api.run(DisconnectIntegrationDocument, { id: connectIntegration.id }, admin)).disconnectIntegration).toBe(connectIntegration.id);
  expect((await api.run(IntegrationsDocument, {}, admin)).integrations).toEqual([]);
});

test('only admins manage integrations', async () => {
  const agent = await api.user(Role.AGENT);
  const refused = await api.execute(IntegrationsDocument, {}, agent);
  expect(refused.errors?.[0]).toMatchObject({ message: 'Only admin users may manage integrations', extensions: { code: 'FORBIDDEN' } });
});
