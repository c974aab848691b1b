import { Attachment } from '../../entities/attachment.entity';
import { ValidationError } from '../../errors';
import { ticketKey } from '../../ids';
import type { TicketQuery } from '../../repositories/tickets/ticket-filter';
import type { TicketOrdering } from '../../repositories/tickets/ticket.repository';
import { csvRow, TICKET_CSV_COLUMNS } from '../import';
import { seesInternalComments } from '../identity/policy';
import type { ServiceContext } from '../shared/service-context';
import { TicketService } from './ticket.service';

/** The most tickets one export holds. */
export const MAX_EXPORT_TICKETS = 10_000;
export const DEFAULT_EXPORT_TICKETS = 1000;

/**
 * The import's columns first, so that an export imports again; then what only the API knows. The
 * attachments' file names are one per line of their cell (a name holds no line break).
 */
const COLUMNS = ['key', ...TICKET_CSV_COLUMNS, 'assigned_to', 'created_at', 'updated_at', 'resolved_at', 'sla_due_at', 'attachments'] as const;

/**
 * Tickets as CSV, as the caller may see them. Cells that a spreadsheet would run as a formula
 * (text starting with `=`, `+`, `-`, `@`) are written with a leading `'`: the stored text is
 * unchanged, the spreadsheet shows it as text.
 */
export class TicketExportService {
  constructor(private readonly ctx: ServiceContext) {}

  async csv(filter: TicketQuery, ordering: TicketOrdering, limit: number): Promise<string> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_EXPORT_TICKETS) {
      throw new ValidationError([{ field: 'limit', message: `must be between 1 and ${MAX_EXPORT_TICKETS}` }]);
    }
    const page = await new TicketService(this.ctx).list(filter, ordering, limit);
    const fileNames = await this.ctx.em.getRepository(Attachment).fileNames(page.items.map((t) => t.id), seesInternalComments(this.ctx.viewer));
    let csv = csvRow(COLUMNS);
    for (const t of page.items) {
      csv += csvRow([
        ticketKey(t.number), t.customer.id, t.customer.email, t.customer.name, t.subject, t.description,
        t.category.toLowerCase(), t.priority.toLowerCase(), t.status.toLowerCase(), t.tags, t.metadata.source.toLowerCase(),
        t.metadata.browser, t.metadata.deviceType?.toLowerCase(), t.assignedTo, t.createdAt, t.updatedAt, t.resolvedAt, t.slaDueAt,
        (fileNames.get(t.id) ?? []).join('\n'),
      ]);
    }
    return csv;
  }
}
