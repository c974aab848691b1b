import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { describe, expect, test } from 'vitest';
import { Role } from '../src/entities/enums';
import { toGlobalId } from '../src/ids';
import type { Viewer } from '../src/services/identity/viewer';
import {
  AddCommentDocument, CreateIntegrationTokenDocument, CreateTicketDocument, DeleteTicketDocument, NodeDocument, SetTicketStatusDocument,
  TicketCommentsDocument, TicketDocument, TicketHistoryDocument, TicketsDocument, UpdateTicketDocument,
} from './gql/graphql';
import { customerTicketInput, ticketInput } from './helpers/factories';
import { useTestApi } from './helpers/harness';

const api = useTestApi();

async function createTicket(overrides: Parameters<typeof ticketInput>[0] = {}) {
  return (await api.run(CreateTicketDocument, { input: ticketInput(overrides) })).createTicket;
}

describe('createTicket', () => {
  test('stores every field and answers with the stored ticket', async () => {
    const input = ticketInput({
      subject: '  Login fails with 2FA  ',
      tags: ['login', '2fa', 'login'],
      metadata: { source: 'EMAIL', browser: 'Safari 18', deviceType: 'MOBILE', extra: { plan: 'pro', seats: 12 } },
    });
    const { createTicket: ticket } = await api.run(CreateTicketDocument, { input });

    expect(ticket).toMatchObject({
      key: 'TICKET-000001',
      customer: { customerId: input.customer!.id, id: input.customer!.id, email: input.customer!.email, name: input.customer!.name },
      subject: 'Login fails with 2FA',
      description: input.description,
      category: 'TECHNICAL_ISSUE',
      priority: 'MEDIUM',
      status: 'NEW',
      tags: ['login', '2fa'],
      metadata: { source: 'EMAIL', browser: 'Safari 18', deviceType: 'MOBILE', extra: { plan: 'pro', seats: 12 } },
      assignedTo: null,
      resolvedAt: null,
      manualOverride: false,
      slaBreached: false,
      classification: null,
    });
    expect(ticket.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(ticket.updatedAt).toBe(ticket.createdAt);

    const { ticket: read } = await api.run(TicketDocument, { id: ticket.id });
    expect(read).toEqual(ticket);
  });

  test('defaults the source to API when no metadata is given', async () => {
    const ticket = await createTicket({ metadata: undefined });
    expect(ticket.metadata).toEqual({ source: 'API', browser: null, deviceType: null, extra: null });
  });

  test('a ticket created as RESOLVED has resolvedAt', async () => {
    const ticket = await createTicket({ status: 'RESOLVED' });
    expect(ticket.resolvedAt).toBe(ticket.createdAt);
  });

  test('reports every violation at once, each with its field', async () => {
    const result = await api.execute(CreateTicketDocument, {
      input: {
        customer: { id: ' ', email: 'not-an-email', name: '' },
        subject: 'x'.repeat(201),
        description: 'too short',
        tags: ['ok', '  '],
      },
    });
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'customer.id', message: 'must not be empty' },
        { field: 'customer.name', message: 'must not be empty' },
        { field: 'customer.email', message: 'must be a valid email address' },
        { field: 'subject', message: 'must be 1-200 characters long (got 201)' },
        { field: 'description', message: 'must be 10-2000 characters long (got 9)' },
        { field: 'tags[1]', message: 'must not be empty' },
      ],
    });
    expect(result.errors![0]!.message).toBe(
      'Invalid input: customer.id must not be empty; customer.name must not be empty; customer.email must be a valid email address; ' +
        'subject must be 1-200 characters long (got 201); description must be 10-2000 characters long (got 9); tags[1] must not be empty',
    );
  });

  test('accepts the limits exactly', async () => {
    const ticket = await createTicket({ subject: 's', description: 'd'.repeat(2000) });
    expect(ticket.subject).toBe('s');
    const ten = await createTicket({ subject: 's'.repeat(200), description: 'ten chars!' });
    expect(ten.description).toBe('ten chars!');
  });

  test('an unknown enum value is a standard GraphQL error, not a server error', async () => {
    const result = await api.execute(CreateTicketDocument, {
      input: { ...ticketInput(), priority: 'SOON' as never },
    });
    expect(result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toContain('Value "SOON" does not exist in "TicketPriority" enum');
  });

  test('keys are unique and increasing under concurrent creates', async () => {
    const tickets = await Promise.all(Array.from({ length: 25 }, () => createTicket()));
    const numbers = tickets.map((t) => Number(t.key.replace('TICKET-', ''))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(tickets.every((t) => /^TICKET-\d{6}$/.test(t.key))).toBe(true);
  });
});

