import { EntityRepository } from '@mikro-orm/postgresql';
import { copyIn, copyValue, query, toDate, toDateOrNull } from '../../db/sql';
import {
  PRIORITY_WEIGHT, type DeviceType, type TicketCategory, type TicketPriority, type TicketSource, type TicketStatus,
  type TicketEventType,
} from '../../entities/enums';
import type { Ticket } from '../../entities/ticket.entity';
import type { FieldChange } from '../../entities/ticket-event.entity';
import { decodeCursor, encodeCursor, invalidCursor, toPage, type CursorValue } from '../shared/keyset';
import type { TicketScope } from '../../services/identity/policy';
import type { ClassifiedField } from '../../services/classifier/classification.service';
import type { ClassificationRecord, Page, TicketRecord } from './ticket.records';

/** Conditions a ticket list is filtered by; every one given must hold. */
export interface TicketQuery {
  status?: TicketStatus[] | null;
  priority?: TicketPriority[] | null;
  category?: TicketCategory[] | null;
  assignedTo?: string | null;
  customerEmail?: string | null;
  /** Tickets carrying all of these tags. */
  tags?: string[] | null;
  /** English full-text search over subject and description (web-search syntax). */
  search?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  /** Tickets of one classification job (not a client filter: jobs list their own tickets). */
  classificationJobId?: string;
}

export type TicketOrderField = 'CREATED_AT' | 'UPDATED_AT' | 'PRIORITY';
export interface TicketOrdering {
  field: TicketOrderField;
  direction: 'ASC' | 'DESC';
}

/** Sort keys per ordering; every key sorts in the ordering's direction, ending with the unique id. */
const ORDER_KEYS: Record<TicketOrderField, { columns: string[]; casts: string[]; of: (t: TicketRecord) => CursorValue[] }> = {
  CREATED_AT: {
    columns: ['created_at', 'id'],
    casts: ['timestamptz', 'uuid'],
    of: (t) => [t.createdAt.toISOString(), t.id],
  },
  UPDATED_AT: {
    columns: ['updated_at', 'id'],
    casts: ['timestamptz', 'uuid'],
    of: (t) => [t.updatedAt.toISOString(), t.id],
  },
  PRIORITY: {
    columns: ['priority_weight', 'created_at', 'id'],
    casts: ['smallint', 'timestamptz', 'uuid'],
    of: (t) => [PRIORITY_WEIGHT[t.priority], t.createdAt.toISOString(), t.id],
  },
};

/** The cursor's first element names the ordering, so a cursor cannot be replayed in another. */
function cursorShape(field: TicketOrderField): ('string' | 'number')[] {
  return ['string', ...ORDER_KEYS[field].casts.map((cast) => (cast === 'smallint' ? 'number' : 'string') as 'string' | 'number')];
}

export const TICKET_COLUMNS = `id, number, customer_id, customer_email, customer_name, subject, description, category,
  priority, status, tags, source, browser, device_type, extra, assigned_to, created_at, updated_at, resolved_at,
  sla_due_at, sla_paused_at, sla_breached_at, classification, manual_override, owner_id, created_by_token_id`;

export interface TicketRow {
  id: string;
  number: string;
  customer_id: string;
  customer_email: string;
  customer_name: string;
  subject: string;
  description: string;
  category: TicketCategory;
  priority: TicketPriority;
  status: TicketStatus;
  tags: string[];
  source: TicketSource;
  browser: string | null;
  device_type: DeviceType | null;
  extra: unknown;
  assigned_to: string | null;
  created_at: string;
  updated_at: string;
  resolved_at: string | null;
  sla_due_at: string | null;
  sla_paused_at: string | null;
  sla_breached_at: string | null;
  classification: ClassificationRecord | null;
  manual_override: boolean;
  owner_id: string | null;
  created_by_token_id: string | null;
}

/**
 * A ticket from a row. Lists read only the columns a client asked for (see `findPage`): the
 * properties of columns left out stay undefined.
 */
