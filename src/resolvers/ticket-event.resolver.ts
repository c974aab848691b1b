import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../context';
import type { TicketEventMessage } from '../services/ticket-events/ticket-event.channel';
import { TicketEventService } from '../services/ticket-events/ticket-event.service';
import { dbIdOf } from './node-id';
import { BidirectionalPageArgs, pageRequest, toConnection, type Connection } from './types/connection.type';
import { TicketEventConnection, TicketEventView } from './types/ticket-event.type';
import { TicketFilter } from './types/ticket.input';
import { TicketView } from './types/ticket.type';

interface TicketEventsArgs {
  ticketId?: string | null;
  filter?: TicketFilter | null;
}

@Resolver(() => TicketEventView)
export class TicketEventResolver {
  @Query(() => TicketEventConnection, {
    description:
      'The change feed for sync: every committed change to the tickets you may see, deletions included, in commit order. Keep the last `endCursor` and pass it as `after` to catch up: no change is missed or repeated, also when writers commit out of order; `last`/`before` page back through what is committed. Staff read every ticket\'s changes; an integration token those of the tickets it created; a customer those of their own tickets, without internal comments and attachments. A deleted ticket\'s earlier changes leave the feed with it; its DELETED entry stays.',
  })
  async ticketChanges(@Args(() => BidirectionalPageArgs) args: BidirectionalPageArgs, @Ctx() ctx: Context): Promise<Connection<TicketEventView>> {
    const service = new TicketEventService(ctx);
    const page = await service.changes(pageRequest(args));
    return toConnection(page, args.after, (change) => change.cursor, (change) => TicketEventView.from(change.event), () => service.changeCount());
  }

  @Subscription(() => TicketEventView, {
    description: 'Pushes each change to tickets once it is committed: CREATED, UPDATED, STATUS_CHANGED, COMMENT_ADDED, CLASSIFIED, ASSIGNED, DELETED, SLA_BREACHED, ATTACHMENT_ADDED, ATTACHMENT_PROCESSED.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, TicketEventsArgs, Context>) =>
      new TicketEventService(context).stream({
        ticketId: args.ticketId ? dbIdOf(args.ticketId, 'Ticket') : undefined,
        filter: args.filter ?? undefined,
      }),
  })
  ticketEvents(
    @Root() message: TicketEventMessage,
    @Ctx() ctx: Context,
    @Arg('ticketId', () => ID, { nullable: true, description: 'Only events of this ticket.' }) _ticketId?: string,
    @Arg('filter', () => TicketFilter, { nullable: true, description: 'Only events of tickets that match, as they are after the event.' })
    _filter?: TicketFilter,
  ): TicketEventView {
    ctx.renew();
    return TicketEventView.from(message.event, message.ticket);
  }

  @FieldResolver(() => TicketView, {
    nullable: true,
    description: 'The ticket as it is now; in `ticketEvents`, as it was right after the event (also for DELETED).',
  })
  async ticket(@Root() event: TicketEventView, @Ctx() { loaders }: Context): Promise<TicketView | null> {
    if (event.snapshot) return event.snapshot;
    const ticket = await loaders.ticket.load(event.ticketDbId);
    return ticket ? TicketView.from(ticket) : null;
  }
}
