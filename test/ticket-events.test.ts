import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { subscribe, type ExecutionResult } from 'graphql';
import { describe, expect, test } from 'vitest';
import {
  AddCommentDocument, CreateTicketDocument, DeleteTicketDocument, TicketEventsDocument, TicketsWithChildrenDocument,
  UpdateTicketDocument, type TicketEventsSubscription,
} from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { useTestApi } from './helpers/harness';

const api = useTestApi();

/** A subscription executed in-process against the real schema and pub/sub. */
async function listen<V extends Record<string, unknown>>(document: TypedDocumentNode<TicketEventsSubscription, V>, variables: V) {
  const stream = await subscribe({ schema: api.schema, document, variableValues: variables, contextValue: await api.context() });
  if (!(Symbol.asyncIterator in stream)) throw new Error(JSON.stringify(stream.errors));
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<ExecutionResult<TicketEventsSubscription>>;
  return {
    async next(timeoutMs = 3000): Promise<TicketEventsSubscription['ticketEvents']> {
      let timer: NodeJS.Timeout | undefined;
      const result = await Promise.race([
        iterator.next(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('no event')), timeoutMs);
        }),
      ]).finally(() => clearTimeout(timer));
      if (result.value.errors) throw new Error(JSON.stringify(result.value.errors));
      return result.value.data!.ticketEvents;
    },
    /** Resolves true when nothing arrives within the wait. */
    async quiet(waitMs = 300): Promise<boolean> {
      return this.next(waitMs).then(
        () => false,
        () => true,
      );
    },
    close: () => iterator.return?.(),
  };
}

const createTicket = async (overrides: Parameters<typeof ticketInput>[0] = {}) =>
  (await api.run(CreateTicketDocument, { input: ticketInput(overrides) })).createTicket;

describe('ticketEvents', () => {
  test('delivers CREATED, UPDATED, ASSIGNED, COMMENT_ADDED and DELETED with the ticket as it was', async () => {
    const events = await listen(TicketEventsDocument, {});
    const ticket = await createTicket({ subject: 'Printer on fire' });
    expect(await events.next()).toMatchObject({ type: 'CREATED', ticketId: ticket.id, ticket: { key: ticket.key, status: 'NEW' } });

    await api.run(UpdateTicketDocument, { id: ticket.id, input: { subject: 'Printer smoking', assignedTo: 'ops' } });
    expect(await events.next()).toMatchObject({
      type: 'UPDATED',
      changes: [{ field: 'subject', oldValue: 'Printer on fire', newValue: 'Printer smoking' }],
      ticket: { subject: 'Printer smoking' },
    });
    expect(await events.next()).toMatchObject({ type: 'ASSIGNED', changes: [{ field: 'assignedTo', oldValue: null, newValue: 'ops' }] });

    await api.run(AddCommentDocument, { ticketId: ticket.id, content: 'On it' });
    const commented = await events.next();
    expect(commented.type).toBe('COMMENT_ADDED');
    expect(commented.ticket!.comments.totalCount).toBe(1);

    await api.run(DeleteTicketDocument, { id: ticket.id });
    expect(await events.next()).toMatchObject({ type: 'DELETED', ticketId: ticket.id, ticket: { key: ticket.key, subject: 'Printer smoking' } });
    await events.close();
  });

  test('filters by ticket and by ticket fields, as the ticket is after the event', async () => {
    const a = await createTicket({ priority: 'LOW' });
    const b = await createTicket({ priority: 'LOW' });
    const onlyA = await listen(TicketEventsDocument, { ticketId: a.id });
    const urgent = await listen(TicketEventsDocument, { filter: { priority: ['URGENT'] } });

    await api.run(UpdateTicketDocument, { id: b.id, input: { subject: 'b changed' } });
    await api.run(UpdateTicketDocument, { id: a.id, input: { priority: 'URGENT' } });

    expect(await onlyA.next()).toMatchObject({ type: 'UPDATED', ticketId: a.id });
    const changes = (await urgent.next()).changes;
    expect(changes.map((c) => c.field)).toEqual(['priority', 'manualOverride', 'slaDueAt']);
    expect(changes.slice(0, 2)).toEqual([
      { field: 'priority', oldValue: 'LOW', newValue: 'URGENT' },
      { field: 'manualOverride', oldValue: false, newValue: true },
    ]);
    expect(Date.parse(changes[2]!.oldValue as string) - Date.parse(changes[2]!.newValue as string)).toBe(71 * 3_600_000);
    expect(await onlyA.quiet()).toBe(true);
    expect(await urgent.quiet()).toBe(true);
    await onlyA.close();
    await urgent.close();
  });

  test('a search filter matches with the same English stemming as the tickets query', async () => {
    const refunds = await listen(TicketEventsDocument, { filter: { search: 'refunding' } });
    await createTicket({ subject: 'Where is my refund?', description: 'I returned the shoes two weeks ago.' });
    await createTicket({ subject: 'Password reset', description: 'The reset link has expired already.' });
    expect(await refunds.next()).toMatchObject({ type: 'CREATED', ticket: { subject: 'Where is my refund?' } });
    expect(await refunds.quiet()).toBe(true);
    await refunds.close();
  });

  test('a change that rolls back publishes nothing', async () => {
    const ticket = await createTicket();
    const events = await listen(TicketEventsDocument, { ticketId: ticket.id });
    const knex = api.orm.em.getKnex();
    // A real failure inside the transaction, after the ticket row was already touched.
    await knex.raw(`create function refuse_comment() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`);
    await knex.raw(`create trigger refuse_comment before insert on comments for each row execute function refuse_comment()`);
    try {
      const result = await api.execute(AddCommentDocument, { ticketId: ticket.id, content: 'will not stick' });
      expect(result.errors![0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    } finally {
      await knex.raw('drop trigger refuse_comment on comments');
      await knex.raw('drop function refuse_comment');
    }
    expect(await events.quiet()).toBe(true);
    const [row] = (await knex.raw('select updated_at from tickets')).rows;
    expect(new Date(row.updated_at).toISOString()).toBe(ticket.updatedAt);
    await events.close();
  });
});

describe('N+1', () => {
  test('a ticket list with comments and history costs the same statements whatever the page size', async () => {
    for (let i = 0; i < 50; i++) {
      const ticket = await createTicket();
      if (i % 3 === 0) await api.run(AddCommentDocument, { ticketId: ticket.id, content: `comment on ${i}` });
    }
    const small = await api.countStatements(() => api.run(TicketsWithChildrenDocument, { first: 5 }));
    const large = await api.countStatements(async () => {
      const { tickets } = await api.run(TicketsWithChildrenDocument, { first: 50 });
      expect(tickets.edges).toHaveLength(50);
      expect(tickets.edges.filter((e) => e.node.comments.totalCount === 1)).toHaveLength(17);
    });
    // The page, one batch of comment pages, one of comment counts, one of history pages.
    expect(small).toBe(4);
    expect(large).toBe(4);
  });
});
