import { describe, expect, test } from 'vitest';
import { Role } from '../src/entities/enums';
import { estimateTokens } from '../src/services/assistant/token-budget';
import { seedStarterData } from '../src/services/seed/seed.service';
import { STARTER_FAQS } from '../src/services/seed/starter-data';
import { systemContext } from '../src/services/shared/service-context';
import {
  ConversationDocument, ConversationsDocument, CreateTicketFromConversationDocument, SendMessageDocument, StartConversationDocument,
  AssistantNodeDocument, ConversationsDeepDocument, TicketDocument, type ConversationsDeepQuery,
} from './gql/graphql';
import { useTestApi } from './helpers/harness';

const api = useTestApi();

async function seed() {
  return seedStarterData(systemContext(api.deps));
}

describe('the embedded retrieval assistant', () => {
  test('answers a conversation of several turns from the right FAQ entries, following up on earlier messages', async () => {
    await seed();
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const ask = async (message: string, conversationId?: string) =>
      (await api.run(SendMessageDocument, { message, conversationId }, ann)).sendMessage;

    const first = await ask('How can I get a refund?');
    expect(first.conversation.title).toBe('How can I get a refund?');
    expect(first.sources.map((s) => s.question)).toEqual(['How do I request a refund?']);
    expect(first.response).toContain(STARTER_FAQS.find((f) => f.question === 'How do I request a refund?')!.answer);
    expect(first.model).toBe('embedded-retrieval@1');
    expect(first.fallback).toBe(false);
    const id = first.conversation.id;

    const second = await ask('and how long does that take?', id);
    expect(second.sources[0]!.question).toBe('How long does a refund take?');
    expect(second.conversation.id).toBe(id);

    const third = await ask('How do I reset my password?', id);
    expect(third.sources[0]!.question).toBe('How do I reset my password?');

    const fourth = await ask("what if I don't get the email?", id);
    expect(fourth.sources[0]!.question).toBe('I did not get the password reset email. What should I do?');

    const fifth = await ask('What is the weather like on Mars?', id);
    expect(fifth.sources).toEqual([]);
    expect(fifth.response).toMatch(/^I'm sorry, I could not find an answer to that in our help centre\./);
    expect(fifth.response).toContain('createTicketFromConversation');

    const conversation = (await api.run(ConversationDocument, { id, first: 20 }, ann)).conversation!;
    expect(conversation.title).toBe('How can I get a refund?');
    expect(conversation.messages.totalCount).toBe(10);
    expect(conversation.messages.edges.map((e) => e.node.role)).toEqual(Array.from({ length: 10 }, (_, i) => (i % 2 ? 'ASSISTANT' : 'USER')));
    expect(conversation.messages.edges[3]!.node.sources.map((s) => s.question)[0]).toBe('How long does a refund take?');
    expect(conversation.messages.edges[0]!.node).toMatchObject({ content: 'How can I get a refund?', tokensUsed: estimateTokens('How can I get a refund?'), responseTimeMs: 0 });
  });

  test('reports tokens as the estimate of prompt and reply, and the measured response time', async () => {
    await seed();
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const reply = (await api.run(SendMessageDocument, { message: 'Which browsers do you support?' }, ann)).sendMessage;
    const faq = STARTER_FAQS.find((f) => f.question === 'Which browsers do you support?')!;
    expect(reply.sources.map((s) => s.question)).toEqual([faq.question]);
    const prompt = ['Which browsers do you support?', `${faq.question}\n${faq.answer}`].join('\n');
    expect(reply.tokensUsed).toBe(estimateTokens(prompt) + estimateTokens(reply.response));
    expect(reply.message).toMatchObject({ role: 'ASSISTANT', content: reply.response, tokensUsed: reply.tokensUsed, responseTimeMs: reply.responseTimeMs });
    expect(Number.isInteger(reply.responseTimeMs) && reply.responseTimeMs >= 0).toBe(true);
  });

  test('an empty knowledge base answers plainly that it does not know', async () => {
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const reply = (await api.run(SendMessageDocument, { message: 'How do I reset my password?' }, ann)).sendMessage;
    expect(reply.sources).toEqual([]);
    expect(reply.response).toMatch(/^I'm sorry, I could not find an answer/);
  });

  test('validates the message and refuses to write in someone else\'s conversation', async () => {
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const bob = await api.user(Role.CUSTOMER, 'bob');
    const agent = await api.user(Role.AGENT, 'alice');
    const empty = await api.execute(SendMessageDocument, { message: '   ' }, ann);
    expect(empty.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT', fields: [{ field: 'message', message: 'must be 1-4000 characters long (got 0)' }],
    });
    const { id } = (await api.run(SendMessageDocument, { message: 'Hello there' }, ann)).sendMessage.conversation;
    expect((await api.execute(SendMessageDocument, { message: 'hi', conversationId: id }, bob)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await api.execute(SendMessageDocument, { message: 'hi', conversationId: id }, agent)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  test('a started conversation takes the title of its first message', async () => {
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const started = (await api.run(StartConversationDocument, {}, ann)).startConversation;
    expect(started.title).toBe('New conversation');
    const long = 'My invoices from last year are missing from the billing page and I need them for the tax office before Friday';
    const reply = (await api.run(SendMessageDocument, { message: long, conversationId: started.id }, ann)).sendMessage;
    expect(reply.conversation).toMatchObject({ id: started.id, title: 'My invoices from last year are missing from the billing page and I need them…' });
    const again = (await api.run(SendMessageDocument, { message: 'Another question', conversationId: started.id }, ann)).sendMessage;
    expect(again.conversation.title).toBe(reply.conversation.title);
  });
});

describe('visibility', () => {
  test('users see their own conversations, agents and admins all of them', async () => {
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const bob = await api.user(Role.CUSTOMER, 'bob');
    const agent = await api.user(Role.AGENT, 'alice');
    const admin = await api.user(Role.ADMIN, 'root');
    const annsId = (await api.run(SendMessageDocument, { message: 'Question from Ann' }, ann)).sendMessage.conversation.id;
    await api.run(SendMessageDocument, { message: 'Question from Bob' }, bob);
    const later = (await api.run(SendMessageDocument, { message: 'Second question from Bob' }, bob)).sendMessage.conversation.id;

    const titles = async (viewer: typeof ann) =>
      (await api.run(ConversationsDocument, { first: 10 }, viewer)).conversations.edges.map((e) => `${e.node.user.username}: ${e.node.title}`);
    expect(await titles(ann)).toEqual(['ann: Question from Ann']);
    expect(await titles(bob)).toEqual(['bob: Second question from Bob', 'bob: Question from Bob']);
    expect(await titles(agent)).toEqual(['bob: Second question from Bob', 'bob: Question from Bob', 'ann: Question from Ann']);
    expect(await titles(admin)).toEqual(await titles(agent));

    expect((await api.execute(ConversationDocument, { id: annsId }, bob)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await api.run(ConversationDocument, { id: annsId }, agent)).conversation!.title).toBe('Question from Ann');
    expect((await api.execute(AssistantNodeDocument, { id: annsId }, bob)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await api.run(AssistantNodeDocument, { id: annsId }, ann)).node).toEqual({ __typename: 'Conversation', id: annsId, title: 'Question from Ann' });

    // Continuing a conversation moves it to the top.
    await api.run(SendMessageDocument, { message: 'Ann again', conversationId: annsId }, ann);
    expect((await titles(agent))[0]).toBe('ann: Question from Ann');
    const page = (await api.run(ConversationsDocument, { first: 1 }, agent)).conversations;
    expect(page.totalCount).toBe(3);
    const next = (await api.run(ConversationsDocument, { first: 5, after: page.pageInfo.endCursor }, agent)).conversations;
    expect(next.edges.map((e) => e.node.id)).toEqual([later, expect.any(String)]);
  });
});

describe('createTicketFromConversation', () => {
  test('drafts a ticket for the conversation\'s owner, links both ways, and returns the same ticket when asked again', async () => {
    await seed();
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const agent = await api.user(Role.AGENT, 'alice');
    const first = (await api.run(SendMessageDocument, { message: 'I was charged twice for my plan this month' }, ann)).sendMessage;
    const id = first.conversation.id;
    await api.run(SendMessageDocument, { message: 'Both charges are still there after a week', conversationId: id }, ann);

    const ticket = (await api.run(CreateTicketFromConversationDocument, { conversationId: id }, agent)).createTicketFromConversation;
    expect(ticket).toMatchObject({
      subject: 'I was charged twice for my plan this month',
      status: 'NEW',
      tags: ['chat'],
      customer: { email: 'ann@example.com', name: 'ann' },
      metadata: { source: 'CHAT', extra: { conversationId: id } },
      conversation: { id, title: 'I was charged twice for my plan this month' },
    });
    expect(ticket.description).toMatch(/^Opened from a conversation with the assistant \("I was charged twice for my plan this month"\)\.\n\nCustomer: I was charged twice for my plan this month\n\nAssistant: /);
    expect(ticket.description).toContain('\n\nCustomer: Both charges are still there after a week\n\nAssistant: ');

    // The owner sees the ticket: it is theirs.
    expect((await api.run(TicketDocument, { id: ticket.id }, ann)).ticket!.key).toBe(ticket.key);
    const conversation = (await api.run(ConversationDocument, { id, first: 10 }, ann)).conversation!;
    expect(conversation.ticket).toEqual({ id: ticket.id, key: ticket.key });
    expect(conversation.messages.edges.at(-1)!.node).toMatchObject({ role: 'SYSTEM', content: `Ticket ${ticket.key} was opened from this conversation.` });

    const again = (await api.run(CreateTicketFromConversationDocument, { conversationId: id }, ann)).createTicketFromConversation;
    expect(again.id).toBe(ticket.id);
  });

  test('concurrent requests open one ticket', async () => {
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const { id } = (await api.run(SendMessageDocument, { message: 'Please open a ticket about the export' }, ann)).sendMessage.conversation;
    const results = await Promise.all(Array.from({ length: 5 }, () => api.execute(CreateTicketFromConversationDocument, { conversationId: id }, ann)));
    const keys = new Set(results.flatMap((r) => (r.data ? [r.data.createTicketFromConversation.key] : [])));
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length;
    expect(keys.size).toBe(1);
    expect(keys.size + conflicts).toBeLessThanOrEqual(5);
    const [{ count }] = (await api.orm.em.getKnex().raw(`select count(*)::int as count from tickets`)).rows;
    expect(count).toBe(1);
  });
});

describe('loading', () => {
  test('a conversation list with messages, their sources and owners costs the same statements whatever its length', async () => {
    await seed();
    const agent = await api.user(Role.AGENT, 'alice');
    const customers = await Promise.all(['ann', 'bob', 'cid'].map((name) => api.user(Role.CUSTOMER, name)));
    for (let i = 0; i < 12; i++) {
      const reply = (await api.run(SendMessageDocument, { message: 'How do I reset my password?' }, customers[i % 3])).sendMessage;
      await api.run(SendMessageDocument, { message: 'Which browsers do you support?', conversationId: reply.conversation.id }, customers[i % 3]);
    }
    const statements = async (first: number) => {
      let result: Awaited<ReturnType<typeof api.run<ConversationsDeepQuery, { first: number }>>> | undefined;
      const count = await api.countStatements(async () => {
        result = await api.run(ConversationsDeepDocument, { first }, agent);
      });
      return { count, result: result! };
    };
    const small = await statements(2);
    const large = await statements(12);
    expect(large.result.conversations.edges).toHaveLength(12);
    expect(large.result.conversations.edges[0]!.node.messages.edges.map((e) => e.node.sources.map((s) => s.question)[0] ?? null)).toEqual([
      null, 'How do I reset my password?', null, 'Which browsers do you support?',
    ]);
    expect(large.result.conversations.edges[0]!.node.messages.edges[1]!.node.citations).toEqual([{ faq: { question: 'How do I reset my password?' }, attachment: null }]);
    expect(large.count).toBe(small.count);
    // The page, then one statement each for owners, message pages, message counts and cited entries (for `sources` and `citations` alike).
    expect(large.count).toBe(5);
  });
});

describe('node(id:)', () => {
  test('resolves conversations, messages, FAQ entries and logs with their own visibility; reading an entry this way counts no view', async () => {
    await seed();
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const bob = await api.user(Role.CUSTOMER, 'bob');
    const reply = (await api.run(SendMessageDocument, { message: 'Which browsers do you support?' }, ann)).sendMessage;
    const faqId = reply.sources[0]!.id;
    expect((await api.run(AssistantNodeDocument, { id: reply.message.id }, ann)).node).toEqual({
      __typename: 'Message', id: reply.message.id, content: reply.response,
    });
    expect((await api.execute(AssistantNodeDocument, { id: reply.message.id }, bob)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await api.run(AssistantNodeDocument, { id: faqId }, bob)).node).toEqual({
      __typename: 'Faq', id: faqId, question: 'Which browsers do you support?', viewCount: 0,
    });
    expect((await api.run(AssistantNodeDocument, { id: faqId }, bob)).node).toMatchObject({ viewCount: 0 });
    const anonymous = { kind: 'anonymous', actor: null, ip: '127.0.0.1' } as const;
    // The FAQ is public (issue 17); a conversation's message is not.
    expect((await api.run(AssistantNodeDocument, { id: faqId }, anonymous)).node).toMatchObject({ __typename: 'Faq', viewCount: 0 });
    expect((await api.execute(AssistantNodeDocument, { id: reply.message.id }, anonymous)).errors![0]!.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });
});
