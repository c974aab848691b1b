import { TicketEventType } from '../../entities/enums';
import { Ticket } from '../../entities/ticket.entity';
import { newId } from '../../ids';
import type { ServiceContext } from '../shared/service-context';
import { announceTicketEvents } from '../ticket-events/ticket-event.announcer';

/** Tickets marked per transaction; a backlog takes several rounds of the same run. */
const BATCH = 500;

/**
 * Announces SLA breaches: each open ticket whose due date passed gets one SLA_BREACHED history
 * entry and event, whichever worker finds it first. Run every minute by the maintenance job.
 */
export class SlaMonitorService {
  constructor(private readonly ctx: ServiceContext) {}

  async announceBreaches(now = new Date()): Promise<number> {
    let announced = 0;
    for (;;) {
      const breached = await this.ctx.em.fork().transactional(async (em) => {
        const repository = em.getRepository(Ticket);
        const tickets = await repository.markSlaBreaches(now, BATCH);
        const entries = tickets.map((ticket) => ({
          id: newId(now.getTime()),
          ticketId: ticket.id,
          changes: [{ field: 'slaBreachedAt', oldValue: null, newValue: now.toISOString() }],
        }));
        await repository.insertEvents(TicketEventType.SLA_BREACHED, null, now, entries);
        return tickets.map((ticket, i) => ({ ticket, entry: entries[i]! }));
      });
      await announceTicketEvents(
        this.ctx,
        breached.map(({ ticket, entry }) => ({ event: { ...entry, type: TicketEventType.SLA_BREACHED, actor: null, occurredAt: now }, ticket })),
      );
      announced += breached.length;
      if (breached.length < BATCH) return announced;
    }
  }
}
