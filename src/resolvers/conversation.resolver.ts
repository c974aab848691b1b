import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { headerOf, type Context } from '../context';
import { NotFoundError } from '../errors';
import { conversationCursor, messageCursor } from '../repositories/assistant/conversation.repository';
import { inScope } from '../repositories/tickets/ticket-filter';
import { canRead, ConversationService } from '../services/assistant/conversation.service';
import { ticketScope } from '../services/identity/policy';
import { dbIdOf } from './node-id';
import { BidirectionalPageArgs, pageRequest, toConnection, type Connection } from './types/connection.type';
import { AttachmentView } from './types/attachment.type';
import { ChatReplyView, ConversationConnection, ConversationView, MessageConnection, MessageSourceView, MessageView } from './types/conversation.type';
import { FaqView } from './types/faq.type';
import { TicketView } from './types/ticket.type';
import { UserView } from './types/user.type';

@Resolver(() => ConversationView)
export class ConversationResolver {
  @Query(() => ConversationConnection, {
    description:
      'Conversations with the assistant, most recently active first: your own, or everyone\'s for agents and admins. Page forwards with `first`/`after`, backwards with `last`/`before`.',
  })
  async conversations(@Args(() => BidirectionalPageArgs) args: BidirectionalPageArgs, @Ctx() ctx: Context): Promise<Connection<ConversationView>> {
    const service = new ConversationService(ctx);
    const page = await service.list(pageRequest(args));
    return toConnection(page, args.after, conversationCursor, ConversationView.from, () => service.count());
  }

