import { EntityRepository } from '@mikro-orm/postgresql';
import { copyIn, copyValue, query } from '../../db/sql';
import type { ClassificationRecord, ClassifiedField } from '../../entities/classification.value';
import { PRIORITY_WEIGHT, type OrderDirection, type TicketEventType, type TicketOrderField } from '../../entities/enums';
import type { FieldChange } from '../../entities/ticket-event.entity';
import type { Ticket } from '../../entities/ticket.entity';
import { decodeCursor, encodeCursor, invalidCursor, type CursorValue } from '../shared/keyset';
import { toPage, type Page, type PageDirection } from '../shared/page';
import { attachmentsMatching, ticketWhere, type TicketQuery, type TicketScope } from './ticket-filter';
import { TICKETS, type PartialTicket, type TicketProperty, type TicketRecord } from './ticket.table';

export interface TicketOrdering {
  field: TicketOrderField;
  direction: OrderDirection;
}

interface OrderKey {
  columns: string[];
  casts: string[];
  /** The record properties the key is made of: a page always reads them. */
  properties: TicketProperty[];
  of: (t: PartialTicket) => CursorValue[];
}

/** Sort keys per ordering; every key sorts in the ordering's direction, ending with the unique id. */
const ORDER_KEYS: Record<TicketOrderField, OrderKey> = {
  CREATED_AT: {
    columns: ['created_at', 'id'],
    casts: ['timestamptz', 'uuid'],
    properties: ['createdAt'],
    of: (t) => [t.createdAt!.toISOString(), t.id],
  },
  UPDATED_AT: {
    columns: ['updated_at', 'id'],
    casts: ['timestamptz', 'uuid'],
    properties: ['updatedAt'],
    of: (t) => [t.updatedAt!.toISOString(), t.id],
  },
  PRIORITY: {
    // priority_weight is a generated column of priority.
    columns: ['priority_weight', 'created_at', 'id'],
    casts: ['smallint', 'timestamptz', 'uuid'],
    properties: ['priority', 'createdAt'],
    of: (t) => [PRIORITY_WEIGHT[t.priority!], t.createdAt!.toISOString(), t.id],
  },
};

/** The cursor's first element names the ordering, so a cursor cannot be replayed in another. */
function cursorShape(field: TicketOrderField): ('string' | 'number')[] {
  return ['string', ...ORDER_KEYS[field].casts.map((cast) => (cast === 'smallint' ? 'number' : 'string') as 'string' | 'number')];
}

const ALL_COLUMNS = TICKETS.select();

/** The columns a page reads: those of the properties asked for, the id and the sort key. */
function columnsFor(properties: ReadonlySet<TicketProperty> | undefined, ordering: TicketOrdering): string {
  if (!properties) return ALL_COLUMNS;
  return TICKETS.select(new Set<TicketProperty>(['id', ...ORDER_KEYS[ordering.field].properties, ...properties]));
}

/** A copy of a managed entity as a record, detached from the unit of work. */
export function ticketFromEntity(ticket: Ticket): TicketRecord {
  return TICKETS.copyOf(ticket);
}

/** The cursor of a ticket within a list in the given order. */
export function ticketCursor(ticket: PartialTicket, ordering: TicketOrdering): string {
  return encodeCursor([ordering.field, ...ORDER_KEYS[ordering.field].of(ticket)]);
}

/**
 * The owner is the customer account that created the ticket (directly or from a conversation).
 * Tickets others file for a customer's email are not linked to the account with that email:
 * registration does not verify addresses, so the link would show them to whoever registered first.
 */
export type NewTicket = Omit<TicketRecord, 'number' | 'updatedAt' | 'ownerId' | 'slaBreachedAt'> & {
  ownerId?: string | null;
  /** The classification job that will classify the ticket, if any. */
  classificationJobId?: string | null;
  /** Which of category and priority that job decides: those the creator left open. */
  classifyFields?: readonly ClassifiedField[] | null;
};

/** What a new ticket's row holds; `updated_at` starts as `created_at` and the number comes from a sequence. */
const NEW_TICKET_PROPERTIES: readonly TicketProperty[] = [
  'id', 'customer', 'subject', 'description', 'category', 'priority', 'status', 'tags', 'metadata', 'assignedTo', 'createdAt',
  'resolvedAt', 'slaDueAt', 'slaPausedAt', 'classification', 'manualOverride', 'createdByTokenId', 'ownerId',
];

/** A classification and what it decides about a ticket, as one row of `updateClassifications`. */
export type ClassificationUpdate = Pick<TicketRecord, 'id' | 'category' | 'priority' | 'slaDueAt' | 'slaPausedAt'> & {
  classification: ClassificationRecord;
};

