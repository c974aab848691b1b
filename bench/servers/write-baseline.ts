import { Pool, types } from 'pg';
// The same time-ordered ids as ticketgraph, so both fill the primary-key indexes alike.
import { newId } from '../../src/ids';
import { globalId, serveBaseline, ticketKey } from './http-util';

/**
 * The write baseline: plain node:http + pg running the statement ticketgraph runs for
 * `createTicket` (TicketRepository.insertWithEvent: the ticket and its CREATED history entry in
 * one statement) and answering in the shape of the benchmark's mutation. No validation.
 */

types.setTypeParser(types.builtins.TIMESTAMPTZ, (value) => new Date(value));

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_MAX ?? 10) });

interface Input {
  customer: { id: string; email: string; name: string };
  subject: string;
  description: string;
  category?: string;
  priority?: string;
  status?: string;
  tags?: string[];
  metadata?: { source: string; browser?: string; deviceType?: string; extra?: unknown };
}

const INSERT = `with t as (
    insert into tickets (id, customer_id, customer_email, customer_name, subject, description, category, priority,
      status, tags, source, browser, device_type, extra, assigned_to, created_at, updated_at, resolved_at,
      sla_due_at, classification, manual_override)
    values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text[], $11, $12, $13, $14::jsonb, null, $15, $15, null, null, null, false)
    returning id, number, customer_id, customer_email, customer_name, subject, description, category,
      priority, status, tags, source, browser, device_type, extra, assigned_to, created_at, updated_at, resolved_at,
      sla_due_at, classification, manual_override
  ), e as (
    insert into ticket_events (id, ticket_id, type, actor, occurred_at, changes)
    select $16, t.id, 'CREATED', null, t.created_at, $17::jsonb from t
  )
  select * from t`;

async function createTicket(input: Input): Promise<string> {
  const now = new Date();
  const category = input.category ?? 'OTHER';
  const priority = input.priority ?? 'MEDIUM';
  const status = input.status ?? 'NEW';
  const changes = [
    { field: 'subject', oldValue: null, newValue: input.subject },
    { field: 'category', oldValue: null, newValue: category },
    { field: 'priority', oldValue: null, newValue: priority },
    { field: 'status', oldValue: null, newValue: status },
  ];
  const metadata = input.metadata ?? { source: 'API' };
  const { rows } = await pool.query({
    name: 'create-ticket',
    text: INSERT,
    values: [
      newId(now.getTime()), input.customer.id, input.customer.email, input.customer.name, input.subject, input.description,
      category, priority, status, input.tags ?? [], metadata.source, metadata.browser ?? null, metadata.deviceType ?? null,
      metadata.extra === undefined ? null : JSON.stringify(metadata.extra), now, newId(now.getTime()), JSON.stringify(changes),
    ],
  });
  const t = rows[0] as { id: string; number: string; subject: string; status: string; priority: string; tags: string[]; created_at: Date };
  return JSON.stringify({
    data: {
      createTicket: {
        id: globalId('Ticket', t.id),
        key: ticketKey(t.number),
        subject: t.subject,
        status: t.status,
        priority: t.priority,
        tags: t.tags,
        createdAt: t.created_at.toISOString(),
      },
    },
  });
}

serveBaseline<{ input: Input }>(pool, (variables) => createTicket(variables!.input));
