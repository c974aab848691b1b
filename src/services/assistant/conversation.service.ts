import { Attachment } from '../../entities/attachment.entity';
import { Conversation } from '../../entities/conversation.entity';
import { MessageRole, TicketSource } from '../../entities/enums';
import { Faq } from '../../entities/faq.entity';
import type { MessageCitation } from '../../entities/message.entity';
import { User } from '../../entities/user.entity';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError, type FieldError } from '../../errors';
import { newId, ticketKey, toGlobalId } from '../../ids';
import type { ConversationRecord, ConversationScope, MessageRecord } from '../../repositories/assistant/conversation.repository';
import { FAQS, type FaqHit } from '../../repositories/assistant/faq.repository';
import type { Page, PageRequest } from '../../repositories/shared/page';
import type { TicketRecord } from '../../repositories/tickets/ticket.table';
import { isCustomer, isStaff, seesInternalComments } from '../identity/policy';
import type { Viewer } from '../identity/viewer';
import { clipWords } from '../shared/clip-words';
import { fingerprint, IdempotencyService } from '../shared/idempotency.service';
import { actingAs, type ServiceContext } from '../shared/service-context';
import { checkText } from '../tickets/ticket-validation';
import { TicketService } from '../tickets/ticket.service';
import { chatMessages, citedEntries } from './chat-prompt';
import { chatReplyChannel, type ChatReplyChunk } from './chat-reply.channel';
import { EMBEDDED_ASSISTANT_MODEL, embeddedAnswer } from './embedded-answer';
import { passagesOf, type Passage } from './file-passages';
import type { RankedHit } from './hybrid-search';
import { ChatStreamError, llmChatFor } from './llm-chat';
import { isPassage, retrieve, THRESHOLDS, type RankedSource, type Retrieval } from './retrieval';
import { estimateTokens } from './token-budget';

export const MESSAGE_MAX_LENGTH = 4_000;
/** Earlier messages read to answer (follow-ups, and the model's history before trimming). */
const HISTORY_MESSAGES = 20;
/** Sources (entries and files' passages) given to the model. */
const MODEL_ENTRIES = 3;
const TITLE_MAX_LENGTH = 80;
const NEW_CONVERSATION_TITLE = 'New conversation';
const TICKET_SUBJECT_MAX = 120;
const TICKET_DESCRIPTION_MAX = 2_000;
/**
 * Files the assistant reads per question (the newest whose text was read) and characters of each;
 * of their passages, rankPassages ranks at most `RANKED_PASSAGES` (passage-search.ts).
 */
const FILE_LIMITS = { files: 10, maxChars: 12_000 } as const;

export const FALLBACK_NOTICE = 'The AI model is not available right now, so this answer comes from our help-centre search.';

/** A caller who may use conversations: a person (or the system); never an integration token. */
type ConversationViewer = Extract<Viewer, { kind: 'user' | 'system' }>;

export interface ChatReplyRecord {
  conversation: ConversationRecord;
  /** The stored answer; its `citations` name every source, FAQ entries and passages of files. */
  message: MessageRecord;
  /** The FAQ entries among the sources. */
  sources: FaqHit[];
  /** Which assistant answered: `embedded-retrieval@1` or `openai:<model>`. */
  model: string;
  /** The model failed and the retrieval assistant answered instead. */
  fallback: boolean;
}

interface Reply {
  content: string;
  sources: RankedSource[];
  tokensUsed: number;
  model: string;
  fallback: boolean;
  /** The part of `content` not yet streamed, sent with the final chunk. */
  rest: string;
  /** The files the answer was made from: those it cites, and those whose passages the model was given. */
  fileIds: string[];
}

/**
 * Conversations with the assistant. A user sees their own; agents and admins see all, but only
 * the owner writes in a conversation. Integration tokens are not people: they are refused.
 */
export class ConversationService {
  constructor(private readonly ctx: ServiceContext) {}

  private get conversations() {
    return this.ctx.em.getRepository(Conversation);
  }

  async get(id: string): Promise<ConversationRecord> {
    const viewer = conversationViewer(this.ctx.viewer);
    const [conversation] = await this.conversations.findRecords([id]);
    if (!conversation || !canRead(viewer, conversation)) throw conversationNotFound(id);
    return conversation;
  }

