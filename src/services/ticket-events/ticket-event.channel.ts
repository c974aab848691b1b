import { TicketEventType } from '../../entities/enums';
import type { Channel } from '../../pubsub';
import { TICKET_EVENTS, type TicketEventRecord } from '../../repositories/ticket-events/ticket-event.repository';
import { TICKETS, type TicketRecord } from '../../repositories/tickets/ticket.table';

/** What `ticketEvents` subscribers receive: the event and the ticket as it was right after it. */
export interface TicketEventMessage {
  event: TicketEventRecord;
  ticket: TicketRecord;
}

export const ticketEventsChannel: Channel<TicketEventMessage> = {
  topic: 'ticket-events',
  encode: (message) => JSON.stringify(message),
  decode(text) {
    const message = JSON.parse(text) as TicketEventMessage;
    TICKET_EVENTS.reviveDates(message.event);
    TICKETS.reviveDates(message.ticket);
    return message;
  },
};

/** Types whose entries are internal when the comment or attachment they add is. */
const ENTRIES_OF_INTERNAL_THINGS: ReadonlySet<TicketEventType> = new Set([
  TicketEventType.COMMENT_ADDED, TicketEventType.ATTACHMENT_ADDED, TicketEventType.ATTACHMENT_PROCESSED,
]);

/** The event of an internal comment or attachment: for those who see internal comments only. */
export function isInternalEntry(message: TicketEventMessage): boolean {
  return ENTRIES_OF_INTERNAL_THINGS.has(message.event.type) && message.event.changes.some(
    (change) => (change.newValue as { isInternal?: boolean } | null)?.isInternal === true,
  );
}
