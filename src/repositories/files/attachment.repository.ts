import { EntityRepository } from '@mikro-orm/postgresql';
import { query } from '../../db/sql';
import type { Attachment } from '../../entities/attachment.entity';
import type { AttachmentKind, AttachmentStatus, AttachmentTextSource } from '../../entities/enums';
import { childById, childCounts, childPages, encodeCursor, type ChildListSpec } from '../shared/keyset';
import type { Page, PageRequest } from '../shared/page';
import { column, Table, type RecordOf } from '../shared/table';

/** The `attachments` table, declared once; `AttachmentRecord` and the row mapper derive from it. */
export const ATTACHMENTS = new Table('attachments', {
  id: column<string>('id', 'uuid'),
  ticketId: column<string>('ticket_id', 'uuid'),
  commentId: column<string | null>('comment_id', 'uuid'),
  fileName: column<string>('file_name', 'text'),
  contentType: column<string>('content_type', 'text'),
  size: column<number>('size', 'bigint'),
  sha256: column<string>('sha256', 'text'),
  kind: column<AttachmentKind>('kind', 'text'),
  isInternal: column<boolean>('is_internal', 'boolean'),
  status: column<AttachmentStatus>('status', 'text'),
  text: column<string | null>('text', 'text'),
  textSource: column<AttachmentTextSource | null>('text_source', 'text'),
  pageCount: column<number | null>('page_count', 'integer'),
  durationSeconds: column<number | null>('duration_seconds', 'float8'),
  error: column<string | null>('error', 'text'),
  note: column<string | null>('note', 'text'),
  storageKey: column<string>('storage_key', 'text'),
  uploadedBy: column<string | null>('uploaded_by', 'text'),
  createdAt: column<Date>('created_at', 'timestamptz'),
  updatedAt: column<Date>('updated_at', 'timestamptz'),
});

export interface AttachmentRecord extends RecordOf<typeof ATTACHMENTS.spec> {}

export function attachmentFromEntity(attachment: Attachment): AttachmentRecord {
  return {
    id: attachment.id,
    ticketId: attachment.ticket.id,
    commentId: attachment.comment?.id ?? null,
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    size: attachment.size,
    sha256: attachment.sha256,
    kind: attachment.kind,
    isInternal: attachment.isInternal,
    status: attachment.status,
    text: attachment.text,
    textSource: attachment.textSource,
    pageCount: attachment.pageCount,
    durationSeconds: attachment.durationSeconds,
    error: attachment.error,
    note: attachment.note,
    storageKey: attachment.storageKey,
    uploadedBy: attachment.uploadedBy,
    createdAt: attachment.createdAt,
    updatedAt: attachment.updatedAt,
  };
}

function spec(includeInternal: boolean): ChildListSpec<Record<string, unknown>, AttachmentRecord> {
  return {
    table: 'attachments',
    columns: ATTACHMENTS.select(undefined, 'c'),
    parentColumn: 'ticket_id',
    timeColumn: 'created_at',
    where: includeInternal ? undefined : 'not c.is_internal',
    read: (rows) => ATTACHMENTS.fromRows(rows),
    parentOf: (attachment) => attachment.ticketId,
  };
}

export class AttachmentRepository extends EntityRepository<Attachment> {
  /** Oldest first, as they were attached. */
  pages(ticketIds: readonly string[], request: PageRequest, includeInternal: boolean): Promise<Map<string, Page<AttachmentRecord>>> {
    return childPages(this.getEntityManager(), spec(includeInternal), ticketIds, request);
  }

  counts(ticketIds: readonly string[], includeInternal: boolean): Promise<Map<string, number>> {
    return childCounts(this.getEntityManager(), spec(includeInternal), ticketIds);
  }

  findRecord(id: string, includeInternal: boolean): Promise<AttachmentRecord | undefined> {
    return childById(this.getEntityManager(), spec(includeInternal), id);
  }