  /**
   * A message of a conversation the caller may read; any other is NOT_FOUND, named by the message
   * alone so that the answer tells nothing of its conversation.
   */
  async getMessage(id: string): Promise<MessageRecord> {
    const viewer = conversationViewer(this.ctx.viewer);
    const [message] = await this.conversations.findMessages([id]);
    const [conversation] = message ? await this.conversations.findRecords([message.conversationId]) : [];
    if (!message || !conversation || !canRead(viewer, conversation)) throw new NotFoundError('Message', toGlobalId('Message', id));
    return message;
  }

  list(request: PageRequest): Promise<Page<ConversationRecord>> {
    return this.conversations.findPage(this.scope(), request);
  }

  count(): Promise<number> {
    return this.conversations.countMatching(this.scope());
  }

  /** An empty conversation, so a client can subscribe to `chatReplyStream` before the first message. */
  /** Starts a conversation; with an Idempotency-Key, a repeat returns the first. */
  start(idempotencyKey?: string): Promise<ConversationRecord> {
    return new IdempotencyService(this.ctx).create(idempotencyKey, 'startConversation', {}, {
      create: () => this.insertEmpty(),
      idOf: (conversation) => conversation.id,
      read: (id) => this.get(id),
    });
  }

  private async insertEmpty(): Promise<ConversationRecord> {
    const owner = this.owner();
    const now = new Date();
    const conversation = await this.conversations.append(
      { id: newId(now.getTime()), userId: owner.userId, title: NEW_CONVERSATION_TITLE, isActive: true, ticketId: null, createdAt: now, updatedAt: now },
      [],
    );
    return conversation!;
  }

  /**
   * Stores the user's message (starting a conversation when no id is given), answers it and
   * stores the answer. With a model configured the answer streams to `chatReplyStream`
   * subscribers as it is written; the final chunk always follows, also when the model fails and
   * the retrieval assistant answers instead. With an Idempotency-Key, a repeat of the same message
   * returns the first reply without asking again.
   */
  sendMessage(conversationId: string | undefined, message: string, idempotencyKey?: string): Promise<ChatReplyRecord> {
    type StoredReply = Omit<ChatReplyRecord, 'conversation' | 'message'> & { conversationId: string; messageId: string };
    return new IdempotencyService(this.ctx).run<ChatReplyRecord, StoredReply>(idempotencyKey, {
      fingerprint: () => fingerprint('sendMessage', { conversationId: conversationId ?? null, message }),
      execute: () => this.reply(conversationId, message),
      store: ({ conversation, message: answer, ...rest }) => ({ ...rest, conversationId: conversation.id, messageId: answer.id }),
      replay: async ({ conversationId: repliedIn, messageId, sources, model, fallback }) => ({
        conversation: await this.get(repliedIn),
        message: await this.getMessage(messageId),
        sources: sources.map((hit) => ({ ...hit, faq: FAQS.reviveDates(hit.faq) })),
        model,
        fallback,
      }),
    });
  }

