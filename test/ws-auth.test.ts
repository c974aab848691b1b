import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  AddCommentDocument, CreateIntegrationTokenDocument, CreateTicketDocument, DeactivateUserDocument, LogoutDocument,
  RevokeIntegrationTokenDocument, SetUserRoleDocument, TicketEventsDocument,
} from './gql/graphql';
import { customerTicketInput, ticketInput } from './helpers/factories';
import { startTestServer } from './helpers/harness';
import { login, register, run, wsClient } from './helpers/http-client';
import { nextValues, waitForListeners } from './helpers/subscriptions';

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

  test('the connection closes with 4401 when the access token expires', async () => {
    const { accessToken } = await register(server.url, 'short-lived');
    const client = wsClient(server.url, accessToken);
    const close = closed(client);
    subscribe(client);
    const started = Date.now();
    expect(await close).toEqual(expect.objectContaining({ code: 4401, reason: 'Access token expired' }));
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

  test('a role change closes with 4401 so the client reconnects with its new permissions', async () => {
    const promoted = await register(server.url, 'promoted');
    const client = wsClient(server.url, promoted.accessToken);
    const close = closed(client);
    subscribe(client);
    await waitForListeners(server.deps.pubsub, 1);
    await run(server.url, SetUserRoleDocument, { userId: promoted.user.id, role: 'AGENT' }, await admin.accessToken);
    expect(await close).toEqual(expect.objectContaining({ code: 4401, reason: 'Permissions changed; reconnect' }));
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
