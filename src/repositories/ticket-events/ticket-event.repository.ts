import { EntityRepository } from '@mikro-orm/postgresql';
import type { TicketEventType } from '../../entities/enums';
import type { FieldChange, TicketEvent } from '../../entities/ticket-event.entity';
import { childById, childCounts, childPages, encodeCursor, type ChildListSpec } from '../shared/keyset';
import type { Page, PageRequest } from '../shared/page';
import { column, Table, type RecordOf } from '../shared/table';

/** The `ticket_events` table, declared once; `TicketEventRecord` and the row mapper derive from it. */
export const TICKET_EVENTS = new Table('ticket_events', {
  id: column<string>('id', 'uuid'),
  ticketId: column<string>('ticket_id', 'uuid'),
  type: column<TicketEventType>('type', 'text'),
  actor: column<string | null>('actor', 'text'),
  occurredAt: column<Date>('occurred_at', 'timestamptz'),
  changes: column<FieldChange[]>('changes', 'jsonb'),
});

/** One entry of a ticket's history. */
export interface TicketEventRecord extends RecordOf<typeof TICKET_EVENTS.spec> {}

export function ticketEventFromEntity(event: TicketEvent): TicketEventRecord {
  return {
    id: event.id,
    ticketId: event.ticket.id,
    type: event.type,
    actor: event.actor,
    occurredAt: event.occurredAt,
    changes: event.changes,
  };
}

/** The entry of an internal comment or attachment, which only those who see internal comments may see. */
const NOT_INTERNAL_ENTRY =
  `not (c.type in ('COMMENT_ADDED', 'ATTACHMENT_ADDED', 'ATTACHMENT_PROCESSED') and c.changes @> '[{"newValue": {"isInternal": true}}]')`;

const SPEC: ChildListSpec<Record<string, unknown>, TicketEventRecord> = {
  table: 'ticket_events',
  columns: TICKET_EVENTS.select(undefined, 'c'),
  parentColumn: 'ticket_id',
  timeColumn: 'occurred_at',
  read: (rows) => TICKET_EVENTS.fromRows(rows),
  parentOf: (event) => event.ticketId,
};

const CUSTOMER_SPEC: ChildListSpec<Record<string, unknown>, TicketEventRecord> = { ...SPEC, where: NOT_INTERNAL_ENTRY };

export class TicketEventRepository extends EntityRepository<TicketEvent> {
  /** Oldest first: the ticket's history as it happened; without internal comments' entries unless `includeInternal`. */
  pages(
    ticketIds: readonly string[],
    request: PageRequest,
    includeInternal: boolean,
  ): Promise<Map<string, Page<TicketEventRecord>>> {
    return childPages(this.getEntityManager(), includeInternal ? SPEC : CUSTOMER_SPEC, ticketIds, request);
  }

  counts(ticketIds: readonly string[], includeInternal: boolean): Promise<Map<string, number>> {
    return childCounts(this.getEntityManager(), includeInternal ? SPEC : CUSTOMER_SPEC, ticketIds);
  }

  findRecord(id: string, includeInternal: boolean): Promise<TicketEventRecord | undefined> {
    return childById(this.getEntityManager(), includeInternal ? SPEC : CUSTOMER_SPEC, id);
  }
}

export function ticketEventCursor(event: TicketEventRecord): string {
  return encodeCursor([event.occurredAt.toISOString(), event.id]);
}
