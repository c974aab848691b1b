import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  AddCommentDocument, CreateIntegrationTokenDocument, CreateTicketDocument, DeactivateUserDocument, LogoutDocument,
  RevokeIntegrationTokenDocument, SetUserRoleDocument, TicketEventsDocument,
} from './gql/graphql';
import { customerTicketInput, ticketInput } from './helpers/factories';
import { startTestServer } from './helpers/harness';
import { login, register, run, wsClient } from './helpers/http-client';
import { nextValues, waitForListeners } from './helpers/subscriptions';
import { waitFor } from './helpers/wait';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer({ ACCESS_TOKEN_TTL_SECONDS: '3', RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
  await register(server.url, 'root');
});

/** Access tokens live 3 s here: sign in afresh for each use. */
const admin = { get accessToken(): Promise<string> { return login(server.url, 'root').then((s) => s.accessToken); } };
afterAll(async () => server?.close());

/** Resolves with the close code and reason once the client's socket closes. */
function closed(client: Client): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => client.on('closed', (event) => resolve(event as { code: number; reason: string })));
}

function subscribe(client: Client): void {
  client.subscribe({ query: print(TicketEventsDocument) }, { next: () => undefined, error: () => undefined, complete: () => undefined });
}

describe('graphql-ws authentication', () => {
  test('an invalid credential in connectionParams closes the connection with 4401 and the reason', async () => {
    const client = wsClient(server.url, 'not-a-token');
    const close = closed(client);
    subscribe(client);
    expect(await close).toEqual(expect.objectContaining({ code: 4401, reason: 'The access token is not valid' }));
    await client.dispose();
  });

  test('the connection closes with 4419 (which graphql-ws retries) when the access token expires', async () => {
    const { accessToken } = await register(server.url, 'short-lived');
    const client = wsClient(server.url, accessToken);
    const close = closed(client);
    subscribe(client);
    const started = Date.now();
    expect(await close).toEqual(expect.objectContaining({ code: 4419, reason: 'Access token expired' }));
    expect(Date.now() - started).toBeLessThan(4000);
    await client.dispose();
  });

  test('logout, deactivation and token revocation close live connections with 4403', async () => {
    const loggedOut = await register(server.url, 'leaver');
    const deactivated = await register(server.url, 'banned');
    const { token, integrationToken } = (await run(server.url, CreateIntegrationTokenDocument, { input: { name: 'feed' } }, await admin.accessToken)).createIntegrationToken;
    const clients = [wsClient(server.url, loggedOut.accessToken), wsClient(server.url, deactivated.accessToken), wsClient(server.url, token)];
    const closes = clients.map(closed);
    clients.forEach(subscribe);
    await waitForListeners(server.deps.pubsub, 3);

    await run(server.url, LogoutDocument, { refreshToken: loggedOut.refreshToken });
    await run(server.url, DeactivateUserDocument, { userId: deactivated.user.id }, await admin.accessToken);
    await run(server.url, RevokeIntegrationTokenDocument, { id: integrationToken.id }, await admin.accessToken);
    expect(await Promise.all(closes)).toEqual([
      expect.objectContaining({ code: 4403, reason: 'Credential revoked: This session has ended; sign in again' }),
      expect.objectContaining({ code: 4403, reason: 'Credential revoked: This session has ended; sign in again' }),
      expect.objectContaining({ code: 4403, reason: 'Credential revoked: This integration token was revoked' }),
    ]);
    await Promise.all(clients.map((client) => client.dispose()));
  });

  test('a role change closes with 4419 so the client reconnects with its new permissions', async () => {
    const promoted = await register(server.url, 'promoted');
    const client = wsClient(server.url, promoted.accessToken);
    const close = closed(client);
    subscribe(client);
    await waitForListeners(server.deps.pubsub, 1);
    await run(server.url, SetUserRoleDocument, { userId: promoted.user.id, role: 'AGENT' }, await admin.accessToken);
    expect(await close).toEqual(expect.objectContaining({ code: 4419, reason: 'Permissions changed; reconnect' }));
    await client.dispose();
  });
});

