import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../ids';
import type { CommentRecord } from '../../repositories/tickets/comment.repository';
import { ConnectionType } from './connection.type';
import { NodeInterface } from './node.type';
import { DateTimeScalar } from './scalars';

@ObjectType('Comment', {
  implements: NodeInterface,
  description: 'A message on a ticket: public (the customer sees it) or internal (agents only).',
  simpleResolvers: true,
})
export class CommentView implements NodeInterface {
  readonly __typename = 'Comment';
  dbId!: string;
  ticketDbId!: string;

  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  @Field(() => String, { description: 'The text.' })
  content!: string;

  @Field(() => Boolean, { description: 'Visible to agents only.' })
  isInternal!: boolean;

  @Field(() => String, { nullable: true, description: 'Who wrote it, when known.' })
  author!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was written.' })
  createdAt!: Date;

  static from(comment: CommentRecord): CommentView {
    return {
      __typename: 'Comment',
      dbId: comment.id,
      ticketDbId: comment.ticketId,
      id: toGlobalId('Comment', comment.id),
      content: comment.content,
      isInternal: comment.isInternal,
      author: comment.author,
      createdAt: comment.createdAt,
    };
  }

  /** The record properties that the given view fields read. */
  static propertiesFor(fields: ReadonlySet<string>): Set<keyof CommentRecord> {
    const properties = new Set<keyof CommentRecord>();
    for (const field of fields) {
      if (field === 'content' || field === 'isInternal' || field === 'author' || field === 'createdAt') properties.add(field);
    }
    return properties;
  }
}

@ObjectType('CommentConnection', { description: 'A page of comments, oldest first.', simpleResolvers: true })
export class CommentConnection extends ConnectionType(CommentView, 'Comment') {}
