import { EntityRepository } from '@mikro-orm/postgresql';
import { toDate } from '../db/sql';
import type { TicketEvent } from '../entities/ticket-event.entity';
import { childCounts, childPages, decodeCursor, encodeCursor, type ChildListSpec } from './keyset';
import type { Page, TicketEventRecord } from './ticket.records';

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

export class TicketEventRepository extends EntityRepository<TicketEvent> {
  /** Oldest first: the ticket's history as it happened. */
  pages(ticketIds: readonly string[], first: number, after: string | undefined): Promise<Map<string, Page<TicketEventRecord>>> {
    const cursor = after ? (decodeCursor(after, ['string', 'string']) as [string, string]) : undefined;
    return childPages(this.getEntityManager(), SPEC, ticketIds, first, cursor);
  }

  counts(ticketIds: readonly string[]): Promise<Map<string, number>> {
    return childCounts(this.getEntityManager(), SPEC, ticketIds);
  }
}

export function ticketEventCursor(event: TicketEventRecord): string {
  return encodeCursor([event.occurredAt.toISOString(), event.id]);
}
