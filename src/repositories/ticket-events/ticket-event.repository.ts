import { EntityRepository } from '@mikro-orm/postgresql';
import type { TicketEventType } from '../../entities/enums';
import type { FieldChange, TicketEvent } from '../../entities/ticket-event.entity';
import { query } from '../../db/sql';
import { childById, childCounts, childPages, encodeCursor, keyset, pageOf, type ChildListSpec, type KeyColumn } from '../shared/keyset';
import type { Page, PageRequest } from '../shared/page';
import { ticketWhere, type TicketScope } from '../tickets/ticket-filter';
import type { TicketRecord } from '../tickets/ticket.table';
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
 * its last cursor never skips an entry that commits late, and never reads one twice; a reader paging
 * back from it sees the same entries.
 */
const FEED_VISIBLE = 'c.txid < pg_snapshot_xmin(pg_current_snapshot())';
const FEED_COLUMNS = `${TICKET_EVENTS.select(undefined, 'c')}, c.txid::text as feed_txid, c.position::text as feed_position`;
const FEED_KEY: KeyColumn[] = [
  { sql: 'c.txid', cast: 'xid8', kind: 'string', valid: (value) => /^\d{1,20}$/.test(value as string) && BigInt(value) < 2n ** 64n },
  { sql: 'c.position', cast: 'bigint', kind: 'string', valid: (value) => /^\d{1,19}$/.test(value as string) && BigInt(value) < 2n ** 63n },
];

type FeedRow = Record<string, unknown> & { feed_txid: string; feed_position: string };

function feedCursorOf(row: FeedRow): string {
  return encodeCursor([row.feed_txid, row.feed_position]);
}

/** Which entries of the feed a reader sees: the tickets of its scope, and internal entries only if it sees internal comments. */
export interface FeedReader {
  scope: TicketScope;
  includeInternal: boolean;
}

interface FeedPart {
  conditions: string[];
  bindings: unknown[];
}

/**
 * The parts of the feed a reader sees, each a set of conditions on `ticket_events c`: everything
 * for staff; for a scoped reader, the entries of its tickets, and the DELETED entries of its
 * tickets that are gone (they keep the owner and token columns the scope's conditions name, so
 * the same conditions serve both: unqualified, they are the ticket's in the subquery and the
 * entry's own in the second part). Read apart, each part can use its own index.
 */
function feedParts(reader: FeedReader): FeedPart[] {
  const base = reader.includeInternal ? [FEED_VISIBLE] : [FEED_VISIBLE, NOT_INTERNAL_ENTRY];
  const scoped = ticketWhere({}, reader.scope);
  if (scoped.conditions.length === 0) return [{ conditions: base, bindings: [] }];
  const owned = scoped.conditions.join(' and ');
  return [
    { conditions: [...base, `c.ticket_id in (select id from tickets where ${owned})`], bindings: scoped.bindings },
    { conditions: [...base, owned], bindings: scoped.bindings },
  ];
}

export class TicketEventRepository extends EntityRepository<TicketEvent> {
  /** A page of the change feed of every ticket the reader sees, in the order the entries were committed. */
  async feedPage(reader: FeedReader, request: PageRequest): Promise<Page<TicketChange>> {
    const page = keyset(request, FEED_KEY, 'asc');
    const limit = request.size + 1;
    const reads = feedParts(reader).map((part) => ({
      sql: `select ${FEED_COLUMNS}, c.txid, c.position from ticket_events c
            where ${[...part.conditions, ...(page.condition ? [page.condition] : [])].join(' and ')} order by ${page.orderBy} limit ?`,
      bindings: [...part.bindings, ...page.bindings, limit],
    }));
    // Several parts: each read up to the page's size, then merged in feed order.
    const sql = reads.length === 1 ? reads[0]!.sql : `select * from (${reads.map((read) => `(${read.sql})`).join(' union all ')}) c order by ${page.orderBy} limit ?`;
    const bindings = reads.flatMap((read) => read.bindings);
    const rows = await query<FeedRow>(this.getEntityManager(), sql, reads.length === 1 ? bindings : [...bindings, limit]);
    const events = TICKET_EVENTS.fromRows(rows);
    return pageOf(rows.map((row, i) => ({ event: events[i]!, cursor: feedCursorOf(row) })), request);
  }

  /** How many entries of the feed the reader sees now. */
  async feedCount(reader: FeedReader): Promise<number> {
    const parts = feedParts(reader);
    const [row] = await query<{ count: string }>(
      this.getEntityManager(),
      `select ${parts.map((part) => `(select count(*) from ticket_events c where ${part.conditions.join(' and ')})`).join(' + ')} as count`,
      parts.flatMap((part) => part.bindings),
    );
    return Number(row!.count);
  }

  /**
   * A deleted ticket's history goes with it; its DELETED entry takes its place, for the change feed,
   * with whose ticket it was (the ticket's customer and token read it there).
   */
  async replaceHistoryWithDeletion(event: TicketEventRecord, ticket: Pick<TicketRecord, 'ownerId' | 'createdByTokenId'>): Promise<void> {
    await query(
      this.getEntityManager(),
      `with gone as (delete from ticket_events where ticket_id = ?)
       insert into ticket_events (id, ticket_id, type, actor, occurred_at, changes, owner_id, created_by_token_id) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)`,
      [event.ticketId, event.id, event.ticketId, event.type, event.actor, event.occurredAt, JSON.stringify(event.changes), ticket.ownerId, ticket.createdByTokenId],
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
