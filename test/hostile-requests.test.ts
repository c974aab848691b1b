import type { GraphQLFormattedError } from 'graphql';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import { AssistantNodeDocument, ConnectIntegrationDocument, CreateIntegrationTokenDocument, SendMessageDocument, TicketKeysDocument } from './gql/graphql';
import { startTestServer } from './helpers/harness';
import { register, request, run } from './helpers/http-client';
import { hostileRequests, INBOUND_PER_MINUTE, INTEGRATION, TICKET, type HostileRequest } from './hostile-requests.table';

let server: Awaited<ReturnType<typeof startTestServer>>;
let adminToken: string;
let integrationId: string;

beforeAll(async () => {
  // Budgets out of the way (but an integration's inbound one): these tests are about each request's own answer.
  server = await startTestServer({
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000', RATE_LIMIT_USER_PER_MINUTE: '100000', RATE_LIMIT_AUTH_PER_MINUTE: '100000',
    INTEGRATION_INBOUND_PER_MINUTE: String(INBOUND_PER_MINUTE),
  });
  adminToken = (await register(server.url, 'admin')).accessToken;
  integrationId = (await run(server.url, ConnectIntegrationDocument, {
    input: { platform: 'SLACK', name: 'Slack commands', settings: { webhookUrl: 'https://hooks.slack.com/services/T1/B1/x', signingSecret: 'slack-signing-secret' } },
  }, adminToken)).connectIntegration.id;
});
afterAll(() => server?.close());

/** What a test compares of an error: its message and extensions. */
function essentials(errors: readonly GraphQLFormattedError[] | undefined) {
  return errors?.map(({ message, extensions }) => ({ message, extensions }));
}

function bodyText(row: HostileRequest): string {
  return 'raw' in row.body ? row.body.raw : JSON.stringify(row.body);
}

async function overHttp(row: HostileRequest): Promise<{ status: number; retryAfter: number; body: { data?: unknown; errors?: GraphQLFormattedError[] } }> {
  const url = row.path ? new URL(row.path.replace(INTEGRATION, integrationId), server.url).href : server.url;
  const send = () => fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'raw' in row.body ? row.body.contentType : 'application/json',
      'apollo-require-preflight': 'true',
      ...(row.as === 'admin' ? { authorization: `Bearer ${adminToken}` } : {}),
    },
    body: bodyText(row),
  });
  for (let i = 0; i < (row.floodBefore ?? 0); i++) await (await send()).arrayBuffer();
  const response = await send();
  return { status: response.status, retryAfter: Number(response.headers.get('retry-after')), body: (await response.json()) as { data?: unknown; errors?: GraphQLFormattedError[] } };
}

/** The request as one graphql-ws `subscribe` message on a fresh socket: what comes back for it. */
function overWebSocket(row: HostileRequest): Promise<{ data?: unknown; errors?: GraphQLFormattedError[]; closeCode?: number }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const result: { data?: unknown; errors?: GraphQLFormattedError[]; closeCode?: number } = {};
    socket.on('open', () => {
      socket.send(JSON.stringify({ type: 'connection_init', payload: row.as === 'admin' ? { authorization: `Bearer ${adminToken}` } : {} }));
    });
    socket.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as { type: string; payload?: unknown };
      if (message.type === 'connection_ack') socket.send(`{"id":"1","type":"subscribe","payload":${bodyText(row)}}`);
      else if (message.type === 'next') Object.assign(result, message.payload);
      else if (message.type === 'error') result.errors = message.payload as GraphQLFormattedError[];
      if (message.type === 'complete' || message.type === 'error') socket.close(1000);
    });
    socket.on('close', (code) => resolve(code === 1000 ? result : { ...result, closeCode: code }));
    socket.on('error', reject);
  });
}

