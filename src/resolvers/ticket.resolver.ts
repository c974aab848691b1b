import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { headerOf, type Context } from '../context';
import { OrderDirection, TicketOrderField, TicketStatus } from '../entities/enums';
import { prefetchComments, selectedFields, ticketComments, ticketHistory } from '../execution';
import { attachmentCursor } from '../repositories/files/attachment.repository';
import { ticketCursor, type TicketOrdering } from '../repositories/tickets/ticket.repository';
import { DEFAULT_EXPORT_TICKETS, MAX_EXPORT_TICKETS, TicketExportService } from '../services/tickets/ticket-export.service';
import { TicketFromTextService } from '../services/tickets/ticket-from-text.service';
import { DUPLICATE_SCORE, SimilarTicketsService, type SimilarSource, type SimilarTicket } from '../services/tickets/similar-tickets.service';
import { TicketService } from '../services/tickets/ticket.service';
import { dbIdOf } from './node-id';
import { AttachmentConnection, AttachmentView } from './types/attachment.type';
import { CommentConnection, CommentView } from './types/comment.type';
import { BidirectionalPageArgs, pageRequest, toConnection, type Connection } from './types/connection.type';
import { TicketEventConnection, TicketEventView } from './types/ticket-event.type';
import { CreateTicketInput, TicketFilter, TicketOrder, UpdateTicketInput } from './types/ticket.input';
import { SimilarTicketView, TicketConnection, TicketView } from './types/ticket.type';

const DEFAULT_ORDER: TicketOrdering = { field: TicketOrderField.CREATED_AT, direction: OrderDirection.DESC };