describe('reading', () => {
  test('ticket(id:) accepts the key as well as the global id', async () => {
    const created = await createTicket();
    const byKey = await api.run(TicketDocument, { id: created.key });
    expect(byKey.ticket!.id).toBe(created.id);
    const lower = await api.run(TicketDocument, { id: created.key.toLowerCase() });
    expect(lower.ticket!.id).toBe(created.id);
  });

  test('unknown and malformed ids are NOT_FOUND', async () => {
    const created = await createTicket();
    await api.run(DeleteTicketDocument, { id: created.id });
    for (const id of [created.id, 'nonsense', 'TICKET-999999']) {
      const result = await api.execute(TicketDocument, { id });
      expect(result.data).toEqual({ ticket: null });
      expect(result.errors![0]!.extensions).toEqual({ code: 'NOT_FOUND' });
      expect(result.errors![0]!.message).toBe(`Ticket ${id} was not found`);
    }
  });

  test('node(id:) resolves a ticket by its global id', async () => {
    const created = await createTicket();
    const { node } = await api.run(NodeDocument, { id: created.id });
    expect(node).toEqual({ __typename: 'Ticket', id: created.id, key: created.key });
  });

  test('node(id:) resolves comments and history entries as readers of their ticket see them', async () => {
    const owner = await api.user(Role.CUSTOMER, 'carla');
    const stranger = await api.user(Role.CUSTOMER, 'otto');
    const ticket = (await api.run(CreateTicketDocument, { input: customerTicketInput() }, owner)).createTicket;
    const open = (await api.run(AddCommentDocument, { ticketId: ticket.id, content: 'Public note' })).addComment;
    const internal = (await api.run(AddCommentDocument, { ticketId: ticket.id, content: 'Internal note', isInternal: true })).addComment;
    const history = (await api.run(TicketHistoryDocument, { id: ticket.id })).ticket!.history.edges.map((edge) => edge.node);
    const internalEntry = history.find((event) => event.type === 'COMMENT_ADDED' && (event.changes[0]!.newValue as { isInternal: boolean }).isInternal)!;
    const created = history.find((event) => event.type === 'CREATED')!;

    const node = async (id: string, viewer?: Viewer) => {
      const result = await api.execute(NodeDocument, { id }, viewer);
      return result.errors ? result.errors[0]!.extensions!.code : result.data!.node;
    };
    expect(await node(internal.id)).toEqual({ __typename: 'Comment', id: internal.id, content: 'Internal note', isInternal: true });
    expect(await node(open.id, owner)).toEqual({ __typename: 'Comment', id: open.id, content: 'Public note', isInternal: false });
    expect(await node(internal.id, owner)).toBe('NOT_FOUND');
    expect(await node(open.id, stranger)).toBe('NOT_FOUND');
    expect(await node(created.id, owner)).toEqual({ __typename: 'TicketEvent', id: created.id, type: 'CREATED', ticketId: ticket.id });
    expect(await node(internalEntry.id)).toEqual({ __typename: 'TicketEvent', id: internalEntry.id, type: 'COMMENT_ADDED', ticketId: ticket.id });
    expect(await node(internalEntry.id, owner)).toBe('NOT_FOUND');
    expect(await node(created.id, stranger)).toBe('NOT_FOUND');
    expect(await node(open.id, { kind: 'anonymous', actor: null, ip: '127.0.0.1' })).toBe('UNAUTHENTICATED');
  });

  test('node(id:) resolves users for admins and for themselves, integration tokens for admins', async () => {
    const admin = await api.user(Role.ADMIN, 'ada');
    const carla = await api.user(Role.CUSTOMER, 'carla');
    const agent = await api.user(Role.AGENT, 'alex');
    const { integrationToken } = (await api.run(CreateIntegrationTokenDocument, { input: { name: 'crm' } }, admin)).createIntegrationToken;
    const carlaId = toGlobalId('User', carla.userId);
    const node = async (id: string, viewer: Awaited<ReturnType<typeof api.user>>) => {
      const result = await api.execute(NodeDocument, { id }, viewer);
      return result.errors ? result.errors[0]!.extensions!.code : result.data!.node;
    };
    expect(await node(carlaId, admin)).toEqual({ __typename: 'User', id: carlaId, username: 'carla' });
    expect(await node(carlaId, carla)).toEqual({ __typename: 'User', id: carlaId, username: 'carla' });
    expect(await node(carlaId, agent)).toBe('NOT_FOUND');
    expect(await node(integrationToken.id, admin)).toEqual({ __typename: 'IntegrationToken', id: integrationToken.id, name: 'crm' });
    expect(await node(integrationToken.id, agent)).toBe('FORBIDDEN');
  });
});

