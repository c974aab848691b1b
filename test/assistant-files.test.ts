import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { query } from '../src/db/sql';
import { Conversation } from '../src/entities/conversation.entity';
import { MessageRole } from '../src/entities/enums';
import type { MessageCitation } from '../src/entities/message.entity';
import { newId } from '../src/ids';
import { FORGOTTEN_ANSWER, type MessageRecord } from '../src/repositories/assistant/conversation.repository';
import { sharedFaqVectorIndex } from '../src/services/assistant/faq-vector-index';
import { passagesOf } from '../src/services/assistant/file-passages';
import { combinedScore } from '../src/services/assistant/hybrid-search';
import { identifiersOf } from '../src/services/assistant/identifiers';
import { rankPassages } from '../src/services/assistant/passage-search';
import { seedStarterData } from '../src/services/seed/seed.service';
import { systemContext } from '../src/services/shared/service-context';
import {
  AttachmentNodeDocument, ConversationCitationsDocument, CreateTicketDocument, CreateTicketFromConversationDocument, DeleteAttachmentDocument,
  DeleteTicketDocument, SendMessageCitingDocument, TicketDocument, UploadAttachmentDocument,
} from './gql/graphql';
import { customerTicketInput } from './helpers/factories';
import { startTestServer } from './helpers/harness';
import { register, run, upload } from './helpers/http-client';
import { waitFor } from './helpers/wait';

// The assistant reads the files of the asker's tickets beside the FAQ, and cites the passage it answers from.

const STATEMENT = [
  'Statement of account for Cora Example',
  'Invoice INV-2291 for the Team plan, 480.00 EUR, is due on 15 March 2027. Pay by bank transfer quoting the invoice number.',
  'Your annual renewal date is 1 April 2027; the price stays the same as last year.',
].join('\n\n');
const DUE_PASSAGE = 'Invoice INV-2291 for the Team plan, 480.00 EUR, is due on 15 March 2027. Pay by bank transfer quoting the invoice number.';
const NOTE = 'Internal note: a goodwill credit of 50 EUR is approved on invoice INV-2291; tell the customer only once the manager signs it off.';

let server: Awaited<ReturnType<typeof startTestServer>>;
let dir: string;
let admin: string;
let cora: string;
let coraId: string;
let otto: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ticketgraph-assistant-files-'));
  // attachText polls every 50 ms as admin: more than the default 60 requests a minute.
  server = await startTestServer({ ATTACHMENT_DIR: dir, RATE_LIMIT_USER_PER_MINUTE: '100000' });
  admin = (await register(server.url, 'admin')).accessToken;
  const registered = await register(server.url, 'cora');
  cora = registered.accessToken;
  coraId = registered.user.id.replace(/^usr_/, '');
  otto = (await register(server.url, 'otto')).accessToken;
  await seedStarterData(systemContext(server.deps));
}, 60_000);
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Uploads a text file and waits until its text is read. */
async function attachText(ticketId: string, name: string, text: string, token: string, isInternal = false) {
  const result = await upload(server.url, UploadAttachmentDocument, { ticketId, isInternal }, { name, content: text, type: 'text/plain' }, { token });
  expect(result.errors).toBeUndefined();
  const id = result.data!.uploadAttachment.id;
  await waitFor(async () => ((await run(server.url, AttachmentNodeDocument, { id }, admin)).node as { status: string }).status, (status) => status === 'READY');
  return id;
}

/** A conversation of `token`'s with a ticket opened from it. */
async function conversationWithTicket(token: string, opening: string) {
  const conversationId = (await run(server.url, SendMessageCitingDocument, { message: opening }, token)).sendMessage.conversation.id;
  const ticketId = (await run(server.url, CreateTicketFromConversationDocument, { conversationId }, token)).createTicketFromConversation.id;
  return { conversationId, ticketId };
}

const ask = async (token: string, message: string, conversationId?: string) =>
  (await run(server.url, SendMessageCitingDocument, { message, conversationId }, token)).sendMessage;

