import type { ClassificationRecord } from '../../entities/classification.value';
import type { DeviceType, TicketCategory, TicketPriority, TicketSource, TicketStatus } from '../../entities/enums';
import { column, Table, type RecordOf } from '../shared/table';

/**
 * The `tickets` table as the repositories read and write it: each record property and its
 * columns, declared once. `TicketRecord`, select lists, the row mapper, inserts and the import's
 * staging table derive from it. (The entity declares the same table for MikroORM's unit of work.)
 */
export const TICKETS = new Table('tickets', {
  id: column<string>('id', 'uuid'),
  /** Sequential number behind the key (`TICKET-000042`); assigned by the database. */
  number: column<number>('number', 'bigint'),
  customer: {
    id: column<string>('customer_id', 'text'),
    email: column<string>('customer_email', 'text'),
    name: column<string>('customer_name', 'text'),
  },
  subject: column<string>('subject', 'text'),
  description: column<string>('description', 'text'),
  category: column<TicketCategory>('category', 'text'),
  priority: column<TicketPriority>('priority', 'text'),
  status: column<TicketStatus>('status', 'text'),
  tags: column<string[]>('tags', 'text[]'),
  metadata: {
    source: column<TicketSource>('source', 'text'),
    browser: column<string | null>('browser', 'text'),
    deviceType: column<DeviceType | null>('device_type', 'text'),
    extra: column<unknown>('extra', 'jsonb'),
  },
  assignedTo: column<string | null>('assigned_to', 'text'),
  createdAt: column<Date>('created_at', 'timestamptz'),
  updatedAt: column<Date>('updated_at', 'timestamptz'),
  resolvedAt: column<Date | null>('resolved_at', 'timestamptz'),
  slaDueAt: column<Date | null>('sla_due_at', 'timestamptz'),
  /** Set while the ticket waits for the customer: the SLA clock stands still. */
  slaPausedAt: column<Date | null>('sla_paused_at', 'timestamptz'),
  /** When the breach was announced (SLA_BREACHED); once per ticket. */
  slaBreachedAt: column<Date | null>('sla_breached_at', 'timestamptz'),
  /** When the coming breach was announced (SLA_WARNING); once per ticket. */
  slaWarnedAt: column<Date | null>('sla_warned_at', 'timestamptz'),
  /** When a first public answer by staff is due; null when the priority's policy sets no such target. */
  firstResponseDueAt: column<Date | null>('first_response_due_at', 'timestamptz'),
  /** When staff first answered in a public comment. */
  firstRespondedAt: column<Date | null>('first_responded_at', 'timestamptz'),
  firstResponseWarnedAt: column<Date | null>('first_response_warned_at', 'timestamptz'),
  firstResponseBreachedAt: column<Date | null>('first_response_breached_at', 'timestamptz'),
  classification: column<ClassificationRecord | null>('classification', 'jsonb'),
  manualOverride: column<boolean>('manual_override', 'boolean'),
  /** The customer account that created the ticket: it sees the ticket. */
  ownerId: column<string | null>('owner_id', 'uuid'),
  /** The integration token that created the ticket: it sees and changes only its own. */
  createdByTokenId: column<string | null>('created_by_token_id', 'uuid'),
  /** The client's own key for an imported row (`issue_key`); one ticket per key within an import. */
  externalKey: column<string | null>('external_key', 'text'),
});

export type TicketProperty = keyof typeof TICKETS.spec;

/** A ticket as services see it: plain, read-only data, cheap to build from rows, safe to publish. */
export interface TicketRecord extends RecordOf<typeof TICKETS.spec> {}

/** A ticket read for some properties only (a list that selects a few fields): the id and the sort keys are always there. */
export type PartialTicket = Partial<TicketRecord> & Pick<TicketRecord, 'id'>;