export function ticketFromRow(row: TicketRow): TicketRecord {
  return {
    id: row.id,
    number: row.number !== undefined ? Number(row.number) : (undefined as never),
    customer: row.customer_id !== undefined ? { id: row.customer_id, email: row.customer_email, name: row.customer_name } : (undefined as never),
    subject: row.subject,
    description: row.description,
    category: row.category,
    priority: row.priority,
    status: row.status,
    tags: row.tags,
    metadata: row.source !== undefined ? { source: row.source, browser: row.browser, deviceType: row.device_type, extra: row.extra } : (undefined as never),
    assignedTo: row.assigned_to,
    createdAt: row.created_at !== undefined ? toDate(row.created_at) : (undefined as never),
    updatedAt: row.updated_at !== undefined ? toDate(row.updated_at) : (undefined as never),
    resolvedAt: row.resolved_at !== undefined ? toDateOrNull(row.resolved_at) : (undefined as never),
    slaDueAt: row.sla_due_at !== undefined ? toDateOrNull(row.sla_due_at) : (undefined as never),
    slaPausedAt: row.sla_paused_at !== undefined ? toDateOrNull(row.sla_paused_at) : (undefined as never),
    slaBreachedAt: row.sla_breached_at !== undefined ? toDateOrNull(row.sla_breached_at) : (undefined as never),
    classification: row.classification,
    manualOverride: row.manual_override,
    ownerId: row.owner_id,
    createdByTokenId: row.created_by_token_id,
  };
}

/** The columns behind each property of a ticket record. */
const PROPERTY_COLUMNS: Record<keyof TicketRecord, readonly string[]> = {
  id: ['id'],
  number: ['number'],
  customer: ['customer_id', 'customer_email', 'customer_name'],
  subject: ['subject'],
  description: ['description'],
  category: ['category'],
  priority: ['priority'],
  status: ['status'],
  tags: ['tags'],
  metadata: ['source', 'browser', 'device_type', 'extra'],
  assignedTo: ['assigned_to'],
  createdAt: ['created_at'],
  updatedAt: ['updated_at'],
  resolvedAt: ['resolved_at'],
  slaDueAt: ['sla_due_at'],
  slaPausedAt: ['sla_paused_at'],
  slaBreachedAt: ['sla_breached_at'],
  classification: ['classification'],
  manualOverride: ['manual_override'],
  ownerId: ['owner_id'],
  createdByTokenId: ['created_by_token_id'],
};

function columnsFor(properties: ReadonlySet<keyof TicketRecord> | undefined, ordering: TicketOrdering): string {
  if (!properties) return TICKET_COLUMNS;
  const columns = new Set(['id', ...ORDER_KEYS[ordering.field].columns.filter((c) => c !== 'priority_weight')]);
  if (ordering.field === 'PRIORITY') columns.add('priority');
  for (const property of properties) for (const column of PROPERTY_COLUMNS[property]) columns.add(column);
  return [...columns].join(', ');
}

