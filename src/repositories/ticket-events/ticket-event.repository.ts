import { EntityRepository } from '@mikro-orm/postgresql';
import { toDate } from '../../db/sql';
import type { TicketEvent } from '../../entities/ticket-event.entity';
import { childById, childCounts, childPages, decodeCursor, encodeCursor, type ChildListSpec } from '../shared/keyset';
import type { Page, TicketEventRecord } from '../tickets/ticket.records';

interface TicketEventRow {
  id: string;
  ticket_id: string;
  type: TicketEventRecord['type'];
  actor: string | null;
  occurred_at: string;
  changes: TicketEventRecord['changes'];
}

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

/** An internal comment's COMMENT_ADDED entry, which only those who see internal comments may see. */
const NOT_INTERNAL_COMMENT = `not (c.type = 'COMMENT_ADDED' and c.changes @> '[{"newValue": {"isInternal": true}}]')`;

const SPEC: ChildListSpec<TicketEventRow, TicketEventRecord> = {
  table: 'ticket_events',
  columns: 'c.id, c.ticket_id, c.type, c.actor, c.occurred_at, c.changes',
  parentColumn: 'ticket_id',
  timeColumn: 'occurred_at',
  map: (row) => ({
    id: row.id,
    ticketId: row.ticket_id,
    type: row.type,
    actor: row.actor,
    occurredAt: toDate(row.occurred_at),
    changes: row.changes,
  }),
  parentOf: (event) => event.ticketId,
};

const CUSTOMER_SPEC: ChildListSpec<TicketEventRow, TicketEventRecord> = { ...SPEC, where: NOT_INTERNAL_COMMENT };

export class TicketEventRepository extends EntityRepository<TicketEvent> {
  /** Oldest first: the ticket's history as it happened; without internal comments' entries unless `includeInternal`. */
  pages(
    ticketIds: readonly string[],
    first: number,
    after: string | undefined,
    includeInternal: boolean,
  ): Promise<Map<string, Page<TicketEventRecord>>> {
    const cursor = after ? (decodeCursor(after, ['string', 'string']) as [string, string]) : undefined;
    return childPages(this.getEntityManager(), includeInternal ? SPEC : CUSTOMER_SPEC, ticketIds, first, cursor);
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
