import { Client } from 'pg';
import { describe, expect, test } from 'vitest';
import { query } from '../src/db/sql';
import { Role } from '../src/entities/enums';
import { fromGlobalId, newId } from '../src/ids';
import type { Viewer } from '../src/services/identity/viewer';
import {
  AddCommentDocument, ChangesBackwardDocument, CreateIntegrationTokenDocument, CreateTicketDocument, DeleteTicketDocument, SetTicketStatusDocument,
  TicketChangesDocument, UpdateTicketDocument, type TicketChangesQuery,
} from './gql/graphql';
import { customerTicketInput, ticketInput } from './helpers/factories';
import { useTestApi } from './helpers/harness';
import { waitFor } from './helpers/wait';

const api = useTestApi();

type Change = { id: string; type: string; ticketId: string };

/** A sync client: reads the feed from its cursor until it has caught up, and keeps the new cursor. */
async function catchUp(after: string | null): Promise<{ changes: Change[]; cursor: string | null }> {
  const changes: Change[] = [];
  let cursor = after;
  for (;;) {
    const page = (await api.run(TicketChangesDocument, { first: 7, after: cursor })).ticketChanges;
    changes.push(...page.edges.map((edge) => edge.node));
    cursor = page.pageInfo.endCursor ?? cursor;
    if (!page.pageInfo.hasNextPage) return { changes, cursor };
  }
}

async function storedEventIds(): Promise<string[]> {
  const rows = await query<{ id: string }>(api.orm.em.fork(), 'select id from ticket_events order by id');
  return rows.map((row) => row.id);
}

const dbId = (globalId: string): string => fromGlobalId(globalId)!.id;

