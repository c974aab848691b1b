import { createHmac, randomInt, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  AddCommentDocument, ConnectIntegrationDocument, CreateTicketDocument, DeleteTicketDocument, DisconnectIntegrationDocument, IntegrationsDocument,
  SetTicketStatusDocument, TestIntegrationDocument, TicketExternalLinksDocument, TicketKeysDocument, UpdateIntegrationDocument,
} from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { FakePlatform, type PlatformRequest } from './helpers/fake-platform';
import { startTestServer } from './helpers/harness';
import { register, request, run } from './helpers/http-client';
import { waitFor } from './helpers/wait';

// Protocol tests of the Slack, GitHub and Jira adapters: each platform is a local server that
// checks requests as the platform's public API documents them and answers like it; inbound calls
// are signed as each platform signs them and sent to the API over real HTTP.

/** Calls one integration's inbound URL takes per minute here: more than any test but the one about the limit makes. */
const INBOUND_PER_MINUTE = 10;

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: string;
let platform: FakePlatform;
let base: string;

beforeAll(async () => {
  platform = await FakePlatform.start();
  server = await startTestServer({
    DELIVERY_RETRY_DELAY_SECONDS: '1', RATE_LIMIT_USER_PER_MINUTE: '100000', INTEGRATION_INBOUND_MAX_BYTES: '4096', INTEGRATION_INBOUND_PER_MINUTE: String(INBOUND_PER_MINUTE),
  });
  base = server.url.replace(/\/graphql$/, '');
  admin = (await register(server.url, 'admin')).accessToken;
});
afterAll(async () => {
  await server?.close();
  await platform?.close();
});
beforeEach(async () => {
  for (const { id } of (await run(server.url, IntegrationsDocument, {}, admin)).integrations) await run(server.url, DisconnectIntegrationDocument, { id }, admin);
  platform.requests.length = 0;
});

async function connect(platformName: 'SLACK' | 'GITHUB' | 'JIRA', name: string, settings: Record<string, string>, events?: string[]) {
  return (await run(server.url, ConnectIntegrationDocument, { input: { platform: platformName, name, settings, events: events as never } }, admin)).connectIntegration;
}

async function settled(count: number): Promise<PlatformRequest[]> {
  await waitFor(async () => platform.requests.length, (n) => n >= count);
  await new Promise((resolve) => setTimeout(resolve, 400));
  return platform.requests;
}

async function allDelivered(): Promise<void> {
  await waitFor(
    async () => (await run(server.url, IntegrationsDocument, { first: 50 }, admin)).integrations.flatMap((i) => i.deliveries.edges.map((e) => e.node.status)),
    (statuses) => statuses.length > 0 && statuses.every((s) => s === 'DELIVERED'),
  );
}

function inbound(integrationId: string, body: string, headers: Record<string, string>) {
  return fetch(`${base}/integrations/${integrationId}/inbound`, { method: 'POST', headers, body });
}

async function ticketView(id: string) {
  return (await run(server.url, TicketExternalLinksDocument, { id }, admin)).ticket!;
}

/** The links a ticket still has in the table (a deleted ticket's stay until its integrations were told). */
async function storedLinks(ticketId: string): Promise<string[]> {
  const client = new Client({ connectionString: server.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ key: string }>('select key from ticket_external_links where ticket_id = $1 order by key', [ticketId.replace(/^tkt_/, '')]);
    return rows.map((row) => row.key);
  } finally {
    await client.end();
  }
}

