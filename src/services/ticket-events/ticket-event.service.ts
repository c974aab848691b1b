import { TicketEvent } from '../../entities/ticket-event.entity';
import { Ticket } from '../../entities/ticket.entity';
import { channelIterator } from '../../pubsub';
import type { Page, PageRequest } from '../../repositories/shared/page';
import type { FeedReader, TicketChange, TicketEventRecord } from '../../repositories/ticket-events/ticket-event.repository';
import { inScope, ticketMatches, type TicketQuery } from '../../repositories/tickets/ticket-filter';
import { seesInternalComments, ticketScope } from '../identity/policy';
import type { ServiceContext } from '../shared/service-context';
import { TicketService } from '../tickets/ticket.service';
import { isInternalEntry, ticketEventsChannel, type TicketEventMessage } from './ticket-event.channel';

/** Search verdicts per event and search text, shared by every subscriber of this process. */
const searchVerdicts = new Map<string, Promise<boolean>>();
const MAX_VERDICTS = 10_000;

/** What happened to tickets: one history entry, or the live stream of them. */
export class TicketEventService {
  constructor(private readonly ctx: ServiceContext) {}

  /** A history entry the caller may see, by the same rules as `Ticket.history`. */
  get(id: string): Promise<TicketEventRecord> {
    return new TicketService(this.ctx).visibleChild('TicketEvent', id, (includeInternal) =>
      this.ctx.em.getRepository(TicketEvent).findRecord(id, includeInternal),
    );
  }

  /**
   * A page of the change feed: every committed history entry, DELETED ones included, of the
   * tickets the caller sees, by the rule of `stream` (its scope; internal entries for those who see
   * internal comments).
   */
  changes(request: PageRequest): Promise<Page<TicketChange>> {
    return this.ctx.em.getRepository(TicketEvent).feedPage(this.feedReader(), request);
  }

  changeCount(): Promise<number> {
    return this.ctx.em.getRepository(TicketEvent).feedCount(this.feedReader());
  }

  private feedReader(): FeedReader {
    return { scope: ticketScope(this.ctx.viewer), includeInternal: seesInternalComments(this.ctx.viewer) };
  }

  /** Live ticket events for one subscriber: only those of the ticket asked for and matching the filter. */
  stream(options: { ticketId?: string; filter?: TicketQuery }): AsyncIterableIterator<TicketEventMessage> {
    const { ticketId, filter = {} } = options;
    const search = filter.search?.trim();
    const scope = ticketScope(this.ctx.viewer);
    const internal = seesInternalComments(this.ctx.viewer);
    return channelIterator(this.ctx.pubsub, ticketEventsChannel, async (message) => {
      if (ticketId && message.event.ticketId !== ticketId) return undefined;
      if (!inScope(scope, message.ticket)) return undefined;
      if (!internal && isInternalEntry(message)) return undefined;
      if (!ticketMatches(message.ticket, filter)) return undefined;
      if (search && !(await this.searchMatches(message, search))) return undefined;
      return message;
    });
  }

  private searchMatches(message: TicketEventMessage, search: string): Promise<boolean> {
    const key = `${message.event.id}\u0000${search}`;
    let verdict = searchVerdicts.get(key);
    if (!verdict) {
      if (searchVerdicts.size >= MAX_VERDICTS) searchVerdicts.clear();
      verdict = this.ctx.em.fork().getRepository(Ticket).textMatches(message.ticket, search);
      searchVerdicts.set(key, verdict);
    }
    return verdict;
  }
}
