import { EntityRepositoryType, Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { ConversationRepository } from '../repositories/assistant/conversation.repository';
import { BaseEntity } from './base.entity';
import { Ticket } from './ticket.entity';
import { User } from './user.entity';

/** A chat between a user and the assistant; `updatedAt` moves with every message. */
@Entity({ tableName: 'conversations', repository: () => ConversationRepository })
export class Conversation extends BaseEntity {
  [EntityRepositoryType]?: ConversationRepository;

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'cascade' })
  user: Ref<User>;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'boolean' })
  isActive = true;

  /** The ticket opened from this conversation, if any. */
  @ManyToOne({ entity: () => Ticket, ref: true, nullable: true, deleteRule: 'set null' })
  ticket: Ref<Ticket> | null = null;

  constructor(user: Ref<User>, title: string) {
    super();
    this.user = user;
    this.title = title;
  }
}
