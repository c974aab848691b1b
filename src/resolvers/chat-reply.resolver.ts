import { Arg, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../context';
import type { ChatReplyChunk } from '../services/assistant/chat-reply.channel';
import { chatReplyStream } from '../services/assistant/chat-reply.stream';
import { dbIdOf } from './node-id';
import { ChatReplyChunkView } from './types/conversation.type';

@Resolver(() => ChatReplyChunkView)
export class ChatReplyResolver {
  @Subscription(() => ChatReplyChunkView, {
    description: 'The assistant\'s answers in a conversation you may see, as they are written: deltas, then a final chunk with `done` (also when the model fails and the FAQ search answers). Without a configured model each answer arrives as one final chunk.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { conversationId: string }, Context>) =>
      chatReplyStream(context, dbIdOf(args.conversationId, 'Conversation')),
  })
  chatReplyStream(
    @Root() chunk: ChatReplyChunk,
    @Arg('conversationId', () => ID, { description: 'Global id of the conversation.' }) _conversationId: string,
  ): ChatReplyChunkView {
    return ChatReplyChunkView.from(chunk);
  }
}