describe('updateTicket', () => {
  test('changes only the given fields and records each change with old and new values', async () => {
    const created = await createTicket({ tags: ['a'] });
    const { updateTicket: updated } = await api.run(UpdateTicketDocument, {
      id: created.id,
      input: { subject: 'New subject', tags: ['a', 'b'], assignedTo: 'agent-7', status: 'IN_PROGRESS' },
    });
    expect(updated).toMatchObject({
      subject: 'New subject',
      description: created.description,
      tags: ['a', 'b'],
      assignedTo: 'agent-7',
      status: 'IN_PROGRESS',
      category: created.category,
      manualOverride: false,
    });
    expect(updated.updatedAt > created.updatedAt || updated.updatedAt === created.updatedAt).toBe(true);

    const { ticket } = await api.run(TicketHistoryDocument, { id: created.id });
    const history = ticket!.history.edges.map((e) => ({ type: e.node.type, changes: e.node.changes }));
    expect(history).toEqual([
      {
        type: 'CREATED',
        changes: [
          { field: 'subject', oldValue: null, newValue: created.subject },
          { field: 'category', oldValue: null, newValue: 'TECHNICAL_ISSUE' },
          { field: 'priority', oldValue: null, newValue: 'MEDIUM' },
          { field: 'status', oldValue: null, newValue: 'NEW' },
          { field: 'slaDueAt', oldValue: null, newValue: new Date(Date.parse(created.createdAt) + 24 * 3_600_000).toISOString() },
        ],
      },
      {
        type: 'UPDATED',
        changes: [
          { field: 'subject', oldValue: created.subject, newValue: 'New subject' },
          { field: 'tags', oldValue: ['a'], newValue: ['a', 'b'] },
        ],
      },
      { type: 'STATUS_CHANGED', changes: [{ field: 'status', oldValue: 'NEW', newValue: 'IN_PROGRESS' }] },
      { type: 'ASSIGNED', changes: [{ field: 'assignedTo', oldValue: null, newValue: 'agent-7' }] },
    ]);
    expect(ticket!.history.totalCount).toBe(4);
  });

  test('a hand-set category or priority sets manualOverride', async () => {
    const created = await createTicket();
    const { updateTicket } = await api.run(UpdateTicketDocument, { id: created.id, input: { priority: 'URGENT' } });
    expect(updateTicket).toMatchObject({ priority: 'URGENT', manualOverride: true });
  });

  test('an update that changes nothing records nothing and keeps updatedAt', async () => {
    const created = await createTicket({ tags: ['x'] });
    const { updateTicket } = await api.run(UpdateTicketDocument, {
      id: created.id,
      input: { subject: created.subject, tags: ['x'], metadata: { ...created.metadata, source: created.metadata.source } },
    });
    expect(updateTicket.updatedAt).toBe(created.updatedAt);
    const { ticket } = await api.run(TicketHistoryDocument, { id: created.id });
    expect(ticket!.history.edges.map((e) => e.node.type)).toEqual(['CREATED']);
  });

  test('an empty assignedTo unassigns', async () => {
    const created = await createTicket();
    await api.run(UpdateTicketDocument, { id: created.id, input: { assignedTo: 'agent-1' } });
    const { updateTicket } = await api.run(UpdateTicketDocument, { id: created.id, input: { assignedTo: '' } });
    expect(updateTicket.assignedTo).toBeNull();
  });

  test('validates the given fields only, all at once', async () => {
    const created = await createTicket();
    const result = await api.execute(UpdateTicketDocument, { id: created.id, input: { subject: '', description: 'short' } });
    expect(result.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'subject', message: 'must be 1-200 characters long (got 0)' },
        { field: 'description', message: 'must be 10-2000 characters long (got 5)' },
      ],
    });
  });
});

