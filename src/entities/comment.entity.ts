import { EntityRepositoryType, Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { CommentRepository } from '../repositories/tickets/comment.repository';
import { BaseEntity } from './base.entity';
import { Ticket } from './ticket.entity';

@Entity({ tableName: 'comments', repository: () => CommentRepository })
export class Comment extends BaseEntity {
  [EntityRepositoryType]?: CommentRepository;

  @ManyToOne({ entity: () => Ticket, ref: true, deleteRule: 'cascade' })
  ticket: Ref<Ticket>;

  @Property({ type: 'text' })
  content: string;

  @Property({ type: 'boolean' })
  isInternal: boolean;

  @Property({ type: 'text', nullable: true })
  author: string | null;

  constructor(ticket: Ref<Ticket>, content: string, isInternal: boolean, author: string | null) {
    super();
    this.ticket = ticket;
    this.content = content;
    this.isInternal = isInternal;
    this.author = author;
  }
}
