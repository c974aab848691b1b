import { TicketEventType } from '../../entities/enums';
import type { OutboundEvent } from './platform-adapter';

const VERBS: Record<TicketEventType, string> = {
  CREATED: 'was created',
  UPDATED: 'was updated',
  STATUS_CHANGED: 'changed status',
  COMMENT_ADDED: 'has a new comment',
  CLASSIFIED: 'was classified',
  ASSIGNED: 'was assigned',
  DELETED: 'was deleted',
  SLA_BREACHED: 'breached its SLA',
  ATTACHMENT_ADDED: 'has a new file',
  ATTACHMENT_PROCESSED: 'had a file read',
};

/** One line for any platform: `TICKET-000042 changed status: Printer broken`. */
export function eventHeadline(event: OutboundEvent): string {
  return `${event.ticket.key} ${VERBS[event.type]}: ${event.ticket.subject}`;
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The changed fields, one `field: old → new` line each (comments apart: their text is sent instead). */
export function changeLines(event: OutboundEvent): string[] {
  if (event.type === TicketEventType.CREATED || event.type === TicketEventType.COMMENT_ADDED) return [];
  return event.changes.map((change) => `${change.field}: ${shown(change.oldValue)} → ${shown(change.newValue)}`);
}

/** Status, priority and category, as facts. */
export function ticketFacts(event: OutboundEvent): [string, string][] {
  const { ticket } = event;
  return [['Status', ticket.status], ['Priority', ticket.priority], ['Category', ticket.category], ['Customer', `${ticket.customer.name} <${ticket.customer.email}>`]];
}

/** The body of a message about the event, as plain text: the comment, the changes, or the description. */
export function eventBody(event: OutboundEvent): string {
  if (event.comment) return `${event.comment.author ?? 'someone'} wrote:\n${event.comment.content}`;
  const lines = changeLines(event);
  return lines.length ? lines.join('\n') : event.ticket.description;
}

/** What an issue-like record says when its ticket is deleted (it is closed, not deleted: the platform keeps its history). */
export function deletedNote(event: OutboundEvent): string {
  return `${event.ticket.key} was deleted in ticketgraph${event.actor ? ` by ${event.actor}` : ''}.`;
}

/** Text cut to `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
