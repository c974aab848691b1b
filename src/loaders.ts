import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Attachment } from './entities/attachment.entity';
import { Comment } from './entities/comment.entity';
import { Conversation } from './entities/conversation.entity';
import { Faq } from './entities/faq.entity';
import { Integration } from './entities/integration.entity';
import { IntegrationToken } from './entities/integration-token.entity';
import { TicketEvent } from './entities/ticket-event.entity';
import { Ticket } from './entities/ticket.entity';
import { User } from './entities/user.entity';
import type { ConversationRecord, MessageRecord } from './repositories/assistant/conversation.repository';
import type { FaqRecord } from './repositories/assistant/faq.repository';
import type { ExternalLinkRecord } from './repositories/integrations/integration.repository';
import type { AttachmentRecord } from './repositories/files/attachment.repository';
import type { Page, PageRequest } from './repositories/shared/page';
import type { TicketEventRecord } from './repositories/ticket-events/ticket-event.repository';
import type { CommentRecord } from './repositories/tickets/comment.repository';
import type { TicketRecord } from './repositories/tickets/ticket.table';
import { inScope } from './repositories/tickets/ticket-filter';
import { seesInternalComments, ticketScope } from './services/identity/policy';
import type { Viewer } from './services/identity/viewer';

/** The page every parent in one batch reads, and the record properties to read. */
export interface ChildPageKey<P = string> {
  page: PageRequest;
  properties?: ReadonlySet<P>;
}

/**
 * One DataLoader per combination of page arguments: all tickets of a list that ask for
 * `comments(first: 5)` share one batch and so one SQL statement.
 */
export class LoaderFamily<V, P = string> {
  private readonly loaders = new Map<string, DataLoader<string, V>>();
  private readonly prefetched = new WeakMap<object, Map<string, V>>();

  constructor(private readonly batch: (key: ChildPageKey<P>, ids: readonly string[]) => Promise<Map<string, V>>) {}

  get(key: ChildPageKey<P>): DataLoader<string, V> {
    const name = `${key.page.direction}:${key.page.size}:${key.page.cursor ?? ''}:${key.properties ? [...key.properties].sort().join(',') : '*'}`;
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await this.batch(key, ids);
        return ids.map((id) => found.get(id)!);
      });
      this.loaders.set(name, loader);
    }
    return loader;
  }

  /**
   * Loads the values of `ids` in one batch now, for a parent list that knows which selection of
   * the document will ask for its children (`selection`, e.g. a field node): `prefetchedFor` then
   * answers that selection without a promise per parent.
   */
  async prefetch(selection: object, key: ChildPageKey<P>, ids: readonly string[]): Promise<void> {
    const values = await this.batch(key, ids);
    // A fragment's field node may sit under two lists of one query: each adds its parents.
    const earlier = this.prefetched.get(selection);
    if (earlier) for (const [id, value] of values) earlier.set(id, value);
    else this.prefetched.set(selection, values);
  }

  prefetchedFor(selection: object, id: string): V | undefined {
    return this.prefetched.get(selection)?.get(id);
  }
}

export function byId<V>(load: (ids: readonly string[]) => Promise<Map<string, V>>, missing: V): DataLoader<string, V> {
  return new DataLoader(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? missing);
  });
}

/** Per-request loaders of the assistant's objects: one statement per level of a nested list. */
function assistantLoaders(em: EntityManager) {
  const conversations = em.getRepository(Conversation);
  const faqs = em.getRepository(Faq);
  return {
    messages: new LoaderFamily<Page<MessageRecord>>((key, ids) => conversations.messagePages(ids, key.page)),
    messageCount: byId((ids) => conversations.messageCounts(ids), 0),
    faq: byId<FaqRecord | undefined>(async (ids) => new Map((await faqs.findRecords(ids)).map((f) => [f.id, f])), undefined),
    conversationOfTicket: byId<ConversationRecord | undefined>(
      async (ids) => new Map((await conversations.findByTickets(ids)).map((c) => [c.ticketId!, c])),
      undefined,
    ),
    user: byId<User | undefined>(async (ids) => new Map((await em.find(User, { id: { $in: [...ids] } })).map((u) => [u.id, u])), undefined),
  };
}

type AssistantLoaders = ReturnType<typeof assistantLoaders>;

/**
 * A request's loaders, each made when first used: most requests need one or two of the ten, and
 * building all of them (and the repositories behind them) cost a page of tickets 2-3% of its CPU.
 */