describe('the assistant cites the files of the asker\'s tickets', () => {
  test('a customer\'s conversation on their ticket is answered from the passage of its file that answers, cited with its excerpt; never from an internal file', async () => {
    const { conversationId, ticketId } = await conversationWithTicket(cora, 'I have a question about my statement of account');
    const statement = await attachText(ticketId, 'statement.txt', STATEMENT, cora);
    const note = await attachText(ticketId, 'agent-note.txt', NOTE, admin, true);

    const due = await ask(cora, 'When is invoice INV-2291 due?', conversationId);
    expect(due.response).toBe(`From your file "statement.txt":\n\n${DUE_PASSAGE}`);
    expect(due.model).toBe('embedded-retrieval@1');
    expect(due.sources).toEqual([]);
    const cited = [{ excerpt: DUE_PASSAGE, faq: null, attachment: { id: statement, fileName: 'statement.txt', isInternal: false } }];
    expect(due.citations).toEqual(cited);
    expect(due.message.citations).toEqual(cited);

    // The FAQ still answers what it covers, in the same conversation.
    const password = await ask(cora, 'How do I reset my password?', conversationId);
    expect(password.sources.map((s) => s.question)).toEqual(['How do I reset my password?']);
    expect(password.citations).toEqual([{ excerpt: null, faq: { question: 'How do I reset my password?' }, attachment: null }]);

    // The internal note answers this best, but a customer is never given it.
    const credit = await ask(cora, 'Is a goodwill credit approved on invoice INV-2291?', conversationId);
    expect(credit.citations.map((c) => c.attachment?.id).filter(Boolean)).not.toContain(note);
    expect(credit.response).not.toContain('goodwill credit of 50 EUR');

    // The citations are stored with the answer: staff reading the conversation see them too.
    const messages = async (token: string) =>
      (await run(server.url, ConversationCitationsDocument, { id: conversationId }, token)).conversation!.messages.edges.map((e) => e.node);
    for (const token of [cora, admin]) {
      const assistant = (await messages(token)).filter((m) => m.role === 'ASSISTANT');
      expect(assistant[1]!.citations).toEqual(cited);
    }
  });

  test('staff in a conversation on their ticket are answered from its internal files', async () => {
    const { conversationId, ticketId } = await conversationWithTicket(admin, 'Notes on the Cora Example account');
    const note = await attachText(ticketId, 'agent-note.txt', NOTE, admin, true);
    const credit = await ask(admin, 'Is a goodwill credit approved on invoice INV-2291?', conversationId);
    expect(credit.response).toBe(`From your file "agent-note.txt":\n\n${NOTE}`);
    expect(credit.citations).toEqual([{ excerpt: NOTE, faq: null, attachment: { id: note, fileName: 'agent-note.txt', isInternal: true } }]);
  });

  test('a customer\'s conversation without a ticket reads the files of their own tickets, and no one else\'s', async () => {
    const ticketId = (await run(server.url, CreateTicketDocument, { input: customerTicketInput() }, otto)).createTicket.id;
    const statement = await attachText(ticketId, 'otto-statement.txt', STATEMENT.replace('Cora Example', 'Otto Example'), otto);

    const own = await ask(otto, 'When is invoice INV-2291 due?');
    expect(own.citations).toEqual([{ excerpt: DUE_PASSAGE, faq: null, attachment: { id: statement, fileName: 'otto-statement.txt', isInternal: false } }]);

    // A customer with no files gets the help centre's answer alone.
    const ida = (await register(server.url, 'ida')).accessToken;
    const none = await ask(ida, 'When is invoice INV-2291 due?');
    expect(none.citations.every((c) => c.attachment === null)).toBe(true);
    expect(none.response).not.toContain('15 March 2027');
  });
});

/**
 * A statement of near-identical lines, one paragraph per invoice, INV-2201 to INV-2300, alike but for
 * the number, amount and day; INV-2291 alone was paid, so its line reads least like a question about
 * a due date.
 */
const PAID = 'INV-2291: 490.00 EUR paid in full by card on 7 March 2027.';
const INVOICES = Array.from({ length: 100 }, (_, i) =>
  i === 90 ? PAID : `Invoice INV-${2201 + i} for the Team plan, ${400 + i}.00 EUR, is due on ${(i % 28) + 1} March 2027.`).join('\n\n');

