import { Ticket } from '../../entities/ticket.entity';
import { TicketEventType } from '../../entities/enums';
import { newId } from '../../ids';
import type { SlaAlert } from '../../repositories/tickets/ticket.repository';
import type { ServiceContext } from '../shared/service-context';
import { announceTicketEvents } from '../ticket-events/ticket-event.announcer';
import { DEFAULT_WARNING_MINUTES } from './sla-policy';

/** Tickets marked per transaction; a backlog takes several rounds of the same run. */
const BATCH = 500;

/** Each alert a ticket can get once, the event it makes and the property its history entry sets. */
const ALERTS: readonly (SlaAlert & { type: TicketEventType; field: string })[] = [
  { clock: 'resolution', kind: 'breach', type: TicketEventType.SLA_BREACHED, field: 'slaBreachedAt' },
  { clock: 'firstResponse', kind: 'breach', type: TicketEventType.SLA_BREACHED, field: 'firstResponseBreachedAt' },
  { clock: 'resolution', kind: 'warning', type: TicketEventType.SLA_WARNING, field: 'slaWarnedAt' },
  { clock: 'firstResponse', kind: 'warning', type: TicketEventType.SLA_WARNING, field: 'firstResponseWarnedAt' },
];

/**
 * Announces SLA alerts of running clocks (resolution, and first response where the policy sets
 * one): SLA_WARNING once the due date is the policy's warning time away, SLA_BREACHED once it has
 * passed. Each ticket gets each alert once, as a history entry and an event, whichever worker finds
 * it first. Run every minute by the maintenance job.
 */
export class SlaMonitorService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Announces every alert due at `now`; returns how many. */
  async announceAlerts(now = new Date()): Promise<number> {
    let announced = 0;
    for (const alert of ALERTS) announced += await this.announce(alert, now);
    return announced;
  }

  private async announce(alert: (typeof ALERTS)[number], now: Date): Promise<number> {
    let announced = 0;
    for (;;) {
      const marked = await this.ctx.em.fork().transactional(async (em) => {
        const repository = em.getRepository(Ticket);
        const tickets = await repository.markSlaAlerts(alert, now, BATCH, DEFAULT_WARNING_MINUTES);
        const entries = tickets.map((ticket) => ({
          id: newId(now.getTime()),
          ticketId: ticket.id,
          changes: [{ field: alert.field, oldValue: null, newValue: now.toISOString() }],
        }));
        await repository.insertEvents(alert.type, null, now, entries);
        return tickets.map((ticket, i) => ({ ticket, entry: entries[i]! }));
      });
      await announceTicketEvents(
        this.ctx,
        marked.map(({ ticket, entry }) => ({ event: { ...entry, type: alert.type, actor: null, occurredAt: now }, ticket })),
      );
      announced += marked.length;
      if (marked.length < BATCH) return announced;
    }
  }
}
