import { EntityRepository } from '@mikro-orm/postgresql';
import { toDate } from '../../db/sql';
import type { Comment } from '../../entities/comment.entity';
import { childById, childCounts, childPages, decodeCursor, encodeCursor, type ChildListSpec } from '../shared/keyset';
import type { CommentRecord, Page } from './ticket.records';

interface CommentRow {
  id: string;
  ticket_id: string;
  content: string;
  is_internal: boolean;
  author: string | null;
  created_at: string;
  updated_at: string;
}

/** Columns left out of the select (see `pages`) leave their properties undefined. */
function commentFromRow(row: CommentRow): CommentRecord {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    content: row.content,
    isInternal: row.is_internal,
    author: row.author,
    createdAt: toDate(row.created_at),
    updatedAt: row.updated_at === undefined ? (undefined as never) : toDate(row.updated_at),
  };
}

const COLUMNS: Record<keyof CommentRecord, string> = {
  id: 'c.id',
  ticketId: 'c.ticket_id',
  content: 'c.content',
  isInternal: 'c.is_internal',
  author: 'c.author',
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
};
const KEY_COLUMNS: readonly (keyof CommentRecord)[] = ['id', 'ticketId', 'createdAt'];

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

function spec(includeInternal: boolean, properties?: ReadonlySet<keyof CommentRecord>): ChildListSpec<CommentRow, CommentRecord> {
  const read = properties ? new Set([...KEY_COLUMNS, ...properties]) : Object.keys(COLUMNS);
  return {
    table: 'comments',
    columns: [...read].map((property) => COLUMNS[property as keyof CommentRecord]).join(', '),
    parentColumn: 'ticket_id',
    timeColumn: 'created_at',
    where: includeInternal ? undefined : 'not c.is_internal',
    map: commentFromRow,
    parentOf: (comment) => comment.ticketId,
  };
}

export class CommentRepository extends EntityRepository<Comment> {
  /** Oldest first, as a conversation reads. With `properties`, only those are read (and the keys). */
  pages(
    ticketIds: readonly string[],
    first: number,
    after: string | undefined,
    includeInternal: boolean,
    properties?: ReadonlySet<keyof CommentRecord>,
  ): Promise<Map<string, Page<CommentRecord>>> {
    const cursor = after ? (decodeCursor(after, ['string', 'string']) as [string, string]) : undefined;
    return childPages(this.getEntityManager(), spec(includeInternal, properties), ticketIds, first, cursor);
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