  @Query(() => ConversationView, { nullable: true, description: 'A conversation you may see, by its global id.' })
  async conversation(
    @Arg('id', () => ID, { description: 'Global id of the conversation.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<ConversationView> {
    return ConversationView.from(await new ConversationService(ctx).get(dbIdOf(id, 'Conversation')));
  }

  @Mutation(() => ChatReplyView, {
    description: 'Sends a message to the assistant and returns its answer: in a new conversation (titled after the message) when no id is given, else in your conversation. With a model configured the answer also streams to `chatReplyStream`. With an `Idempotency-Key` header a retry is safe: a repeat returns the first reply without asking again.',
  })
  async sendMessage(
    @Arg('message', () => String, { description: 'Your message, 1-4000 characters.' }) message: string,
    @Ctx() ctx: Context,
    @Arg('conversationId', () => ID, { nullable: true, description: 'The conversation to continue; omit to start one.' })
    conversationId?: string | null,
  ): Promise<ChatReplyView> {
    const id = conversationId ? dbIdOf(conversationId, 'Conversation') : undefined;
    const reply = await new ConversationService(ctx).sendMessage(id, message, headerOf(ctx, 'idempotency-key'));
    const view = MessageView.from(reply.message);
    return {
      conversation: ConversationView.from(reply.conversation),
      message: view,
      response: view.content,
      tokensUsed: view.tokensUsed,
      responseTimeMs: view.responseTimeMs,
      sources: reply.sources.map((hit) => FaqView.from(hit.faq)),
      model: reply.model,
      fallback: reply.fallback,
    };
  }

  @Mutation(() => ConversationView, {
    description: 'Starts an empty conversation, so you can subscribe to `chatReplyStream` before sending the first message. With an `Idempotency-Key` header a retry is safe: a repeat returns the first answer.',
  })
  async startConversation(@Ctx() ctx: Context): Promise<ConversationView> {
    return ConversationView.from(await new ConversationService(ctx).start(headerOf(ctx, 'idempotency-key')));
  }

  @Mutation(() => ConversationView, {
    description: 'Ends a conversation (`isActive` false): its owner, an agent or an admin. Messages stay readable; `sendMessage` to it is refused with CONFLICT, so start a new conversation instead. Closing it again changes nothing.',
  })
  async closeConversation(@Arg('id', () => ID, { description: 'Global id of the conversation.' }) id: string, @Ctx() ctx: Context): Promise<ConversationView> {
    return ConversationView.from(await new ConversationService(ctx).close(dbIdOf(id, 'Conversation')));
  }

  @Mutation(() => TicketView, {
    description: 'Opens a ticket for the conversation\'s owner, with subject and description drafted from the conversation and category and priority left to the classifier, and links the two. Asking again returns the same ticket.',
  })
  async createTicketFromConversation(
    @Arg('conversationId', () => ID, { description: 'Global id of the conversation.' }) conversationId: string,
    @Ctx() ctx: Context,
  ): Promise<TicketView> {
    return TicketView.from(await new ConversationService(ctx).createTicket(dbIdOf(conversationId, 'Conversation')));
  }

  @FieldResolver(() => MessageConnection, { description: 'The messages, oldest first. Page forwards with `first`/`after`, backwards with `last`/`before`.' })
  async messages(
    @Root() conversation: ConversationView,
    @Args(() => BidirectionalPageArgs) args: BidirectionalPageArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Connection<MessageView>> {
    const page = await loaders.messages.get({ page: pageRequest(args) }).load(conversation.dbId);
    return toConnection(page, args.after, messageCursor, MessageView.from, () => loaders.messageCount.load(conversation.dbId));
  }

  @FieldResolver(() => TicketView, { nullable: true, description: 'The ticket opened from this conversation, if any.' })
  async ticket(@Root() conversation: ConversationView, @Ctx() { loaders, viewer }: Context): Promise<TicketView | null> {
    if (!conversation.ticketDbId) return null;
    const ticket = await loaders.ticket.load(conversation.ticketDbId);
    return ticket && inScope(ticketScope(viewer), ticket) ? TicketView.from(ticket) : null;
  }

  @FieldResolver(() => UserView, { description: 'Whose conversation it is.' })
  async user(@Root() conversation: ConversationView, @Ctx() { loaders }: Context): Promise<UserView> {
    const user = await loaders.user.load(conversation.userDbId);
    if (!user) throw new NotFoundError('User', conversation.userDbId);
    return UserView.from(user);
  }
}

@Resolver(() => MessageView)
export class MessageResolver {
  @FieldResolver(() => [MessageSourceView], {
    description: 'For assistant messages, every source the answer cites, in order: FAQ entries and passages of files (those deleted since, or that you may not see, are left out).',
  })
  citations(@Root() message: MessageView, @Ctx() { loaders }: Context): Promise<MessageSourceView[]> {
    return citationsOf(message, loaders);
  }

  @FieldResolver(() => [FaqView], { description: 'For assistant messages, the FAQ entries the answer cites (entries deleted since are left out).' })
  async sources(@Root() message: MessageView, @Ctx() { loaders }: Context): Promise<FaqView[]> {
    const faqs = await loaders.faq.loadMany(message.sourceDbIds);
    return faqs.flatMap((faq) => (faq && !(faq instanceof Error) ? [FaqView.from(faq)] : []));
  }
}

@Resolver(() => ChatReplyView)
export class ChatReplyCitationResolver {
  @FieldResolver(() => [MessageSourceView], {
    description: 'Every source the answer is based on, best first: FAQ entries (as in `sources`) and passages of files on the conversation\'s ticket, or on your own tickets, that you may see; empty when nothing matched.',
  })
  citations(@Root() reply: ChatReplyView, @Ctx() { loaders }: Context): Promise<MessageSourceView[]> {
    return citationsOf(reply.message, loaders);
  }
}

/** A message's citations, as the viewer may see them now (entries and files deleted since, or out of sight, are left out). */
async function citationsOf(message: MessageView, loaders: Context['loaders']): Promise<MessageSourceView[]> {
  const sources = await Promise.all(
    message.citationRefs.map(async (ref): Promise<MessageSourceView | undefined> => {
      if ('faqId' in ref) {
        const faq = await loaders.faq.load(ref.faqId);
        return faq && { faq: FaqView.from(faq), attachment: null, excerpt: null };
      }
      const attachment = await loaders.visibleAttachment.load(ref.attachmentId);
      return attachment && { faq: null, attachment: AttachmentView.from(attachment), excerpt: ref.excerpt };
    }),
  );
  return sources.filter((source) => source !== undefined);
}

@Resolver(() => TicketView)
export class TicketConversationResolver {
  @FieldResolver(() => ConversationView, {
    nullable: true,
    description: 'The conversation with the assistant the ticket was opened from, when there is one and you may see it.',
  })
  async conversation(@Root() ticket: TicketView, @Ctx() { loaders, viewer }: Context): Promise<ConversationView | null> {
    if (viewer.kind === 'anonymous' || viewer.kind === 'token') return null;
    const conversation = await loaders.conversationOfTicket.load(ticket.dbId);
    return conversation && canRead(viewer, conversation) ? ConversationView.from(conversation) : null;
  }
}
