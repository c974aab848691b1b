import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MessageRole } from '../../entities/enums';
import type { MessageCitation } from '../../entities/message.entity';
import { toGlobalId } from '../../ids';
import type { ConversationRecord, MessageRecord } from '../../repositories/assistant/conversation.repository';
import type { ChatReplyChunk } from '../../services/assistant/chat-reply.channel';
import { AttachmentView } from './attachment.type';
import { ConnectionType } from './connection.type';
import { FaqView } from './faq.type';
import { NodeInterface } from './node.type';
import { DateTimeScalar } from './scalars';

registerEnumType(MessageRole, {
  name: 'MessageRole',
  description: 'Who wrote a message of a conversation.',
  valuesConfig: {
    USER: { description: 'The person chatting.' },
    ASSISTANT: { description: 'The assistant.' },
    SYSTEM: { description: 'A note from the system, e.g. that a ticket was opened from the conversation.' },
  },
});

@ObjectType('Conversation', {
  implements: NodeInterface,
  description: 'A chat between a user and the AI assistant. Users see their own; agents and admins see all.',
  simpleResolvers: true,
})
export class ConversationView implements NodeInterface {
  readonly __typename = 'Conversation';
  dbId!: string;
  userDbId!: string;
  ticketDbId!: string | null;

  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  @Field(() => String, { description: 'The start of the first message (`New conversation` until there is one).' })
  title!: string;

  @Field(() => Boolean, { description: 'Open for new messages; false once `closeConversation` ended it.' })
  isActive!: boolean;

  @Field(() => DateTimeScalar, { description: 'When it started.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the last message was written; conversations are listed by it.' })
  updatedAt!: Date;

  static from(conversation: ConversationRecord): ConversationView {
    return {
      __typename: 'Conversation',
      dbId: conversation.id,
      userDbId: conversation.userId,
      ticketDbId: conversation.ticketId,
      id: toGlobalId('Conversation', conversation.id),
      title: conversation.title,
      isActive: conversation.isActive,
      createdAt: conversation.createdAt,
      updatedAt: conversation.updatedAt,
    };
  }
}

@ObjectType('Message', { implements: NodeInterface, description: 'One message of a conversation.', simpleResolvers: true })
export class MessageView implements NodeInterface {
  readonly __typename = 'Message';
  dbId!: string;
  conversationDbId!: string;
  sourceDbIds!: string[];
  citationRefs!: MessageCitation[];

  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  @Field(() => MessageRole, { description: 'Who wrote it.' })
  role!: MessageRole;

  @Field(() => String, { description: 'The text.' })
  content!: string;

  @Field(() => Int, {
    description: 'Tokens it cost: as the model reported them, or estimated (characters / 4) for the prompt and reply of the embedded assistant and for user messages.',
  })
  tokensUsed!: number;

  @Field(() => Int, { description: 'For assistant messages, milliseconds from receiving the question to the complete answer; 0 otherwise.' })
  responseTimeMs!: number;

  @Field(() => DateTimeScalar, { description: 'When it was written.' })
  createdAt!: Date;

  static from(message: MessageRecord): MessageView {
    return {
      __typename: 'Message',
      dbId: message.id,
      conversationDbId: message.conversationId,
      sourceDbIds: message.sourceIds,
      citationRefs: message.citations,
      id: toGlobalId('Message', message.id),
      role: message.role,
      content: message.content,
      tokensUsed: message.tokensUsed,
      responseTimeMs: message.responseTimeMs,
      createdAt: message.createdAt,
    };
  }
}

@ObjectType('MessageSource', {
  description: 'A source an assistant answer cites: an FAQ entry, or a passage of a file attached to a ticket the asker may see. Exactly one of `faq` and `attachment` is set.',
  simpleResolvers: true,
})
export class MessageSourceView {
  @Field(() => FaqView, { nullable: true, description: 'The FAQ entry, when the source is one.' })
  faq!: FaqView | null;

  @Field(() => AttachmentView, { nullable: true, description: 'The file, when the source is a passage of its text.' })
  attachment!: AttachmentView | null;

  @Field(() => String, { nullable: true, description: 'For a file, the passage of its text the answer drew on (at most 400 characters, whitespace tidied); null for an FAQ entry.' })
  excerpt!: string | null;
}

@ObjectType('ConversationConnection', { description: 'A page of conversations, most recently active first.', simpleResolvers: true })
export class ConversationConnection extends ConnectionType(ConversationView, 'Conversation') {}

@ObjectType('MessageConnection', { description: 'A page of messages, oldest first.', simpleResolvers: true })
export class MessageConnection extends ConnectionType(MessageView, 'Message') {}

@ObjectType('ChatReply', { description: 'The assistant\'s answer to a message.', simpleResolvers: true })
export class ChatReplyView {
  @Field(() => ConversationView, { description: 'The conversation, new or continued.' })
  conversation!: ConversationView;

  @Field(() => MessageView, { description: 'The stored answer.' })
  message!: MessageView;

  @Field(() => String, { description: 'The answer\'s text (as `message.content`).' })
  response!: string;

  @Field(() => Int, { description: 'Tokens the answer cost (as `message.tokensUsed`).' })
  tokensUsed!: number;

  @Field(() => Int, { description: 'Milliseconds to answer (as `message.responseTimeMs`).' })
  responseTimeMs!: number;

  @Field(() => [FaqView], { description: 'The FAQ entries the answer is based on, best first; empty when nothing matched.' })
  sources!: FaqView[];

  @Field(() => String, { description: 'Which assistant answered: `embedded-retrieval@1` (FAQ search) or `openai:<model>`.' })
  model!: string;

  @Field(() => Boolean, { description: 'The configured model failed, so the FAQ search answered instead (the answer says so).' })
  fallback!: boolean;
}

@ObjectType('ChatReplyChunk', {
  description: 'A piece of an assistant answer as it is written. The deltas of one message add up to its content; the last chunk has `done` and the whole `content`.',
  simpleResolvers: true,
})
export class ChatReplyChunkView {
  @Field(() => ID, { description: 'Global id of the conversation.' })
  conversationId!: string;

  @Field(() => ID, { description: 'Global id of the assistant message being written.' })
  messageId!: string;

  @Field(() => String, { description: 'Text to append; may be empty on the final chunk.' })
  delta!: string;

  @Field(() => Boolean, { description: 'The answer is complete and stored.' })
  done!: boolean;

  @Field(() => String, { nullable: true, description: 'The complete answer, on the final chunk only (for a subscriber that joined late).' })
  content!: string | null;

  static from(chunk: ChatReplyChunk): ChatReplyChunkView {
    return {
      conversationId: toGlobalId('Conversation', chunk.conversationId),
      messageId: toGlobalId('Message', chunk.messageId),
      delta: chunk.delta,
      done: chunk.done,
      content: chunk.content,
    };
  }
}