describe('Slack', () => {
  let ts = 0;
  let permalinks = true;
  beforeEach(() => {
    permalinks = true;
    platform.handle = (request) => {
      if (request.path === '/api/auth.test') {
        return request.headers.authorization === 'Bearer xoxb-good'
          ? { body: { ok: true, url: 'https://acme.slack.com/', team: 'Acme', user: 'ticketbot', team_id: 'T1', user_id: 'U1' } }
          : { body: { ok: false, error: 'invalid_auth' } };
      }
      if (request.method === 'POST' && request.path === '/api/chat.postMessage') {
        ts++;
        return { body: { ok: true, channel: request.json.channel, ts: `1700000000.00010${ts}`, message: { text: request.json.text } } };
      }
      const permalink = /^\/api\/chat\.getPermalink\?channel=(\w+)&message_ts=(\d+)\.(\d+)$/.exec(request.path);
      if (request.method === 'GET' && permalink && !permalinks) return { body: { ok: false, error: 'message_not_found' } };
      if (request.method === 'GET' && permalink && request.headers.authorization === 'Bearer xoxb-good') {
        const [, channel, seconds, fraction] = permalink;
        return { body: { ok: true, channel, permalink: `https://acme.slack.com/archives/${channel}/p${seconds}${fraction}` } };
      }
      if (request.path === '/services/T1/B1/secret') return { status: 200, headers: { 'Content-Type': 'text/html' }, body: 'ok' };
      return { status: 404, body: { ok: false, error: 'unknown_method' } };
    };
  });

  test('bot token: chat.postMessage with Block Kit, later events as replies in the ticket\'s thread, its permalink the ticket\'s link', async () => {
    const integration = await connect('SLACK', 'Slack support', { baseUrl: platform.url(), botToken: 'xoxb-good', channel: 'C0123' }, ['CREATED', 'COMMENT_ADDED', 'STATUS_CHANGED']);
    expect(integration.settings).toEqual({ baseUrl: platform.url(), botToken: '********', channel: 'C0123' });
    const ticket = (await run(server.url, CreateTicketDocument, { input: ticketInput({ subject: 'Printer <on fire> & smoking' }) }, admin)).createTicket;
    await run(server.url, AddCommentDocument, { ticketId: ticket.id, content: 'Fire brigade called.' }, admin);
    await run(server.url, SetTicketStatusDocument, { id: ticket.id, status: 'IN_PROGRESS' }, admin);
    const all = await settled(4);
    await allDelivered();
    const thread = `1700000000.00010${ts - 2}`;
    // The first message, then its permalink (a read method: arguments in the query string), then the replies.
    expect(all.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/chat.postMessage', `GET /api/chat.getPermalink?channel=C0123&message_ts=${thread}`, 'POST /api/chat.postMessage', 'POST /api/chat.postMessage',
    ]);
    const requests = all.filter((r) => r.method === 'POST');

    for (const request of requests) {
      expect([request.method, request.path, request.headers.authorization, request.headers['content-type']]).toEqual(
        ['POST', '/api/chat.postMessage', 'Bearer xoxb-good', 'application/json; charset=utf-8'],
      );
    }
    const [created, comment, status] = requests.map((r) => r.json);
    expect(created).toEqual({
      channel: 'C0123',
      text: `${ticket.key} was created: Printer <on fire> & smoking`,
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: `${ticket.key} was created: Printer <on fire> & smoking` } },
        { type: 'section', text: { type: 'mrkdwn', text: 'The export button spins forever and no file is downloaded.' } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: expect.stringMatching(/^\*Status:\* NEW {2}· {2}\*Priority:\* MEDIUM {2}· {2}\*Category:\* TECHNICAL_ISSUE {2}· {2}\*Customer:\* Customer \d+ &lt;customer-\w+@example\.com&gt;$/) }] },
      ],
    });
    expect(comment).toMatchObject({ channel: 'C0123', thread_ts: thread, blocks: [{}, { type: 'section', text: { type: 'mrkdwn', text: 'admin wrote:\nFire brigade called.' } }, {}] });
    expect(status).toMatchObject({ channel: 'C0123', thread_ts: thread, text: `${ticket.key} changed status: Printer <on fire> & smoking` });
    expect(status.blocks[1].text.text).toBe('status: NEW → IN_PROGRESS');
    expect((await ticketView(ticket.id)).externalLinks).toEqual([
      { platform: 'SLACK', key: `C0123:${thread}`, url: `https://acme.slack.com/archives/C0123/p${thread.replace('.', '')}`, createdAt: expect.any(String) },
    ]);

    expect((await run(server.url, TestIntegrationDocument, { id: integration.id }, admin)).testIntegration).toEqual({ ok: true, statusCode: 200, message: 'Signed in to Acme as ticketbot' });
  });

  test('a permalink Slack will not give: the thread is the link without a URL, the message is not posted again; replies stay in the thread\'s channel', async () => {
    permalinks = false;
    const integration = await connect('SLACK', 'Slack support', { baseUrl: platform.url(), botToken: 'xoxb-good', channel: 'C0123' }, ['CREATED', 'COMMENT_ADDED']);
    const ticket = (await run(server.url, CreateTicketDocument, { input: ticketInput() }, admin)).createTicket;
    await settled(2);
    await allDelivered();
    const thread = `1700000000.00010${ts}`;
    expect((await ticketView(ticket.id)).externalLinks).toEqual([{ platform: 'SLACK', key: `C0123:${thread}`, url: null, createdAt: expect.any(String) }]);
    // The channel setting changes: the ticket's thread is still where it started.
    await run(server.url, UpdateIntegrationDocument, { id: integration.id, input: { settings: { channel: 'C0999' } } }, admin);
    await run(server.url, AddCommentDocument, { ticketId: ticket.id, content: 'Still broken.' }, admin);
    const requests = await settled(3);
    await allDelivered();
    expect(requests.map((r) => [`${r.method} ${r.path.replace(/\?.*/, '')}`, r.json?.channel, r.json?.thread_ts])).toEqual([
      ['POST /api/chat.postMessage', 'C0123', undefined],
      ['GET /api/chat.getPermalink', undefined, undefined],
      ['POST /api/chat.postMessage', 'C0123', thread],
    ]);
  });

  test('a refused token is reported by testIntegration', async () => {
    const integration = await connect('SLACK', 'Slack bad', { baseUrl: platform.url(), botToken: 'xoxb-revoked', channel: 'C0123' });
    expect((await run(server.url, TestIntegrationDocument, { id: integration.id }, admin)).testIntegration).toEqual({
      ok: false, statusCode: 200, message: 'Slack auth.test refused: invalid_auth',
    });
  });

  test('incoming webhook: the same Block Kit message, no threads', async () => {
    await connect('SLACK', 'Slack webhook', { webhookUrl: platform.url('/services/T1/B1/secret') }, ['CREATED']);
    const ticket = (await run(server.url, CreateTicketDocument, { input: ticketInput() }, admin)).createTicket;
    const [request] = await settled(1);
    expect(request!.path).toBe('/services/T1/B1/secret');
    expect(request!.json.text).toBe(`${ticket.key} was created: ${ticket.subject}`);
    expect(request!.json.blocks).toHaveLength(3);
    expect(request!.json.channel).toBeUndefined();
    await allDelivered();
    expect((await ticketView(ticket.id)).externalLinks).toEqual([]);
  });

  describe('the /ticket slash command', () => {
    const secret = '8f742231b10e8888abcd99yyyzzz85a5';
    function signed(body: string, timestamp = Math.floor(Date.now() / 1000), key = secret) {
      const signature = `v0=${createHmac('sha256', key).update(`v0:${timestamp}:${body}`).digest('hex')}`;
      return { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
    }
    const form = (text: string) => new URLSearchParams({
      token: 'legacy', team_id: 'T0001', team_domain: 'acme', channel_id: 'C2147483705', channel_name: 'support', user_id: 'U2147483697',
      user_name: 'steve', command: '/ticket', text, api_app_id: 'A123456', response_url: 'https://hooks.slack.com/commands/1234/5678', trigger_id: '13345224609.738474920.8088930838d88f008e0',
    }).toString();

    test('creates a ticket from a signed command and answers with its key', async () => {
      const integration = await connect('SLACK', 'Slack commands', { webhookUrl: platform.url('/services/T1/B1/secret'), signingSecret: secret }, ['DELETED']);
      const body = form('VPN drops every hour\nSince Monday the VPN disconnects on the hour, every hour.');
      const response = await inbound(integration.id, body, signed(body));
      expect(response.status).toBe(200);
      const reply = (await response.json()) as { response_type: string; text: string };
      expect(reply).toEqual({ response_type: 'ephemeral', text: expect.stringMatching(/^Created TICKET-\d{6}: VPN drops every hour$/) });
      const { tickets } = await run(server.url, TicketKeysDocument, {}, admin);
      const key = reply.text.slice('Created '.length, 'Created '.length + 13);
      expect(tickets.edges.map((e) => e.node.key)).toContain(key);

      const short = form('help');
      const usage = await inbound(integration.id, short, signed(short));
      expect(await usage.json()).toEqual({ response_type: 'ephemeral', text: 'Usage: /ticket <what is wrong, at least 10 characters>; the first line is the subject' });
    });

    test('past the integration\'s budget of calls per minute: 429 with Retry-After, the command not run', async () => {
      const integration = await connect('SLACK', 'Slack commands', { webhookUrl: platform.url('/services/T1/B1/secret'), signingSecret: secret }, ['DELETED']);
      const body = form('Cannot log in to the portal since this morning');
      const answers = [];
      for (let i = 0; i < INBOUND_PER_MINUTE - 1; i++) answers.push((await inbound(integration.id, 'unsigned', { 'content-type': 'application/x-www-form-urlencoded' })).status);
      answers.push((await inbound(integration.id, body, signed(body))).status);
      expect(answers).toEqual([...Array(INBOUND_PER_MINUTE - 1).fill(401), 200]);
      const before = (await run(server.url, TicketKeysDocument, {}, admin)).tickets.totalCount;
      const refused = await inbound(integration.id, body, signed(body));
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect([refused.status, refused.headers.get('x-ratelimit-limit'), refused.headers.get('x-ratelimit-remaining'), retryAfter >= 1 && retryAfter <= 60]).toEqual([
        429, String(INBOUND_PER_MINUTE), '0', true,
      ]);
      expect(await refused.json()).toEqual({ errors: [{ message: `Too many requests; try again in ${retryAfter} s`, extensions: { code: 'RATE_LIMITED', retryAfter } }] });
      expect((await run(server.url, TicketKeysDocument, {}, admin)).tickets.totalCount).toBe(before);
      // Another integration has its own budget.
      const other = await connect('SLACK', 'Slack commands 2', { webhookUrl: platform.url('/services/T1/B1/secret'), signingSecret: secret }, ['DELETED']);
      expect((await inbound(other.id, 'unsigned', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(401);
    });

    test('refuses a bad signature, a stale timestamp and an oversized body, changing nothing', async () => {
      const integration = await connect('SLACK', 'Slack commands', { webhookUrl: platform.url('/services/T1/B1/secret'), signingSecret: secret }, ['DELETED']);
      const before = (await run(server.url, TicketKeysDocument, {}, admin)).tickets.totalCount;
      const body = form('Something is broken in the billing page');
      const cases: [Record<string, string>, string, number, string][] = [
        [signed(body, undefined, 'wrong-secret'), body, 401, 'The X-Slack-Signature does not match'],
        [signed(body, Math.floor(Date.now() / 1000) - 301), body, 401, 'The request timestamp is more than 5 minutes from the server clock'],
        [{ ...signed(body), 'x-slack-signature': '' }, body, 401, 'The X-Slack-Signature header is missing'],
        [signed(body), `${body}&extra=1`, 401, 'The X-Slack-Signature does not match'],
        [signed('x'.repeat(5000)), 'x'.repeat(5000), 413, 'Request body is larger than 4096 bytes'],
      ];
      for (const [headers, sent, status, message] of cases) {
        const response = await inbound(integration.id, sent, headers);
        expect([response.status, ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message]).toEqual([status, message]);
      }
      const unknown = await inbound('int_00000000-0000-7000-8000-000000000000', body, signed(body));
      expect(unknown.status).toBe(404);
      expect((await run(server.url, TicketKeysDocument, {}, admin)).tickets.totalCount).toBe(before);
    });
  });
});

describe('GitHub', () => {
  const webhookSecret = 'It\'s a Secret to Everybody';
  let comments = 0;
  beforeEach(() => {
    comments = 0;
    platform.handle = (request) => {
      if (request.headers.authorization !== 'Bearer ghp_token') return { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } };
      if (request.method === 'GET' && request.path === '/api/v3/repos/acme/support') return { body: { id: 1, full_name: 'acme/support' } };
      if (request.method === 'POST' && request.path === '/api/v3/repos/acme/support/issues') {
        return { status: 201, body: { id: 5001, number: 7, html_url: 'https://github.example/acme/support/issues/7', title: request.json.title, state: 'open' } };
      }
      if (request.method === 'POST' && request.path === '/api/v3/repos/acme/support/issues/7/comments') {
        comments++;
        return { status: 201, body: { id: 1000 + comments, body: request.json.body } };
      }
      if (request.method === 'PATCH' && request.path === '/api/v3/repos/acme/support/issues/7') return { body: { number: 7, state: request.json.state } };
      return { status: 404, body: { message: 'Not Found' } };
    };
  });
  function signed(event: string, payload: unknown, secret = webhookSecret) {
    const body = JSON.stringify(payload);
    return {
      body,
      headers: {
        'content-type': 'application/json', 'x-github-event': event, 'x-github-delivery': randomUUID(),
        'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
      },
    };
  }
  const repository = { id: 1, name: 'support', full_name: 'acme/support' };

  test('issues created, commented, closed and reopened; webhooks come back without echoes or loops', async () => {
    const integration = await connect('GITHUB', 'GitHub', { baseUrl: platform.url('/api/v3'), token: 'ghp_token', owner: 'acme', repo: 'support', webhookSecret, labels: 'support, triage' });
    expect((await run(server.url, TestIntegrationDocument, { id: integration.id }, admin)).testIntegration).toEqual({ ok: true, statusCode: 200, message: 'Can reach acme/support' });
    platform.requests.length = 0;

    const ticket = (await run(server.url, CreateTicketDocument, { input: ticketInput({ subject: 'Export hangs' }) }, admin)).createTicket;
    await run(server.url, AddCommentDocument, { ticketId: ticket.id, content: 'Reproduced on staging.' }, admin);
    await run(server.url, AddCommentDocument, { ticketId: ticket.id, content: 'Internal: customer is VIP', isInternal: true }, admin);
    await run(server.url, SetTicketStatusDocument, { id: ticket.id, status: 'RESOLVED' }, admin);
    await run(server.url, SetTicketStatusDocument, { id: ticket.id, status: 'IN_PROGRESS' }, admin);
    const requests = await settled(4);
    await allDelivered();

    for (const request of requests) {
      expect([request.headers.authorization, request.headers.accept, request.headers['x-github-api-version']]).toEqual(['Bearer ghp_token', 'application/vnd.github+json', '2022-11-28']);
    }
    // In the ticket's order; the internal comment is not sent.
    expect(requests.map((r) => [`${r.method} ${r.path}`, r.json])).toEqual([
      ['POST /api/v3/repos/acme/support/issues', {
        title: `[${ticket.key}] Export hangs`,
        body: expect.stringMatching(/^The export button spins forever and no file is downloaded\.\n\n---\n\*\*Status:\*\* NEW · \*\*Priority:\*\* MEDIUM · \*\*Category:\*\* TECHNICAL_ISSUE · \*\*Customer:\*\* .+\n\n_From ticketgraph TICKET-\d{6}_$/),
        labels: ['support', 'triage'],
      }],
      ['POST /api/v3/repos/acme/support/issues/7/comments', { body: `**admin** on ${ticket.key}:\n\nReproduced on staging.` }],
      ['PATCH /api/v3/repos/acme/support/issues/7', { state: 'closed', state_reason: 'completed' }],
      ['PATCH /api/v3/repos/acme/support/issues/7', { state: 'open' }],
    ]);
    expect((await ticketView(ticket.id)).externalLinks).toEqual([
      { platform: 'GITHUB', key: 'acme/support#7', url: 'https://github.example/acme/support/issues/7', createdAt: expect.any(String) },
    ]);

    // A comment made on GitHub comes back as a ticket comment; our own comment's echo does not.
    platform.requests.length = 0;
    const theirs = signed('issue_comment', { action: 'created', issue: { number: 7 }, comment: { id: 777, body: 'Fixed in v2.3.1', user: { login: 'octocat' } }, repository });
    expect((await inbound(integration.id, theirs.body, theirs.headers)).status).toBe(200);
    // GitHub redelivers it (same X-GitHub-Delivery): answered, not applied again.
    expect(await (await inbound(integration.id, theirs.body, theirs.headers)).json()).toEqual({ ok: true, handled: false, repeated: true });
    const echo = signed('issue_comment', { action: 'created', issue: { number: 7 }, comment: { id: 1001, body: 'Reproduced on staging.', user: { login: 'ticketbot' } }, repository });
    expect(await (await inbound(integration.id, echo.body, echo.headers)).json()).toEqual({ ok: true, handled: true });
    const closed = signed('issues', { action: 'closed', issue: { number: 7, state: 'closed' }, repository });
    expect((await inbound(integration.id, closed.body, closed.headers)).status).toBe(200);
    const view = await ticketView(ticket.id);
    expect(view.status).toBe('RESOLVED');
    expect(view.comments.edges.map((e) => [e.node.content, e.node.author, e.node.isInternal])).toEqual([
      ['Reproduced on staging.', 'admin', false],
      ['Internal: customer is VIP', 'admin', true],
      ['Fixed in v2.3.1', 'github:octocat via GitHub', false],
    ]);
    // What GitHub told us is not sent back to GitHub.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(platform.requests).toEqual([]);

    const forged = signed('issues', { action: 'reopened', issue: { number: 7 }, repository }, 'not the secret');
    const refused = await inbound(integration.id, forged.body, forged.headers);
    expect([refused.status, ((await refused.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors[0]]).toEqual([
      401, { message: 'The X-Hub-Signature-256 does not match', extensions: { code: 'UNAUTHENTICATED' } },
    ]);
    expect((await ticketView(ticket.id)).status).toBe('RESOLVED');
  });
});

describe('GitHub: a deleted ticket', () => {
  beforeEach(() => {
    platform.handle = (request) => {
      if (request.headers.authorization !== 'Bearer ghp_token') return { status: 401, body: { message: 'Bad credentials' } };
      if (request.method === 'POST' && request.path === '/repos/acme/support/issues') return { status: 201, body: { id: 5009, number: 9, html_url: 'https://github.com/acme/support/issues/9', state: 'open' } };
      if (request.method === 'POST' && request.path === '/repos/acme/support/issues/9/comments') return { status: 201, body: { id: 2001, body: request.json.body } };
      if (request.method === 'PATCH' && request.path === '/repos/acme/support/issues/9') return { body: { number: 9, state: request.json.state, state_reason: request.json.state_reason } };
      return { status: 404, body: { message: 'Not Found' } };
    };
  });

  test('its issue gets a comment saying so and is closed as not planned; the link goes once GitHub was told', async () => {
    await connect('GITHUB', 'GitHub', { baseUrl: platform.url(), token: 'ghp_token', owner: 'acme', repo: 'support' });
    const ticket = (await run(server.url, CreateTicketDocument, { input: ticketInput({ subject: 'Dark mode flickers' }) }, admin)).createTicket;
    await settled(1);
    await allDelivered();
    expect(await storedLinks(ticket.id)).toEqual(['acme/support#9']);
    await run(server.url, DeleteTicketDocument, { id: ticket.id }, admin);
    const requests = await settled(3);
    await allDelivered();
    expect(requests.map((r) => [`${r.method} ${r.path}`, r.json])).toEqual([
      ['POST /repos/acme/support/issues', expect.objectContaining({ title: `[${ticket.key}] Dark mode flickers` })],
      ['POST /repos/acme/support/issues/9/comments', { body: `${ticket.key} was deleted in ticketgraph by admin.` }],
      ['PATCH /repos/acme/support/issues/9', { state: 'closed', state_reason: 'not_planned' }],
    ]);
    expect(await storedLinks(ticket.id)).toEqual([]);
  });

  test('a ticket that never became an issue: nothing is sent, the call is done', async () => {
    await connect('GITHUB', 'GitHub', { baseUrl: platform.url(), token: 'ghp_token', owner: 'acme', repo: 'support' }, ['DELETED']);
    const ticket = (await run(server.url, CreateTicketDocument, { input: ticketInput() }, admin)).createTicket;
    await run(server.url, DeleteTicketDocument, { id: ticket.id }, admin);
    await allDelivered();
    const [integration] = (await run(server.url, IntegrationsDocument, { first: 5 }, admin)).integrations;
    expect(integration!.deliveries.edges.map((e) => [e.node.event, e.node.status, e.node.lastStatusCode])).toEqual([['ticket.deleted', 'DELIVERED', null]]);
    expect(platform.requests).toEqual([]);
  });
});

describe('GitHub: rate limits', () => {
  test('a 403 with no requests left waits until x-ratelimit-reset and does not count against the breaker; the retried create looks for the issue first', async () => {
    let reset = 0;
    platform.handle = (request) => {
      if (request.method === 'POST' && request.path === '/repos/acme/support/issues') {
        if (reset === 0) {
          reset = Math.ceil(Date.now() / 1000) + 2;
          return {
            status: 403,
            headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(reset), 'x-ratelimit-resource': 'core' },
            body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
          };
        }
        return { status: 201, body: { id: 5010, number: 10, html_url: 'https://github.com/acme/support/issues/10', state: 'open' } };
      }
      if (request.method === 'GET' && request.path.startsWith('/repos/acme/support/issues?')) return { body: [] };
      return { status: 404, body: { message: 'Not Found' } };
    };
    await connect('GITHUB', 'GitHub', { baseUrl: platform.url(), token: 'ghp_token', owner: 'acme', repo: 'support' }, ['CREATED']);
    await run(server.url, CreateTicketDocument, { input: ticketInput() }, admin);
    const requests = await settled(3);
    await allDelivered();
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/support/issues', 'GET /repos/acme/support/issues?state=all&sort=created&direction=desc&per_page=50', 'POST /repos/acme/support/issues',
    ]);
    expect(requests[1]!.at).toBeGreaterThanOrEqual(reset * 1000);
    const [integration] = (await run(server.url, IntegrationsDocument, { first: 5 }, admin)).integrations;
    expect([integration!.status, integration!.consecutiveFailures, integration!.deliveries.edges[0]!.node.attempts]).toEqual(['ACTIVE', 0, 2]);
  });
});

