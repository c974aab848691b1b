import { EntityRepository } from '@mikro-orm/postgresql';
import type { Comment } from '../../entities/comment.entity';
import { childById, childCounts, childPages, encodeCursor, type ChildListSpec } from '../shared/keyset';
import type { Page, PageRequest } from '../shared/page';
import { column, Table, type RecordOf } from '../shared/table';

/** The `comments` table, declared once; `CommentRecord` and the row mapper derive from it. */
export const COMMENTS = new Table('comments', {
  id: column<string>('id', 'uuid'),
  ticketId: column<string>('ticket_id', 'uuid'),
  content: column<string>('content', 'text'),
  isInternal: column<boolean>('is_internal', 'boolean'),
  author: column<string | null>('author', 'text'),
  createdAt: column<Date>('created_at', 'timestamptz'),
  updatedAt: column<Date>('updated_at', 'timestamptz'),
});

export interface CommentRecord extends RecordOf<typeof COMMENTS.spec> {}

export type CommentProperty = keyof CommentRecord;

/** What a page always reads: the key and the parent. */
const KEY_PROPERTIES: readonly CommentProperty[] = ['id', 'ticketId', 'createdAt'];

export function commentFromEntity(comment: Comment): CommentRecord {
  return {
    id: comment.id,
    ticketId: comment.ticket.id,
    content: comment.content,
    isInternal: comment.isInternal,
    author: comment.author,
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
  };
}

/** Columns left out of the select (see `pages`) leave their properties undefined. */
function spec(includeInternal: boolean, properties?: ReadonlySet<CommentProperty>): ChildListSpec<Record<string, unknown>, CommentRecord> {
  return {
    table: 'comments',
    columns: COMMENTS.select(properties && new Set([...KEY_PROPERTIES, ...properties]), 'c'),
    parentColumn: 'ticket_id',
    timeColumn: 'created_at',
    where: includeInternal ? undefined : 'not c.is_internal',
    read: (rows) => COMMENTS.fromPartialRows(rows) as CommentRecord[],
    parentOf: (comment) => comment.ticketId,
  };
}

export class CommentRepository extends EntityRepository<Comment> {
  /** Oldest first, as a conversation reads. With `properties`, only those are read (and the keys). */
  pages(
    ticketIds: readonly string[],
    request: PageRequest,
    includeInternal: boolean,
    properties?: ReadonlySet<CommentProperty>,
  ): Promise<Map<string, Page<CommentRecord>>> {
    return childPages(this.getEntityManager(), spec(includeInternal, properties), ticketIds, request);
  }

  counts(ticketIds: readonly string[], includeInternal: boolean): Promise<Map<string, number>> {
    return childCounts(this.getEntityManager(), spec(includeInternal), ticketIds);
  }

  findRecord(id: string, includeInternal: boolean): Promise<CommentRecord | undefined> {
    return childById(this.getEntityManager(), spec(includeInternal), id);
  }
}

export function commentCursor(comment: CommentRecord): string {
  return encodeCursor([comment.createdAt.toISOString(), comment.id]);
}
