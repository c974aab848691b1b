import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { headerOf, type Context } from '../context';
import { NotFoundError } from '../errors';
import { CommentService } from '../services/tickets/comment.service';
import { dbIdOf } from './node-id';
import { CommentView } from './types/comment.type';
import { TicketView } from './types/ticket.type';

@Resolver(() => CommentView)
export class CommentResolver {
  @Mutation(() => CommentView, { description: 'Adds a comment to a ticket: public, or internal for agents only. With an `Idempotency-Key` header a retry is safe: a repeat returns the first answer.' })
  async addComment(
    @Arg('ticketId', () => ID, { description: 'Global id of the ticket.' }) ticketId: string,
    @Arg('content', () => String, { description: 'The text, 1-10000 characters.' }) content: string,
    @Arg('isInternal', () => Boolean, { nullable: true, defaultValue: false, description: 'Visible to agents only.' }) isInternal: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<CommentView> {
    return CommentView.from(await new CommentService(ctx).add(dbIdOf(ticketId, 'Ticket'), content, isInternal ?? false, headerOf(ctx, 'idempotency-key')));
  }

  @FieldResolver(() => TicketView, { description: 'The ticket the comment is on.' })
  async ticket(@Root() comment: CommentView, @Ctx() { loaders }: Context): Promise<TicketView> {
    const ticket = await loaders.ticket.load(comment.ticketDbId);
    if (!ticket) throw new NotFoundError('Ticket', comment.ticketDbId);
    return TicketView.from(ticket);
  }
}