describe('what subscribers see', () => {
  test('a customer gets events of their own tickets only, and never internal comments', async () => {
    const customer = await register(server.url, 'subscriber');
    const other = await register(server.url, 'other-customer');
    const mine = (await run(server.url, CreateTicketDocument, { input: customerTicketInput() }, customer.accessToken)).createTicket;
    const theirs = (await run(server.url, CreateTicketDocument, { input: customerTicketInput() }, other.accessToken)).createTicket;

    const client = wsClient(server.url, customer.accessToken);
    const events = nextValues(client, TicketEventsDocument, {}, 2);
    await waitForListeners(server.deps.pubsub, 1);
    await run(server.url, AddCommentDocument, { ticketId: theirs.id, content: 'for the other customer' }, await admin.accessToken);
    await run(server.url, AddCommentDocument, { ticketId: mine.id, content: 'internal note', isInternal: true }, await admin.accessToken);
    await run(server.url, AddCommentDocument, { ticketId: mine.id, content: 'public reply' }, await admin.accessToken);
    await run(server.url, AddCommentDocument, { ticketId: mine.id, content: 'thanks!' }, customer.accessToken);
    const received = await events.values;
    expect(received.map((e) => [e.ticketEvents.type, e.ticketEvents.ticketId, e.ticketEvents.ticket!.comments.totalCount])).toEqual([
      ['COMMENT_ADDED', mine.id, 1],
      ['COMMENT_ADDED', mine.id, 2],
    ]);
    await client.dispose();
  });

  test('an integration token gets events of the tickets it created only', async () => {
    const { token } = (await run(server.url, CreateIntegrationTokenDocument, { input: { name: 'listener' } }, await admin.accessToken)).createIntegrationToken;
    const own = (await run(server.url, CreateTicketDocument, { input: ticketInput() }, token)).createTicket;
    const other = (await run(server.url, CreateTicketDocument, { input: ticketInput() }, await admin.accessToken)).createTicket;

    const client = wsClient(server.url, token);
    const events = nextValues(client, TicketEventsDocument, {}, 1);
    await waitForListeners(server.deps.pubsub, 1);
    await run(server.url, AddCommentDocument, { ticketId: other.id, content: 'not for the token' }, await admin.accessToken);
    await run(server.url, AddCommentDocument, { ticketId: own.id, content: 'for the token' }, await admin.accessToken);
    expect((await events.values).map((e) => [e.ticketEvents.type, e.ticketEvents.ticketId])).toEqual([['COMMENT_ADDED', own.id]]);
    await client.dispose();
  });

  test('staff and the customer watching one ticket each get their own answer to the same event', async () => {
    const customer = await register(server.url, 'watcher');
    const ticket = (await run(server.url, CreateTicketDocument, { input: customerTicketInput() }, customer.accessToken)).createTicket;
    const staff = wsClient(server.url, await admin.accessToken);
    const own = wsClient(server.url, customer.accessToken);
    const staffEvents = nextValues(staff, TicketEventsDocument, { ticketId: ticket.id }, 1);
    const customerEvents = nextValues(own, TicketEventsDocument, { ticketId: ticket.id }, 1);
    await waitForListeners(server.deps.pubsub, 2);
    await run(server.url, AddCommentDocument, { ticketId: ticket.id, content: 'internal first', isInternal: true }, await admin.accessToken);
    const [staffSaw] = await staffEvents.values;
    await run(server.url, AddCommentDocument, { ticketId: ticket.id, content: 'then public' }, await admin.accessToken);
    const [customerSaw] = await customerEvents.values;
    expect(staffSaw!.ticketEvents.ticket!.comments.totalCount).toBe(1);
    expect(customerSaw!.ticketEvents.ticket!.comments.totalCount).toBe(1);
    // The staff subscriber sees the second event with both comments, the customer only the public one.
    const again = nextValues(staff, TicketEventsDocument, { ticketId: ticket.id }, 1);
    const againOwn = nextValues(own, TicketEventsDocument, { ticketId: ticket.id }, 1);
    await waitForListeners(server.deps.pubsub, 4);
    await run(server.url, AddCommentDocument, { ticketId: ticket.id, content: 'last word' }, await admin.accessToken);
    expect((await again.values)[0]!.ticketEvents.ticket!.comments.totalCount).toBe(3);
    expect((await againOwn.values)[0]!.ticketEvents.ticket!.comments.totalCount).toBe(2);
    await Promise.all([staff.dispose(), own.dispose()]);
  });
});

