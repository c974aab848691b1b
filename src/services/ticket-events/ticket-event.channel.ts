import type { Channel } from '../../pubsub';
import type { TicketEventRecord, TicketRecord } from '../../repositories/tickets/ticket.records';

/** What `ticketEvents` subscribers receive: the event and the ticket as it was right after it. */
export interface TicketEventMessage {
  event: TicketEventRecord;
  ticket: TicketRecord;
}

const date = (value: string | null): Date | null => (value === null ? null : new Date(value));

export const ticketEventsChannel: Channel<TicketEventMessage> = {
  topic: 'ticket-events',
  encode: (message) => JSON.stringify(message),
  decode(text) {
    const message = JSON.parse(text) as TicketEventMessage;
    const { event, ticket } = message;
    event.occurredAt = new Date(event.occurredAt);
    ticket.createdAt = new Date(ticket.createdAt);
    ticket.updatedAt = new Date(ticket.updatedAt);
    ticket.resolvedAt = date(ticket.resolvedAt as unknown as string | null);
    ticket.slaDueAt = date(ticket.slaDueAt as unknown as string | null);
    ticket.slaPausedAt = date(ticket.slaPausedAt as unknown as string | null);
    ticket.slaBreachedAt = date(ticket.slaBreachedAt as unknown as string | null);
    return message;
  },
};