@Resolver(() => TicketView)
export class TicketResolver {
  @Query(() => TicketView, { nullable: true, description: 'A ticket by its global id or its key (e.g. `TICKET-000042`).' })
  async ticket(
    @Arg('id', () => ID, { description: 'Global id or key.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<TicketView> {
    return TicketView.from(await new TicketService(ctx).find(id));
  }

  @Query(() => TicketConnection, {
    description: 'Tickets matching a filter, a page at a time; newest first by default. Page forwards with `first`/`after`, backwards with `last`/`before`.',
  })
  async tickets(
    @Args(() => BidirectionalPageArgs) paging: BidirectionalPageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => TicketFilter, { nullable: true, description: 'Conditions; all must hold.' }) filter?: TicketFilter | null,
    @Arg('orderBy', () => TicketOrder, { nullable: true, description: 'Sort order; CREATED_AT DESC when omitted.' })
    orderBy?: TicketOrder | null,
  ): Promise<Connection<TicketView>> {
    const service = new TicketService(ctx);
    const ordering = orderBy ?? DEFAULT_ORDER;
    const where = filter ?? {};
    const fields = selectedFields(info, ['edges', 'node']);
    const request = pageRequest(paging);
    const page = await service.listSelected(where, ordering, request.size, request.cursor, fields && TicketView.propertiesFor(fields), request.direction);
    await prefetchComments(ctx, info, page.items.map((ticket) => ticket.id));
    const now = Date.now();
    return toConnection(
      page,
      paging.after,
      (ticket) => ticketCursor(ticket, ordering),
      (ticket) => TicketView.from(ticket, now),
      () => service.count(where),
    );
  }

  @Query(() => String, {
    description:
      'The tickets matching a filter as CSV (the columns importTickets reads, then key, assignment, dates and the names of the files attached, one per line), as the caller may see them. Text a spreadsheet would run as a formula is written with a leading `\'`.',
  })
  exportTickets(
    @Ctx() ctx: Context,
    @Arg('filter', () => TicketFilter, { nullable: true, description: 'Conditions; all must hold.' }) filter?: TicketFilter | null,
    @Arg('orderBy', () => TicketOrder, { nullable: true, description: 'Sort order; CREATED_AT DESC when omitted.' })
    orderBy?: TicketOrder | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: DEFAULT_EXPORT_TICKETS, description: `How many tickets at most (1 to ${MAX_EXPORT_TICKETS}).` })
    limit?: number | null,
  ): Promise<string> {
    return new TicketExportService(ctx).csv(filter ?? {}, orderBy ?? DEFAULT_ORDER, limit ?? DEFAULT_EXPORT_TICKETS);
  }

  @FieldResolver(() => CommentConnection, { description: 'Comments on the ticket, oldest first. Page forwards with `first`/`after`, backwards with `last`/`before`.' })
  comments(
    @Root() ticket: TicketView,
    @Args(() => BidirectionalPageArgs) args: BidirectionalPageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Connection<CommentView> | Promise<Connection<CommentView>> {
    return ticketComments(ticket, args, ctx, info);
  }

  @FieldResolver(() => AttachmentConnection, {
    description: 'Files on the ticket and its comments, oldest first; internal ones for agents only. Page forwards with `first`/`after`, backwards with `last`/`before`.',
  })
  async attachments(@Root() ticket: TicketView, @Args(() => BidirectionalPageArgs) args: BidirectionalPageArgs, @Ctx() { loaders }: Context): Promise<Connection<AttachmentView>> {
    const page = await loaders.attachments.get({ page: pageRequest(args) }).load(ticket.dbId);
    return toConnection(page, args.after, attachmentCursor, AttachmentView.from, () => loaders.attachmentCount.load(ticket.dbId));
  }

  @FieldResolver(() => TicketEventConnection, { description: 'Everything that happened to the ticket, oldest first. Page forwards with `first`/`after`, backwards with `last`/`before`.' })
  history(@Root() ticket: TicketView, @Args(() => BidirectionalPageArgs) args: BidirectionalPageArgs, @Ctx() ctx: Context): Promise<Connection<TicketEventView>> {
    return ticketHistory(ticket, args, ctx);
  }

  @FieldResolver(() => [SimilarTicketView], {
    description:
      'The tickets closest in meaning to this one that the caller may see, open and resolved alike, best first. Candidates share at least one word with it; meaning (sentence vectors) ranks them.',
  })
  similar(
    @Root() ticket: TicketView,
    @Arg('first', () => Int, { nullable: true, defaultValue: 5, description: 'How many (1-20).' }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<SimilarTicketView[]> {
    return similarViews(new SimilarTicketsService(ctx).similar(similarSource(ticket), first ?? 5));
  }

  @FieldResolver(() => [SimilarTicketView], {
    description: `Open tickets of the same customer (by email) that say nearly the same as this one (score at least ${DUPLICATE_SCORE}): ask for it on createTicket to warn of a repeat.`,
  })
  possibleDuplicates(@Root() ticket: TicketView, @Ctx() ctx: Context): Promise<SimilarTicketView[]> {
    return similarViews(new SimilarTicketsService(ctx).possibleDuplicates(similarSource(ticket)));
  }

  @Mutation(() => TicketView, {
    description:
      'Creates a ticket. Without category or priority, the classifier decides them. Send an `Idempotency-Key` header to make a retry safe: a repeat returns the first ticket.',
  })
  async createTicket(
    @Arg('input', () => CreateTicketInput, { description: 'The new ticket.' }) input: CreateTicketInput,
    @Ctx() ctx: Context,
  ): Promise<TicketView> {
    return TicketView.from(await new TicketService(ctx).create(input, headerOf(ctx, 'idempotency-key')));
  }

  @Mutation(() => TicketView, {
    description:
      'Creates a ticket from a message in plain words; the caller (a signed-in person) is the customer. Subject, description and tags are drafted by the configured LLM, else taken from the message; category and priority come from the classifier. With an `Idempotency-Key` header a repeat returns the first ticket.',
  })
  async createTicketFromText(
    @Arg('text', () => String, { description: 'The customer\'s message (10-2000 characters).' }) text: string,
    @Ctx() ctx: Context,
  ): Promise<TicketView> {
    return TicketView.from(await new TicketFromTextService(ctx).create(text, headerOf(ctx, 'idempotency-key')));
  }

  @Mutation(() => TicketView, { description: 'Changes the given fields of a ticket and records each change in its history.' })
  async updateTicket(
    @Arg('id', () => ID, { description: 'Global id of the ticket.' }) id: string,
    @Arg('input', () => UpdateTicketInput, { description: 'The fields to change.' }) input: UpdateTicketInput,
    @Ctx() ctx: Context,
  ): Promise<TicketView> {
    return TicketView.from(await new TicketService(ctx).update(dbIdOf(id, 'Ticket'), input));
  }

  @Mutation(() => TicketView, { description: 'Moves a ticket to a status; entering RESOLVED or CLOSED sets `resolvedAt`.' })
  async setTicketStatus(
    @Arg('id', () => ID, { description: 'Global id of the ticket.' }) id: string,
    @Arg('status', () => TicketStatus, { description: 'The new status.' }) status: TicketStatus,
    @Ctx() ctx: Context,
  ): Promise<TicketView> {
    return TicketView.from(await new TicketService(ctx).setStatus(dbIdOf(id, 'Ticket'), status));
  }

  @Mutation(() => ID, { description: 'Deletes a ticket with its comments and history; returns its id.' })
  async deleteTicket(
    @Arg('id', () => ID, { description: 'Global id of the ticket.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<string> {
    await new TicketService(ctx).delete(dbIdOf(id, 'Ticket'));
    return id;
  }
}

function similarSource(ticket: TicketView): SimilarSource {
  return { id: ticket.dbId, subject: ticket.subject, description: ticket.description, customer: { email: ticket.customer?.email ?? '' } };
}

async function similarViews(found: Promise<SimilarTicket[]>): Promise<SimilarTicketView[]> {
  return (await found).map(({ ticket, score }) => ({ ticket: TicketView.from(ticket), score }));
}