export interface CreatedEvent {
  id: string;
  actor: string | null;
  changes: FieldChange[];
}

/** New tickets streaming into the database; see `TicketRepository.startImport`. */
export interface TicketImport {
  /** Await it: it waits when the database falls behind. */
  add(ticket: NewTicket, event: CreatedEvent): Promise<void> | void;
  /** Stores every ticket added; `beforeStore` runs first, once the connection is free again (e.g. to insert what the tickets reference). */
  finish(beforeStore?: () => Promise<void>): Promise<void>;
  /** Stores none; the transaction can then roll back. */
  abort(reason: Error): Promise<void>;
}

/**
 * The staging table of an import: a new ticket's columns, then the job that classifies it and its
 * CREATED entry's, in file order. Imported tickets have no owner: a file's tickets are the
 * importer's to file for others (and a signed upload's belong to whoever holds its job id).
 */
const STAGED_TICKET = TICKETS.staging(NEW_TICKET_PROPERTIES.filter((property) => property !== 'ownerId'));
const STAGING_COLUMNS: readonly { column: string; type: string; value: (ticket: NewTicket, event: CreatedEvent) => unknown }[] = [
  ...STAGED_TICKET.map((c) => ({ column: c.column, type: c.type, value: (ticket: NewTicket) => c.value(ticket) })),
  { column: 'classification_job_id', type: 'uuid', value: (t) => t.classificationJobId ?? null },
  { column: 'classify_fields', type: 'text', value: (t) => t.classifyFields?.join(',') ?? null },
  { column: 'event_id', type: 'uuid', value: (_t, e) => e.id },
  { column: 'actor', type: 'text', value: (_t, e) => e.actor },
  { column: 'changes', type: 'jsonb', value: (_t, e) => JSON.stringify(e.changes) },
];

