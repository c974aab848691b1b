import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CreateIntegrationTokenDocument, IntegrationCreateTicketDocument, TicketsDocument } from './gql/graphql';
import { startTestServer } from './helpers/harness';
import { register, request, run } from './helpers/http-client';

// Integrations of the replaced integration-token API send tickets in their own shape: a title, an
// optional description, a free-text category and a free-form metadata object, and no customer.

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: string;
let token: string;
let tokenId: string;

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_USER_PER_MINUTE: '100000' });
  admin = (await register(server.url, 'root')).accessToken;
  const created = (await run(server.url, CreateIntegrationTokenDocument, { input: { name: 'Shop backend' } }, admin)).createIntegrationToken;
  token = created.token;
  tokenId = created.integrationToken.id;
});
afterAll(async () => server?.close());

const tokenDbId = () => tokenId.slice(tokenId.indexOf('_') + 1);

describe('createTicket with an integration token, in the integrations\' shape', () => {
  test('no customer and no description: the integration is the requester, source API, classifier decides', async () => {
    const ticket = (await run(server.url, IntegrationCreateTicketDocument, { input: { subject: 'Checkout page returns error 500 since the deploy' } }, token)).createTicket;
    expect(ticket.customer).toEqual({ customerId: tokenId, email: `integration-${tokenDbId()}@integrations.invalid`, name: 'Shop backend' });
    expect(ticket.description).toBe('');
    expect(ticket.metadata).toEqual({ source: 'API', browser: null, deviceType: null, extra: null });
    expect(ticket.classification).not.toBeNull();
    expect(ticket.category).toBe(ticket.classification!.category);
    expect(ticket.tags).toEqual([]);
    expect(ticket.manualOverride).toBe(false);
    // The token sees it among its own tickets.
    const own = (await run(server.url, TicketsDocument, { filter: { customerEmail: `integration-${tokenDbId()}@integrations.invalid` } }, token)).tickets;
    expect(own.edges.map((e) => e.node.id)).toContain(ticket.id);
  });

  test('a category text the enum does not know is kept as a tag; a known one (any spelling) is the category', async () => {
    const unknown = (await run(server.url, IntegrationCreateTicketDocument, {
      input: { subject: 'Invoice shows the wrong VAT rate', description: 'Order 1234 was charged 25% instead of 19%.', categoryText: ' Payments ', tags: ['shop'] },
    }, token)).createTicket;
    expect(unknown.tags).toEqual(['shop', 'Payments']);
    expect(unknown.category).toBe(unknown.classification!.category);

    const known = (await run(server.url, IntegrationCreateTicketDocument, {
      input: { subject: 'Export button missing', description: 'Please add a CSV export to the orders page.', categoryText: 'feature-request' },
    }, token)).createTicket;
    expect(known).toMatchObject({ category: 'FEATURE_REQUEST', tags: [] });
    expect((await run(server.url, IntegrationCreateTicketDocument, {
      input: { subject: 'Wrong charge', description: 'We were charged twice this month.', categoryText: 'billing question' },
    }, token)).createTicket.category).toBe('BILLING_QUESTION');
  });

  test('free-form metadata is kept in metadata.extra, source API unless given; a named customer is kept', async () => {
    const ticket = (await run(server.url, IntegrationCreateTicketDocument, {
      input: {
        subject: 'Sync job failed',
        description: 'Nightly sync stopped at record 500.',
        customer: { id: 'shop-77', email: 'owner@shop.example', name: 'Shop Owner' },
        metadata: { extra: { orderId: 1234, region: 'eu', nested: { retry: true } } },
      },
    }, token)).createTicket;
    expect(ticket.metadata).toEqual({ source: 'API', browser: null, deviceType: null, extra: { orderId: 1234, region: 'eu', nested: { retry: true } } });
    expect(ticket.customer).toEqual({ customerId: 'shop-77', email: 'owner@shop.example', name: 'Shop Owner' });
    const email = (await run(server.url, IntegrationCreateTicketDocument, {
      input: { subject: 'Mail bounce', description: 'Mails to customers bounce.', metadata: { source: 'EMAIL' } },
    }, token)).createTicket;
    expect(email.metadata.source).toBe('EMAIL');
  });

  test('a given description still has limits; category and categoryText together are refused', async () => {
    const result = await request(server.url, IntegrationCreateTicketDocument, {
      input: { subject: 'Too long', description: 'x'.repeat(2001), category: 'OTHER', categoryText: 'Payments' },
    }, token);
    expect(result.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'description', message: 'must be 1-2000 characters long (got 2001)' },
        { field: 'categoryText', message: 'cannot be given together with category' },
      ],
    });
  });

  test('users keep today\'s rules: staff name the customer and write a description of 10 characters or more', async () => {
    const result = await request(server.url, IntegrationCreateTicketDocument, { input: { subject: 'No customer', description: 'short' } }, admin);
    expect(result.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'customer.id', message: 'must not be empty' },
        { field: 'customer.name', message: 'must not be empty' },
        { field: 'customer.email', message: 'must be a valid email address' },
        { field: 'description', message: 'must be 10-2000 characters long (got 5)' },
      ],
    });
    // A free-text category works for staff too.
    const staff = (await run(server.url, IntegrationCreateTicketDocument, {
      input: { subject: 'Printer jam', description: 'The office printer jams on every page.', categoryText: 'Hardware', customer: { id: 'c-1', email: 'c1@example.com', name: 'C' } },
    }, admin)).createTicket;
    expect(staff.tags).toEqual(['Hardware']);
  });
});
