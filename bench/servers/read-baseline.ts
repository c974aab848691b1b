import { Pool, types } from 'pg';
import { globalId, serveBaseline, ticketKey } from './http-util';

/**
 * The read baseline: plain node:http + pg answering the read benchmark's query with the same SQL
 * ticketgraph runs (a keyset page of tickets, then one LATERAL query for the first comments of
 * every ticket on it) and the same response JSON, byte for byte. BASELINE_MODE=json instead lets
 * PostgreSQL build the whole response in one statement.
 */

// ticketgraph reads timestamps as text and parses them; the Date parse is the same work here.
types.setTypeParser(types.builtins.TIMESTAMPTZ, (value) => new Date(value));

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_MAX ?? 10) });
const mode = process.env.BASELINE_MODE ?? 'two-queries';

interface TicketRow {
  id: string;
  number: string;
  subject: string;
  status: string;
  priority: string;
  tags: string[];
  created_at: Date;
}

interface CommentRow {
  ticket_id: string;
  id: string;
  content: string;
  created_at: Date;
}

async function twoQueries(first: number, commentsFirst: number): Promise<string> {
  const tickets = await pool.query<TicketRow>({
    name: 'tickets-page',
    text: `select id, number, subject, status, priority, tags, created_at from tickets
           order by created_at desc, id desc limit $1`,
    values: [first],
  });
  const ids = tickets.rows.map((row) => row.id);
  const comments = await pool.query<CommentRow>({
    name: 'comments-pages',
    text: `select c.* from unnest($1::uuid[]) as p(parent_id)
           cross join lateral (
             select c.ticket_id, c.id, c.content, c.created_at from comments c where c.ticket_id = p.parent_id
             order by c.created_at, c.id limit $2
           ) c`,
    values: [ids, commentsFirst],
  });
  const byTicket = new Map<string, CommentRow[]>(ids.map((id) => [id, []]));
  for (const row of comments.rows) byTicket.get(row.ticket_id)!.push(row);
  return JSON.stringify({
    data: {
      tickets: {
        edges: tickets.rows.map((t) => ({
          node: {
            id: globalId('Ticket', t.id),
            key: ticketKey(t.number),
            subject: t.subject,
            status: t.status,
            priority: t.priority,
            tags: t.tags,
            createdAt: t.created_at.toISOString(),
            comments: {
              edges: byTicket.get(t.id)!.map((c) => ({
                node: { id: globalId('Comment', c.id), content: c.content, createdAt: c.created_at.toISOString() },
              })),
            },
          },
        })),
      },
    },
    extensions: costExtension(first, commentsFirst),
  });
}

/** ticketgraph reports each query's cost (QUERY_MAX_COST default 5000); the same JSON carries it here. */
function costExtension(first: number, commentsFirst: number) {
  return { cost: { requested: 1 + first + first * commentsFirst, limit: 5000 } };
}

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const gid = (type: string, column: string): string =>
  `'${type === 'Ticket' ? 'tkt' : 'cmt'}_' || ${column}`;

async function oneJsonQuery(first: number, commentsFirst: number): Promise<string> {
  const { rows } = await pool.query<{ body: string }>({
    name: 'tickets-json',
    text: `select json_build_object('data', json_build_object('tickets', json_build_object('edges', coalesce(json_agg(
             json_build_object('node', json_build_object(
               'id', ${gid('Ticket', 't.id')},
               'key', 'TICKET-' || lpad(t.number::text, 6, '0'),
               'subject', t.subject, 'status', t.status, 'priority', t.priority, 'tags', t.tags,
               'createdAt', to_char(t.created_at at time zone 'UTC', ${ISO}),
               'comments', json_build_object('edges', (
                 select coalesce(json_agg(json_build_object('node', json_build_object(
                   'id', ${gid('Comment', 'c.id')}, 'content', c.content,
                   'createdAt', to_char(c.created_at at time zone 'UTC', ${ISO})
                 )) order by c.created_at, c.id), '[]')
                 from (select id, content, created_at from comments where ticket_id = t.id
                       order by created_at, id limit $2) c))
             )) order by t.created_at desc, t.id desc), '[]'))),
             'extensions', $3::json)::text as body
           from (select id, number, subject, status, priority, tags, created_at from tickets
                 order by created_at desc, id desc limit $1) t`,
    values: [first, commentsFirst, JSON.stringify(costExtension(first, commentsFirst))],
  });
  return rows[0]!.body;
}

const answer = mode === 'json' ? oneJsonQuery : twoQueries;

serveBaseline<{ first?: number; comments?: number }>(pool, (variables = {}) =>
  answer(Math.min(variables.first ?? 20, 100), Math.min(variables.comments ?? 20, 100)),
);