describe('Jira', () => {
  const webhookSecret = 'jira-webhook-secret';
  let status = { name: 'To Do', statusCategory: { key: 'new' } };
  beforeEach(() => {
    status = { name: 'To Do', statusCategory: { key: 'new' } };
    platform.handle = (request) => {
      const expected = `Basic ${Buffer.from('bot@acme.com:atl-token').toString('base64')}`;
      if (request.headers.authorization !== expected) return { status: 401, body: { errorMessages: ['Client must be authenticated to access this resource.'], errors: {} } };
      if (request.method === 'GET' && request.path === '/rest/api/3/myself') return { body: { accountId: '5b10a2844c20165700ede21g', displayName: 'Ticket Bot' } };
      if (request.method === 'POST' && request.path === '/rest/api/3/issue') {
        return { status: 201, body: { id: '10000', key: 'SUP-24', self: `${platform.url()}/rest/api/3/issue/10000` } };
      }
      if (request.method === 'GET' && request.path === '/rest/api/3/issue/SUP-24?fields=status') return { body: { id: '10000', key: 'SUP-24', fields: { status } } };
      if (request.method === 'GET' && request.path === '/rest/api/3/issue/SUP-24/transitions') {
        return { body: { transitions: [
          { id: '11', name: 'To Do', to: { name: 'To Do', statusCategory: { key: 'new' } } },
          { id: '21', name: 'Start progress', to: { name: 'In Progress', statusCategory: { key: 'indeterminate' } } },
          { id: '31', name: 'Done', to: { name: 'Done', statusCategory: { key: 'done' } } },
        ] } };
      }
      if (request.method === 'POST' && request.path === '/rest/api/3/issue/SUP-24/transitions') {
        status = request.json.transition.id === '31' ? { name: 'Done', statusCategory: { key: 'done' } } : { name: 'In Progress', statusCategory: { key: 'indeterminate' } };
        return { status: 204 };
      }
      if (request.method === 'POST' && request.path === '/rest/api/3/issue/SUP-24/comment') return { status: 201, body: { id: '10100', body: request.json.body } };
      return { status: 404, body: { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} } };
    };
  });
  function signed(payload: unknown, secret = webhookSecret) {
    const body = JSON.stringify(payload);
    return { body, headers: { 'content-type': 'application/json', 'x-hub-signature': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`, 'x-atlassian-webhook-identifier': String(randomInt(1, 2 ** 47)) } };
  }

  test('an issue with an ADF description, comments, transitions; Jira webhooks update the ticket without loops', async () => {
    const integration = await connect('JIRA', 'Jira', { baseUrl: platform.url(), email: 'bot@acme.com', apiToken: 'atl-token', projectKey: 'SUP', webhookSecret });
    expect(integration.settings).toEqual({ baseUrl: platform.url(), email: 'bot@acme.com', apiToken: '********', projectKey: 'SUP', issueType: 'Task', apiVersion: '3', webhookSecret: '********' });
    expect((await run(server.url, TestIntegrationDocument, { id: integration.id }, admin)).testIntegration).toEqual({ ok: true, statusCode: 200, message: 'Signed in as Ticket Bot' });
    platform.requests.length = 0;

    const ticket = (await run(server.url, CreateTicketDocument, { input: ticketInput({ subject: 'SSO login fails', description: 'Users get error 500.\nSince the upgrade.' }) }, admin)).createTicket;
    await run(server.url, AddCommentDocument, { ticketId: ticket.id, content: 'Looking at the IdP logs.' }, admin);
    await run(server.url, SetTicketStatusDocument, { id: ticket.id, status: 'RESOLVED' }, admin);
    const requests = await settled(5);
    await allDelivered();
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /rest/api/3/issue', 'POST /rest/api/3/issue/SUP-24/comment', 'GET /rest/api/3/issue/SUP-24?fields=status',
      'GET /rest/api/3/issue/SUP-24/transitions', 'POST /rest/api/3/issue/SUP-24/transitions',
    ]);
    expect(requests[0]!.json).toEqual({
      fields: {
        project: { key: 'SUP' },
        issuetype: { name: 'Task' },
        summary: `[${ticket.key}] SSO login fails`,
        description: {
          type: 'doc', version: 1,
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Users get error 500.' }] },
            { type: 'paragraph', content: [{ type: 'text', text: 'Since the upgrade.' }] },
            { type: 'paragraph', content: [] },
            { type: 'paragraph', content: [{ type: 'text', text: 'Status: NEW' }] },
            { type: 'paragraph', content: [{ type: 'text', text: 'Priority: MEDIUM' }] },
            { type: 'paragraph', content: [{ type: 'text', text: 'Category: TECHNICAL_ISSUE' }] },
            { type: 'paragraph', content: [{ type: 'text', text: expect.stringMatching(/^Customer: Customer \d+ <customer-\w+@example\.com>$/) }] },
          ],
        },
        labels: ['ticketgraph'],
      },
    });
    expect(requests[1]!.json).toEqual({ body: { type: 'doc', version: 1, content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'admin (ticketgraph):' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Looking at the IdP logs.' }] },
    ] } });
    expect(requests[4]!.json).toEqual({ transition: { id: '31' } });
    expect((await ticketView(ticket.id)).externalLinks).toEqual([{ platform: 'JIRA', key: 'SUP-24', url: `${platform.url()}/browse/SUP-24`, createdAt: expect.any(String) }]);

    // Jira's webhooks: a comment from a person, the echo of ours, our own transition coming back, a person reopening the issue.
    platform.requests.length = 0;
    const comment = signed({ timestamp: Date.now(), webhookEvent: 'comment_created', comment: { id: '10200', body: 'The IdP certificate expired.', author: { displayName: 'Alice Jones' } }, issue: { id: '10000', key: 'SUP-24' } });
    expect((await inbound(integration.id, comment.body, comment.headers)).status).toBe(200);
    // Jira retries it (same X-Atlassian-Webhook-Identifier): answered, not applied again.
    expect(await (await inbound(integration.id, comment.body, comment.headers)).json()).toEqual({ ok: true, handled: false, repeated: true });
    const echo = signed({ webhookEvent: 'comment_created', comment: { id: '10100', body: 'admin (ticketgraph):\nLooking at the IdP logs.' }, issue: { key: 'SUP-24' } });
    expect((await inbound(integration.id, echo.body, echo.headers)).status).toBe(200);
    const doneAgain = signed({ webhookEvent: 'jira:issue_updated', issue: { key: 'SUP-24', fields: { status: { name: 'Done', statusCategory: { key: 'done' } } } }, changelog: { items: [{ field: 'status', fromString: 'To Do', toString: 'Done' }] } });
    expect((await inbound(integration.id, doneAgain.body, doneAgain.headers)).status).toBe(200);
    expect((await ticketView(ticket.id)).status).toBe('RESOLVED');
    const reopened = signed({ webhookEvent: 'jira:issue_updated', issue: { key: 'SUP-24', fields: { status: { name: 'In Progress', statusCategory: { key: 'indeterminate' } } } }, changelog: { items: [{ field: 'status', fromString: 'Done', toString: 'In Progress' }] } });
    expect(await (await inbound(integration.id, reopened.body, reopened.headers)).json()).toEqual({ ok: true, handled: true });
    const view = await ticketView(ticket.id);
    expect(view.status).toBe('IN_PROGRESS');
    expect(view.comments.edges.map((e) => [e.node.content, e.node.author])).toEqual([
      ['Looking at the IdP logs.', 'admin'], ['The IdP certificate expired.', 'jira:Alice Jones via Jira'],
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(platform.requests).toEqual([]);

    const forged = signed({ webhookEvent: 'jira:issue_updated', issue: { key: 'SUP-24', fields: { status: { statusCategory: { key: 'done' } } } }, changelog: { items: [{ field: 'status' }] } }, 'guess');
    expect((await inbound(integration.id, forged.body, forged.headers)).status).toBe(401);
    const unsigned = await inbound(integration.id, forged.body, { 'content-type': 'application/json' });
    expect((await unsigned.json()) as unknown).toEqual({ errors: [{ message: 'The X-Hub-Signature header is missing', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect((await ticketView(ticket.id)).status).toBe('IN_PROGRESS');
  });
  test('a deleted ticket: a comment on its issue says so, the issue is moved to done, the link goes', async () => {
    const integration = await connect('JIRA', 'Jira', { baseUrl: platform.url(), email: 'bot@acme.com', apiToken: 'atl-token', projectKey: 'SUP', webhookSecret });
    const ticket = (await run(server.url, CreateTicketDocument, { input: ticketInput() }, admin)).createTicket;
    await settled(1);
    await allDelivered();
    await run(server.url, DeleteTicketDocument, { id: ticket.id }, admin);
    const requests = await settled(5);
    await allDelivered();
    expect(requests.slice(1).map((r) => [`${r.method} ${r.path}`, r.json])).toEqual([
      ['POST /rest/api/3/issue/SUP-24/comment', { body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: `${ticket.key} was deleted in ticketgraph by admin.` }] }] } }],
      ['GET /rest/api/3/issue/SUP-24?fields=status', undefined],
      ['GET /rest/api/3/issue/SUP-24/transitions', undefined],
      ['POST /rest/api/3/issue/SUP-24/transitions', { transition: { id: '31' } }],
    ]);
    expect(await storedLinks(ticket.id)).toEqual([]);
    // Jira's webhooks about the issue find no ticket, and change nothing.
    const before = (await run(server.url, TicketKeysDocument, {}, admin)).tickets.totalCount;
    const comment = signed({ webhookEvent: 'comment_created', comment: { id: '10300', body: 'Why was this deleted?' }, issue: { key: 'SUP-24' } });
    expect((await inbound(integration.id, comment.body, comment.headers)).status).toBe(200);
    expect((await run(server.url, TicketKeysDocument, {}, admin)).tickets.totalCount).toBe(before);
  });

  test('Data Center: REST v2 paths and plain-text bodies, by personal access token or by basic auth', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ apiToken: 'dc-pat' }, 'Bearer dc-pat'],
      [{ username: 'jira.bot', password: 'dc-pass' }, `Basic ${Buffer.from('jira.bot:dc-pass').toString('base64')}`],
    ];
    for (const [credentials, authorization] of cases) {
      platform.requests.length = 0;
      let dcStatus = { name: 'Open', statusCategory: { key: 'new' } };
      platform.handle = (request) => {
        if (request.headers.authorization !== authorization) return { status: 401, body: { errorMessages: ['You are not authenticated.'], errors: {} } };
        if (request.method === 'GET' && request.path === '/jira/rest/api/2/myself') return { body: { name: 'jira.bot', displayName: 'Jira Bot' } };
        if (request.method === 'POST' && request.path === '/jira/rest/api/2/issue') return { status: 201, body: { id: '10001', key: 'OPS-7', self: `${platform.url()}/jira/rest/api/2/issue/10001` } };
        if (request.method === 'POST' && request.path === '/jira/rest/api/2/issue/OPS-7/comment') return { status: 201, body: { id: '20001', body: request.json.body } };
        if (request.method === 'GET' && request.path === '/jira/rest/api/2/issue/OPS-7?fields=status') return { body: { key: 'OPS-7', fields: { status: dcStatus } } };
        if (request.method === 'GET' && request.path === '/jira/rest/api/2/issue/OPS-7/transitions') {
          return { body: { expand: 'transitions', transitions: [
            { id: '4', name: 'Start Progress', to: { name: 'In Progress', statusCategory: { key: 'indeterminate' } } },
            { id: '2', name: 'Close Issue', to: { name: 'Closed', statusCategory: { key: 'done' } } },
            { id: '5', name: 'Resolve Issue', to: { name: 'Resolved', statusCategory: { key: 'done' } } },
          ] } };
        }
        if (request.method === 'POST' && request.path === '/jira/rest/api/2/issue/OPS-7/transitions') {
          dcStatus = { name: 'Resolved', statusCategory: { key: 'done' } };
          return { status: 204 };
        }
        return { status: 404, body: { errorMessages: ['Issue Does Not Exist'], errors: {} } };
      };
      const integration = await connect('JIRA', 'Jira DC', { baseUrl: platform.url('/jira'), apiVersion: '2', projectKey: 'OPS', issueType: 'Bug', ...credentials });
      expect((await run(server.url, TestIntegrationDocument, { id: integration.id }, admin)).testIntegration).toEqual({ ok: true, statusCode: 200, message: 'Signed in as Jira Bot' });
      platform.requests.length = 0;
      const ticket = (await run(server.url, CreateTicketDocument, { input: ticketInput({ subject: 'Build agents offline', description: 'All agents show offline.\nSince 02:00.' }) }, admin)).createTicket;
      await run(server.url, AddCommentDocument, { ticketId: ticket.id, content: 'Restarting the agents.' }, admin);
      await run(server.url, SetTicketStatusDocument, { id: ticket.id, status: 'RESOLVED' }, admin);
      const requests = await settled(5);
      await allDelivered();
      expect(requests.map((r) => [`${r.method} ${r.path}`, r.json])).toEqual([
        ['POST /jira/rest/api/2/issue', { fields: {
          project: { key: 'OPS' }, issuetype: { name: 'Bug' }, summary: `[${ticket.key}] Build agents offline`,
          description: expect.stringMatching(/^All agents show offline\.\nSince 02:00\.\n\nStatus: NEW\nPriority: MEDIUM\nCategory: TECHNICAL_ISSUE\nCustomer: .+$/),
          labels: ['ticketgraph'],
        } }],
        ['POST /jira/rest/api/2/issue/OPS-7/comment', { body: 'admin (ticketgraph):\nRestarting the agents.' }],
        ['GET /jira/rest/api/2/issue/OPS-7?fields=status', undefined],
        ['GET /jira/rest/api/2/issue/OPS-7/transitions', undefined],
        // The done transition named like the ticket's status.
        ['POST /jira/rest/api/2/issue/OPS-7/transitions', { transition: { id: '5' } }],
      ]);
      expect((await ticketView(ticket.id)).externalLinks).toEqual([{ platform: 'JIRA', key: 'OPS-7', url: `${platform.url('/jira')}/browse/OPS-7`, createdAt: expect.any(String) }]);
      await run(server.url, DisconnectIntegrationDocument, { id: integration.id }, admin);
    }

    const refusals = [];
    for (const settings of [{ apiToken: 'dc-pat', username: 'jira.bot', password: 'dc-pass' }, { username: 'jira.bot' }, { apiVersion: '3', apiToken: 'no-email' }]) {
      const answer = await request(server.url, ConnectIntegrationDocument, { input: { platform: 'JIRA', name: 'Jira bad', settings: { baseUrl: platform.url(), projectKey: 'OPS', apiVersion: '2', ...settings } } }, admin);
      refusals.push(answer.errors?.[0]?.message);
    }
    expect(refusals).toEqual([
      'Invalid input: settings Jira Data Center (apiVersion 2) needs apiToken (a personal access token), or username and password',
      'Invalid input: settings Jira Data Center (apiVersion 2) needs apiToken (a personal access token), or username and password',
      'Invalid input: settings Jira Cloud (apiVersion 3) needs email and apiToken',
    ]);
  });
});