describe('status and resolvedAt', () => {
  test('resolvedAt is set on entering RESOLVED or CLOSED, kept between them, and cleared on leaving', async () => {
    const created = await createTicket();
    const resolved = (await api.run(SetTicketStatusDocument, { id: created.id, status: 'RESOLVED' })).setTicketStatus;
    expect(resolved.status).toBe('RESOLVED');
    expect(resolved.resolvedAt).toBe(resolved.updatedAt);

    const closed = (await api.run(SetTicketStatusDocument, { id: created.id, status: 'CLOSED' })).setTicketStatus;
    expect(closed.resolvedAt).toBe(resolved.resolvedAt);

    const reopened = (await api.run(SetTicketStatusDocument, { id: created.id, status: 'IN_PROGRESS' })).setTicketStatus;
    expect(reopened.resolvedAt).toBeNull();

    const { ticket } = await api.run(TicketHistoryDocument, { id: created.id });
    const statusChanges = ticket!.history.edges.filter((e) => e.node.type === 'STATUS_CHANGED').map((e) => e.node.changes);
    expect(statusChanges).toEqual([
      [
        { field: 'status', oldValue: 'NEW', newValue: 'RESOLVED' },
        { field: 'resolvedAt', oldValue: null, newValue: resolved.resolvedAt },
      ],
      [{ field: 'status', oldValue: 'RESOLVED', newValue: 'CLOSED' }],
      [
        { field: 'status', oldValue: 'CLOSED', newValue: 'IN_PROGRESS' },
        { field: 'resolvedAt', oldValue: resolved.resolvedAt, newValue: null },
      ],
    ]);
  });
});