describe('subscriptions that outlive their access token (5 s tokens)', () => {
  let shortLived: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    shortLived = await startTestServer({ ACCESS_TOKEN_TTL_SECONDS: '5', RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
    await register(shortLived.url, 'root');
  });
  afterAll(async () => shortLived?.close());

  /** graphql-ws as the README shows it: `connectionParams` a function that returns the current token. */
  function refreshingClient(token: () => Promise<string>): { client: Client; connections: number[]; closes: number[] } {
    const connections: number[] = [];
    const closes: number[] = [];
    const client = createClient({
      url: shortLived.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      lazy: false,
      onNonLazyError: () => undefined,
      retryWait: () => new Promise((resolve) => setTimeout(resolve, 200)),
      connectionParams: async () => ({ authorization: `Bearer ${await token()}` }),
      on: {
        connected: () => void connections.push(Date.now()),
        closed: (event) => void closes.push((event as { code: number }).code),
      },
    });
    return { client, connections, closes };
  }

  test('the client reconnects with a fresh token by itself and its subscription goes on receiving events', async () => {
    const { client, connections, closes } = refreshingClient(async () => (await login(shortLived.url, 'root')).accessToken);
    const received: string[] = [];
    let ended: unknown;
    client.subscribe<{ ticketEvents: { type: string; ticket: { subject: string } | null } }>(
      { query: 'subscription { ticketEvents { type ticket { subject } } }' },
      { next: (result) => void received.push(result.data!.ticketEvents.ticket!.subject), error: (error) => (ended = error), complete: () => (ended = 'complete') },
    );
    await waitForListeners(shortLived.deps.pubsub, 1);
    const adminToken = (await login(shortLived.url, 'root')).accessToken;
    await run(shortLived.url, CreateTicketDocument, { input: ticketInput({ subject: 'Before expiry' }) }, adminToken);
    await waitFor(async () => received.length === 1, Boolean);

    // Past two expiries: the server closes with 4419 each time, the client comes back at once.
    await waitFor(async () => connections.length >= 3, Boolean, 14_000);
    expect(closes.slice(0, 2)).toEqual([4419, 4419]);
    expect(connections[1]! - connections[0]!).toBeGreaterThan(4000);
    await waitForListeners(shortLived.deps.pubsub, 1);
    await run(shortLived.url, CreateTicketDocument, { input: ticketInput({ subject: 'After two expiries' }) }, (await login(shortLived.url, 'root')).accessToken);
    await waitFor(async () => received.length === 2, Boolean);
    expect(received).toEqual(['Before expiry', 'After two expiries']);
    expect(ended).toBeUndefined();
    await client.dispose();
  }, 30_000);

  test('a revoked credential ends the connection for good: the retry with it is refused with 4401, which the client does not retry', async () => {
    const session = await register(shortLived.url, 'revoked');
    const { client, connections, closes } = refreshingClient(async () => session.accessToken);
    let ended: { code?: number } | undefined;
    client.subscribe(
      { query: 'subscription { ticketEvents { type } }' },
      { next: () => undefined, error: (error) => (ended = error as { code: number }), complete: () => undefined },
    );
    await waitForListeners(shortLived.deps.pubsub, 1);
    await run(shortLived.url, LogoutDocument, { refreshToken: session.refreshToken });
    await waitFor(async () => ended !== undefined, Boolean, 8000);
    expect(closes).toEqual([4403, 4401]);
    expect(ended!.code).toBe(4401);
    expect(connections.length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(closes).toEqual([4403, 4401]);
    await client.dispose();
  }, 20_000);
});
