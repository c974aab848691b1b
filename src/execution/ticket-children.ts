import { assertObjectType, getArgumentValues, type GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import type { ChildPageKey, Loaders } from '../loaders';
import type { Page } from '../repositories/shared/page';
import { ticketEventCursor } from '../repositories/ticket-events/ticket-event.repository';
import { commentCursor, type CommentRecord } from '../repositories/tickets/comment.repository';
import { CommentView } from '../resolvers/types/comment.type';
import { BidirectionalPageArgs, pageRequest, toConnection, type Connection } from '../resolvers/types/connection.type';
import { TicketEventView } from '../resolvers/types/ticket-event.type';
import type { TicketView } from '../resolvers/types/ticket.type';
import { selectedFieldNodes, selectedFields, type Selection } from './lookahead';

// A ticket's comments and history: resolved once per ticket of a list, so they are attached to the
// schema as plain functions (see per-item-resolvers.ts), and a list reads the comment pages its
// query selects right after the tickets (`prefetchComments`).

/** The comment pages one `comments` selection reads: page arguments and the comment properties asked for. */
function commentPageKey(args: BidirectionalPageArgs, selection: Selection): ChildPageKey<keyof CommentRecord> {
  const fields = selectedFields(selection, ['edges', 'node']);
  return { page: pageRequest(args), properties: fields && CommentView.propertiesFor(fields) };
}

/**
 * Reads, right after a page of tickets, the comment pages its query selects on them, in one
 * statement per `comments` selection, so that each ticket's `comments` resolves at once.
 */
export async function prefetchComments({ loaders }: Context, info: GraphQLResolveInfo, ticketIds: readonly string[]): Promise<void> {
  const nodes = ticketIds.length ? selectedFieldNodes(info, ['edges', 'node'], 'comments') : undefined;
  if (!nodes?.length) return;
  const definition = assertObjectType(info.schema.getType('Ticket')).getFields().comments!;
  for (const node of nodes) {
    const args: BidirectionalPageArgs = getArgumentValues(definition, node, info.variableValues);
    let key: ChildPageKey<keyof CommentRecord>;
    try {
      key = commentPageKey(args, { fieldNodes: [node], fragments: info.fragments });
    } catch {
      // Bad page arguments are reported by the field itself, on each ticket.
      continue;
    }
    await loaders.comments.prefetch(node, key, ticketIds);
  }
}

/** `Ticket.comments`: at once from a prefetched page, else through the loader. */
export function ticketComments(
  ticket: TicketView,
  args: BidirectionalPageArgs,
  { loaders }: Context,
  info: GraphQLResolveInfo,
): Connection<CommentView> | Promise<Connection<CommentView>> {
  const prefetched = loaders.comments.prefetchedFor(info.fieldNodes[0]!, ticket.dbId);
  if (prefetched) return commentConnection(prefetched, args.after, ticket, loaders);
  return loaders.comments.get(commentPageKey(args, info)).load(ticket.dbId).then((page) => commentConnection(page, args.after, ticket, loaders));
}

// A function of its own rather than a closure in ticketComments: tsx names every closure it makes, per ticket.
function commentConnection(page: Page<CommentRecord>, after: string | null | undefined, ticket: TicketView, loaders: Loaders): Connection<CommentView> {
  return toConnection(page, after, commentCursor, CommentView.from, () => loaders.commentCount.load(ticket.dbId));
}

/** `Ticket.history`; attached to the schema directly like `ticketComments`. */
export async function ticketHistory(ticket: TicketView, args: BidirectionalPageArgs, { loaders }: Context): Promise<Connection<TicketEventView>> {
  const page = await loaders.history.get({ page: pageRequest(args) }).load(ticket.dbId);
  return toConnection(page, args.after, ticketEventCursor, (event) => TicketEventView.from(event), () => loaders.historyCount.load(ticket.dbId));
}