describe('hostile requests get their one answer, and the API stays free for others', () => {
  test.each(hostileRequests)('$name (HTTP)', async (row) => {
    const { status, retryAfter, body } = await overHttp(row);
    expect(status).toBe(row.status);
    if (typeof row.errors === 'function') expect(essentials(body.errors)).toEqual(row.errors(retryAfter));
    else if (row.errors) expect(essentials(body.errors)).toEqual(row.errors);
    else expect(body).toMatchObject({ data: row.data });
    // The API is free for everyone else at once.
    expect((await fetch(server.url.replace('/graphql', '/health'))).status).toBe(200);
  });

  const documents = hostileRequests.filter((row) => !row.path && (!('raw' in row.body) || row.body.contentType === 'application/json'));
  test.each(documents)('$name (graphql-ws)', async (row) => {
    const result = await overWebSocket(row);
    if (row.wsCloseCode) expect(result).toEqual({ closeCode: row.wsCloseCode });
    else if (row.errors) expect(essentials(result.errors)).toEqual(row.errors);
    else expect(result).toEqual({ data: row.data });
  });
});

describe('what a hostile client did, as scenarios', () => {
  test('a mutation of two fields runs neither: a failure could not hide a committed one', async () => {
    const before = (await run(server.url, TicketKeysDocument, {}, adminToken)).tickets.totalCount;
    const started = performance.now();
    const response = await post(
      `mutation {
        a: createTicket(input: { customer: { id: "c", email: "not-an-email", name: "C" }, subject: "S", description: "A long enough description" }) { id }
        b: createTicket(input: { ${TICKET} }) { id }
      }`,
      adminToken,
    );
    expect(response.status).toBe(400);
    expect(essentials(response.body.errors)).toEqual([{
      message: 'A mutation operation runs one field; this one has 2 (a, b). Send them as separate operations, or as a batch (a JSON array of operations), so that each gets its own answer',
      extensions: { code: 'BAD_USER_INPUT' },
    }]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect((await run(server.url, TicketKeysDocument, {}, adminToken)).tickets.totalCount).toBe(before);
    // The same two as a batch: each its own answer, the valid one stored.
    const batch = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify([
        { query: 'mutation { createTicket(input: { customer: { id: "c", email: "not-an-email", name: "C" }, subject: "S", description: "A long enough description" }) { id } }' },
        { query: `mutation { createTicket(input: { ${TICKET} }) { subject } }` },
      ]),
    });
    const answers = (await batch.json()) as { data: unknown; errors?: GraphQLFormattedError[] }[];
    expect(answers.map((answer) => [answer.data, answer.errors?.map((error) => error.extensions?.code)])).toEqual([
      [null, ['BAD_USER_INPUT']],
      [{ createTicket: { subject: 'Printer' } }, undefined],
    ]);
    expect((await run(server.url, TicketKeysDocument, {}, adminToken)).tickets.totalCount).toBe(before + 1);
  });

  test("node(id:) of another user's message is NOT_FOUND, naming the message only", async () => {
    const ann = await register(server.url, `ann-${randomBytes(3).toString('hex')}`);
    const bob = await register(server.url, `bob-${randomBytes(3).toString('hex')}`);
    const { sendMessage } = await run(server.url, SendMessageDocument, { message: 'How do I reset my password?' }, ann.accessToken);
    const answer = await request(server.url, AssistantNodeDocument, { id: sendMessage.message.id }, bob.accessToken);
    expect(answer.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual([
      { message: `Message ${sendMessage.message.id} was not found`, extensions: { code: 'NOT_FOUND' } },
    ]);
    expect(JSON.stringify(answer)).not.toContain(sendMessage.conversation.id);
    expect((await run(server.url, AssistantNodeDocument, { id: sendMessage.message.id }, ann.accessToken)).node).toMatchObject({ id: sendMessage.message.id });
  });

  test('customers describe their tickets; priority and status are not theirs to set', async () => {
    const carol = await register(server.url, `carol-${randomBytes(3).toString('hex')}`);
    for (const extra of ['priority: URGENT', 'status: CLOSED', 'priority: LOW, status: RESOLVED']) {
      const refused = await post(`mutation { createTicket(input: { ${TICKET}, ${extra} }) { id } }`, carol.accessToken);
      const fields = extra.includes(',') ? 'priority or status' : extra.split(':')[0];
      expect(essentials(refused.body.errors)).toEqual([{
        message: `Customers may not set ${fields} on a new ticket: the priority comes from the classifier, and a new ticket is NEW`,
        extensions: { code: 'FORBIDDEN' },
      }]);
    }
    const created = await post(`mutation { createTicket(input: { ${TICKET}, category: BILLING_QUESTION, tags: ["invoice"] }) { status category tags } }`, carol.accessToken);
    expect(created.body).toMatchObject({ data: { createTicket: { status: 'NEW', category: 'BILLING_QUESTION', tags: ['invoice'] } } });
  });

  test('in production, refusals do not spell out the schema ("Did you mean ...")', async () => {
    const production = await startTestServer({ NODE_ENV: 'production', ALLOW_PRIVATE_CALLBACKS: 'true' });
    try {
      const answer = await fetch(production.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ ticket(id: "x") { subjct } }' }) });
      expect(essentials(((await answer.json()) as { errors: GraphQLFormattedError[] }).errors)).toEqual([{
        message: 'Cannot query field "subjct" on type "Ticket".',
        extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' },
      }]);
      // In development the hint helps.
      const development = await post('{ ticket(id: "x") { subjct } }', adminToken);
      expect(development.body.errors?.[0]?.message).toBe('Cannot query field "subjct" on type "Ticket". Did you mean "subject"?');
    } finally {
      await production.close();
    }
  });
});

