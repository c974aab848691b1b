import { ticketKey, toGlobalId } from '../../ids';
import type { TicketRecord } from '../../repositories/tickets/ticket.table';
import { slaBreached } from '../../repositories/tickets/sla-breach';

/**
 * A ticket as it leaves the API outside GraphQL (webhooks, MCP tools): the fields of the GraphQL
 * type, ids as the API shows them. Named field by field: what goes to other systems is chosen, never
 * whatever the table holds (a column added later stays home). Dates become ISO-8601 when written as JSON.
 */
export function publicTicket(t: TicketRecord): Record<string, unknown> {
  return {
    id: toGlobalId('Ticket', t.id), key: ticketKey(t.number), customer: t.customer, subject: t.subject, description: t.description,
    category: t.category, priority: t.priority, status: t.status, tags: t.tags, metadata: t.metadata, assignedTo: t.assignedTo,
    createdAt: t.createdAt, updatedAt: t.updatedAt, resolvedAt: t.resolvedAt, slaDueAt: t.slaDueAt, slaBreached: slaBreached(t),
    manualOverride: t.manualOverride, classification: t.classification,
  };
}
