import { describe, expect, test } from 'vitest';
import { Role } from '../src/entities/enums';
import { seedStarterData } from '../src/services/seed/seed.service';
import { STARTER_FAQS } from '../src/services/seed/starter-data';
import { systemContext } from '../src/services/shared/service-context';
import {
  CreateFaqDocument, DeleteFaqDocument, FaqDocument, FaqsDocument, SearchKnowledgeBaseDocument, UpdateFaqDocument,
} from './gql/graphql';
import { useTestApi } from './helpers/harness';

const api = useTestApi();
const anonymous = { kind: 'anonymous', actor: null, ip: '127.0.0.1' } as const;
const reader = () => api.user(Role.CUSTOMER, 'reader');

const input = (question: string, answer = 'An answer that is long enough.', category = 'general') => ({ question, answer, category });

describe('FAQ knowledge base', () => {
  test('agents write entries; customers may not; questions are unique', async () => {
    const agent = await api.user(Role.AGENT);
    const customer = await api.user(Role.CUSTOMER);
    const created = (await api.run(CreateFaqDocument, { input: input('  How do I print a ticket?  ', 'Open the ticket and press Ctrl+P.', 'Tickets') }, agent)).createFaq;
    expect(created).toMatchObject({ question: 'How do I print a ticket?', answer: 'Open the ticket and press Ctrl+P.', category: 'Tickets', viewCount: 0 });

    expect((await api.execute(CreateFaqDocument, { input: input('Another question?') }, customer)).errors![0]!.extensions).toEqual({
      code: 'FORBIDDEN',
    });
    expect((await api.execute(CreateFaqDocument, { input: input('how do i PRINT a ticket?') }, agent)).errors![0]!.extensions).toEqual({
      code: 'CONFLICT',
    });
    const invalid = await api.execute(CreateFaqDocument, { input: { question: 'Hm', answer: 'short', category: '' } }, agent);
    expect(invalid.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'question', message: 'must be 5-500 characters long (got 2)' },
        { field: 'answer', message: 'must be 10-10000 characters long (got 5)' },
        { field: 'category', message: 'must be 1-100 characters long (got 0)' },
      ],
    });

    const other = (await api.run(CreateFaqDocument, { input: input('How do I archive a ticket?') }, agent)).createFaq;
    expect((await api.execute(UpdateFaqDocument, { id: other.id, input: input('How do I print a ticket?') }, agent)).errors![0]!.extensions!.code).toBe('CONFLICT');
    const updated = (await api.run(UpdateFaqDocument, { id: other.id, input: input('How do I archive old tickets?', 'Select them and choose Archive.', 'tickets') }, agent)).updateFaq;
    expect(updated).toEqual({ id: other.id, question: 'How do I archive old tickets?', answer: 'Select them and choose Archive.', category: 'tickets', viewCount: 0 });

    expect((await api.run(DeleteFaqDocument, { id: other.id }, agent)).deleteFaq).toBe(other.id);
    expect((await api.execute(DeleteFaqDocument, { id: other.id }, agent)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  test('lists by category (case-insensitive) and by search with stemming, for every caller, signed in or not', async () => {
    await seedStarterData(systemContext(api.deps));
    const customer = await reader();
    const publicList = (await api.run(FaqsDocument, { category: 'billing' }, anonymous)).faqs.map((f) => f.question);
    expect(publicList).toEqual(STARTER_FAQS.filter((f) => f.category === 'billing').map((f) => f.question).sort());
    expect((await api.run(SearchKnowledgeBaseDocument, { query: 'How do I cancel my subscription?', first: 1 }, anonymous)).searchKnowledgeBase[0]!.faq.question)
      .toBe('How do I cancel my subscription?');
    const billing = (await api.run(FaqsDocument, { category: 'BILLING' }, customer)).faqs.map((f) => f.question);
    expect(billing).toEqual(STARTER_FAQS.filter((f) => f.category === 'billing').map((f) => f.question).sort());
    const refunds = (await api.run(FaqsDocument, { search: 'refunded' }, customer)).faqs.map((f) => f.question);
    expect(refunds).toEqual(['How do I request a refund?', 'How long does a refund take?', 'Why was I charged twice?']);
    const both = (await api.run(FaqsDocument, { category: 'billing', search: 'refund -long' }, customer)).faqs.map((f) => f.question);
    expect(both).toEqual(['How do I request a refund?', 'Why was I charged twice?']);
    expect((await api.run(FaqsDocument, { first: 3 }, customer)).faqs).toHaveLength(3);
  });

  test('reading an entry counts a view; concurrent reads lose no count', async () => {
    const agent = await api.user(Role.AGENT);
    const customer = await reader();
    const { id } = (await api.run(CreateFaqDocument, { input: input('How do I count views?') }, agent)).createFaq;
    const reads = await Promise.all(Array.from({ length: 40 }, () => api.run(FaqDocument, { id }, customer)));
    expect(reads.map((r) => r.faq!.viewCount).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect((await api.run(FaqDocument, { id }, customer)).faq!.viewCount).toBe(41);
    // Listing does not count.
    expect((await api.run(FaqsDocument, {}, customer)).faqs[0]!.viewCount).toBe(41);
  });

  test('searchKnowledgeBase ranks by the question\'s words, with stemming and without stop words, and returns snippets', async () => {
    await seedStarterData(systemContext(api.deps));
    const customer = await reader();
    const hits = (await api.run(SearchKnowledgeBaseDocument, { query: 'How do I cancel my subscription?', first: 3 }, customer)).searchKnowledgeBase;
    expect(hits[0]!.faq.question).toBe('How do I cancel my subscription?');
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits[0]!.snippet).toContain('**Cancel** **subscription**');

    // Stemming: "refunded" finds "refund"; the question outweighs the answer.
    const refunds = (await api.run(SearchKnowledgeBaseDocument, { query: 'refunded', first: 5 }, customer)).searchKnowledgeBase;
    expect(refunds.map((h) => h.faq.question)).toEqual(['How do I request a refund?', 'How long does a refund take?', 'Why was I charged twice?']);

    // The answer counts too: "Authenticator" only appears in an answer. ("authenticator app" is
    // nearer in meaning to "Is there a mobile app?", whose question has one of its two words.)
    const answerOnly = (await api.run(SearchKnowledgeBaseDocument, { query: 'authenticator' }, customer)).searchKnowledgeBase;
    expect(answerOnly[0]!.faq.question).toBe('How do I enable two-factor authentication?');

    // Only stop words: nothing to look for.
    expect((await api.run(SearchKnowledgeBaseDocument, { query: 'how do I do it?' }, customer)).searchKnowledgeBase).toEqual([]);
    const tooMany = await api.execute(SearchKnowledgeBaseDocument, { query: 'password', first: 21 }, customer);
    expect(tooMany.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'first', message: 'must be from 1 to 20' }] });
  });

  test('an entry holding the error code a question names ranks first, ahead of one that reads closer', async () => {
    const agent = await api.user(Role.AGENT, 'writer');
    const busy = input('Why does the app show error E1043 when syncing?', 'Error E1043 when syncing means the server is busy: sync again in a few minutes.', 'errors');
    const expired = input('What is code E1042?', 'Code E1042 means your licence has expired: renew it under Billing.', 'errors');
    for (const entry of [busy, expired]) await api.run(CreateFaqDocument, { input: entry }, agent);
    const customer = await reader();
    const search = async (query: string) =>
      (await api.run(SearchKnowledgeBaseDocument, { query, first: 2 }, customer)).searchKnowledgeBase.map((h) => h.faq.question);
    expect(await search('Why does the app show error E1042 when syncing?')).toEqual([expired.question, busy.question]);
    // A code no entry holds changes nothing: the entry reading closer is found, the other shares no word with it.
    expect(await search('Why does the app show error E1044 when syncing?')).toEqual([busy.question]);
  });
});
