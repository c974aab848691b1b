import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { Faq } from '../src/entities/faq.entity';
import { Role } from '../src/entities/enums';
import { evaluateAssistant, type ParaphraseSet } from '../src/services/assistant/assistant-evaluation';
import { seedStarterData } from '../src/services/seed/seed.service';
import { systemContext } from '../src/services/shared/service-context';
import { CreateFaqDocument, DeleteFaqDocument, SearchKnowledgeBaseDocument, SendMessageDocument, UpdateFaqDocument } from './gql/graphql';
import { useTestApi } from './helpers/harness';

const api = useTestApi();
const readSet = (file: string) => JSON.parse(readFileSync(path.join(__dirname, 'fixtures', file), 'utf8')) as ParaphraseSet;
const PARAPHRASES = readSet('assistant-paraphrases.json');

describe('the knowledge base by meaning', () => {
  test('the project\'s paraphrase set: search, answers and declines over the starter help centre', async () => {
    await seedStarterData(systemContext(api.deps));
    const figures = await evaluateAssistant((await api.context()).em.getRepository(Faq), PARAPHRASES);
    const counts = (subset: string) => {
      const { misses: _misses, notDeclined: _notDeclined, ...rest } = figures[subset]!;
      return rest;
    };
    // The figures `npm run eval:assistant` prints; a change to retrieval that moves them must say so here.
    expect(counts('tune')).toEqual({ paraphrases: 53, searchFirst: 51, answeredRight: 47, citedFirst: 51, answeredWrong: 1, offTopic: 20, declined: 18 });
    expect(counts('holdout')).toEqual({ paraphrases: 31, searchFirst: 30, answeredRight: 29, citedFirst: 30, answeredWrong: 0, offTopic: 10, declined: 9 });
  });

  // Help centres of other trades, each with its own entries. All but the last two are among the
  // sets the thresholds were chosen on (retrieval.ts); the campus and food-delivery sets were written
  // blind and only measure: their figures are what an unseen help centre gets.
  test.each([
    ['an online shop', 'assistant-paraphrases-shop.json', 'shop', { searchFirst: 40, answeredRight: 39, citedFirst: 40, answeredWrong: 0, declined: 10 }],
    ['a mobile provider', 'assistant-paraphrases-provider.json', 'provider', { searchFirst: 21, answeredRight: 12, citedFirst: 16, answeredWrong: 4, declined: 8 }],
    ['a project-management SaaS', 'assistant-paraphrases-saas.json', 'saas', { searchFirst: 33, answeredRight: 22, citedFirst: 28, answeredWrong: 1, declined: 8 }],
    ['a travel agency', 'assistant-paraphrases-travel.json', 'travel', { searchFirst: 24, answeredRight: 9, citedFirst: 13, answeredWrong: 0, declined: 8 }],
    ['a streaming service', 'assistant-paraphrases-streaming.json', 'streaming', { searchFirst: 21, answeredRight: 14, citedFirst: 15, answeredWrong: 3, declined: 10 }],
    ['a smart-home maker', 'assistant-paraphrases-smarthome.json', 'smarthome', { searchFirst: 19, answeredRight: 6, citedFirst: 8, answeredWrong: 6, declined: 8 }],
    ['a university IT desk, blind', 'assistant-paraphrases-campus.json', 'campus', { searchFirst: 19, answeredRight: 11, citedFirst: 12, answeredWrong: 5, declined: 10 }],
    ['a food-delivery app, blind', 'assistant-paraphrases-food.json', 'food', { searchFirst: 21, answeredRight: 14, citedFirst: 18, answeredWrong: 4, declined: 8 }],
  ])('%s: the same figures by `npm run eval:assistant -- --set`', async (_name, file, subset, expected) => {
    const set = readSet(file);
    const em = (await api.context()).em;
    for (const faq of set.faqs!) await api.run(CreateFaqDocument, { input: faq });
    const { misses: _misses, notDeclined: _notDeclined, ...counts } = (await evaluateAssistant(em.getRepository(Faq), set))[subset]!;
    expect(counts).toEqual({ paraphrases: 40, offTopic: 10, ...expected });
  });

  test('answers a question that shares no word with its entry, offers the two closest when unsure, declines what is off-topic', async () => {
    await seedStarterData(systemContext(api.deps));
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const ask = async (message: string) => (await api.run(SendMessageDocument, { message }, ann)).sendMessage;

    const forgot = await ask('I forgot my password, how can I get back into my account?');
    expect(forgot.sources.map((s) => s.question)).toEqual(['How do I reset my password?']);
    expect(forgot.response).toMatch(/^From our help centre, "How do I reset my password\?":\n\nChoose "Forgot password\?"/);

    const unsure = await ask('Something is wrong with my account');
    expect(unsure.sources.map((s) => s.question)).toEqual(['My account is locked. How do I unlock it?', 'How do I delete my account?']);
    expect(unsure.response).toBe([
      'I\'m not sure I understood. These help-centre entries come closest:',
      '"My account is locked. How do I unlock it?": After 5 failed sign-in attempts an account is locked for 15 minutes to protect it. …',
      '"How do I delete my account?": Open Settings > Profile and choose "Delete account". …',
      'If you would like a person to look into it, I can open a support ticket from this conversation: choose "Create ticket" (the createTicketFromConversation mutation) and I will draft it for you.',
    ].join('\n\n'));

    const offTopic = await ask('What is the capital of Australia?');
    expect(offTopic.sources).toEqual([]);
    expect(offTopic.response).toMatch(/^I'm sorry, I could not find an answer to that in our help centre\. If you would like a person/);
  });

  test('search finds an entry by meaning, sees it edited at once, and forgets it when deleted', async () => {
    const customer = await api.user(Role.CUSTOMER, 'reader');
    const search = async (query: string) =>
      (await api.run(SearchKnowledgeBaseDocument, { query, first: 3 }, customer)).searchKnowledgeBase.map((h) => [h.faq.question, h.snippet]);
    const created = (await api.run(CreateFaqDocument, {
      input: { question: 'How do I request a refund?', answer: 'Open Billing > Invoices and select "Request refund" within 30 days.', category: 'billing' },
    })).createFaq;
    await api.run(CreateFaqDocument, { input: { question: 'Which browsers do you support?', answer: 'The latest two versions of Chrome, Firefox, Safari and Edge.', category: 'technical' } });

    // No word in common: found by meaning, its snippet the answer's beginning (no matched words to mark).
    expect(await search('Can I get my money back?')).toEqual([
      ['How do I request a refund?', 'Open Billing > Invoices and select "Request refund" within 30 days.'],
    ]);

    await api.run(UpdateFaqDocument, {
      id: created.id,
      input: { question: 'How do I cancel my subscription?', answer: 'Open Billing > Plan and choose "Cancel plan"; it runs to the end of the period.', category: 'billing' },
    });
    expect((await search('I want to stop my plan so I am not billed again'))[0]![0]).toBe('How do I cancel my subscription?');
    expect(await search('Can I get my money back?')).toEqual([]);

    await api.run(DeleteFaqDocument, { id: created.id });
    expect(await search('I want to stop my plan so I am not billed again')).toEqual([]);
  });
});
