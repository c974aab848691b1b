import { EntityRepository, type EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql';
import { Conversation } from '../../entities/conversation.entity';
import type { MessageRole } from '../../entities/enums';
import type { MessageCitation } from '../../entities/message.entity';
import { childCounts, childPages, encodeCursor, pageOf, timeKeyset, type ChildListSpec } from '../shared/keyset';
import { toPage, type Page, type PageRequest } from '../shared/page';
import { column, Table, type RecordOf } from '../shared/table';

/** The `conversations` table, declared once; `ConversationRecord` and the row mapper derive from it. */
export const CONVERSATIONS = new Table('conversations', {
  id: column<string>('id', 'uuid'),
  userId: column<string>('user_id', 'uuid'),
  title: column<string>('title', 'text'),
  isActive: column<boolean>('is_active', 'boolean'),
  /** The ticket opened from the conversation, if any. */
  ticketId: column<string | null>('ticket_id', 'uuid'),
  createdAt: column<Date>('created_at', 'timestamptz'),
  updatedAt: column<Date>('updated_at', 'timestamptz'),
});

export interface ConversationRecord extends RecordOf<typeof CONVERSATIONS.spec> {}

/** The `messages` table, likewise. */
export const MESSAGES = new Table('messages', {
  id: column<string>('id', 'uuid'),
  conversationId: column<string>('conversation_id', 'uuid'),
  role: column<MessageRole>('role', 'text'),
  content: column<string>('content', 'text'),
  tokensUsed: column<number>('tokens_used', 'integer'),
  responseTimeMs: column<number>('response_time_ms', 'integer'),
  /** The FAQ entries an answer cites. */
  sourceIds: column<string[]>('source_ids', 'uuid[]'),
  /** Everything an answer cites, FAQ entries and passages of files, in order. */
  citations: column<MessageCitation[]>('citations', 'jsonb'),
  /** The files an assistant message was made from: those it cites, and those whose passages the model was given. */
  fileIds: column<string[]>('file_ids', 'uuid[]'),
  createdAt: column<Date>('created_at', 'timestamptz'),
});

export interface MessageRecord extends RecordOf<typeof MESSAGES.spec> {}

const CONVERSATION_COLUMNS = CONVERSATIONS.select();
const MESSAGE_COLUMNS = MESSAGES.select();
const conversationFromRow = (row: Record<string, unknown>): ConversationRecord => CONVERSATIONS.fromRow(row);
const messageFromRow = (row: Record<string, unknown>): MessageRecord => MESSAGES.fromRow(row);

const MESSAGE_LIST: ChildListSpec<Record<string, unknown>, MessageRecord> = {
  table: 'messages',
  columns: MESSAGES.select(undefined, 'c'),
  parentColumn: 'conversation_id',
  timeColumn: 'created_at',
  read: (rows) => MESSAGES.fromRows(rows),
  parentOf: (message) => message.conversationId,
};

/** What an answer made from a since deleted file reads as. */
export const FORGOTTEN_ANSWER = 'This answer was made from a file that has since been deleted, so it was removed with the file.';

/** Whose conversations a list shows: one user's, or everyone's. */
export type ConversationScope = { all: true } | { userId: string };

export class ConversationRepository extends EntityRepository<Conversation> {
  async findRecords(ids: readonly string[]): Promise<ConversationRecord[]> {
    const rows = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `select ${CONVERSATION_COLUMNS} from conversations where id = any(?::uuid[])`,
      [ids],
    );
    return rows.map(conversationFromRow);
  }

  async findByTickets(ticketIds: readonly string[]): Promise<ConversationRecord[]> {
    const rows = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `select ${CONVERSATION_COLUMNS} from conversations where ticket_id = any(?::uuid[])`,
      [ticketIds],
    );
    return rows.map(conversationFromRow);
  }

  /** Most recently active first. */
  async findPage(scope: ConversationScope, request: PageRequest): Promise<Page<ConversationRecord>> {
    const conditions: string[] = [];
    const bindings: unknown[] = [];
    if ('userId' in scope) {
      conditions.push('user_id = ?');
      bindings.push(scope.userId);
    }
    const keyset = timeKeyset(request, 'updated_at', 'desc');
    if (keyset.condition) conditions.push(keyset.condition);
    bindings.push(...keyset.bindings, request.size + 1);
    const rows = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `select ${CONVERSATION_COLUMNS} from conversations ${conditions.length ? `where ${conditions.join(' and ')}` : ''}
       order by ${keyset.orderBy} limit ?`,
      bindings,
    );
    return pageOf(rows.map(conversationFromRow), request);
  }

  async countMatching(scope: ConversationScope): Promise<number> {
    const [row] = await query<{ count: string }>(
      this.getEntityManager(),
      `select count(*) as count from conversations ${'userId' in scope ? 'where user_id = ?' : ''}`,
      'userId' in scope ? [scope.userId] : [],
    );
    return Number(row!.count);
  }

  /**
   * Forgets what answers took from deleted files: an assistant message made from one of them (it
   * cites the file, or the model was given its passages) loses its whole content (an answer from a
   * file is that file's passage, and a model's answer may word it anywhere) for `FORGOTTEN_ANSWER`,
   * and its citations of those files with their excerpts; the FAQ entries it cited stay. Runs in
   * the transaction that deletes the files, after their rows are locked (see `appendAnswer`).
   * Returns the number of messages changed.
   */
  async forgetFiles(em: EntityManager, attachmentIds: readonly string[]): Promise<number> {
    if (attachmentIds.length === 0) return 0;
    const rows = await query<{ id: string }>(
      em,
      `update messages set
         content = ?,
         citations = (select coalesce(jsonb_agg(c order by n), '[]') from jsonb_array_elements(citations) with ordinality as e (c, n)
                      where c->>'attachmentId' is null or c->>'attachmentId' <> all(?::text[])),
         file_ids = array(select f from unnest(file_ids) as f where f <> all(?::uuid[]))
       where file_ids && ?::uuid[]
       returning id`,
      [FORGOTTEN_ANSWER, attachmentIds, attachmentIds, attachmentIds],
    );
    return rows.length;
  }

  /**
   * Stores an assistant answer made from files, unless a file went meanwhile: the files' rows are
   * locked (key share) while the answer is written, so a deletion either waits for it and then
   * forgets it, or has committed and the answer is stored forgotten for the files it no longer
   * finds (the stored message is returned). The model may stream for seconds between reading a
   * file and this.
   */
  async appendAnswer(conversation: ConversationRecord, answer: MessageRecord): Promise<{ conversation: ConversationRecord; message: MessageRecord }> {
    if (answer.fileIds.length === 0) return { conversation: (await this.append(conversation, [answer]))!, message: answer };
    return await this.getEntityManager().transactional(async (em) => {
      // In id order, as a ticket's delete locks them (AttachmentRepository.storedFiles): no deadlock.
      const present = await query<{ id: string }>(em, 'select id from attachments where id = any(?::uuid[]) order by id for key share', [answer.fileIds]);
      const kept = new Set(present.map((row) => row.id));
      const gone = answer.fileIds.filter((id) => !kept.has(id));
      const message = gone.length === 0 ? answer : forgotten(answer, gone);
      return { conversation: (await em.getRepository(Conversation).append(conversation, [message]))!, message };
    });
  }

  /**
   * Stores messages of a conversation, creating it first when it is new, and moves its
   * `updatedAt`: one statement, so the messages and the conversation change together. With
   * `onlyIfActive`, an existing conversation that was closed takes nothing: undefined.
   */
  async append(conversation: ConversationRecord, messages: MessageRecord[], onlyIfActive = false): Promise<ConversationRecord | undefined> {
    const updatedAt = messages.reduce((latest, m) => (m.createdAt > latest ? m.createdAt : latest), conversation.updatedAt);
    const [row] = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `with c as (
         insert into conversations (id, user_id, title, is_active, created_at, updated_at)
         values (?, ?, ?, true, ?, ?)
         -- An existing conversation takes the title of its first message, if it had none yet.
         on conflict (id) do update set
           updated_at = greatest(conversations.updated_at, excluded.updated_at),
           title = case when exists (select 1 from messages where conversation_id = excluded.id)
                        then conversations.title else excluded.title end
         where conversations.is_active or not ?
         returning ${CONVERSATION_COLUMNS}
       ), m as (
         insert into messages (id, conversation_id, role, content, tokens_used, response_time_ms, source_ids, citations, file_ids, created_at, updated_at)
         select m.id, c.id, m.role, m.content, m.tokens_used, m.response_time_ms, m.source_ids::uuid[], m.citations, m.file_ids::uuid[], m.created_at, m.created_at
         from c, jsonb_to_recordset(?::jsonb) as m (
           id uuid, role text, content text, tokens_used integer, response_time_ms integer, source_ids text[], citations jsonb, file_ids text[], created_at timestamptz
         )
       )
       select * from c`,
      [
        conversation.id, conversation.userId, conversation.title, conversation.createdAt, updatedAt, onlyIfActive,
        JSON.stringify(messages.map((m) => ({
          id: m.id, role: m.role, content: m.content, tokens_used: m.tokensUsed, response_time_ms: m.responseTimeMs,
          source_ids: m.sourceIds, citations: m.citations, file_ids: m.fileIds, created_at: m.createdAt.toISOString(),
        }))),
      ],
    );
    return row && conversationFromRow(row);
  }

  /** Ends a conversation (`isActive` false); undefined when there is no such conversation. */
  async close(conversationId: string, now: Date): Promise<ConversationRecord | undefined> {
    const [row] = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `update conversations set is_active = false, updated_at = case when is_active then ? else updated_at end
       where id = ? returning ${CONVERSATION_COLUMNS}`,
      [now, conversationId],
    );
    return row && conversationFromRow(row);
  }

  /**
   * Claims the right to open a ticket from a conversation that has none: false while another
   * request holds the claim (claims older than a minute are abandoned and may be taken over).
   */
  async claimTicket(conversationId: string, now: Date): Promise<boolean> {
    const rows = await query<{ id: string }>(
      this.getEntityManager(),
      `update conversations set ticket_claimed_at = ?
       where id = ? and ticket_id is null and (ticket_claimed_at is null or ticket_claimed_at < ?::timestamptz - interval '1 minute')
       returning id`,
      [now, conversationId, now],
    );
    return rows.length > 0;
  }

  async releaseTicketClaim(conversationId: string): Promise<void> {
    await query(this.getEntityManager(), 'update conversations set ticket_claimed_at = null where id = ?', [conversationId]);
  }

  /** Links the ticket opened from a conversation and records it there as a system message. */
  async linkTicket(conversationId: string, ticketId: string, note: MessageRecord): Promise<void> {
    await query(
      this.getEntityManager(),
      `with c as (
         update conversations set ticket_id = ?, ticket_claimed_at = null, updated_at = ? where id = ? returning id
       )
       insert into messages (id, conversation_id, role, content, tokens_used, response_time_ms, created_at, updated_at)
       select ?, c.id, ?, ?, 0, 0, ?, ? from c`,
      [ticketId, note.createdAt, conversationId, note.id, note.role, note.content, note.createdAt, note.createdAt],
    );
  }

  /** The latest `limit` messages, oldest first. */
  async recentMessages(conversationId: string, limit: number): Promise<MessageRecord[]> {
    const rows = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `select ${MESSAGE_COLUMNS} from messages where conversation_id = ? order by created_at desc, id desc limit ?`,
      [conversationId, limit],
    );
    return rows.map(messageFromRow).reverse();
  }

  async findMessages(ids: readonly string[]): Promise<MessageRecord[]> {
    const rows = await query<Record<string, unknown>>(this.getEntityManager(), `select ${MESSAGE_COLUMNS} from messages where id = any(?::uuid[])`, [ids]);
    return rows.map(messageFromRow);
  }

  /** Oldest first, as a chat reads. */
  messagePages(conversationIds: readonly string[], request: PageRequest): Promise<Map<string, Page<MessageRecord>>> {
    return childPages(this.getEntityManager(), MESSAGE_LIST, conversationIds, request);
  }

  messageCounts(conversationIds: readonly string[]): Promise<Map<string, number>> {
    return childCounts(this.getEntityManager(), MESSAGE_LIST, conversationIds);
  }
}

export function conversationCursor(conversation: ConversationRecord): string {
  return encodeCursor([conversation.updatedAt.toISOString(), conversation.id]);
}

export function messageCursor(message: MessageRecord): string {
  return encodeCursor([message.createdAt.toISOString(), message.id]);
}

/** An answer with what it took from the given files taken out (as `forgetFiles` does to a stored one). */
function forgotten(answer: MessageRecord, fileIds: readonly string[]): MessageRecord {
  const gone = new Set(fileIds);
  return {
    ...answer,
    content: FORGOTTEN_ANSWER,
    citations: answer.citations.filter((c) => !('attachmentId' in c) || !gone.has(c.attachmentId)),
    fileIds: answer.fileIds.filter((id) => !gone.has(id)),
  };
}