  private async reply(conversationId: string | undefined, message: string): Promise<ChatReplyRecord> {
    const startedAt = performance.now();
    const owner = this.owner();
    const errors: FieldError[] = [];
    const text = checkText(message, 'message', { min: 1, max: MESSAGE_MAX_LENGTH }, errors);
    if (errors.length) throw new ValidationError(errors);

    const now = new Date();
    let conversation: ConversationRecord;
    let history: MessageRecord[] = [];
    if (conversationId) {
      conversation = await this.writable(owner, conversationId);
      if (!conversation.isActive) throw conversationClosed();
      history = await this.conversations.recentMessages(conversationId, HISTORY_MESSAGES);
    } else {
      conversation = { id: newId(now.getTime()), userId: owner.userId, title: '', isActive: true, ticketId: null, createdAt: now, updatedAt: now };
    }
    const question: MessageRecord = {
      id: newId(now.getTime()), conversationId: conversation.id, role: MessageRole.USER, content: text,
      tokensUsed: estimateTokens(text), responseTimeMs: 0, sourceIds: [], citations: [], fileIds: [], createdAt: now,
    };
    // A conversation closed before (or while) the message arrives takes no more messages.
    const open = await this.conversations.append({ ...conversation, title: titleOf(text) }, [question], true);
    if (!open) throw conversationClosed();
    conversation = open;

    const retrieval = await retrieve(this.ctx.em.getRepository(Faq), text, history, undefined, await this.filePassages(conversation));
    const messageId = newId();
    const publish = (chunk: Omit<ChatReplyChunk, 'conversationId' | 'messageId'>) =>
      this.publish({ conversationId: conversation.id, messageId, ...chunk });
    const reply = await this.answer(text, history, retrieval, (delta) => publish({ delta, done: false, content: null }));
    const responseTimeMs = Math.round(performance.now() - startedAt);

    const answer: MessageRecord = {
      id: messageId, conversationId: conversation.id, role: MessageRole.ASSISTANT, content: reply.content,
      tokensUsed: reply.tokensUsed, responseTimeMs, sourceIds: faqHits(reply.sources).map((hit) => hit.faq.id),
      citations: reply.sources.map(citationOf), fileIds: reply.fileIds, createdAt: new Date(),
    };
    // The answer to an accepted question is stored even if the conversation was closed meanwhile;
    // if a file it was made from was deleted meanwhile, it is stored, sent and returned forgotten.
    const stored = await this.conversations.appendAnswer(conversation, answer);
    conversation = stored.conversation;
    const kept = stored.message === answer;
    await publish({ delta: kept ? reply.rest : '', done: true, content: stored.message.content });
    return { conversation, message: stored.message, sources: faqHits(reply.sources), model: reply.model, fallback: reply.fallback };
  }

  /**
   * Passages of the files the asker may see, read with the FAQ: those of the conversation's
   * ticket, or, when it has none, a customer's own tickets' (the newest files). Internal files
   * only for those who see internal comments; no files for staff outside a ticket's conversation.
   */
  private async filePassages(conversation: ConversationRecord): Promise<Passage[]> {
    const viewer = this.ctx.viewer;
    if (viewer.kind !== 'user' || (!conversation.ticketId && !isCustomer(viewer))) return [];
    const files = await this.ctx.em.getRepository(Attachment).readTexts(
      { ticketId: conversation.ticketId ?? undefined, ownerId: isCustomer(viewer) ? viewer.userId : undefined },
      seesInternalComments(viewer),
      FILE_LIMITS,
    );
    return files.flatMap(passagesOf);
  }

  /**
   * Ends a conversation: the owner, or an agent or admin. Its messages stay readable; a message
   * sent to it is refused (CONFLICT), and the client starts a new conversation instead. Closing a
   * closed conversation changes nothing.
   */
  async close(conversationId: string): Promise<ConversationRecord> {
    // Whoever may read it (its owner, agents and admins) may close it; anyone else is told it does not exist.
    await this.get(conversationId);
    const closed = await this.conversations.close(conversationId, new Date());
    if (!closed) throw conversationNotFound(conversationId);
    return closed;
  }