describe('deleting a file', () => {
  const messagesOf = async (conversationId: string, token: string) =>
    (await run(server.url, ConversationCitationsDocument, { id: conversationId }, token)).conversation!.messages.edges.map((e) => e.node);

  test('removes what the assistant\'s answers quoted from it: their content and its citations, for every reader; other answers stay', async () => {
    const { conversationId, ticketId } = await conversationWithTicket(cora, 'About my statement, please');
    const statement = await attachText(ticketId, 'statement.txt', STATEMENT, cora);
    const due = await ask(cora, 'When is invoice INV-2291 due?', conversationId);
    expect(due.response).toBe(`From your file "statement.txt":\n\n${DUE_PASSAGE}`);
    const password = await ask(cora, 'How do I reset my password?', conversationId);
    const before = await messagesOf(conversationId, admin);

    expect((await run(server.url, DeleteAttachmentDocument, { id: statement }, admin)).deleteAttachment).toBe(statement);
    for (const token of [cora, admin]) {
      const after = await messagesOf(conversationId, token);
      expect(after.map((m) => m.role)).toEqual(before.map((m) => m.role));
      const answers = after.filter((m) => m.role === 'ASSISTANT');
      // The opening answer and the password answer are as they were; the file's answer is gone with the file.
      expect(answers[1]).toEqual({ role: 'ASSISTANT', content: FORGOTTEN_ANSWER, citations: [] });
      expect(answers[2]).toEqual({ role: 'ASSISTANT', content: password.response, citations: [{ excerpt: null, faq: { question: 'How do I reset my password?' }, attachment: null }] });
      expect(answers[0]).toEqual(before.filter((m) => m.role === 'ASSISTANT')[0]);
      expect(JSON.stringify(after)).not.toContain('INV-2291 for the Team plan');
    }
    // Nor is it kept where no reader looks.
    const stored = await storedMessages(conversationId);
    expect(stored).toHaveLength(before.length);
    expect(stored.filter((m) => m.file_ids.length)).toEqual([]);
    expect(JSON.stringify(stored)).not.toContain('480.00 EUR');
  });

  test('with its ticket removes what answers quoted from every file of the ticket', async () => {
    const { conversationId, ticketId } = await conversationWithTicket(cora, 'Another question about a statement');
    await attachText(ticketId, 'statement-2.txt', STATEMENT.replace('INV-2291', 'INV-3391'), cora);
    await attachText(ticketId, 'statement-3.txt', STATEMENT.replace('INV-2291', 'INV-4491'), cora);
    for (const [invoice, file] of [['INV-3391', 'statement-2.txt'], ['INV-4491', 'statement-3.txt']]) {
      const due = await ask(cora, `When is invoice ${invoice} due?`, conversationId);
      expect(due.response).toBe(`From your file "${file}":\n\n${DUE_PASSAGE.replace('INV-2291', invoice!)}`);
    }

    expect((await run(server.url, DeleteTicketDocument, { id: ticketId }, admin)).deleteTicket).toBe(ticketId);
    const answers = (await messagesOf(conversationId, cora)).filter((m) => m.role === 'ASSISTANT');
    expect(answers.slice(-2)).toEqual([1, 2].map(() => ({ role: 'ASSISTANT', content: FORGOTTEN_ANSWER, citations: [] })));
    const stored = await storedMessages(conversationId);
    expect(stored.filter((m) => m.file_ids.length || m.citations.some((c) => 'attachmentId' in c))).toEqual([]);
    expect(JSON.stringify(stored)).not.toContain('480.00 EUR');
  });

  test('of several an answer was made from keeps its FAQ citations and the other files\'; an answer the model was given the file for, citing nothing of it, is forgotten too', async () => {
    const em = server.deps.orm.em.fork();
    const { ticketId } = await conversationWithTicket(cora, 'Files for the repository test');
    const [a, b] = [await attachText(ticketId, 'a.txt', 'Alpha file text.', cora), await attachText(ticketId, 'b.txt', 'Beta file text.', cora)].map((id) => id.replace(/^att_/, ''));
    const [{ id: faqId }] = await query<{ id: string }>(em, 'select id from faqs order by question limit 1');
    const now = new Date();
    const conversation = { id: newId(), userId: coraId, title: 'repository test', isActive: true, ticketId: null, createdAt: now, updatedAt: now };
    const message = (content: string, citations: MessageCitation[], fileIds: string[]): MessageRecord => ({
      id: newId(), conversationId: conversation.id, role: MessageRole.ASSISTANT, content, tokensUsed: 1, responseTimeMs: 1, sourceIds: [], citations, fileIds, createdAt: now,
    });
    const both = message('From a, b and an entry', [{ faqId }, { attachmentId: a!, excerpt: 'Alpha file text.' }, { attachmentId: b!, excerpt: 'Beta file text.' }], [a!, b!]);
    const read = message('The model read a and cited nothing of it', [{ faqId }], [a!]);
    const other = message('Only b', [{ attachmentId: b!, excerpt: 'Beta file text.' }], [b!]);
    const repository = em.getRepository(Conversation);
    await repository.append(conversation, [both, read, other]);

    expect(await repository.forgetFiles(em, [a!])).toBe(2);
    const stored = new Map((await query<{ id: string; content: string; citations: MessageCitation[]; file_ids: string[] }>(
      em, 'select id, content, citations, file_ids from messages where conversation_id = ?', [conversation.id],
    )).map(({ id, ...row }) => [id, row]));
    expect(stored.get(both.id)).toEqual({ content: FORGOTTEN_ANSWER, citations: [{ faqId }, { attachmentId: b, excerpt: 'Beta file text.' }], file_ids: [b] });
    expect(stored.get(read.id)).toEqual({ content: FORGOTTEN_ANSWER, citations: [{ faqId }], file_ids: [] });
    expect(stored.get(other.id)).toEqual({ content: 'Only b', citations: [{ attachmentId: b, excerpt: 'Beta file text.' }], file_ids: [b] });
    // Nothing of a deleted file, nothing changes.
    expect(await repository.forgetFiles(em, [newId()])).toBe(0);
  });

  test('while an answer is being made: an answer whose file is gone by the time it is stored is stored forgotten', async () => {
    const em = server.deps.orm.em.fork();
    const { ticketId } = await conversationWithTicket(cora, 'Files for the store test');
    const kept = (await attachText(ticketId, 'kept.txt', 'Kept file text.', cora)).replace(/^att_/, '');
    const gone = newId();
    const now = new Date();
    const conversation = { id: newId(), userId: coraId, title: 'store test', isActive: true, ticketId: null, createdAt: now, updatedAt: now };
    const answer = (fileIds: string[]): MessageRecord => ({
      id: newId(), conversationId: conversation.id, role: MessageRole.ASSISTANT, content: 'Quoting the files', tokensUsed: 1, responseTimeMs: 1, sourceIds: [],
      citations: fileIds.map((id) => ({ attachmentId: id, excerpt: 'text' })), fileIds, createdAt: now,
    });
    const repository = em.getRepository(Conversation);
    await repository.appendAnswer(conversation, answer([kept]));
    await repository.appendAnswer(conversation, answer([kept, gone]));
    const stored = await query<{ content: string; citations: MessageCitation[]; file_ids: string[] }>(
      em, 'select content, citations, file_ids from messages where conversation_id = ? order by content', [conversation.id],
    );
    expect(stored).toEqual([
      { content: 'Quoting the files', citations: [{ attachmentId: kept, excerpt: 'text' }], file_ids: [kept] },
      { content: FORGOTTEN_ANSWER, citations: [{ attachmentId: kept, excerpt: 'text' }], file_ids: [kept] },
    ].sort((x, y) => (x.content < y.content ? -1 : 1)));
  });

  test('a ticket opened from a conversation does not copy an answer made from a file', async () => {
    const { ticketId } = await conversationWithTicket(cora, 'My statement');
    await attachText(ticketId, 'statement-5.txt', STATEMENT.replace('INV-2291', 'INV-5591'), cora);
    // A customer's conversation without a ticket reads the files of their tickets.
    const due = await ask(cora, 'When is invoice INV-5591 due?');
    expect(due.response).toContain('INV-5591');
    const opened = (await run(server.url, CreateTicketFromConversationDocument, { conversationId: due.conversation.id }, cora)).createTicketFromConversation;
    const { ticket } = await run(server.url, TicketDocument, { id: opened.id }, admin);
    expect(ticket!.description).toBe(
      'Opened from a conversation with the assistant ("When is invoice INV-5591 due?").\n\n' +
        'Customer: When is invoice INV-5591 due?\n\nAssistant: (answered from one of the customer\'s files; see the conversation)',
    );
  });
});

