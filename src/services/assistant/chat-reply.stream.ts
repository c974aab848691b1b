import { channelIterator } from '../../pubsub';
import type { ServiceContext } from '../shared/service-context';
import { chatReplyChannel, type ChatReplyChunk } from './chat-reply.channel';
import { ConversationService } from './conversation.service';

/**
 * The chunks of every answer written in a conversation, for a viewer who may see it (checked once,
 * when subscribing). The stream stays open across answers until the client ends it.
 */
export async function chatReplyStream(ctx: ServiceContext, conversationId: string): Promise<AsyncIterableIterator<ChatReplyChunk>> {
  await new ConversationService(ctx).get(conversationId);
  return channelIterator(ctx.pubsub, chatReplyChannel(conversationId), (chunk) => chunk);
}