  /**
   * Opens a ticket for the conversation's owner, drafted from the conversation, and links the two.
   * Category and priority are left to the classifier. A conversation gets one ticket: asking
   * again returns it.
   */
  async createTicket(conversationId: string): Promise<TicketRecord> {
    const viewer = conversationViewer(this.ctx.viewer);
    const conversation = await this.get(conversationId);
    if (conversation.ticketId) return this.linkedTicket(conversation.ticketId);
    if (!(await this.conversations.claimTicket(conversationId, new Date()))) {
      const [now] = await this.conversations.findRecords([conversationId]);
      if (now?.ticketId) return this.linkedTicket(now.ticketId);
      throw new ConflictError('A ticket is being opened from this conversation right now');
    }
    try {
      const owner = await this.ctx.em.findOneOrFail(User, conversation.userId);
      const messages = await this.conversations.recentMessages(conversationId, HISTORY_MESSAGES);
      const ownerViewer: Viewer = {
        kind: 'user', actor: viewer.actor, userId: owner.id, role: owner.role, username: owner.username, email: owner.email,
        sessionId: viewer.kind === 'user' ? viewer.sessionId : 'system', ip: viewer.ip ?? '',
      };
      const ticket = await new TicketService(actingAs(this.ctx, ownerViewer)).create({
        customer: { id: toGlobalId('User', owner.id), email: owner.email, name: owner.username },
        ...ticketDraft(conversation, messages),
        tags: ['chat'],
        metadata: { source: TicketSource.CHAT, extra: { conversationId: toGlobalId('Conversation', conversationId) } },
      });
      const note: MessageRecord = {
        id: newId(), conversationId, role: MessageRole.SYSTEM, content: `Ticket ${ticketKey(ticket.number)} was opened from this conversation.`,
        tokensUsed: 0, responseTimeMs: 0, sourceIds: [], citations: [], fileIds: [], createdAt: new Date(),
      };
      await this.conversations.linkTicket(conversationId, ticket.id, note);
      return ticket;
    } catch (error) {
      await this.conversations.releaseTicketClaim(conversationId);
      throw error;
    }
  }

  /** The ticket a conversation links to; staff see any, an owner sees their own. */
  private linkedTicket(ticketId: string): Promise<TicketRecord> {
    return new TicketService(this.ctx).get(ticketId);
  }

  private async answer(
    text: string,
    history: MessageRecord[],
    retrieval: Retrieval,
    onDelta: (delta: string) => Promise<void>,
  ): Promise<Reply> {
    const chat = llmChatFor(this.ctx.config, this.ctx.logger);
    if (!chat) {
      const embedded = embeddedAnswer(text, retrieval);
      const prompt = [retrieval.searchText, ...embedded.sources.map((hit) => (isPassage(hit) ? hit.passage.text : `${hit.faq.question}\n${hit.faq.answer}`))].join('\n');
      return {
        content: embedded.text, sources: embedded.sources, tokensUsed: estimateTokens(prompt) + estimateTokens(embedded.text),
        model: EMBEDDED_ASSISTANT_MODEL, fallback: false, rest: embedded.text, fileIds: filesOf(embedded.sources),
      };
    }
    // The model reads what the retrieval assistant would offer and the entries near it, and judges them itself.
    const entries = retrieval.confidence === 'none' ? [] : retrieval.sources.filter((hit) => hit.score >= THRESHOLDS.suggest).slice(0, MODEL_ENTRIES);
    const messages = chatMessages(text, history, entries);
    // The model reads the earlier answers too: what they took from files goes into this one as well.
    const seen = [...filesOf(entries), ...history.flatMap((message) => message.fileIds)];
    const promptTokens = estimateTokens(messages.map((m) => String(m.content)).join('\n'));
    try {
      const streamed = await chat.stream(messages, onDelta);
      const cited = citedEntries(streamed.content, entries);
      return {
        content: streamed.content,
        // A model that cites nothing was still told to answer from these entries.
        sources: cited.length ? cited : entries,
        tokensUsed: streamed.tokensUsed ?? promptTokens + estimateTokens(streamed.content),
        model: chat.model,
        fallback: false,
        rest: '',
        fileIds: [...new Set(seen)],
      };
    } catch (error) {
      if (!(error instanceof ChatStreamError)) throw error;
      this.ctx.logger.warn({ err: error.cause ?? error, model: chat.model, streamedChars: error.partial.length }, 'chat model failed; the retrieval assistant answers');
      const embedded = embeddedAnswer(text, retrieval);
      const rest = `${error.partial ? '\n\n' : ''}${FALLBACK_NOTICE}\n\n${embedded.text}`;
      const content = error.partial + rest;
      return {
        content, sources: embedded.sources, tokensUsed: promptTokens + estimateTokens(content),
        model: EMBEDDED_ASSISTANT_MODEL, fallback: true, rest, fileIds: [...new Set([...seen, ...filesOf(embedded.sources)])],
      };
    }
  }

