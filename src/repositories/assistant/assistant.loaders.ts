import type { EntityManager } from '@mikro-orm/postgresql';
import { Conversation } from '../../entities/conversation.entity';
import { Faq } from '../../entities/faq.entity';
import { User } from '../../entities/user.entity';
import { byId, LoaderFamily } from '../../loaders';
import type { ConversationRecord, FaqRecord, MessageRecord } from './assistant.records';
import type { Page } from '../shared/page';

/** Per-request loaders of the assistant's objects: one statement per level of a nested list. */
export function assistantLoaders(em: EntityManager) {
  const conversations = em.getRepository(Conversation);
  const faqs = em.getRepository(Faq);
  return {
    messages: new LoaderFamily<Page<MessageRecord>>((key, ids) => conversations.messagePages(ids, key.first, key.after ?? undefined)),
    messageCount: byId((ids) => conversations.messageCounts(ids), 0),
    faq: byId<FaqRecord | undefined>(async (ids) => new Map((await faqs.findRecords(ids)).map((f) => [f.id, f])), undefined),
    conversationOfTicket: byId<ConversationRecord | undefined>(
      async (ids) => new Map((await conversations.findByTickets(ids)).map((c) => [c.ticketId!, c])),
      undefined,
    ),
    user: byId<User | undefined>(async (ids) => new Map((await em.find(User, { id: { $in: [...ids] } })).map((u) => [u.id, u])), undefined),
  };
}
