import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import {
  AddCommentDocument, CreateTicketDocument, CreateWebhookDocument, DeleteWebhookDocument, NodeDocument, RedeliverWebhookDeliveryDocument,
  SetTicketStatusDocument, UpdateTicketDocument, UpdateWebhookDocument, WebhooksDocument,
} from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { startTestServer } from './helpers/harness';
import { register, request, run } from './helpers/http-client';
import { Receiver, type ReceivedRequest } from './helpers/receiver';
import { waitFor } from './helpers/wait';

// Protocol test: a receiver started by the test gets the webhooks' signed POSTs.

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: string;
let receiver: Receiver;
let receiverUrl: string;
let received: ReceivedRequest[];

beforeAll(async () => {
  receiver = await Receiver.start();
  receiverUrl = receiver.url();
  received = receiver.received;
  // The admin polls the delivery log: more requests than the default 60 a minute.
  server = await startTestServer({ DELIVERY_RETRY_LIMIT: '1', DELIVERY_RETRY_DELAY_SECONDS: '1', RATE_LIMIT_USER_PER_MINUTE: '100000' });
  admin = (await register(server.url, 'admin')).accessToken;
});
afterAll(async () => {
  await server?.close();
  await receiver?.close();
});
beforeEach(async () => {
  for (const { id } of (await run(server.url, WebhooksDocument, {}, admin)).webhooks) await run(server.url, DeleteWebhookDocument, { id }, admin);
  received.length = 0;
  receiver.status = 204;
});

function verified({ headers, body }: ReceivedRequest, secret: string) {
  const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(headers['x-webhook-signature']))!;
  expect(v1).toBe(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  expect(Math.abs(Number(t) - Date.now() / 1000)).toBeLessThan(60);
  return JSON.parse(body) as { id: string; event: string; createdAt: string; data: Record<string, any> };
}

