import { EntityRepository } from '@mikro-orm/postgresql';
import type { TicketEventType } from '../../entities/enums';
import type { FieldChange, TicketEvent } from '../../entities/ticket-event.entity';
import { query } from '../../db/sql';
import { childById, childCounts, childPages, decodeCursor, encodeCursor, invalidCursor, type ChildListSpec } from '../shared/keyset';
import { toPage, type Page, type PageRequest } from '../shared/page';
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

/** An entry of the change feed and where it stands in it. */
export interface TicketChange {
  event: TicketEventRecord;
  cursor: string;
}

/**
 * The feed is ordered by the writing transaction's id, then the entry's position. It reads only
 * entries of transactions older than every one still running (the snapshot's xmin): all of those
 * have ended, and every entry written from now on sorts after them. So a reader that goes on from
 * its last cursor never skips an entry that commits late, and never reads one twice.
 */
const FEED_VISIBLE = 'txid < pg_snapshot_xmin(pg_current_snapshot())';
const FEED_COLUMNS = `${TICKET_EVENTS.select()}, txid::text as feed_txid, position::text as feed_position`;

type FeedRow = Record<string, unknown> & { feed_txid: string; feed_position: string };

function feedCursorOf(row: FeedRow): string {
  return encodeCursor([row.feed_txid, row.feed_position]);
}

export class TicketEventRepository extends EntityRepository<TicketEvent> {
  /** The change feed of every ticket: `first` entries after the cursor, in the order they were committed. */
  async feedPage(first: number, after: string | undefined): Promise<Page<TicketChange>> {
    const em = this.getEntityManager();
    let rows: FeedRow[];
    if (after === undefined) {
      rows = await query<FeedRow>(em, `select ${FEED_COLUMNS} from ticket_events where ${FEED_VISIBLE} order by txid, position limit ?`, [first + 1]);
    } else {
      const [txid, position] = decodeCursor(after, ['string', 'string']) as [string, string];
      if (!/^\d{1,20}$/.test(txid) || !/^\d{1,19}$/.test(position)) throw invalidCursor();
      rows = await query<FeedRow>(
        em,
        `select ${FEED_COLUMNS} from ticket_events
         where ${FEED_VISIBLE} and (txid, position) > (?::xid8, ?::bigint)
         order by txid, position limit ?`,
        [txid, position, first + 1],
      );
    }
    const page = toPage(rows, first);
    const events = TICKET_EVENTS.fromRows(page.items);
    return { ...page, items: page.items.map((row, i) => ({ event: events[i]!, cursor: feedCursorOf(row) })) };
  }

  /** How many entries the feed holds now. */
  async feedCount(): Promise<number> {
    const [row] = await query<{ count: string }>(this.getEntityManager(), `select count(*) from ticket_events where ${FEED_VISIBLE}`);
    return Number(row!.count);
  }

  /** A deleted ticket's history goes with it; its DELETED entry takes its place, for the change feed. */
  async replaceHistoryWithDeletion(event: TicketEventRecord): Promise<void> {
    await query(
      this.getEntityManager(),
      `with gone as (delete from ticket_events where ticket_id = ?)
       insert into ticket_events (id, ticket_id, type, actor, occurred_at, changes) values (?, ?, ?, ?, ?, ?::jsonb)`,
      [event.ticketId, event.id, event.ticketId, event.type, event.actor, event.occurredAt, JSON.stringify(event.changes)],
    );
  }

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