export class Loaders {
  private ticketLoader?: DataLoader<string, TicketRecord | undefined>;
  private commentFamily?: LoaderFamily<Page<CommentRecord>, keyof CommentRecord>;
  private commentCountLoader?: DataLoader<string, number>;
  private historyFamily?: LoaderFamily<Page<TicketEventRecord>>;
  private historyCountLoader?: DataLoader<string, number>;
  private externalLinkLoader?: DataLoader<string, ExternalLinkRecord[]>;
  private assistant?: AssistantLoaders;
  private attachmentFamily?: LoaderFamily<Page<AttachmentRecord>>;
  private attachmentCountLoader?: DataLoader<string, number>;
  private visibleAttachmentLoader?: DataLoader<string, AttachmentRecord | undefined>;
  private tokenUsageLoaders?: Map<number, DataLoader<string, { hour: Date; requests: number }[]>>;

  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  get ticket(): DataLoader<string, TicketRecord | undefined> {
    return (this.ticketLoader ??= byId<TicketRecord | undefined>(
      async (ids) => new Map((await this.em.getRepository(Ticket).findRecords(ids)).map((t) => [t.id, t])),
      undefined,
    ));
  }

  get comments(): LoaderFamily<Page<CommentRecord>, keyof CommentRecord> {
    return (this.commentFamily ??= new LoaderFamily((key, ids) =>
      this.em.getRepository(Comment).pages(ids, key.page, seesInternalComments(this.viewer), key.properties),
    ));
  }

  get commentCount(): DataLoader<string, number> {
    return (this.commentCountLoader ??= byId((ids) => this.em.getRepository(Comment).counts(ids, seesInternalComments(this.viewer)), 0));
  }

  get history(): LoaderFamily<Page<TicketEventRecord>> {
    return (this.historyFamily ??= new LoaderFamily((key, ids) =>
      this.em.getRepository(TicketEvent).pages(ids, key.page, seesInternalComments(this.viewer)),
    ));
  }

  get historyCount(): DataLoader<string, number> {
    return (this.historyCountLoader ??= byId((ids) => this.em.getRepository(TicketEvent).counts(ids, seesInternalComments(this.viewer)), 0));
  }

  get externalLinks(): DataLoader<string, ExternalLinkRecord[]> {
    return (this.externalLinkLoader ??= byId((ids) => this.em.getRepository(Integration).linksOf(ids), []));
  }

  get attachments(): LoaderFamily<Page<AttachmentRecord>> {
    return (this.attachmentFamily ??= new LoaderFamily((key, ids) =>
      this.em.getRepository(Attachment).pages(ids, key.page, seesInternalComments(this.viewer)),
    ));
  }

  get attachmentCount(): DataLoader<string, number> {
    return (this.attachmentCountLoader ??= byId((ids) => this.em.getRepository(Attachment).counts(ids, seesInternalComments(this.viewer)), 0));
  }

  /**
   * Attachments by id that the viewer may see: on a ticket in their scope, internal ones only for
   * those who see internal comments; any other is undefined. Two statements for any number.
   */
  get visibleAttachment(): DataLoader<string, AttachmentRecord | undefined> {
    return (this.visibleAttachmentLoader ??= byId<AttachmentRecord | undefined>(async (ids) => {
      const found = await this.em.getRepository(Attachment).findRecords(ids, seesInternalComments(this.viewer));
      const scope = ticketScope(this.viewer);
      const tickets = await this.ticket.loadMany([...new Set(found.map((a) => a.ticketId))]);
      const visible = new Set(tickets.flatMap((t) => (t && !(t instanceof Error) && inScope(scope, t) ? [t.id] : [])));
      return new Map(found.filter((a) => visible.has(a.ticketId)).map((a) => [a.id, a]));
    }, undefined));
  }

  get messages(): AssistantLoaders['messages'] {
    return this.assistantLoaders().messages;
  }

  get messageCount(): AssistantLoaders['messageCount'] {
    return this.assistantLoaders().messageCount;
  }

  get faq(): AssistantLoaders['faq'] {
    return this.assistantLoaders().faq;
  }

  get conversationOfTicket(): AssistantLoaders['conversationOfTicket'] {
    return this.assistantLoaders().conversationOfTicket;
  }

  get user(): AssistantLoaders['user'] {
    return this.assistantLoaders().user;
  }

  /** Integration tokens' requests per hour since an hour's start: one statement for every token of a list. */
  tokenUsage(from: Date): DataLoader<string, { hour: Date; requests: number }[]> {
    this.tokenUsageLoaders ??= new Map();
    let loader = this.tokenUsageLoaders.get(from.getTime());
    if (!loader) {
      loader = byId((ids) => this.em.getRepository(IntegrationToken).usageSince(ids, from), []);
      this.tokenUsageLoaders.set(from.getTime(), loader);
    }
    return loader;
  }

  private assistantLoaders(): AssistantLoaders {
    return (this.assistant ??= assistantLoaders(this.em));
  }
}