/** The stored rows of a conversation's messages, as no reader sees them. */
async function storedMessages(conversationId: string) {
  return await query<{ content: string; citations: MessageCitation[]; file_ids: string[] }>(
    server.deps.orm.em.fork(), 'select content, citations, file_ids from messages where conversation_id = ?', [conversationId.replace(/^cnv_/, '')],
  );
}

describe('a question naming an identifier', () => {
  test('is answered from the passage of a file holding that identifier, among near-identical lines', async () => {
    const { conversationId, ticketId } = await conversationWithTicket(cora, 'I have a question about my invoices');
    const id = await attachText(ticketId, 'invoices.txt', INVOICES, cora);
    const due = await ask(cora, 'When is invoice INV-2291 due?', conversationId);
    expect(due.response).toBe(`From your file "invoices.txt":\n\n${PAID}`);
    expect(due.citations).toEqual([{ excerpt: PAID, faq: null, attachment: { id, fileName: 'invoices.txt', isInternal: false } }]);
  });

  test('is answered from a passage beyond the 300 ranked per question when it holds the identifier', async () => {
    const many = Array.from({ length: 400 }, (_, i) => `Invoice INV-${3000 + i} is due on ${(i % 28) + 1} March 2027.`).join('\n\n');
    const passages = passagesOf({ id: 'a', ticketId: 't', fileName: 'invoices.txt', text: many });
    const ranked = await rankPassages(server.deps.orm.em.fork(), sharedFaqVectorIndex().encoder, { text: 'When is invoice INV-3350 due?', first: 400 }, passages);
    expect(ranked.length).toBe(300);
    expect(ranked[0]!.passage.text).toBe('Invoice INV-3350 is due on 15 March 2027.');
    expect(ranked[0]!.named).toBe(1);
    expect(ranked[0]!.score - ranked[1]!.score).toBeGreaterThanOrEqual(0.2);
  });

  test('that no passage holds adds nothing to any passage\'s score', async () => {
    const passages = passagesOf({ id: 'a', ticketId: 't', fileName: 'invoices.txt', text: INVOICES });
    const search = { text: 'When is invoice INV-9999 due?', first: passages.length };
    const ranked = await rankPassages(server.deps.orm.em.fork(), sharedFaqVectorIndex().encoder, search, passages);
    expect(ranked.length).toBe(passages.length);
    for (const hit of ranked) {
      expect(hit.named).toBe(0);
      expect(hit.score).toBe(combinedScore(hit.semantic, hit.lexical));
    }
  });

  test('identifiers are the tokens holding a digit, at least 3 characters long, compared whole and lower-cased', () => {
    const question = 'Is INV-2291 paid? Error E1042 or 0x80070005 since 4.2.1. Part SKU-AB12-9, order 12345, 3 times in 24 hours, after 8pm.';
    expect([...identifiersOf(question)]).toEqual(['inv-2291', 'e1042', '0x80070005', '4.2.1', 'sku-ab12-9', '12345', '8pm']);
    expect([...identifiersOf('(inv-2291), INV-22910 and INV-2291/A')]).toEqual(['inv-2291', 'inv-22910', 'inv-2291/a']);
    expect(identifiersOf('How do I reset my password?').size).toBe(0);
  });

  test('PostgreSQL\'s full text keeps the number of a code and whole versions, error and hex codes, on both sides alike', async () => {
    const [row] = await query<{ lexemes: string[] }>(server.deps.orm.em.fork(), `select tsvector_to_array(to_tsvector('english', ?)) as lexemes`, [
      'INV-2291 E1042 0x80070005 4.2.1',
    ]);
    expect(row!.lexemes).toEqual(['-2291', '0x80070005', '4.2.1', 'e1042', 'inv']);
  });
});