describe('ticketChanges', () => {
  test('pages through every change in order; a client that was away continues from its cursor', async () => {
    const ticket = (await api.run(CreateTicketDocument, { input: ticketInput({ subject: 'Feed-1' }) })).createTicket;
    await api.run(SetTicketStatusDocument, { id: ticket.id, status: 'IN_PROGRESS' });
    const first = await waitFor(() => catchUp(null), (read) => read.changes.length === 2);
    expect(first.changes.map((change) => [change.type, change.ticketId])).toEqual([['CREATED', ticket.id], ['STATUS_CHANGED', ticket.id]]);

    await api.run(UpdateTicketDocument, { id: ticket.id, input: { subject: 'Feed-1 renamed' } });
    const later = await waitFor(() => catchUp(first.cursor), (read) => read.changes.length === 1);
    expect(later.changes).toMatchObject([{ type: 'UPDATED', ticketId: ticket.id }]);
    // Caught up: nothing new, and the cursor stays usable.
    expect((await catchUp(later.cursor)).changes).toEqual([]);
  });

  test('a deleted ticket leaves its DELETED entry in the feed, and its earlier changes go with it', async () => {
    const kept = (await api.run(CreateTicketDocument, { input: ticketInput() })).createTicket;
    const gone = (await api.run(CreateTicketDocument, { input: ticketInput() })).createTicket;
    await api.run(SetTicketStatusDocument, { id: gone.id, status: 'RESOLVED' });
    await api.run(DeleteTicketDocument, { id: gone.id });
    const { changes } = await waitFor(() => catchUp(null), (read) => read.changes.some((change) => change.type === 'DELETED'));
    expect(changes.map((change) => [change.type, change.ticketId])).toEqual([['CREATED', kept.id], ['DELETED', gone.id]]);
  });

  test('a change whose transaction commits late is not skipped by a reader who read past later ones', async () => {
    const ticket = (await api.run(CreateTicketDocument, { input: ticketInput() })).createTicket;
    const { cursor: start } = await waitFor(() => catchUp(null), (read) => read.changes.length === 1);

    // A slow writer: its transaction begins (and takes its id) first, and commits last.
    const slow = new Client({ connectionString: api.config.database.url });
    await slow.connect();
    try {
      await slow.query('begin');
      await slow.query('select pg_current_xact_id()');
      await api.run(SetTicketStatusDocument, { id: ticket.id, status: 'IN_PROGRESS' });
      // The quick writer's change is committed, but sorts after the slow one: the feed holds it back.
      expect((await catchUp(start)).changes).toEqual([]);
      const lateId = newId();
      await slow.query(`insert into ticket_events (id, ticket_id, type, actor, changes) values ($1, $2, 'ASSIGNED', 'slow', '[]')`, [
        lateId, dbId(ticket.id),
      ]);
      await slow.query('commit');
      const { changes } = await waitFor(() => catchUp(start), (read) => read.changes.length === 2);
      expect(changes.map((change) => change.type)).toEqual(['ASSIGNED', 'STATUS_CHANGED']);
      expect(dbId(changes[0]!.id)).toBe(lateId);
    } finally {
      await slow.end();
    }
  });

  test('with writers at work concurrently, a reader that keeps catching up gets every change exactly once', async () => {
    const tickets = await Promise.all(
      Array.from({ length: 6 }, async () => (await api.run(CreateTicketDocument, { input: ticketInput() })).createTicket.id),
    );
    const statuses = ['IN_PROGRESS', 'WAITING_CUSTOMER', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'] as const;
    const seen: Change[] = [];
    let cursor: string | null = null;
    let writing = true;
    const reader = (async () => {
      while (writing) {
        const read = await catchUp(cursor);
        seen.push(...read.changes);
        cursor = read.cursor;
      }
    })();
    await Promise.all(
      tickets.map(async (id, i) => {
        for (const status of statuses) await api.run(SetTicketStatusDocument, { id, status });
        await api.run(UpdateTicketDocument, { id, input: { subject: `Concurrent ${i}` } });
      }),
    );
    writing = false;
    await reader;
    const expected = await storedEventIds();
    expect(expected).toHaveLength(6 * (1 + statuses.length + 1));
    await waitFor(async () => {
      const read = await catchUp(cursor);
      seen.push(...read.changes);
      cursor = read.cursor;
      return seen.length;
    }, (count) => count >= expected.length);
    const ids = seen.map((change) => dbId(change.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(expected);
    // Each ticket's changes arrive in the order they happened.
    for (const id of tickets) {
      expect(seen.filter((change) => change.ticketId === id).map((change) => change.type)).toEqual([
        'CREATED', 'STATUS_CHANGED', 'STATUS_CHANGED', 'STATUS_CHANGED', 'STATUS_CHANGED', 'STATUS_CHANGED', 'UPDATED',
      ]);
    }
  });

  test('a cursor from elsewhere is refused with a clear error; anonymous callers are told to sign in', async () => {
    const bad = await api.execute(TicketChangesDocument, { after: Buffer.from('["x","1"]').toString('base64url') });
    expect(bad.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'after', message: 'is not a cursor from this list' }] });
    const anonymous = await api.execute(TicketChangesDocument, {}, { kind: 'anonymous', actor: null, ip: '127.0.0.1' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('ticketChanges for customers and integration tokens', () => {
  /** Every change a reader sees, a page of `first` at a time, with each change's cursor. */
  async function feedOf(viewer: Viewer | undefined, first: number): Promise<{ id: string; type: string; ticketId: string; cursor: string }[]> {
    const seen: { id: string; type: string; ticketId: string; cursor: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const page: TicketChangesQuery['ticketChanges'] = (await api.run(TicketChangesDocument, { first, after }, viewer)).ticketChanges;
      seen.push(...page.edges.map((edge) => ({ id: edge.node.id, type: edge.node.type, ticketId: edge.node.ticketId, cursor: edge.cursor })));
      after = page.pageInfo.endCursor ?? after;
      if (!page.pageInfo.hasNextPage) return seen;
    }
  }

  test('a customer reads the changes of their own tickets, never an internal comment; the cursors are the feed\'s own', async () => {
    const customer = await api.user(Role.CUSTOMER);
    const other = await api.user(Role.CUSTOMER);
    const own = (await api.run(CreateTicketDocument, { input: customerTicketInput() }, customer)).createTicket.id;
    const foreign = (await api.run(CreateTicketDocument, { input: customerTicketInput() }, other)).createTicket.id;
    const staffOnly = (await api.run(CreateTicketDocument, { input: ticketInput() })).createTicket.id;
    await api.run(AddCommentDocument, { ticketId: own, content: 'We are looking into it.' });
    await api.run(AddCommentDocument, { ticketId: own, content: 'Internal: probably the March release.', isInternal: true });
    await api.run(SetTicketStatusDocument, { id: foreign, status: 'IN_PROGRESS' });
    await api.run(SetTicketStatusDocument, { id: own, status: 'WAITING_CUSTOMER' });
    await api.run(SetTicketStatusDocument, { id: staffOnly, status: 'IN_PROGRESS' });

    const staff = await waitFor(() => feedOf(undefined, 50), (read) => read.length === 8);
    const read = await feedOf(customer, 1);
    expect(read.map((change) => [change.type, change.ticketId])).toEqual([['CREATED', own], ['COMMENT_ADDED', own], ['STATUS_CHANGED', own]]);
    // The same entries with the same cursors as in the staff's feed: a customer's position is a
    // position in the one feed, whatever was left out between.
    const staffCursor = new Map(staff.map((change) => [change.id, change.cursor]));
    for (const change of read) expect(change.cursor).toBe(staffCursor.get(change.id));
    const internal = staff.find((change) => change.type === 'COMMENT_ADDED' && change.ticketId === own && !read.some((r) => r.id === change.id));
    expect(internal).toBeDefined();
    // From the public comment's cursor, the next is the status change: the internal comment between is skipped, not a gap.
    const next = (await api.run(TicketChangesDocument, { first: 5, after: read[1]!.cursor }, customer)).ticketChanges;
    expect(next.edges.map((edge) => edge.node.type)).toEqual(['STATUS_CHANGED']);
    expect(next.totalCount).toBe(3);
    // Even the internal comment's own cursor (from the staff's feed) continues there.
    expect((await api.run(TicketChangesDocument, { first: 5, after: internal!.cursor }, customer)).ticketChanges.edges.map((edge) => edge.node.id)).toEqual([read[2]!.id]);
    // Backwards too.
    const back = (await api.run(ChangesBackwardDocument, { last: 2 }, customer)).ticketChanges;
    expect(back.edges.map((edge) => edge.node.type)).toEqual(['COMMENT_ADDED', 'STATUS_CHANGED']);
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });

    expect((await feedOf(other, 10)).map((change) => [change.type, change.ticketId])).toEqual([['CREATED', foreign], ['STATUS_CHANGED', foreign]]);
  });

  test('a customer sees the deletion of their own ticket, and no one else\'s', async () => {
    const customer = await api.user(Role.CUSTOMER);
    const own = (await api.run(CreateTicketDocument, { input: customerTicketInput() }, customer)).createTicket.id;
    const other = (await api.run(CreateTicketDocument, { input: ticketInput() })).createTicket.id;
    await api.run(DeleteTicketDocument, { id: own }, await api.user(Role.ADMIN));
    await api.run(DeleteTicketDocument, { id: other }, await api.user(Role.ADMIN));
    await waitFor(() => feedOf(undefined, 50), (read) => read.length === 2);
    expect((await feedOf(customer, 5)).map((change) => [change.type, change.ticketId])).toEqual([['DELETED', own]]);
  });

  test('an integration token reads the changes of the tickets it created, internal comments included, deletions too', async () => {
    const admin = await api.user(Role.ADMIN);
    const created = (await api.run(CreateIntegrationTokenDocument, { input: { name: 'feed-sync' } }, admin)).createIntegrationToken.integrationToken;
    const token: Viewer = { kind: 'token', actor: 'token:feed-sync', tokenId: dbId(created.id), name: 'feed-sync', hourlyLimit: 1000, ip: '127.0.0.1' };
    const own = (await api.run(CreateTicketDocument, { input: ticketInput() }, token)).createTicket.id;
    const gone = (await api.run(CreateTicketDocument, { input: ticketInput() }, token)).createTicket.id;
    const staffs = (await api.run(CreateTicketDocument, { input: ticketInput() })).createTicket.id;
    await api.run(AddCommentDocument, { ticketId: own, content: 'Internal: a note the integration may read.', isInternal: true });
    await api.run(SetTicketStatusDocument, { id: staffs, status: 'IN_PROGRESS' });
    await api.run(DeleteTicketDocument, { id: gone }, admin);
    await waitFor(() => feedOf(undefined, 50), (read) => read.length === 5);
    const read = await feedOf(token, 2);
    expect(read.map((change) => [change.type, change.ticketId])).toEqual([['CREATED', own], ['COMMENT_ADDED', own], ['DELETED', gone]]);
    expect((await api.run(TicketChangesDocument, {}, token)).ticketChanges.totalCount).toBe(3);
  });
});