/** A raw POST of a document, as the given credential. */
async function post(query: string, token?: string): Promise<{ status: number; body: { data?: unknown; errors?: GraphQLFormattedError[] } }> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: GraphQLFormattedError[] } };
}

describe('WebSocket connections are bounded before they are admitted', () => {
  /** A raw socket to /graphql; resolves with its close code (and how long it lived). */
  function socket(): { ws: WebSocket; closed: Promise<{ code: number; afterMs: number }> } {
    const started = performance.now();
    const ws = new WebSocket(server.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const closed = new Promise<{ code: number; afterMs: number }>((resolve) => {
      ws.on('close', (code) => resolve({ code, afterMs: performance.now() - started }));
      ws.on('error', () => undefined);
    });
    return { ws, closed };
  }
  const opened = (ws: WebSocket): Promise<void> => new Promise((resolve) => ws.once('open', () => resolve()));

  test('a frame over the limit before connection_init closes the socket before it is buffered (1009)', async () => {
    const { ws, closed } = socket();
    await opened(ws);
    // 32 MB announced: refused on the frame's header (WS_MAX_PAYLOAD_BYTES, 1 MB).
    ws.send(Buffer.alloc(32 * 1024 * 1024, 0x61));
    const { code } = await closed;
    expect(code).toBe(1009);
  });

  test('a socket that never sends connection_init is closed after 3 s (4408)', async () => {
    const { closed } = socket();
    const { code, afterMs } = await closed;
    expect(code).toBe(4408);
    expect(afterMs).toBeGreaterThan(2500);
    expect(afterMs).toBeLessThan(5000);
  });

  test('an address may hold 50 sockets waiting to be initialised; the next is closed at once (1013)', async () => {
    const waiting = Array.from({ length: 50 }, () => socket());
    await Promise.all(waiting.map(({ ws }) => opened(ws)));
    const extra = socket();
    const { code, afterMs } = await extra.closed;
    expect(code).toBe(1013);
    expect(afterMs).toBeLessThan(1000);
    for (const { ws } of waiting) ws.close(1000);
    await Promise.all(waiting.map(({ closed }) => closed));
    // Their places are free again.
    const after = socket();
    await opened(after.ws);
    after.ws.close(1000);
    expect((await after.closed).code).toBe(1000);
  });

  test('an integration token that expires closes its socket (4419) and starts no subscription after', async () => {
    const expiresAt = new Date(Date.now() + 1500).toISOString();
    const { token } = (await run(server.url, CreateIntegrationTokenDocument, { input: { name: `short-${randomBytes(2).toString('hex')}`, expiresAt } }, adminToken)).createIntegrationToken;
    const { ws, closed } = socket();
    await opened(ws);
    ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    const { code, afterMs } = await closed;
    expect(code).toBe(4419);
    expect(afterMs).toBeGreaterThan(1000);
    expect(afterMs).toBeLessThan(4000);
    // A new connection with it is refused outright.
    const again = socket();
    await opened(again.ws);
    again.ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    expect((await again.closed).code).toBe(4401);
  });
});
