import { describe, expect, test } from 'vitest';
import { CreateTicketDocument, TicketsBackwardDocument, UpdateTicketDocument } from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { useTestApi } from './helpers/harness';

const api = useTestApi();

/** Seven tickets tagged for this test, created one after another: subjects T1..T7. */
async function sevenTickets(tag: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= 7; i++) {
    ids.push((await api.run(CreateTicketDocument, { input: ticketInput({ subject: `T${i}`, tags: [tag] }) })).createTicket.id);
  }
  return ids;
}

const subjects = (page: { edges: { node: { subject: string } }[] }) => page.edges.map((e) => e.node.subject);

describe('tickets: last/before', () => {
  test('pages backwards from the end to the start, in list order, with pageInfo as Relay describes it', async () => {
    await sevenTickets('back');
    const filter = { tags: ['back'] };
    // Newest first: T7 .. T1. The last three of the list are the oldest.
    const end = (await api.run(TicketsBackwardDocument, { filter, last: 3 })).tickets;
    expect(subjects(end)).toEqual(['T3', 'T2', 'T1']);
    expect(end.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    expect(end.totalCount).toBe(7);

    const middle = (await api.run(TicketsBackwardDocument, { filter, last: 3, before: end.pageInfo.startCursor })).tickets;
    expect(subjects(middle)).toEqual(['T6', 'T5', 'T4']);
    expect(middle.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });

    const start = (await api.run(TicketsBackwardDocument, { filter, last: 3, before: middle.pageInfo.startCursor })).tickets;
    expect(subjects(start)).toEqual(['T7']);
    expect(start.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });

    // A backward page's cursors work forwards too: after T5 come T4, T3.
    const forward = (await api.run(TicketsBackwardDocument, { filter, first: 2, after: middle.edges[1]!.cursor })).tickets;
    expect(subjects(forward)).toEqual(['T4', 'T3']);
    // before alone: the default page size (20) before it.
    expect(subjects((await api.run(TicketsBackwardDocument, { filter, before: middle.edges[1]!.cursor })).tickets)).toEqual(['T7', 'T6']);
  });

  test('in every order: ascending creation, and priority with its tie-breakers', async () => {
    await sevenTickets('order');
    const filter = { tags: ['order'] };
    const ascending = (await api.run(TicketsBackwardDocument, { filter, orderBy: { field: 'CREATED_AT', direction: 'ASC' }, last: 2 })).tickets;
    expect(subjects(ascending)).toEqual(['T6', 'T7']);

    const list = (await api.run(TicketsBackwardDocument, { filter: { tags: ['order'] }, first: 7 })).tickets.edges.map((e) => e.node.id);
    await api.run(UpdateTicketDocument, { id: list[6]!, input: { priority: 'URGENT' } }); // T1
    await api.run(UpdateTicketDocument, { id: list[3]!, input: { priority: 'LOW' } }); // T4
    const byPriority = { field: 'PRIORITY', direction: 'DESC' } as const;
    const all = subjects((await api.run(TicketsBackwardDocument, { filter, orderBy: byPriority, first: 7 })).tickets);
    const tail = (await api.run(TicketsBackwardDocument, { filter, orderBy: byPriority, last: 4 })).tickets;
    expect(subjects(tail)).toEqual(all.slice(3));
    const head = (await api.run(TicketsBackwardDocument, { filter, orderBy: byPriority, last: 4, before: tail.pageInfo.startCursor })).tickets;
    expect(subjects(head)).toEqual(all.slice(0, 3));
    expect(all[0]).toBe('T1');
    expect(all[6]).toBe('T4');
  });

  test('mixing directions, a negative last and a foreign cursor are named errors', async () => {
    const mixed = await api.execute(TicketsBackwardDocument, { first: 2, last: 2, after: 'x' });
    expect(mixed.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'first', message: 'cannot be combined with last or before: page one way at a time' },
        { field: 'after', message: 'cannot be combined with last or before: page one way at a time' },
      ],
    });
    expect((await api.execute(TicketsBackwardDocument, { last: -1 })).errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT', fields: [{ field: 'last', message: 'must not be negative' }],
    });
    expect((await api.execute(TicketsBackwardDocument, { last: 1, before: 'bm90IGEgY3Vyc29y' })).errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT', fields: [{ field: 'before', message: 'is not a cursor from this list' }],
    });
  });
});