  /** Publishing is best effort: the reply is stored and returned whatever happens to subscribers. */
  private async publish(chunk: ChatReplyChunk): Promise<void> {
    try {
      await this.ctx.pubsub.publish(chatReplyChannel(chunk.conversationId), chunk);
    } catch (error) {
      this.ctx.logger.error({ err: error, conversationId: chunk.conversationId }, 'publishing a chat reply chunk failed');
    }
  }

  /** Only the owner writes in a conversation; others who may see it are refused, the rest told it does not exist. */
  private async writable(owner: { userId: string }, id: string): Promise<ConversationRecord> {
    const conversation = await this.get(id);
    if (conversation.userId !== owner.userId) throw new ForbiddenError('Only the owner of a conversation may write in it');
    return conversation;
  }

  private owner(): { userId: string } {
    const viewer = conversationViewer(this.ctx.viewer);
    if (viewer.kind !== 'user') throw new ForbiddenError('Conversations belong to users; the system cannot start one');
    return viewer;
  }

  private scope(): ConversationScope {
    const viewer = conversationViewer(this.ctx.viewer);
    return isStaff(viewer) ? { all: true } : { userId: (viewer as Extract<Viewer, { kind: 'user' }>).userId };
  }
}

/** Anonymous callers must sign in; integration tokens are refused, as they are not people. */
export function conversationViewer(viewer: Viewer): ConversationViewer {
  if (viewer.kind === 'anonymous') throw new UnauthenticatedError();
  if (viewer.kind === 'token') throw new ForbiddenError('Integration tokens cannot use conversations: they belong to people');
  return viewer;
}

export function canRead(viewer: ConversationViewer, conversation: ConversationRecord): boolean {
  return isStaff(viewer) || (viewer.kind === 'user' && viewer.userId === conversation.userId);
}

function faqHits(sources: readonly RankedSource[]): FaqHit[] {
  return sources.filter((source): source is RankedHit => !isPassage(source));
}

/** The files whose passages are among the sources, each once. */
function filesOf(sources: readonly RankedSource[]): string[] {
  return [...new Set(sources.filter(isPassage).map((source) => source.passage.attachmentId))];
}

function citationOf(source: RankedSource): MessageCitation {
  return isPassage(source) ? { attachmentId: source.passage.attachmentId, excerpt: source.passage.text } : { faqId: source.faq.id };
}

function conversationClosed(): ConflictError {
  return new ConflictError('This conversation is closed; send the message without a conversationId to start a new one');
}

export function conversationNotFound(id: string): NotFoundError {
  return new NotFoundError('Conversation', toGlobalId('Conversation', id));
}

/** The first line of the first message, cut at a word near TITLE_MAX_LENGTH. */
function titleOf(text: string): string {
  return clipWords(text.replace(/\s+/g, ' ').trim(), TITLE_MAX_LENGTH);
}

/** How a ticket drafted from a conversation shows an answer made from a file. */
const FROM_A_FILE = '(answered from one of the customer\'s files; see the conversation)';

/**
 * Subject: the customer's first question. Description: the conversation, newest messages kept
 * when it is long, within the ticket's 2000 characters; an answer made from a file is not copied.
 */
function ticketDraft(conversation: ConversationRecord, messages: MessageRecord[]): { subject: string; description: string } {
  const said = messages.filter((m) => m.role !== MessageRole.SYSTEM);
  const firstQuestion = said.find((m) => m.role === MessageRole.USER)?.content ?? conversation.title;
  const header = `Opened from a conversation with the assistant ("${conversation.title}").`;
  const lines: string[] = [];
  let length = header.length;
  for (const message of [...said].reverse()) {
    // What an answer took from a file stays in the conversation, where deleting the file forgets it; not in the ticket.
    const text = message.fileIds.length ? FROM_A_FILE : clipWords(message.content.replace(/\s+/g, ' ').trim(), 600);
    const line = `${message.role === MessageRole.USER ? 'Customer' : 'Assistant'}: ${text}`;
    if (length + line.length + 2 > TICKET_DESCRIPTION_MAX) break;
    lines.unshift(line);
    length += line.length + 2;
  }
  return { subject: clipWords(firstQuestion.replace(/\s+/g, ' ').trim(), TICKET_SUBJECT_MAX), description: [header, ...lines].join('\n\n') };
}


