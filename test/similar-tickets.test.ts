import { describe, expect, test } from 'vitest';
import { Role } from '../src/entities/enums';
import { CreateTicketDocument, CreateTicketWithDuplicatesDocument, SetTicketStatusDocument, SimilarTicketsDocument } from './gql/graphql';
import { customerTicketInput, ticketInput } from './helpers/factories';
import { useTestApi } from './helpers/harness';

const api = useTestApi();

const CHARGED = { subject: 'Charged twice this month', description: 'I was charged twice for my subscription this month, please refund one payment.' };
const DOUBLE = { subject: 'Double payment', description: 'My credit card shows a double charge for the monthly subscription.' };
const PRINTER = { subject: 'Office printer', description: 'The office printer prints nothing this month, the queue is stuck.' };

async function create(fields: { subject: string; description: string }, email = 'ann@example.com') {
  return (await api.run(CreateTicketDocument, { input: ticketInput({ ...fields, customer: { id: email, email, name: 'A' } }) })).createTicket.id;
}

describe('similar tickets', () => {
  test('Ticket.similar ranks the tickets sharing words by meaning, with scores, and names a bad `first`', async () => {
    const charged = await create(CHARGED);
    const double = await create(DOUBLE, 'bob@example.com');
    const printer = await create(PRINTER);
    const { ticket } = await api.run(SimilarTicketsDocument, { id: charged, first: 5 });
    expect(ticket!.similar.map((s) => s.ticket.id)).toEqual([double, printer]);
    const [first, second] = ticket!.similar;
    expect(first!.score).toBeGreaterThan(second!.score);
    expect(first!.score).toBeGreaterThan(0.5);
    expect(second!.score).toBeLessThan(0.5);
    expect(ticket!.possibleDuplicates).toEqual([]);

    const bad = await api.execute(SimilarTicketsDocument, { id: charged, first: 21 });
    expect(bad.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'first', message: 'must be from 1 to 20' }] });
  });

  test('a customer sees only their own tickets among the similar ones', async () => {
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const mine = (await api.run(CreateTicketDocument, { input: customerTicketInput(CHARGED) }, ann)).createTicket.id;
    await create(DOUBLE, 'bob@example.com');
    const alsoMine = (await api.run(CreateTicketDocument, { input: customerTicketInput(DOUBLE) }, ann)).createTicket.id;
    const { ticket } = await api.run(SimilarTicketsDocument, { id: mine }, ann);
    expect(ticket!.similar.map((s) => s.ticket.id)).toEqual([alsoMine]);
  });

  test('createTicket returns the open tickets of the same customer saying nearly the same as possible duplicates', async () => {
    const open = await create(CHARGED);
    const resolved = await create(CHARGED);
    await api.run(SetTicketStatusDocument, { id: resolved, status: 'RESOLVED' });
    await create(CHARGED, 'bob@example.com');
    await create(DOUBLE);

    const again = { subject: 'Charged twice this month!', description: 'I was charged twice for my subscription this month. Please refund one payment.' };
    const { createTicket } = await api.run(CreateTicketWithDuplicatesDocument, { input: ticketInput({ ...again, customer: { id: 'ann', email: 'ann@example.com', name: 'A' } }) });
    expect(createTicket.possibleDuplicates.map((d) => d.ticket.id)).toEqual([open]);
    expect(createTicket.possibleDuplicates[0]!.score).toBeGreaterThanOrEqual(0.9);
  });
});
