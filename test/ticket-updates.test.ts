import { describe, expect, test } from 'vitest';
import { Role } from '../src/entities/enums';
import { ClassifyTicketDocument, CreateTicketDocument, TicketHistoryDocument, TicketsDocument, UpdateTicketDocument } from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { useTestApi } from './helpers/harness';

const api = useTestApi();
const HOUR = 3_600_000;

const outage = {
  subject: 'Production is down for all our users',
  description: 'Since 9am nobody in our company can log in and every request fails with a 500 error. We lose money every minute, please fix this immediately.',
};

async function historyOf(id: string) {
  return (await api.run(TicketHistoryDocument, { id, first: 50 })).ticket!.history.edges.map((e) => e.node);
}

describe('updateTicket: the customer\'s contact details', () => {
  test('name and email change, the id stays; history records the change; the customerEmail filter finds the new address', async () => {
    const { createTicket } = await api.run(CreateTicketDocument, { input: ticketInput({ customer: { id: 'c-42', email: 'old@example.com', name: 'Old Name' } }) });
    const updated = (await api.run(UpdateTicketDocument, { id: createTicket.id, input: { customer: { email: ' New@Example.com ', name: ' Ann New ' } } })).updateTicket;
    expect(updated.customer).toEqual({ customerId: 'c-42', id: 'c-42', email: 'New@Example.com', name: 'Ann New' });
    const nameOnly = (await api.run(UpdateTicketDocument, { id: createTicket.id, input: { customer: { name: 'Ann Newer' } } })).updateTicket;
    expect(nameOnly.customer).toEqual({ customerId: 'c-42', id: 'c-42', email: 'New@Example.com', name: 'Ann Newer' });

    const updates = (await historyOf(createTicket.id)).filter((e) => e.type === 'UPDATED');
    expect(updates.map((e) => e.changes)).toEqual([
      [{ field: 'customer', oldValue: { id: 'c-42', email: 'old@example.com', name: 'Old Name' }, newValue: { id: 'c-42', email: 'New@Example.com', name: 'Ann New' } }],
      [{ field: 'customer', oldValue: { id: 'c-42', email: 'New@Example.com', name: 'Ann New' }, newValue: { id: 'c-42', email: 'New@Example.com', name: 'Ann Newer' } }],
    ]);
    const found = (await api.run(TicketsDocument, { filter: { customerEmail: 'new@example.com' } })).tickets;
    expect(found.edges.map((e) => e.node.id)).toEqual([createTicket.id]);
    expect((await api.run(TicketsDocument, { filter: { customerEmail: 'old@example.com' } })).tickets.totalCount).toBe(0);
  });

  test('every problem is named; customers may not change tickets', async () => {
    const { createTicket } = await api.run(CreateTicketDocument, { input: ticketInput() });
    const invalid = await api.execute(UpdateTicketDocument, { id: createTicket.id, input: { customer: { email: 'not-an-address', name: '  ' }, manualOverride: false, priority: 'LOW' } });
    expect(invalid.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'customer.name', message: 'must not be empty' },
        { field: 'customer.email', message: 'must be a valid email address' },
        { field: 'manualOverride', message: 'cannot be false in a change that sets category or priority by hand' },
      ],
    });
    const customer = await api.user(Role.CUSTOMER);
    expect((await api.execute(UpdateTicketDocument, { id: createTicket.id, input: { customer: { name: 'Me' } } }, customer)).errors![0]!.extensions!.code)
      .toBe('FORBIDDEN');
  });
});

describe('updateTicket: manualOverride', () => {
  test('false hands an overridden ticket back to the classifier: classified again at once, and later classifications apply', async () => {
    const { createTicket } = await api.run(CreateTicketDocument, { input: ticketInput({ ...outage, category: undefined, priority: undefined }) });
    const classified = { category: createTicket.category, priority: createTicket.priority };
    expect(classified.priority).toBe('URGENT');
    const overridden = (await api.run(UpdateTicketDocument, { id: createTicket.id, input: { priority: 'LOW', category: 'FEATURE_REQUEST' } })).updateTicket;
    expect(overridden).toMatchObject({ priority: 'LOW', category: 'FEATURE_REQUEST', manualOverride: true });

    const handedBack = (await api.run(UpdateTicketDocument, { id: createTicket.id, input: { manualOverride: false } })).updateTicket;
    expect(handedBack).toMatchObject({ ...classified, manualOverride: false });
    expect(handedBack.slaDueAt).toBe(new Date(Date.parse(createTicket.createdAt) + 1 * HOUR).toISOString());
    const history = await historyOf(createTicket.id);
    const last = history.slice(-2);
    expect(last.map((e) => e.type)).toEqual(['UPDATED', 'CLASSIFIED']);
    expect(last[0]!.changes).toEqual([{ field: 'manualOverride', oldValue: true, newValue: false }]);
    expect(last[1]!.changes.map((c) => c.field)).toEqual(['classification', 'category', 'priority', 'slaDueAt'].filter((f) => f !== 'category' || classified.category !== 'FEATURE_REQUEST'));

    // A ticket nobody overrode is not classified again: nothing changes, nothing is recorded.
    const again = (await api.run(UpdateTicketDocument, { id: createTicket.id, input: { manualOverride: false } })).updateTicket;
    expect(again.updatedAt).toBe(handedBack.updatedAt);
    expect(await historyOf(createTicket.id)).toHaveLength(history.length);
  });

  test('true keeps the current category and priority against later classifications', async () => {
    const { createTicket } = await api.run(CreateTicketDocument, { input: ticketInput({ ...outage, category: 'OTHER', priority: 'LOW' }) });
    const pinned = (await api.run(UpdateTicketDocument, { id: createTicket.id, input: { manualOverride: true } })).updateTicket;
    expect(pinned).toMatchObject({ category: 'OTHER', priority: 'LOW', manualOverride: true });
    const { classifyTicket } = await api.run(ClassifyTicketDocument, { id: createTicket.id });
    expect(classifyTicket.classification.priority).toBe('URGENT');
    expect(classifyTicket.ticket).toMatchObject({ category: 'OTHER', priority: 'LOW', manualOverride: true });
  });
});