test('ticket events reach a webhook signed with its secret, only the types it asked for, never internal comments by default', async () => {
  const { createWebhook } = await run(server.url, CreateWebhookDocument, {
    input: { url: receiverUrl, description: 'CRM sync', events: ['CREATED', 'COMMENT_ADDED', 'STATUS_CHANGED'] },
  }, admin);
  expect(createWebhook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
  expect(createWebhook.webhook).toMatchObject({ url: receiverUrl, description: 'CRM sync', events: ['CREATED', 'COMMENT_ADDED', 'STATUS_CHANGED'], includeInternal: false, active: true });

  const input = ticketInput({ subject: 'Webhook ticket' });
  const ticket = (await run(server.url, CreateTicketDocument, { input }, admin)).createTicket;
  await run(server.url, UpdateTicketDocument, { id: ticket.id, input: { tags: ['changed'] } }, admin); // UPDATED: not wanted
  await run(server.url, AddCommentDocument, { ticketId: ticket.id, content: 'Internal note', isInternal: true }, admin);
  await run(server.url, AddCommentDocument, { ticketId: ticket.id, content: 'Public answer' }, admin);
  await run(server.url, SetTicketStatusDocument, { id: ticket.id, status: 'IN_PROGRESS' }, admin);
  await waitFor(async () => received.length, (count) => count >= 3);
  await new Promise((resolve) => setTimeout(resolve, 300));

  const bodies = received.map((r) => verified(r, createWebhook.secret));
  expect(bodies.map((b) => b.event).sort()).toEqual(['ticket.comment_added', 'ticket.created', 'ticket.status_changed']);
  const created = bodies.find((b) => b.event === 'ticket.created')!;
  const delivery = received[bodies.indexOf(created)]!;
  expect(delivery.headers['x-webhook-id']).toBe(created.id);
  expect(delivery.headers['x-webhook-event']).toBe('ticket.created');
  expect(delivery.headers['content-type']).toBe('application/json');
  expect(created.data).toMatchObject({
    type: 'CREATED',
    ticketId: ticket.id,
    actor: 'admin',
    ticket: { id: ticket.id, key: ticket.key, subject: 'Webhook ticket', status: 'NEW', slaBreached: false, customer: input.customer },
  });
  expect(bodies.find((b) => b.event === 'ticket.comment_added')!.data.changes[0].newValue).toMatchObject({ isInternal: false });
  // The ticket as the GraphQL type shows it, and nothing the server keeps for itself.
  expect(Object.keys(created.data.ticket).sort()).toEqual([
    'assignedTo', 'category', 'classification', 'createdAt', 'customer', 'description', 'id', 'key', 'manualOverride', 'metadata',
    'priority', 'resolvedAt', 'slaBreached', 'slaDueAt', 'status', 'subject', 'tags', 'updatedAt',
  ]);

  const { webhooks } = await run(server.url, WebhooksDocument, { first: 10 }, admin);
  expect(webhooks[0]!.deliveries.totalCount).toBe(3);
  expect(webhooks[0]!.deliveries.edges.map((e) => [e.node.status, e.node.attempts, e.node.lastStatusCode])).toEqual([
    ['DELIVERED', 1, 204], ['DELIVERED', 1, 204], ['DELIVERED', 1, 204],
  ]);
  const { id } = webhooks[0]!.deliveries.edges[0]!.node;
  expect((await run(server.url, NodeDocument, { id }, admin)).node).toEqual({ __typename: 'WebhookDelivery', id });
});

test('a receiver that keeps failing: retried, then FAILED; redelivery sends the same delivery again', async () => {
  const { createWebhook } = await run(server.url, CreateWebhookDocument, { input: { url: receiverUrl, events: ['CREATED'] } }, admin);
  receiver.status = 503;
  await run(server.url, CreateTicketDocument, { input: ticketInput() }, admin);
  const failed = await waitFor(
    async () => (await run(server.url, WebhooksDocument, { first: 1 }, admin)).webhooks[0]!.deliveries.edges[0]?.node,
    (node) => node?.status === 'FAILED',
    20_000,
  );
  expect(failed).toMatchObject({ attempts: 2, lastStatusCode: 503, lastError: 'The receiver answered HTTP 503', deliveredAt: null });
  expect(received.map((r) => r.headers['x-webhook-id'])).toEqual([failed!.id.replace(/^whd_/, ''), failed!.id.replace(/^whd_/, '')]);

  receiver.status = 204;
  const redelivered = (await run(server.url, RedeliverWebhookDeliveryDocument, { id: failed!.id }, admin)).redeliverWebhookDelivery;
  expect(redelivered).toEqual({ id: failed!.id, status: 'PENDING', attempts: 0 });
  const delivered = await waitFor(
    async () => (await run(server.url, WebhooksDocument, { first: 1 }, admin)).webhooks[0]!.deliveries.edges[0]!.node,
    (node) => node.status === 'DELIVERED',
  );
  expect(delivered).toMatchObject({ attempts: 1, lastStatusCode: 204, lastError: null });
  const last = received.at(-1)!;
  expect(verified(last, createWebhook.secret).id).toBe(failed!.id.replace(/^whd_/, ''));
});

test('internal comments only with includeInternal; a disabled webhook gets nothing', async () => {
  const { createWebhook } = await run(server.url, CreateWebhookDocument, { input: { url: receiverUrl, events: ['COMMENT_ADDED'], includeInternal: true } }, admin);
  const ticket = (await run(server.url, CreateTicketDocument, { input: ticketInput() }, admin)).createTicket;
  await run(server.url, AddCommentDocument, { ticketId: ticket.id, content: 'Internal note', isInternal: true }, admin);
  await waitFor(async () => received.length, (count) => count === 1);
  expect(verified(received[0]!, createWebhook.secret).data.changes[0].newValue).toMatchObject({ isInternal: true });

  await run(server.url, UpdateWebhookDocument, { id: createWebhook.webhook.id, input: { active: false } }, admin);
  await run(server.url, AddCommentDocument, { ticketId: ticket.id, content: 'Another note', isInternal: true }, admin);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(received).toHaveLength(1);
});

test('webhook URLs are checked, and only admins manage webhooks', async () => {
  const bad = await request(server.url, CreateWebhookDocument, { input: { url: 'ftp://example.com/x' } }, admin);
  expect(bad.errors?.[0]).toMatchObject({
    message: 'Invalid input: url must use http or https, not ftp',
    extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'url', message: 'must use http or https, not ftp' }] },
  });
  const customer = (await register(server.url, 'carla')).accessToken;
  const refused = await request(server.url, CreateWebhookDocument, { input: { url: receiverUrl } }, customer);
  expect(refused.errors?.[0]).toMatchObject({ message: 'Only admin users may manage webhooks', extensions: { code: 'FORBIDDEN' } });
});