describe('comments', () => {
  test('public and internal comments are stored in order and bump updatedAt', async () => {
    const created = await createTicket();
    const first = (await api.run(AddCommentDocument, { ticketId: created.id, content: 'We are looking into it.' })).addComment;
    const second = (await api.run(AddCommentDocument, { ticketId: created.id, content: 'Customer is on the old plan', isInternal: true })).addComment;
    expect(first).toMatchObject({ content: 'We are looking into it.', isInternal: false, author: 'agent' });
    expect(second.isInternal).toBe(true);
    expect(second.ticket.updatedAt).toBe(second.createdAt);

    const { ticket } = await api.run(TicketCommentsDocument, { id: created.id });
    expect(ticket!.comments.totalCount).toBe(2);
    expect(ticket!.comments.edges.map((e) => [e.node.content, e.node.isInternal])).toEqual([
      ['We are looking into it.', false],
      ['Customer is on the old plan', true],
    ]);
    const { ticket: withHistory } = await api.run(TicketHistoryDocument, { id: created.id });
    expect(withHistory!.history.edges.map((e) => e.node.type)).toEqual(['CREATED', 'COMMENT_ADDED', 'COMMENT_ADDED']);
  });

  test('pages through comments with cursors', async () => {
    const created = await createTicket();
    for (let i = 1; i <= 5; i++) await api.run(AddCommentDocument, { ticketId: created.id, content: `comment ${i}` });
    const page1 = (await api.run(TicketCommentsDocument, { id: created.id, first: 2 })).ticket!.comments;
    expect(page1.edges.map((e) => e.node.content)).toEqual(['comment 1', 'comment 2']);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const page2 = (await api.run(TicketCommentsDocument, { id: created.id, first: 2, after: page1.pageInfo.endCursor })).ticket!.comments;
    expect(page2.edges.map((e) => e.node.content)).toEqual(['comment 3', 'comment 4']);
    const page3 = (await api.run(TicketCommentsDocument, { id: created.id, first: 2, after: page2.pageInfo.endCursor })).ticket!.comments;
    expect(page3.edges.map((e) => e.node.content)).toEqual(['comment 5']);
    expect(page3.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(page3.totalCount).toBe(5);
  });

  test('a list reads each comments selection on its tickets in one statement: aliases, fragments and variables', async () => {
    const busy = await createTicket({ subject: 'Busy ticket' });
    const quiet = await createTicket({ subject: 'Quiet ticket' });
    for (const content of ['one', 'two', 'three']) await api.run(AddCommentDocument, { ticketId: busy.id, content });
    await api.run(AddCommentDocument, { ticketId: quiet.id, content: 'only' });
    type Comments = { totalCount?: number; edges: { node: { content: string } }[]; pageInfo?: { hasNextPage: boolean } };
    type Lists = { tickets: { edges: { node: { subject: string; latest: Comments; comments: Comments } }[] } };
    const document = parse(`
      query Lists($n: Int) {
        tickets(first: 10, orderBy: { field: CREATED_AT, direction: ASC }) { edges { node { subject latest: comments(first: 1) { totalCount edges { node { content } } } ...All } } }
      }
      fragment All on Ticket { comments(first: $n) { edges { node { content } } pageInfo { hasNextPage } } }
    `) as TypedDocumentNode<Lists, { n: number }>;

    let data: Lists | undefined;
    const statements = await api.countStatements(async () => {
      data = await api.run(document, { n: 2 });
    });
    expect(data!.tickets.edges.map((e) => e.node)).toEqual([
      {
        subject: 'Busy ticket',
        latest: { totalCount: 3, edges: [{ node: { content: 'one' } }] },
        comments: { edges: [{ node: { content: 'one' } }, { node: { content: 'two' } }], pageInfo: { hasNextPage: true } },
      },
      {
        subject: 'Quiet ticket',
        latest: { totalCount: 1, edges: [{ node: { content: 'only' } }] },
        comments: { edges: [{ node: { content: 'only' } }], pageInfo: { hasNextPage: false } },
      },
    ]);
    // The tickets, one statement per comments selection, one for all the counts.
    expect(statements).toBe(4);
  });

  test('empty comments are refused; unknown tickets are NOT_FOUND', async () => {
    const created = await createTicket();
    const empty = await api.execute(AddCommentDocument, { ticketId: created.id, content: '   ' });
    expect(empty.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'content', message: 'must be 1-10000 characters long (got 0)' }],
    });
    await api.run(DeleteTicketDocument, { id: created.id });
    const gone = await api.execute(AddCommentDocument, { ticketId: created.id, content: 'hello' });
    expect(gone.errors![0]!.extensions).toEqual({ code: 'NOT_FOUND' });
  });
});

