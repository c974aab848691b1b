import { ArrayType, Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import { Conversation } from './conversation.entity';
import { MessageRole } from './enums';

/** One source an assistant message cites: an FAQ entry, or a passage of an attached file. */
export type MessageCitation = { faqId: string } | { attachmentId: string; excerpt: string };

/** One turn of a conversation. Belongs to the conversation's user. */
@Entity({ tableName: 'messages' })
export class Message extends BaseEntity {
  @ManyToOne({ entity: () => Conversation, ref: true, deleteRule: 'cascade' })
  conversation: Ref<Conversation>;

  @Enum({ items: () => MessageRole, type: 'text' })
  role: MessageRole;

  @Property({ type: 'text' })
  content: string;

  @Property({ type: 'integer' })
  tokensUsed: number;

  @Property({ type: 'integer' })
  responseTimeMs: number;

  /** FAQ entries an assistant message cites, in order. */
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  sourceIds: string[] = [];

  /** Everything an assistant message cites, FAQ entries and passages of files, in order. */
  @Property({ type: 'json', columnType: 'jsonb' })
  citations: MessageCitation[] = [];

  /** The files an assistant message was made from: those it cites, and those whose passages the model was given. */
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  fileIds: string[] = [];

  constructor(conversation: Ref<Conversation>, role: MessageRole, content: string, tokensUsed: number, responseTimeMs: number) {
    super();
    this.conversation = conversation;
    this.role = role;
    this.content = content;
    this.tokensUsed = tokensUsed;
    this.responseTimeMs = responseTimeMs;
  }
}