export class TicketRepository extends EntityRepository<Ticket> {
  /** Inserts a ticket and its CREATED history entry in one statement, so both or neither exist. */
  async insertWithEvent(ticket: NewTicket, event: CreatedEvent): Promise<TicketRecord> {
    const insert = TICKETS.insertOf(ticket, NEW_TICKET_PROPERTIES);
    const [row] = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `with t as (
         insert into tickets (${insert.columns}, updated_at)
         values (${insert.placeholders}, ?)
         returning ${ALL_COLUMNS}
       ), e as (
         insert into ticket_events (id, ticket_id, type, actor, occurred_at, changes)
         select ?, t.id, 'CREATED', ?, t.created_at, ?::jsonb from t
       )
       select * from t`,
      [...insert.values, ticket.createdAt, event.id, event.actor, JSON.stringify(event.changes)],
    );
    return TICKETS.fromRow(row!);
  }

  /**
   * A bulk insert of new tickets, each with its CREATED history entry, in the current transaction:
   * rows stream into a temporary table with COPY as they are added, then `finish` moves them into
   * `tickets` and `ticket_events` in one statement. Node keeps no rows: memory stays flat whatever
   * the number of tickets.
   */
  async startImport(): Promise<TicketImport> {
    const em = this.getEntityManager();
    await query(
      em,
      `create temp table import_staging (seq bigint, ${STAGING_COLUMNS.map((c) => `${c.column} ${c.type}`).join(', ')}) on commit drop`,
    );
    const copy = await copyIn(em, `copy import_staging (seq, ${STAGING_COLUMNS.map((c) => c.column).join(', ')}) from stdin`);
    let seq = 0;
    return {
      add(ticket, event) {
        let line = String(++seq);
        for (const c of STAGING_COLUMNS) line += `\t${copyValue(c.value(ticket, event) as Parameters<typeof copyValue>[0])}`;
        return copy.write(`${line}\n`);
      },
      async finish(beforeStore) {
        await copy.end();
        await beforeStore?.();
        await query(
          em,
          `with t as (
             insert into tickets (${STAGED_TICKET.map((c) => c.column).join(', ')}, updated_at, classification_job_id, classify_fields)
             select ${STAGED_TICKET.map((c) => c.expression('s')).join(', ')}, s.created_at, s.classification_job_id, s.classify_fields
             from import_staging s
             order by s.seq
           )
           insert into ticket_events (id, ticket_id, type, actor, occurred_at, changes)
           select s.event_id, s.id, 'CREATED', s.actor, s.created_at, s.changes from import_staging s order by s.seq`,
        );
      },
      abort: (reason) => copy.abort(reason),
    };
  }

  /** Reads tickets for a change in this transaction: locked until it ends. */
  async lockRecords(ids: readonly string[]): Promise<TicketRecord[]> {
    const rows = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `select ${ALL_COLUMNS} from tickets where id = any(?::uuid[]) order by id for update`,
      [ids],
    );
    return TICKETS.fromRows(rows);
  }

  /** Stores classifications (with what they decide) on many tickets in one statement; returns the tickets as they are now. */
  async updateClassifications(updates: readonly ClassificationUpdate[], now: Date): Promise<TicketRecord[]> {
    if (updates.length === 0) return [];
    const rows = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `update tickets t set category = u.category, priority = u.priority, sla_due_at = u.sla_due_at, sla_paused_at = u.sla_paused_at,
         classification = u.classification, updated_at = ?
       from unnest(?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::jsonb[])
         as u(id, category, priority, sla_due_at, sla_paused_at, classification)
       where t.id = u.id
       returning ${TICKETS.select(undefined, 't')}`,
      [
        now, updates.map((u) => u.id), updates.map((u) => u.category), updates.map((u) => u.priority), updates.map((u) => u.slaDueAt),
        updates.map((u) => u.slaPausedAt), updates.map((u) => JSON.stringify(u.classification)),
      ],
    );
    return TICKETS.fromRows(rows);
  }

  /** Assigns tickets (id and assignee pairs) in one statement; returns the tickets as they are now. */
  async setAssignees(assignments: readonly { ticketId: string; assignee: string }[], now: Date): Promise<TicketRecord[]> {
    if (assignments.length === 0) return [];
    const rows = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `update tickets t set assigned_to = a.assignee, updated_at = ?
       from unnest(?::uuid[], ?::text[]) as a(id, assignee)
       where t.id = a.id
       returning ${TICKETS.select(undefined, 't')}`,
      [now, assignments.map((a) => a.ticketId), assignments.map((a) => a.assignee)],
    );
    return TICKETS.fromRows(rows);
  }

  /** History entries of one type for many tickets, in one statement. */
  async insertEvents(
    type: TicketEventType,
    actor: string | null,
    occurredAt: Date,
    entries: readonly { id: string; ticketId: string; changes: FieldChange[] }[],
  ): Promise<void> {
    if (entries.length === 0) return;
    await query(
      this.getEntityManager(),
      `insert into ticket_events (id, ticket_id, type, actor, occurred_at, changes)
       select e.id, e.ticket_id, ?, ?, ?, e.changes from unnest(?::uuid[], ?::uuid[], ?::jsonb[]) as e(id, ticket_id, changes)`,
      [type, actor, occurredAt, entries.map((e) => e.id), entries.map((e) => e.ticketId), entries.map((e) => JSON.stringify(e.changes))],
    );
  }

  /**
   * Marks tickets whose SLA due date passed while open and running (not paused, not resolved),
   * each once, oldest due first; rows another transaction holds are left for the next round.
   */
  async markSlaBreaches(now: Date, limit: number): Promise<TicketRecord[]> {
    const rows = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `update tickets set sla_breached_at = ?
       where id in (
         select id from tickets
         where sla_due_at < ? and sla_breached_at is null and sla_paused_at is null and resolved_at is null
         order by sla_due_at limit ? for update skip locked)
       returning ${ALL_COLUMNS}`,
      [now, now, limit],
    );
    return TICKETS.fromRows(rows);
  }

  async findRecords(ids: readonly string[]): Promise<TicketRecord[]> {
    const rows = await query<Record<string, unknown>>(this.getEntityManager(), `select ${ALL_COLUMNS} from tickets where id = any(?::uuid[])`, [ids]);
    return TICKETS.fromRows(rows);
  }

  async findRecordByNumber(number: number): Promise<TicketRecord | undefined> {
    const [row] = await query<Record<string, unknown>>(this.getEntityManager(), `select ${ALL_COLUMNS} from tickets where number = ?`, [number]);
    return row && TICKETS.fromRow(row);
  }

  /** A page of tickets in the given order, every property read. */
  findPage(filter: TicketQuery, scope: TicketScope, ordering: TicketOrdering, first: number, after?: string): Promise<Page<TicketRecord>>;
  /**
   * A page of tickets reading only the given properties' columns (and the id and the sort key): the
   * `first` after the cursor, or backward the `first` before it, read in reverse and returned in
   * list order.
   */
  findPage(
    filter: TicketQuery,
    scope: TicketScope,
    ordering: TicketOrdering,
    first: number,
    cursor: string | undefined,
    properties: ReadonlySet<TicketProperty> | undefined,
    direction?: PageDirection,
  ): Promise<Page<PartialTicket>>;
  async findPage(
    filter: TicketQuery,
    scope: TicketScope,
    ordering: TicketOrdering,
    size: number,
    cursor?: string,
    properties?: ReadonlySet<TicketProperty>,
    pageDirection: PageDirection = 'forward',
  ): Promise<Page<PartialTicket>> {
    const { conditions, bindings } = ticketWhere(filter, scope);
    const keys = ORDER_KEYS[ordering.field];
    const backward = pageDirection === 'backward';
    // Reading backwards walks the list's order reversed.
    const ascending = (ordering.direction === 'ASC') !== backward;
    const direction = ascending ? 'asc' : 'desc';
    const cursorField = backward ? 'before' : 'after';
    if (cursor) {
      const values = decodeCursor(cursor, cursorShape(ordering.field), cursorField);
      if (values[0] !== ordering.field) throw invalidCursor(cursorField);
      const placeholders = keys.casts.map((cast) => `?::${cast}`).join(', ');
      conditions.push(`(${keys.columns.join(', ')}) ${ascending ? '>' : '<'} (${placeholders})`);
      bindings.push(...values.slice(1));
    }
    bindings.push(size + 1);
    const rows = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `select ${columnsFor(properties, ordering)} from tickets
       ${conditions.length ? `where ${conditions.join(' and ')}` : ''}
       order by ${keys.columns.map((c) => `${c} ${direction}`).join(', ')}
       limit ?`,
      bindings,
    );
    const page = toPage(TICKETS.fromPartialRows(rows) as PartialTicket[], size);
    if (!backward) return page;
    return { items: page.items.reverse(), hasPreviousPage: page.hasNextPage, hasNextPage: Boolean(cursor) };
  }

  /** A job's tickets still to classify, in file order after the given number, with what the job decides of each. */
  async unclassifiedOfJob(
    jobId: string,
    afterNumber: number,
    limit: number,
  ): Promise<{ id: string; number: number; subject: string; description: string; classifyFields: ClassifiedField[] }[]> {
    const rows = await query<{ id: string; number: string; subject: string; description: string; classify_fields: string | null }>(
      this.getEntityManager(),
      `select id, number, subject, description, classify_fields from tickets
       where classification_job_id = ? and classification is null and number > ?::bigint
       order by number limit ?`,
      [jobId, afterNumber, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      number: Number(row.number),
      subject: row.subject,
      description: row.description,
      // Unset: the job decides both.
      classifyFields: (row.classify_fields ?? 'category,priority').split(',').filter(Boolean) as ClassifiedField[],
    }));
  }

  /**
   * Tickets sharing words with a ticket (any of its lexemes, English stemming), the caller's scope
   * applied, best `limit` by ts_rank: the candidates that similarity by meaning then ranks.
   */
  async sharingWords(ticketId: string, scope: TicketScope, limit: number): Promise<TicketRecord[]> {
    const { conditions, bindings } = ticketWhere({}, scope);
    const rows = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `with q as (
         select array_to_string(array(select quote_literal(l) from unnest(tsvector_to_array(search)) l), ' | ')::tsquery as query
         from tickets where id = ? and length(search) > 0
       )
       select ${ALL_COLUMNS} from tickets, q
       where tickets.search @@ q.query and tickets.id <> ?${conditions.length ? ` and ${conditions.join(' and ')}` : ''}
       order by ts_rank(tickets.search, q.query) desc, tickets.id
       limit ?`,
      [ticketId, ticketId, ...bindings, limit],
    );
    return TICKETS.fromRows(rows);
  }

  /** The subjects of the tickets carrying a tag. */
  async subjectsTagged(tag: string): Promise<string[]> {
    const rows = await query<{ subject: string }>(this.getEntityManager(), 'select subject from tickets where tags @> array[?::text]', [tag]);
    return rows.map((row) => row.subject);
  }

  /** Whether a ticket's text matches a search as the `search` filter would for a customer (the text of public files counts). */
  async textMatches(ticket: Pick<TicketRecord, 'id' | 'subject' | 'description'>, search: string): Promise<boolean> {
    const [row] = await query<{ matches: boolean }>(
      this.getEntityManager(),
      `select (to_tsvector('english', ?) || to_tsvector('english', ?)) @@ websearch_to_tsquery('english', ?)
         or ?::uuid in (${attachmentsMatching(true)}) as matches`,
      [ticket.subject, ticket.description, search, ticket.id, search],
    );
    return row!.matches;
  }

  async countMatching(filter: TicketQuery, scope: TicketScope): Promise<number> {
    const { conditions, bindings } = ticketWhere(filter, scope);
    const [row] = await query<{ count: string }>(
      this.getEntityManager(),
      `select count(*) as count from tickets ${conditions.length ? `where ${conditions.join(' and ')}` : ''}`,
      bindings,
    );
    return Number(row!.count);
  }
}
