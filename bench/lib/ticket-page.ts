import assert from 'node:assert/strict';

/** The read benchmark's query as each server spells it; all take `$first` and `$comments`. */
export const TICKETGRAPH_READ = `query BenchTickets($first: Int!, $comments: Int!) {
  tickets(first: $first) {
    edges { node { id key subject status priority tags createdAt
      comments(first: $comments) { edges { node { id content createdAt } } } } }
  }
}`;

/** PostGraphile 4's generated schema: the same page, ties broken by id as ticketgraph does. */
export const POSTGRAPHILE_READ = `query BenchTickets($first: Int!, $comments: Int!) {
  allTickets(first: $first, orderBy: [CREATED_AT_DESC, ID_DESC]) {
    edges { node { id number subject status priority tags createdAt
      commentsByTicketId(first: $comments, orderBy: [CREATED_AT_ASC, ID_ASC]) { edges { node { id content createdAt } } } } }
  }
}`;

/**
 * PostGraphile 5 (Amber preset): `id` is its global Node id there, the uuid column is `rowId`, and
 * the order enums are TicketOrderBy/CommentOrderBy with ROW_ID_* for that column. The same page,
 * ties broken by id, through edges like the others.
 */
export const POSTGRAPHILE5_READ = `query BenchTickets($first: Int!, $comments: Int!) {
  allTickets(first: $first, orderBy: [CREATED_AT_DESC, ROW_ID_DESC]) {
    edges { node { rowId number subject status priority tags createdAt
      commentsByTicketId(first: $comments, orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) { edges { node { rowId content createdAt } } } } }
  }
}`;

/** The common shape every server's answer is reduced to before comparing. */
export interface PageTicket {
  id: string;
  number: number;
  subject: string;
  status: string;
  priority: string;
  tags: string[];
  createdAt: string;
  comments: { id: string; content: string; createdAt: string }[];
}

interface Edges<N> {
  edges: { node: N }[];
}

function fail(server: string, text: string): never {
  throw new Error(`${server} did not answer the read query with data: ${text.slice(0, 500)}`);
}

function instant(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`not a date-time: ${value}`);
  return date.toISOString();
}

/** The uuid behind a ticketgraph global id, checking its type. */
export function fromGlobalId(globalId: string, type: string): string {
  const prefix = ({ Ticket: 'tkt_', Comment: 'cmt_' } as Record<string, string>)[type];
  if (!prefix || !globalId.startsWith(prefix)) throw new Error(`${globalId} is not a ${type} id`);
  return globalId.slice(prefix.length);
}

/** ticketgraph's response, and the baseline's that copies its shape. */
export function normaliseTicketgraph(text: string, server = 'ticketgraph'): PageTicket[] {
  const body = JSON.parse(text) as {
    data?: { tickets: Edges<{ id: string; key: string; subject: string; status: string; priority: string; tags: string[]; createdAt: string; comments: Edges<{ id: string; content: string; createdAt: string }> }> };
    errors?: unknown;
  };
  if (!body.data || body.errors) fail(server, text);
  return body.data.tickets.edges.map(({ node }) => {
    const key = /^TICKET-(\d+)$/.exec(node.key);
    if (!key) throw new Error(`${server}: bad key ${node.key}`);
    return {
      id: fromGlobalId(node.id, 'Ticket'),
      number: Number(key[1]),
      subject: node.subject,
      status: node.status,
      priority: node.priority,
      tags: node.tags,
      createdAt: instant(node.createdAt),
      comments: node.comments.edges.map(({ node: c }) => ({
        id: fromGlobalId(c.id, 'Comment'),
        content: c.content,
        createdAt: instant(c.createdAt),
      })),
    };
  });
}

/** PostGraphile's answer (v4 names the row's uuid `id`, v5 `rowId`), in the common shape. */
function normalisePostGraphileWith(idField: 'id' | 'rowId', name: string): (text: string) => PageTicket[] {
  type Row<T> = T & Record<typeof idField, string>;
  return (text) => {
    const body = JSON.parse(text) as {
      data?: { allTickets: Edges<Row<{ number: string; subject: string; status: string; priority: string; tags: string[]; createdAt: string; commentsByTicketId: Edges<Row<{ content: string; createdAt: string }>> }>> };
      errors?: unknown;
    };
    if (!body.data || body.errors) fail(name, text);
    return body.data.allTickets.edges.map(({ node }) => ({
      id: node[idField],
      number: Number(node.number),
      subject: node.subject,
      status: node.status,
      priority: node.priority,
      tags: node.tags,
      createdAt: instant(node.createdAt),
      comments: node.commentsByTicketId.edges.map(({ node: c }) => ({ id: c[idField], content: c.content, createdAt: instant(c.createdAt) })),
    }));
  };
}

export const normalisePostGraphile = normalisePostGraphileWith('id', 'PostGraphile');
export const normalisePostGraphile5 = normalisePostGraphileWith('rowId', 'PostGraphile 5');

/** Fails loudly, naming the first ticket where two servers differ. */
export function assertSamePage(expected: PageTicket[], actual: PageTicket[], what: string): void {
  assert.equal(actual.length, expected.length, `${what}: ${actual.length} tickets instead of ${expected.length}`);
  for (let i = 0; i < expected.length; i++) {
    assert.deepEqual(actual[i], expected[i], `${what}: ticket #${i + 1} differs`);
  }
}

/** Guards against comparing trivial pages: the data must exercise comments and ordering. */
export function describePage(page: PageTicket[]): { tickets: number; comments: number; tiedInstants: number } {
  const instants = new Set(page.map((t) => t.createdAt));
  return {
    tickets: page.length,
    comments: page.reduce((sum, t) => sum + t.comments.length, 0),
    tiedInstants: page.length - instants.size,
  };
}