describe('deleteTicket', () => {
  test('removes the ticket with its comments and returns its id', async () => {
    const created = await createTicket();
    await api.run(AddCommentDocument, { ticketId: created.id, content: 'bye' });
    expect((await api.run(DeleteTicketDocument, { id: created.id })).deleteTicket).toBe(created.id);
    const again = await api.execute(DeleteTicketDocument, { id: created.id });
    expect(again.errors![0]!.extensions).toEqual({ code: 'NOT_FOUND' });
    const [{ count }] = (await api.orm.em.getKnex().raw('select count(*)::int as count from comments')).rows;
    expect(count).toBe(0);
  });
});

describe('tickets connection', () => {
  test('pages newest first with cursors, totalCount and pageInfo', async () => {
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await createTicket());
    const keys = created.map((t) => t.key).reverse();

    const page1 = (await api.run(TicketsDocument, { first: 2 })).tickets;
    expect(page1.edges.map((e) => e.node.key)).toEqual(keys.slice(0, 2));
    expect(page1.totalCount).toBe(5);
    expect(page1.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: page1.edges[0]!.cursor,
      endCursor: page1.edges[1]!.cursor,
    });
    const page2 = (await api.run(TicketsDocument, { first: 2, after: page1.pageInfo.endCursor })).tickets;
    expect(page2.edges.map((e) => e.node.key)).toEqual(keys.slice(2, 4));
    const page3 = (await api.run(TicketsDocument, { first: 2, after: page2.pageInfo.endCursor })).tickets;
    expect(page3.edges.map((e) => e.node.key)).toEqual(keys.slice(4));
    expect(page3.pageInfo.hasNextPage).toBe(false);
  });

  test('first is capped at 100 and may not be negative', async () => {
    await api.orm.em.getKnex().raw(`
      insert into tickets (id, customer_id, customer_email, customer_name, subject, description, category, priority, status, source)
      select gen_random_uuid(), 'c', 'c@example.com', 'C', 'subject ' || i, 'a description', 'OTHER', 'LOW', 'NEW', 'API'
      from generate_series(1, 120) i`);
    const capped = (await api.run(TicketsDocument, { first: 500 })).tickets;
    expect(capped.edges).toHaveLength(100);
    expect(capped.totalCount).toBe(120);
    const negative = await api.execute(TicketsDocument, { first: -1 });
    expect(negative.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'first', message: 'must not be negative' }] });
  });

  test('orders by priority, most urgent first, and pages in that order', async () => {
    const low = await createTicket({ priority: 'LOW' });
    const urgent = await createTicket({ priority: 'URGENT' });
    const high1 = await createTicket({ priority: 'HIGH' });
    const high2 = await createTicket({ priority: 'HIGH' });
    const order = { field: 'PRIORITY' as const, direction: 'DESC' as const };
    const page1 = (await api.run(TicketsDocument, { orderBy: order, first: 2 })).tickets;
    expect(page1.edges.map((e) => e.node.key)).toEqual([urgent.key, high2.key]);
    const page2 = (await api.run(TicketsDocument, { orderBy: order, first: 2, after: page1.pageInfo.endCursor })).tickets;
    expect(page2.edges.map((e) => e.node.key)).toEqual([high1.key, low.key]);
    const ascending = (await api.run(TicketsDocument, { orderBy: { field: 'PRIORITY', direction: 'ASC' } })).tickets;
    expect(ascending.edges.map((e) => e.node.key)).toEqual([low.key, high1.key, high2.key, urgent.key]);
  });

  test('orders by updatedAt', async () => {
    const a = await createTicket();
    const b = await createTicket();
    await api.run(UpdateTicketDocument, { id: a.id, input: { subject: 'touched' } });
    const list = (await api.run(TicketsDocument, { orderBy: { field: 'UPDATED_AT', direction: 'DESC' } })).tickets;
    expect(list.edges.map((e) => e.node.key)).toEqual([a.key, b.key]);
  });

  test('a cursor from another ordering or a forged one is refused', async () => {
    await createTicket();
    await createTicket();
    const byDate = (await api.run(TicketsDocument, { first: 1 })).tickets;
    const wrong = await api.execute(TicketsDocument, {
      first: 1,
      after: byDate.pageInfo.endCursor,
      orderBy: { field: 'PRIORITY', direction: 'DESC' },
    });
    expect(wrong.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after', message: 'is not a cursor from this list' }],
    });
    const forged = await api.execute(TicketsDocument, { after: 'bm90IGEgY3Vyc29y' });
    expect(forged.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  test('filters on status, priority, category, assignee, customer email, tags and time', async () => {
    const a = await createTicket({ priority: 'HIGH', category: 'BILLING_QUESTION', tags: ['vip', 'invoice'] });
    const b = await createTicket({ priority: 'LOW', category: 'BUG_REPORT', tags: ['vip'] });
    const c = await createTicket({ priority: 'HIGH', category: 'BUG_REPORT', tags: [], customer: { id: 'x', email: 'Zoe@Example.com', name: 'Zoe' } });
    await api.run(UpdateTicketDocument, { id: b.id, input: { status: 'IN_PROGRESS', assignedTo: 'agent-2' } });

    const keys = async (filter: Record<string, unknown>) =>
      (await api.run(TicketsDocument, { filter })).tickets.edges.map((e) => e.node.key).sort();

    expect(await keys({ priority: ['HIGH'] })).toEqual([a.key, c.key].sort());
    expect(await keys({ category: ['BUG_REPORT'], priority: ['HIGH', 'LOW'] })).toEqual([b.key, c.key].sort());
    expect(await keys({ status: ['IN_PROGRESS'] })).toEqual([b.key]);
    expect(await keys({ assignedTo: 'agent-2' })).toEqual([b.key]);
    expect(await keys({ customerEmail: 'zoe@example.COM' })).toEqual([c.key]);
    expect(await keys({ tags: ['vip'] })).toEqual([a.key, b.key].sort());
    expect(await keys({ tags: ['vip', 'invoice'] })).toEqual([a.key]);
    expect(await keys({ createdAfter: b.createdAt })).toEqual([b.key, c.key].sort());
    expect(await keys({ createdBefore: b.createdAt })).toEqual([a.key]);
    const filtered = (await api.run(TicketsDocument, { filter: { priority: ['HIGH'] }, first: 1 })).tickets;
    expect(filtered.totalCount).toBe(2);
  });

  test('full-text search stems English words and searches subject and description', async () => {
    const a = await createTicket({ subject: 'Payments failing at checkout', description: 'Every card payment is declined since the update.' });
    const b = await createTicket({ subject: 'Dark mode request', description: 'Please add a dark theme to the dashboard.' });
    const keys = async (search: string) =>
      (await api.run(TicketsDocument, { filter: { search } })).tickets.edges.map((e) => e.node.key).sort();
    expect(await keys('payment fails')).toEqual([a.key]);
    expect(await keys('declining')).toEqual([a.key]);
    expect(await keys('themes')).toEqual([b.key]);
    expect(await keys('dashboard or checkout')).toEqual([a.key, b.key].sort());
    expect(await keys('checkout -card')).toEqual([]);
    expect(await keys('refund')).toEqual([]);
  });
});

describe('arguments with a default value', () => {
  test('take an explicit null as that default', async () => {
    const ticket = await createTicket();
    const document = parse(
      'mutation NullDefault($id: ID!) { addComment(ticketId: $id, content: "Null means public", isInternal: null) { content isInternal } }',
    ) as TypedDocumentNode<{ addComment: { content: string; isInternal: boolean } }, { id: string }>;
    expect(await api.run(document, { id: ticket.id })).toEqual({ addComment: { content: 'Null means public', isInternal: false } });
  });
});