describe('passages of a file', () => {
  const file = (text: string) => passagesOf({ id: 'a', ticketId: 't', fileName: 'f.txt', text }).map((p) => p.text);

  test('a short paragraph is one passage, whitespace tidied; blank lines part paragraphs', () => {
    expect(file('First  line\nof one paragraph.\n\n\n  Second paragraph.  \n')).toEqual(['First line of one paragraph.', 'Second paragraph.']);
  });

  test('a long paragraph is cut between sentences, or lines, into passages of at most 400 characters that together keep every word', () => {
    const sentence = (i: number) => `Sentence ${i} says something about the router and its settings page.`;
    const paragraph = Array.from({ length: 20 }, (_, i) => sentence(i)).join(' ');
    const passages = file(paragraph);
    expect(passages.every((p) => p.length <= 400)).toBe(true);
    expect(passages.join(' ')).toBe(paragraph);
    expect(passages.map((p) => p.split('. ').length)).toEqual([6, 6, 5, 3]);

    const log = Array.from({ length: 30 }, (_, i) => `2027-03-0${i % 9 + 1} ERROR disk ${i} is full`).join('\n');
    const lines = file(log);
    expect(lines.join(' ')).toBe(log.replace(/\n/g, ' '));
    expect(lines.every((p) => p.length <= 400)).toBe(true);
    expect(lines.length).toBe(3);
  });

  test('a sentence longer than a passage is cut between words', () => {
    const words = Array.from({ length: 150 }, (_, i) => `word${i}`).join(' ');
    const passages = file(words);
    expect(passages.every((p) => p.length <= 400)).toBe(true);
    expect(passages.join(' ')).toBe(words);
    expect(passages.every((p) => /^word\d+( word\d+)*$/.test(p))).toBe(true);
  });
});