/** A copy of a managed entity as a record, detached from the unit of work. */
export function ticketFromEntity(ticket: Ticket): TicketRecord {
  const { customer, metadata } = ticket;
  return {
    id: ticket.id,
    number: ticket.number,
    customer: { id: customer.id, email: customer.email, name: customer.name },
    subject: ticket.subject,
    description: ticket.description,
    category: ticket.category,
    priority: ticket.priority,
    status: ticket.status,
    tags: [...ticket.tags],
    metadata: { source: metadata.source, browser: metadata.browser, deviceType: metadata.deviceType, extra: metadata.extra },
    assignedTo: ticket.assignedTo,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    resolvedAt: ticket.resolvedAt,
    slaDueAt: ticket.slaDueAt,
    slaPausedAt: ticket.slaPausedAt,
    slaBreachedAt: ticket.slaBreachedAt,
    classification: ticket.classification,
    manualOverride: ticket.manualOverride,
    ownerId: ticket.ownerId,
    createdByTokenId: ticket.createdByTokenId,
  };
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

/** A classification and what it decides about a ticket, as one row of `updateClassifications`. */
export type ClassificationUpdate = Pick<TicketRecord, 'id' | 'category' | 'priority' | 'slaDueAt' | 'slaPausedAt'> & {
  classification: ClassificationRecord;
};

/** New tickets streaming into the database; see `TicketRepository.startImport`. */
export interface TicketImport {
  /** Await it: it waits when the database falls behind. */
  add(ticket: NewTicket, event: CreatedEvent): Promise<void> | void;
  /** Stores every ticket added; `beforeStore` runs first, once the connection is free again (e.g. to insert what the tickets reference). */
  finish(beforeStore?: () => Promise<void>): Promise<void>;
  /** Stores none; the transaction can then roll back. */
  abort(reason: Error): Promise<void>;
}

/** The staging table of an import: a ticket's columns and its CREATED entry's, in file order. */
const IMPORT_COLUMNS = [
  ['seq', 'bigint'], ['id', 'uuid'], ['customer_id', 'text'], ['customer_email', 'text'], ['customer_name', 'text'], ['subject', 'text'],
  ['description', 'text'], ['category', 'text'], ['priority', 'text'], ['status', 'text'], ['tags', 'jsonb'], ['source', 'text'],
  ['browser', 'text'], ['device_type', 'text'], ['extra', 'jsonb'], ['created_at', 'timestamptz'], ['resolved_at', 'timestamptz'],
  ['sla_due_at', 'timestamptz'], ['sla_paused_at', 'timestamptz'], ['classification', 'jsonb'], ['created_by_token_id', 'uuid'],
  ['classification_job_id', 'uuid'], ['classify_fields', 'text'], ['event_id', 'uuid'], ['actor', 'text'], ['changes', 'jsonb'],
] as const;

export interface CreatedEvent {
  id: string;
  actor: string | null;
  changes: FieldChange[];
}

export class TicketRepository extends EntityRepository<Ticket> {
  /** Inserts a ticket and its CREATED history entry in one statement, so both or neither exist. */
  async insertWithEvent(ticket: NewTicket, event: CreatedEvent): Promise<TicketRecord> {
    const [row] = await query<TicketRow>(
      this.getEntityManager(),
      `with t as (
         insert into tickets (id, customer_id, customer_email, customer_name, subject, description, category, priority,
           status, tags, source, browser, device_type, extra, assigned_to, created_at, updated_at, resolved_at,
           sla_due_at, sla_paused_at, classification, manual_override, created_by_token_id, owner_id)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::uuid)
         returning ${TICKET_COLUMNS}
       ), e as (
         insert into ticket_events (id, ticket_id, type, actor, occurred_at, changes)
         select ?, t.id, 'CREATED', ?, t.created_at, ?::jsonb from t
       )
       select * from t`,
      [
        ticket.id, ticket.customer.id, ticket.customer.email, ticket.customer.name, ticket.subject, ticket.description,
        ticket.category, ticket.priority, ticket.status, ticket.tags, ticket.metadata.source, ticket.metadata.browser,
        ticket.metadata.deviceType, toJson(ticket.metadata.extra), ticket.assignedTo, ticket.createdAt, ticket.createdAt,
        ticket.resolvedAt, ticket.slaDueAt, ticket.slaPausedAt, toJson(ticket.classification), ticket.manualOverride, ticket.createdByTokenId,
        ticket.ownerId ?? null,
        event.id, event.actor, JSON.stringify(event.changes),
      ],
    );
    return ticketFromRow(row!);
  }

  /**
   * A bulk insert of new tickets, each with its CREATED history entry, in the current transaction:
   * rows stream into a temporary table with COPY as they are added, then `finish` moves them into
   * `tickets` and `ticket_events` in one statement, finding each ticket's owner by its customer's
   * email. Node keeps no rows: memory stays flat whatever the number of tickets.
   */
  async startImport(): Promise<TicketImport> {
    const em = this.getEntityManager();
    await query(em, `create temp table import_staging (${IMPORT_COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ')}) on commit drop`);
    const copy = await copyIn(em, `copy import_staging (${IMPORT_COLUMNS.map(([name]) => name).join(', ')}) from stdin`);
    let seq = 0;
    return {
      add(t, event) {
        const values = [
          ++seq, t.id, t.customer.id, t.customer.email, t.customer.name, t.subject, t.description, t.category, t.priority, t.status,
          JSON.stringify(t.tags), t.metadata.source, t.metadata.browser, t.metadata.deviceType, toJson(t.metadata.extra), t.createdAt,
          t.resolvedAt, t.slaDueAt, t.slaPausedAt, toJson(t.classification), t.createdByTokenId, t.classificationJobId ?? null,
          t.classifyFields?.join(',') ?? null, event.id, event.actor, JSON.stringify(event.changes),
        ];
        return copy.write(`${values.map(copyValue).join('\t')}\n`);
      },
      async finish(beforeStore) {
        await copy.end();
        await beforeStore?.();
        await query(
          em,
          `with t as (
             insert into tickets (id, customer_id, customer_email, customer_name, subject, description, category, priority,
               status, tags, source, browser, device_type, extra, created_at, updated_at, resolved_at, sla_due_at,
               sla_paused_at, classification, created_by_token_id, classification_job_id, classify_fields, owner_id)
             select s.id, s.customer_id, s.customer_email, s.customer_name, s.subject, s.description, s.category, s.priority,
               s.status, array(select jsonb_array_elements_text(s.tags)), s.source, s.browser, s.device_type, s.extra,
               s.created_at, s.created_at, s.resolved_at, s.sla_due_at, s.sla_paused_at, s.classification,
               s.created_by_token_id, s.classification_job_id, s.classify_fields, null
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
    const rows = await query<TicketRow>(
      this.getEntityManager(),
      `select ${TICKET_COLUMNS} from tickets where id = any(?::uuid[]) order by id for update`,
      [ids],
    );
    return rows.map(ticketFromRow);
  }

  /** Stores classifications (with what they decide) on many tickets in one statement; returns the tickets as they are now. */
  async updateClassifications(
    updates: readonly ClassificationUpdate[],
    now: Date,
  ): Promise<TicketRecord[]> {
    if (updates.length === 0) return [];
    const rows = await query<TicketRow>(
      this.getEntityManager(),
      `update tickets t set category = u.category, priority = u.priority, sla_due_at = u.sla_due_at, sla_paused_at = u.sla_paused_at,
         classification = u.classification, updated_at = ?
       from unnest(?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::jsonb[])
         as u(id, category, priority, sla_due_at, sla_paused_at, classification)
       where t.id = u.id
       returning ${TICKET_COLUMNS.split(',').map((c) => `t.${c.trim()}`).join(', ')}`,
      [
        now, updates.map((u) => u.id), updates.map((u) => u.category), updates.map((u) => u.priority), updates.map((u) => u.slaDueAt),
        updates.map((u) => u.slaPausedAt), updates.map((u) => JSON.stringify(u.classification)),
      ],
    );
    return rows.map(ticketFromRow);
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
    const rows = await query<TicketRow>(
      this.getEntityManager(),
      `update tickets set sla_breached_at = ?
       where id in (
         select id from tickets
         where sla_due_at < ? and sla_breached_at is null and sla_paused_at is null and resolved_at is null
         order by sla_due_at limit ? for update skip locked)
       returning ${TICKET_COLUMNS}`,
      [now, now, limit],
    );
    return rows.map(ticketFromRow);
  }

  async findRecords(ids: readonly string[]): Promise<TicketRecord[]> {
    const rows = await query<TicketRow>(
      this.getEntityManager(),
      `select ${TICKET_COLUMNS} from tickets where id = any(?::uuid[])`,
      [ids],
    );
    return rows.map(ticketFromRow);
  }

  async findRecordByNumber(number: number): Promise<TicketRecord | undefined> {
    const rows = await query<TicketRow>(
      this.getEntityManager(),
      `select ${TICKET_COLUMNS} from tickets where number = ?`,
      [number],
    );
    return rows[0] && ticketFromRow(rows[0]);
  }

  /**
   * A page of tickets in the given order. With `properties`, only their columns are read (plus the
   * id and the sort key): the rest of each record stays undefined.
   */
  async findPage(
    filter: TicketQuery,
    scope: TicketScope,
    ordering: TicketOrdering,
    first: number,
    after?: string,
    properties?: ReadonlySet<keyof TicketRecord>,
  ): Promise<Page<TicketRecord>> {
    const { conditions, bindings } = whereClause(filter, scope);
    const keys = ORDER_KEYS[ordering.field];
    const direction = ordering.direction === 'ASC' ? 'asc' : 'desc';
    if (after) {
      const values = decodeCursor(after, cursorShape(ordering.field));
      if (values[0] !== ordering.field) throw invalidCursor();
      const placeholders = keys.casts.map((cast) => `?::${cast}`).join(', ');
      conditions.push(`(${keys.columns.join(', ')}) ${direction === 'asc' ? '>' : '<'} (${placeholders})`);
      bindings.push(...values.slice(1));
    }
    bindings.push(first + 1);
    const rows = await query<TicketRow>(
      this.getEntityManager(),
      `select ${columnsFor(properties, ordering)} from tickets
       ${conditions.length ? `where ${conditions.join(' and ')}` : ''}
       order by ${keys.columns.map((c) => `${c} ${direction}`).join(', ')}
       limit ?`,
      bindings,
    );
    return toPage(rows.map(ticketFromRow), first);
  }

  /** Whether a ticket's text matches a search, exactly as the `search` filter would. */
  async textMatches(ticket: Pick<TicketRecord, 'subject' | 'description'>, search: string): Promise<boolean> {
    const [row] = await query<{ matches: boolean }>(
      this.getEntityManager(),
      `select (to_tsvector('english', ?) || to_tsvector('english', ?)) @@ websearch_to_tsquery('english', ?) as matches`,
      [ticket.subject, ticket.description, search],
    );
    return row!.matches;
  }

  async countMatching(filter: TicketQuery, scope: TicketScope): Promise<number> {
    const { conditions, bindings } = whereClause(filter, scope);
    const [row] = await query<{ count: string }>(
      this.getEntityManager(),
      `select count(*) as count from tickets ${conditions.length ? `where ${conditions.join(' and ')}` : ''}`,
      bindings,
    );
    return Number(row!.count);
  }
}

/** The cursor of a ticket within a list in the given order. */
export function ticketCursor(ticket: TicketRecord, ordering: TicketOrdering): string {
  return encodeCursor([ordering.field, ...ORDER_KEYS[ordering.field].of(ticket)]);
}

function whereClause(filter: TicketQuery, scope: TicketScope): { conditions: string[]; bindings: unknown[] } {
  const conditions: string[] = [];
  const bindings: unknown[] = [];
  const add = (sql: string, ...values: unknown[]): void => {
    conditions.push(sql);
    bindings.push(...values);
  };
  if ('ownerId' in scope) add('owner_id = ?', scope.ownerId);
  if ('createdByTokenId' in scope) add('created_by_token_id = ?', scope.createdByTokenId);
  if (filter.status?.length) add('status = any(?::text[])', filter.status);
  if (filter.priority?.length) add('priority = any(?::text[])', filter.priority);
  if (filter.category?.length) add('category = any(?::text[])', filter.category);
  if (filter.assignedTo) add('assigned_to = ?', filter.assignedTo);
  if (filter.customerEmail) add('lower(customer_email) = lower(?)', filter.customerEmail);
  if (filter.tags?.length) add('tags @> ?::text[]', filter.tags);
  if (filter.search?.trim()) add(`search @@ websearch_to_tsquery('english', ?)`, filter.search);
  if (filter.classificationJobId) add('classification_job_id = ?', filter.classificationJobId);
  if (filter.createdAfter) add('created_at >= ?', filter.createdAfter);
  if (filter.createdBefore) add('created_at < ?', filter.createdBefore);
  return { conditions, bindings };
}

function toJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
