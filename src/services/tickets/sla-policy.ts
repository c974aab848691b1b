import type { Config } from '../../config';
import { TicketPriority, TicketStatus } from '../../entities/enums';

const HOUR_MS = 3_600_000;

/** The SLA fields of a ticket, as the rules below change them. */
export interface SlaState {
  priority: TicketPriority;
  status: TicketStatus;
  slaDueAt: Date | null;
  slaPausedAt: Date | null;
}

/**
 * SLA due dates (DESIGN.md): creation time plus the target of the priority (configurable: urgent
 * 1 h, high 4 h, medium 24 h, low 72 h by default), moved by the time the ticket spends waiting for
 * the customer, and by the difference of targets when the priority changes.
 */
export class SlaPolicy {
  constructor(private readonly hours: Config['slaHours']) {}

  targetMs(priority: TicketPriority): number {
    return this.hours[priority] * HOUR_MS;
  }

  /** The SLA of a new ticket. */
  initial(priority: TicketPriority, status: TicketStatus, createdAt: Date): Pick<SlaState, 'slaDueAt' | 'slaPausedAt'> {
    return {
      slaDueAt: new Date(createdAt.getTime() + this.targetMs(priority)),
      slaPausedAt: status === TicketStatus.WAITING_CUSTOMER ? createdAt : null,
    };
  }

  /** The SLA after a change of priority and/or status at `now`. */
  next(before: SlaState, after: Pick<SlaState, 'priority' | 'status'>, now: Date): Pick<SlaState, 'slaDueAt' | 'slaPausedAt'> {
    let due = before.slaDueAt?.getTime() ?? null;
    let pausedAt = before.slaPausedAt;
    if (due !== null && after.priority !== before.priority) {
      due += this.targetMs(after.priority) - this.targetMs(before.priority);
    }
    const waiting = after.status === TicketStatus.WAITING_CUSTOMER;
    if (waiting && !pausedAt) pausedAt = now;
    if (!waiting && pausedAt) {
      if (due !== null) due += now.getTime() - pausedAt.getTime();
      pausedAt = null;
    }
    return { slaDueAt: due === null ? null : new Date(due), slaPausedAt: pausedAt };
  }
}

/** Breached: the due date passed before the ticket was resolved (the clock stands still while paused). */
export function slaBreached(
  ticket: { slaDueAt?: Date | null; resolvedAt?: Date | null; slaPausedAt?: Date | null; slaBreachedAt?: Date | null },
  now = Date.now(),
): boolean {
  if (ticket.slaBreachedAt) return true;
  if (!ticket.slaDueAt) return false;
  const clock = ticket.resolvedAt?.getTime() ?? ticket.slaPausedAt?.getTime() ?? now;
  return clock > ticket.slaDueAt.getTime();
}