  /** Attachments by id, in one statement; internal ones only with `includeInternal`. */
  async findRecords(ids: readonly string[], includeInternal: boolean): Promise<AttachmentRecord[]> {
    const rows = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `select ${ATTACHMENTS.select(undefined, 'c')} from attachments c where c.id = any(?::uuid[]) ${includeInternal ? '' : 'and not c.is_internal'}`,
      [[...ids]],
    );
    return ATTACHMENTS.fromRows(rows);
  }

  /** Bytes of files a ticket holds. */
  async totalSize(ticketId: string): Promise<number> {
    const [row] = await query<{ total: string }>(this.getEntityManager(), 'select coalesce(sum(size), 0) as total from attachments where ticket_id = ?', [ticketId]);
    return Number(row!.total);
  }

  /** The text read from a ticket's files, oldest first, at most `maxChars` of it in all. */
  async textOf(ticketId: string, maxChars: number): Promise<string> {
    const rows = await query<{ text: string }>(
      this.getEntityManager(),
      `select left(text, ?) as text from attachments where ticket_id = ? and text is not null order by created_at, id limit 20`,
      [maxChars, ticketId],
    );
    return rows.map((row) => row.text).join('\n\n').slice(0, maxChars);
  }

  /**
   * Files whose text was read, for the assistant: those of one ticket and/or of one owner's
   * tickets, newest first, public ones only unless `includeInternal`, with the first `maxChars`
   * of each text.
   */
  async readTexts(
    scope: { ticketId?: string; ownerId?: string },
    includeInternal: boolean,
    limit: { files: number; maxChars: number },
  ): Promise<{ id: string; ticketId: string; fileName: string; text: string }[]> {
    return query(
      this.getEntityManager(),
      `select a.id, a.ticket_id as "ticketId", a.file_name as "fileName", left(a.text, ?) as text
       from attachments a join tickets t on t.id = a.ticket_id
       where a.text is not null and a.status = 'READY'
         and (?::uuid is null or a.ticket_id = ?::uuid) and (?::uuid is null or t.owner_id = ?::uuid)
         ${includeInternal ? '' : 'and not a.is_internal'}
       order by a.created_at desc, a.id desc
       limit ?`,
      [limit.maxChars, scope.ticketId ?? null, scope.ticketId ?? null, scope.ownerId ?? null, scope.ownerId ?? null, limit.files],
    );
  }

  /** The names of each ticket's files, oldest first; internal ones only with `includeInternal`. */
  async fileNames(ticketIds: readonly string[], includeInternal: boolean): Promise<Map<string, string[]>> {
    const rows = await query<{ ticket_id: string; file_name: string }>(
      this.getEntityManager(),
      `select ticket_id, file_name from attachments where ticket_id = any(?::uuid[]) ${includeInternal ? '' : 'and not is_internal'} order by created_at, id`,
      [[...ticketIds]],
    );
    const names = new Map<string, string[]>();
    for (const row of rows) names.set(row.ticket_id, [...(names.get(row.ticket_id) ?? []), row.file_name]);
    return names;
  }

  /** Those of `keys` that an attachment names. */
  async recordedKeys(keys: readonly string[]): Promise<Set<string>> {
    const rows = await query<{ storage_key: string }>(this.getEntityManager(), 'select storage_key from attachments where storage_key = any(?::text[])', [[...keys]]);
    return new Set(rows.map((row) => row.storage_key));
  }

  /**
   * A ticket's files and where they are stored, locked: to remove them with the ticket (an answer
   * being stored from one of them waits, or waits for it; see ConversationRepository.appendAnswer).
   */
  async storedFiles(ticketId: string): Promise<{ id: string; storageKey: string }[]> {
    const rows = await query<{ id: string; storage_key: string }>(this.getEntityManager(), 'select id, storage_key from attachments where ticket_id = ? order by id for update', [ticketId]);
    return rows.map((row) => ({ id: row.id, storageKey: row.storage_key }));
  }
}

export function attachmentCursor(attachment: AttachmentRecord): string {
  return encodeCursor([attachment.createdAt.toISOString(), attachment.id]);
}
