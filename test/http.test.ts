import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CreateTicketDocument, SetTicketStatusDocument, TicketEventsDocument, TicketsDocument } from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { startTestServer } from './helpers/harness';
import { register, wsClient as authenticatedWsClient } from './helpers/http-client';
import { nextValues, waitForListeners } from './helpers/subscriptions';

// Real clients over real HTTP and WebSocket, the way web apps and services use the API.

let server: Awaited<ReturnType<typeof startTestServer>>;
let token: string;
beforeAll(async () => {
  server = await startTestServer({ REQUEST_BODY_LIMIT_BYTES: '1048576' });
  token = (await register(server.url, 'admin')).accessToken;
});
afterAll(async () => server?.close());

async function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const wsClient = () => authenticatedWsClient(server.url, token);

describe('HTTP', () => {
  test('a mutation and a query over fetch', async () => {
    const created = await post({ query: print(CreateTicketDocument), variables: { input: ticketInput({ subject: 'Over HTTP' }) } });
    expect(created.status).toBe(200);
    expect(created.headers.get('content-type')).toContain('application/json');
    const { data } = (await created.json()) as { data: { createTicket: { key: string } } };
    expect(data.createTicket.key).toMatch(/^TICKET-\d{6}$/);

    const list = await post({ query: print(TicketsDocument), variables: { first: 10 } });
    const body = (await list.json()) as { data: { tickets: { edges: { node: { subject: string } }[] } } };
    expect(body.data.tickets.edges.map((e) => e.node.subject)).toContain('Over HTTP');
  });

  test('GET queries work for clients that cache at the HTTP layer', async () => {
    const url = `${server.url}?query=${encodeURIComponent('{ tickets(first: 1) { totalCount } }')}`;
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { tickets: { totalCount: number } } }).data.tickets.totalCount).toBeGreaterThanOrEqual(0);
  });

  test('a malformed JSON body is a 400 with a GraphQL error, not a 500', async () => {
    const response = await post('{"query": "{ tickets { totalCount } "');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^Malformed JSON body: /),
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  });

  test('unknown fields and wrong enum values get standard GraphQL errors', async () => {
    const unknown = await post({ query: '{ tickets { edges { node { flavour } } } }' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({
      errors: [
        {
          message: 'Cannot query field "flavour" on type "Ticket".',
          locations: [{ line: 1, column: 28 }],
          extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
    const badEnum = await post({ query: '{ tickets(filter: { status: [OPENED] }) { totalCount } }' });
    expect(badEnum.status).toBe(400);
    const body = (await badEnum.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.message).toContain('Value "OPENED" does not exist in "TicketStatus" enum.');
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });

  test('a body over the limit is refused with 413', async () => {
    const response = await post({ query: `{ tickets { totalCount } }`, padding: 'x'.repeat(2_000_000) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
      'Request body is larger than 1048576 bytes',
    );
  });

  test('a simple cross-site request (no header a browser would preflight) is refused by CSRF prevention', async () => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: '{ tickets { totalCount } }' }));
    form.set('map', '{}');
    for (const response of [await fetch(server.url, { method: 'POST', body: form }), await fetch(`${server.url}?query=${encodeURIComponent('{ faqs { id } }')}`)]) {
      expect(response.status).toBe(400);
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
        /^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)\. .* one of the following headers: authorization, apollo-require-preflight, x-apollo-operation-name, apollographql-client-name, apollographql-client-version, traceparent, x-request-id\n$/s,
      );
    }
  });

  test('a header that only a preflighted request carries lets a simple request through: Authorization, client names, trace context', async () => {
    const query = `${server.url}?query=${encodeURIComponent('{ __typename }')}`;
    const headerSets: Record<string, string>[] = [
      { authorization: `Bearer ${token}` }, { 'apollographql-client-name': 'web' }, { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' },
    ];
    for (const headers of headerSets) {
      const response = await fetch(query, { headers });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { __typename: 'Query' }, extensions: { cost: { requested: 1, limit: 5000 } } });
    }
  });

  test('GET /health reports the API and the database', async () => {
    const response = await fetch(server.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; checks: Record<string, { status: string }> };
    expect(body.status).toBe('ok');
    expect(body.checks.database!.status).toBe('up');
    expect(body.checks.redis?.status).toBe(process.env.REDIS_URL ? 'up' : undefined);
  });

  test('unknown paths are a JSON 404', async () => {
    const response = await fetch(server.url.replace('/graphql', '/nope'));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Nothing at /nope; the API is at /graphql', extensions: { code: 'NOT_FOUND' } }],
    });
  });
});

describe('graphql-ws subscriptions', () => {
  test('a subscriber receives the events another client causes, in order', async () => {
    const created = await post({ query: print(CreateTicketDocument), variables: { input: ticketInput() } });
    const ticket = ((await created.json()) as { data: { createTicket: { id: string; key: string } } }).data.createTicket;

    const client = wsClient();
    try {
      const events = nextValues(client, TicketEventsDocument, { ticketId: ticket.id }, 2);
      await waitForListeners(server.deps.pubsub, 1);
      await post({ query: print(SetTicketStatusDocument), variables: { id: ticket.id, status: 'IN_PROGRESS' } });
      await post({ query: print(SetTicketStatusDocument), variables: { id: ticket.id, status: 'RESOLVED' } });
      const received = await events.values;
      expect(received.map((e) => e.ticketEvents.type)).toEqual(['STATUS_CHANGED', 'STATUS_CHANGED']);
      expect(received[1]!.ticketEvents).toMatchObject({
        ticketId: ticket.id,
        actor: 'admin',
        ticket: { key: ticket.key, status: 'RESOLVED' },
      });
      expect(received[1]!.ticketEvents.changes[0]).toEqual({ field: 'status', oldValue: 'IN_PROGRESS', newValue: 'RESOLVED' });
    } finally {
      await client.dispose();
    }
  });

  test('a subscription for an unknown ticket gets NOT_FOUND', async () => {
    const client = wsClient();
    try {
      const errors = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: print(TicketEventsDocument), variables: { ticketId: 'bm9wZQ' } },
          { next: (value) => resolve(value.errors), error: resolve, complete: () => undefined },
        );
      });
      expect(errors).toEqual([
        { message: 'Ticket bm9wZQ was not found', locations: [{ line: 2, column: 3 }], path: ['ticketEvents'], extensions: { code: 'NOT_FOUND' } },
      ]);
    } finally {
      await client.dispose();
    }
  });
});
