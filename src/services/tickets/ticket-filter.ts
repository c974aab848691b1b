import type { TicketRecord } from '../../repositories/tickets/ticket.records';
import type { TicketQuery } from '../../repositories/tickets/ticket.repository';

/**
 * The in-memory twin of the SQL filter in TicketRepository, for events that are matched as they
 * happen. Full-text search is left to the caller: it needs PostgreSQL's stemming.
 */
export function ticketMatches(ticket: TicketRecord, filter: TicketQuery): boolean {
  if (filter.status?.length && !filter.status.includes(ticket.status)) return false;
  if (filter.priority?.length && !filter.priority.includes(ticket.priority)) return false;
  if (filter.category?.length && !filter.category.includes(ticket.category)) return false;
  if (filter.assignedTo && ticket.assignedTo !== filter.assignedTo) return false;
  if (filter.customerEmail && ticket.customer.email.toLowerCase() !== filter.customerEmail.toLowerCase()) return false;
  if (filter.tags?.length && !filter.tags.every((tag) => ticket.tags.includes(tag))) return false;
  if (filter.createdAfter && ticket.createdAt < filter.createdAfter) return false;
  if (filter.createdBefore && ticket.createdAt >= filter.createdBefore) return false;
  return true;
}
