import { Readable } from 'node:stream';
import { Client } from 'pg';
import { describe, expect, test } from 'vitest';
import { Role } from '../src/entities/enums';
import { toGlobalId } from '../src/ids';
import { ImportService } from '../src/services/import/import.service';
import {
  AddCommentDocument, ChangesBackwardDocument, CommentsBackwardDocument, ConversationsBackwardDocument, CreateCustomerLogDocument, CreateTicketDocument,
  CustomerLogsBackwardDocument, HistoryBackwardDocument, ImportErrorsBackwardDocument, ImportsBackwardDocument, JobsBackwardDocument, SendMessageDocument,
  SetTicketStatusDocument, TicketListCommentsBackwardDocument, CreateWebhookDocument, TicketsBackwardDocument, UpdateTicketDocument, UsersBackwardDocument,
  WebhookDeliveriesBackwardDocument,
} from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { useTestApi } from './helpers/harness';
import { waitFor } from './helpers/wait';

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

describe('every other connection: last/before, through the same paging code', () => {
  const contents = (page: { edges: { node: { content: string } }[] }) => page.edges.map((e) => e.node.content);

  test('a ticket\'s comments page backwards from the newest, with Relay\'s pageInfo; the two directions do not mix', async () => {
    const ticket = (await api.run(CreateTicketDocument, { input: ticketInput() })).createTicket.id;
    for (let i = 1; i <= 5; i++) await api.run(AddCommentDocument, { ticketId: ticket, content: `C${i}` });
    const end = (await api.run(CommentsBackwardDocument, { id: ticket, last: 2 })).ticket!.comments;
    expect(contents(end)).toEqual(['C4', 'C5']);
    expect(end.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    expect(end.totalCount).toBe(5);
    const middle = (await api.run(CommentsBackwardDocument, { id: ticket, last: 2, before: end.pageInfo.startCursor })).ticket!.comments;
    expect(contents(middle)).toEqual(['C2', 'C3']);
    const start = (await api.run(CommentsBackwardDocument, { id: ticket, last: 2, before: middle.pageInfo.startCursor })).ticket!.comments;
    expect(contents(start)).toEqual(['C1']);
    expect(start.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    // A backward page's cursor continues forwards.
    expect(contents((await api.run(CommentsBackwardDocument, { id: ticket, first: 2, after: middle.edges[0]!.cursor })).ticket!.comments)).toEqual(['C3', 'C4']);

    expect((await api.execute(CommentsBackwardDocument, { id: ticket, first: 1, last: 1 })).errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT', fields: [{ field: 'first', message: 'cannot be combined with last or before: page one way at a time' }],
    });
    expect((await api.execute(CommentsBackwardDocument, { id: ticket, last: 1, before: 'bm90IGEgY3Vyc29y' })).errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT', fields: [{ field: 'before', message: 'is not a cursor from this list' }],
    });
  });

  test('comments(last:) on every ticket of a list (read for the whole list at once) and a ticket\'s history', async () => {
    for (const subject of ['A', 'B']) {
      const id = (await api.run(CreateTicketDocument, { input: ticketInput({ subject, tags: ['list-back'] }) })).createTicket.id;
      for (let i = 1; i <= 3; i++) await api.run(AddCommentDocument, { ticketId: id, content: `${subject}${i}` });
    }
    const list = (await api.run(TicketListCommentsBackwardDocument, { tag: 'list-back', last: 2 })).tickets.edges.map((e) => [e.node.subject, contents(e.node.comments)]);
    expect(list).toEqual([['A', ['A2', 'A3']], ['B', ['B2', 'B3']]]);

    const ticket = (await api.run(CreateTicketDocument, { input: ticketInput() })).createTicket.id;
    await api.run(SetTicketStatusDocument, { id: ticket, status: 'IN_PROGRESS' });
    await api.run(AddCommentDocument, { ticketId: ticket, content: 'note' });
    const history = (await api.run(HistoryBackwardDocument, { id: ticket, last: 2 })).ticket!.history;
    expect(history.edges.map((e) => e.node.type)).toEqual(['STATUS_CHANGED', 'COMMENT_ADDED']);
    const before = (await api.run(HistoryBackwardDocument, { id: ticket, last: 2, before: history.pageInfo.startCursor })).ticket!.history;
    expect(before.edges.map((e) => e.node.type)).toEqual(['CREATED']);
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  test('conversations (newest first) and their messages, customer logs and users', async () => {
    for (const topic of ['password', 'invoice', 'printer']) await api.run(SendMessageDocument, { message: `How do I fix my ${topic}?` });
    const oldest = (await api.run(ConversationsBackwardDocument, { last: 1, messagesLast: 1 })).conversations;
    expect(oldest.edges.map((e) => e.node.title)).toEqual(['How do I fix my password?']);
    expect(oldest.edges[0]!.node.messages.edges.map((e) => e.node.role)).toEqual(['ASSISTANT']);
    expect(oldest.edges[0]!.node.messages.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const newer = (await api.run(ConversationsBackwardDocument, { last: 5, before: oldest.pageInfo.startCursor })).conversations;
    expect(newer.edges.map((e) => e.node.title)).toEqual(['How do I fix my printer?', 'How do I fix my invoice?']);

    for (const title of ['L1', 'L2', 'L3']) await api.run(CreateCustomerLogDocument, { input: { title, description: 'A log entry.', logType: 'FEEDBACK' } });
    const logs = (await api.run(CustomerLogsBackwardDocument, { last: 2 })).customerLogs;
    expect(logs.edges.map((e) => e.node.title)).toEqual(['L2', 'L1']);
    expect((await api.run(CustomerLogsBackwardDocument, { last: 2, before: logs.pageInfo.startCursor })).customerLogs.edges.map((e) => e.node.title)).toEqual(['L3']);

    const admin = await api.user(Role.ADMIN, 'paging-admin');
    await api.user(Role.AGENT, 'paging-newest');
    const users = (await api.run(UsersBackwardDocument, { last: 1 }, admin)).users;
    expect(users.edges.map((e) => e.node.username)).toEqual(['paging-newest']);
    expect((await api.run(UsersBackwardDocument, { last: 1, before: users.pageInfo.startCursor }, admin)).users.edges.map((e) => e.node.username)).toEqual(['paging-admin']);
  });

  test('a webhook\'s delivery log (newest first) pages backwards from its oldest delivery', async () => {
    const admin = await api.user(Role.ADMIN, 'hook-admin');
    await api.run(CreateWebhookDocument, { input: { url: 'http://127.0.0.1:9/hooks', events: ['CREATED', 'STATUS_CHANGED'] } }, admin);
    const ticket = (await api.run(CreateTicketDocument, { input: ticketInput() })).createTicket.id;
    await api.run(SetTicketStatusDocument, { id: ticket, status: 'IN_PROGRESS' });
    await api.run(SetTicketStatusDocument, { id: ticket, status: 'RESOLVED' });
    const read = async (variables: { last: number; before?: string | null }) => (await api.run(WebhookDeliveriesBackwardDocument, variables, admin)).webhooks[0]!.deliveries;
    const oldest = await waitFor(() => read({ last: 1 }), (page) => page.totalCount === 3);
    expect(oldest.edges.map((e) => e.node.event)).toEqual(['ticket.created']);
    expect(oldest.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const newer = await read({ last: 5, before: oldest.pageInfo.startCursor });
    expect(newer.edges.map((e) => e.node.event)).toEqual(['ticket.status_changed', 'ticket.status_changed']);
    expect(newer.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });
});

describe('the lists that paged forwards only: classificationJobs, imports, an import\'s errors, ticketChanges', () => {
  const HEADER = 'customer_id,customer_email,customer_name,subject,description,category,priority';
  const goodRow = (i: number) => `c${i},c${i}@example.com,C ${i},Imported ${i},A description long enough to pass.,other,low`;
  const badRow = (i: number) => `c${i},not-an-email,C ${i},Refused ${i},A description long enough to pass.,other,low`;

  /** Imports a CSV file as the test's agent, with a classification job for its tickets. */
  async function importCsv(fileName: string, rows: string[]): Promise<string> {
    const outcome = await new ImportService(await api.context()).importTickets({
      open: () => Readable.from([`${HEADER}\n${rows.join('\n')}\n`]),
      format: 'CSV',
      fileName,
      classify: true,
    });
    return outcome.importId;
  }

  test('classificationJobs and imports (newest first) page backwards from the oldest, and their cursors go both ways', async () => {
    for (let i = 1; i <= 4; i++) await importCsv(`f${i}.csv`, [goodRow(i)]);
    const jobs = (page: { edges: { node: { fileName?: string | null } }[] }) => page.edges.map((e) => e.node.fileName);

    const oldest = (await api.run(JobsBackwardDocument, { last: 3 })).classificationJobs;
    expect(jobs(oldest)).toEqual(['f3.csv', 'f2.csv', 'f1.csv']);
    expect(oldest.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false, startCursor: oldest.edges[0]!.cursor, endCursor: oldest.edges[2]!.cursor });
    expect(oldest.totalCount).toBe(4);
    const newest = (await api.run(JobsBackwardDocument, { last: 3, before: oldest.pageInfo.startCursor })).classificationJobs;
    expect(jobs(newest)).toEqual(['f4.csv']);
    expect(newest.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(jobs((await api.run(JobsBackwardDocument, { first: 2, after: oldest.edges[0]!.cursor })).classificationJobs)).toEqual(['f2.csv', 'f1.csv']);

    const records = (await api.run(ImportsBackwardDocument, { last: 2 })).imports;
    expect(jobs(records)).toEqual(['f2.csv', 'f1.csv']);
    expect(records.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = (await api.run(ImportsBackwardDocument, { last: 5, before: records.pageInfo.startCursor })).imports;
    expect(jobs(before)).toEqual(['f4.csv', 'f3.csv']);
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(jobs((await api.run(ImportsBackwardDocument, { first: 5, after: before.edges[1]!.cursor })).imports)).toEqual(['f2.csv', 'f1.csv']);
  });

  test('an import\'s refused rows page backwards in file order', async () => {
    const id = toGlobalId('ImportRecord', await importCsv('mixed.csv', [badRow(1), goodRow(2), badRow(3), badRow(4), goodRow(5), badRow(6)]));
    const errors = async (variables: { first?: number; after?: string | null; last?: number; before?: string | null }) => {
      const node = (await api.run(ImportErrorsBackwardDocument, { id, ...variables })).node;
      if (node?.__typename !== 'ImportRecord') throw new Error('not an import record');
      return node.errors;
    };
    const rows = (page: { edges: { node: { row: number } }[] }) => page.edges.map((e) => e.node.row);
    const all = rows(await errors({ first: 10 }));
    expect(all).toHaveLength(4);
    const end = await errors({ last: 3 });
    expect(rows(end)).toEqual(all.slice(1));
    expect(end.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    expect(end.totalCount).toBe(4);
    const start = await errors({ last: 3, before: end.pageInfo.startCursor });
    expect(rows(start)).toEqual(all.slice(0, 1));
    expect(start.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(rows(await errors({ first: 2, after: start.pageInfo.endCursor }))).toEqual(all.slice(1, 3));
  });

  test('ticketChanges pages backwards over what the forward reader would see: a change of a transaction still running holds back later ones', async () => {
    const ticket = (await api.run(CreateTicketDocument, { input: ticketInput() })).createTicket.id;
    await api.run(SetTicketStatusDocument, { id: ticket, status: 'IN_PROGRESS' });
    await api.run(SetTicketStatusDocument, { id: ticket, status: 'RESOLVED' });
    const types = (page: { edges: { node: { type: string } }[] }) => page.edges.map((e) => e.node.type);

    // The feed shows a change once every transaction older than its own has ended (on the whole server).
    const end = await waitFor(async () => (await api.run(ChangesBackwardDocument, { last: 2 })).ticketChanges, (page) => page.totalCount === 3);
    expect(types(end)).toEqual(['STATUS_CHANGED', 'STATUS_CHANGED']);
    expect(end.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const start = (await api.run(ChangesBackwardDocument, { last: 2, before: end.pageInfo.startCursor })).ticketChanges;
    expect(types(start)).toEqual(['CREATED']);
    expect(start.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    // The backward page's cursor continues forwards.
    expect(types((await api.run(ChangesBackwardDocument, { first: 5, after: start.pageInfo.startCursor })).ticketChanges)).toEqual(['STATUS_CHANGED', 'STATUS_CHANGED']);

    const slow = new Client({ connectionString: api.config.database.url });
    await slow.connect();
    try {
      await slow.query('begin');
      await slow.query('select pg_current_xact_id()');
      await api.run(SetTicketStatusDocument, { id: ticket, status: 'CLOSED' });
      // Committed, but after a transaction still running: not in the feed either way yet.
      const held = (await api.run(ChangesBackwardDocument, { last: 5 })).ticketChanges;
      expect(types(held)).toEqual(['CREATED', 'STATUS_CHANGED', 'STATUS_CHANGED']);
      expect(held.totalCount).toBe(3);
      await slow.query('commit');
    } finally {
      await slow.end();
    }
    const after = await waitFor(async () => (await api.run(ChangesBackwardDocument, { last: 1 })).ticketChanges, (page) => page.totalCount === 4);
    expect(types(after)).toEqual(['STATUS_CHANGED']);
  });

  test('first with last, a negative last and foreign cursors are named errors on each of them', async () => {
    const id = toGlobalId('ImportRecord', await importCsv('one.csv', [badRow(1)]));
    const mixed = { code: 'BAD_USER_INPUT', fields: [{ field: 'first', message: 'cannot be combined with last or before: page one way at a time' }] };
    const foreign = { code: 'BAD_USER_INPUT', fields: [{ field: 'before', message: 'is not a cursor from this list' }] };
    const negative = { code: 'BAD_USER_INPUT', fields: [{ field: 'last', message: 'must not be negative' }] };
    // A cursor of another list: a ticket event's (time, id) is no (transaction, position), a row number no (time, id).
    const eventCursor = Buffer.from(JSON.stringify([new Date().toISOString(), '0193e714-0000-7000-8000-000000000000'])).toString('base64url');
    const rowCursor = Buffer.from(JSON.stringify([2])).toString('base64url');
    const cases = [
      { document: JobsBackwardDocument, variables: {}, cursor: rowCursor },
      { document: ImportsBackwardDocument, variables: {}, cursor: rowCursor },
      { document: ImportErrorsBackwardDocument, variables: { id }, cursor: eventCursor },
      { document: ChangesBackwardDocument, variables: {}, cursor: eventCursor },
    ] as const;
    for (const { document, variables, cursor } of cases) {
      const run = async (paging: Record<string, unknown>) => (await api.execute(document as never, { ...variables, ...paging } as never)).errors?.[0]?.extensions;
      expect(await run({ first: 1, last: 1 })).toEqual(mixed);
      expect(await run({ last: -1 })).toEqual(negative);
      expect(await run({ last: 1, before: cursor })).toEqual(foreign);
    }
  });
});
