import type { ServiceContext } from '../shared/service-context';
import { TicketEventType } from '../../entities/enums';
import { Ticket } from '../../entities/ticket.entity';
import { channelIterator } from '../../pubsub';
import { inScope, ticketMatches, type TicketQuery } from '../../repositories/tickets/ticket-filter';
import { ticketEventsChannel, type TicketEventMessage } from './ticket-event.channel';
import { seesInternalComments, ticketScope } from '../identity/policy';

/** Search verdicts per event and search text, shared by every subscriber of this process. */
const searchVerdicts = new Map<string, Promise<boolean>>();
const MAX_VERDICTS = 10_000;

/** Live ticket events for one subscriber: only those of the ticket asked for and matching the filter. */
export function ticketEventStream(
  ctx: ServiceContext,
  options: { ticketId?: string; filter?: TicketQuery },
): AsyncIterableIterator<TicketEventMessage> {
  const { ticketId, filter = {} } = options;
  const search = filter.search?.trim();
  const scope = ticketScope(ctx.viewer);
  const internal = seesInternalComments(ctx.viewer);
  return channelIterator(ctx.pubsub, ticketEventsChannel, async (message) => {
    if (ticketId && message.event.ticketId !== ticketId) return undefined;
    if (!inScope(scope, message.ticket)) return undefined;
    if (!internal && isInternalComment(message)) return undefined;
    if (!ticketMatches(message.ticket, filter)) return undefined;
    if (search && !(await searchMatches(ctx, message, search))) return undefined;
    return message;
  });
}

/** A COMMENT_ADDED event of an internal comment. */
export function isInternalComment(message: TicketEventMessage): boolean {
  return message.event.type === TicketEventType.COMMENT_ADDED && message.event.changes.some(
    (change) => (change.newValue as { isInternal?: boolean } | null)?.isInternal === true,
  );
}

function searchMatches(ctx: ServiceContext, message: TicketEventMessage, search: string): Promise<boolean> {
  const key = `${message.event.id}\u0000${search}`;
  let verdict = searchVerdicts.get(key);
  if (!verdict) {
    if (searchVerdicts.size >= MAX_VERDICTS) searchVerdicts.clear();
    verdict = ctx.em.fork().getRepository(Ticket).textMatches(message.ticket, search);
    searchVerdicts.set(key, verdict);
  }
  return verdict;
}
