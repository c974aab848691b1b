import { describe, expect, test } from 'vitest';
import { Role } from '../src/entities/enums';
import { toGlobalId } from '../src/ids';
import { ClassifyTextDocument, CreateTicketFromTextDocument, TicketsDocument } from './gql/graphql';
import { useFakeOpenAiApi } from './helpers/fake-openai-api';
import { completionReply, errorReply } from './helpers/fake-openai-server';
import { useTestApi } from './helpers/harness';

const PRINTER = 'Our office printer shows error 0x80 since the update. Nobody on the floor can print invoices today.';

describe('free-text AI endpoints with the embedded models', () => {
  const api = useTestApi();

  test('classifyText classifies without storing a ticket, and names what is wrong with bad text', async () => {
    const customer = await api.user(Role.CUSTOMER, 'ann');
    const { classifyText } = await api.run(ClassifyTextDocument, { subject: 'Charged twice', description: 'I was charged twice for my subscription this month.' }, customer);
    expect(classifyText).toMatchObject({ category: 'BILLING_QUESTION', tokensUsed: 0 });
    expect(classifyText.model).toMatch(/^embedded-linear@/);
    expect(classifyText.confidence).toBeGreaterThan(0.5);
    expect((await api.run(TicketsDocument, {})).tickets.totalCount).toBe(0);

    const bad = await api.execute(ClassifyTextDocument, { subject: '', description: 'short' }, customer);
    expect(bad.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'subject', message: 'must be 1-200 characters long (got 0)' },
        { field: 'description', message: 'must be 10-2000 characters long (got 5)' },
      ],
    });
  });

  test('createTicketFromText makes the caller the customer: first sentence as subject, the message as description, tags from the words that weighed most', async () => {
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const ticket = (await api.run(CreateTicketFromTextDocument, { text: `  ${PRINTER}\n` }, ann)).createTicketFromText;
    expect(ticket).toMatchObject({
      subject: 'Our office printer shows error 0x80 since the update.',
      description: PRINTER,
      status: 'NEW',
      customer: { customerId: toGlobalId('User', ann.userId), email: ann.email, name: 'ann' },
      metadata: { source: 'API', extra: { draftedBy: 'embedded-draft@1' } },
    });
    expect(ticket.classification!.model).toMatch(/^embedded-linear@/);
    expect(ticket.category).toBe(ticket.classification!.category);
    expect(ticket.tags.length).toBeGreaterThan(0);
    expect(ticket.tags.length).toBeLessThanOrEqual(3);
    const { classifyText } = await api.run(ClassifyTextDocument, { description: PRINTER }, ann);
    expect(ticket.tags).toEqual(classifyText.keywords.slice(0, ticket.tags.length).map((k) => k.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')));

    const long = await api.execute(CreateTicketFromTextDocument, { text: 'x'.repeat(2001) }, ann);
    expect(long.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'text', message: 'must be 10-2000 characters long (got 2001)' }] });
  });

  test('a long first sentence is cut at a word for the subject', async () => {
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const text = `${'The export of our quarterly report '.repeat(5)}fails. Please help.`;
    const { subject } = (await api.run(CreateTicketFromTextDocument, { text }, ann)).createTicketFromText;
    expect(subject).toBe(`${'The export of our quarterly report '.repeat(3)}The export of…`);
    expect(subject.length).toBeLessThanOrEqual(120);
  });
});

describe('createTicketFromText with an OpenAI-compatible model (protocol test against a local server)', () => {
  const { fake, api } = useFakeOpenAiApi();
  const classification = {
    reasoning: 'Nobody can print.', category: 'TECHNICAL_ISSUE', urgency: 'HIGH', impact: 'HIGH', sentiment: 'NEGATIVE', confidence: 0.9, keywords: ['printer', 'error 0x80'],
  };

  test('the model drafts subject, description and tags with a strict schema; the LLM classifier decides category and priority', async () => {
    fake.requests.length = 0;
    fake.reply(
      completionReply({ subject: 'Office printer fails with error 0x80', description: 'Since the update the office printer shows error 0x80; no one can print invoices.', tags: ['Printer', 'printer', 'Error 0x80'] }),
      completionReply(classification),
    );
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const ticket = (await api.run(CreateTicketFromTextDocument, { text: PRINTER }, ann)).createTicketFromText;
    expect(ticket).toMatchObject({
      subject: 'Office printer fails with error 0x80',
      description: 'Since the update the office printer shows error 0x80; no one can print invoices.',
      tags: ['printer', 'error-0x80'],
      category: 'TECHNICAL_ISSUE',
      priority: 'URGENT',
      metadata: { source: 'API', extra: { draftedBy: 'openai:gpt-test' } },
      classification: { model: 'openai:gpt-test', category: 'TECHNICAL_ISSUE' },
    });
    const draftRequest = fake.requests[0]!.body;
    expect(draftRequest.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'ticket_draft', strict: true } });
    expect(draftRequest.messages[1]).toEqual({ role: 'user', content: PRINTER });
  });

  test('when drafting fails the embedded draft is used, and the ticket is still made', async () => {
    fake.requests.length = 0;
    fake.reply(errorReply(500, 'server_error'), completionReply(classification));
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const ticket = (await api.run(CreateTicketFromTextDocument, { text: PRINTER }, ann)).createTicketFromText;
    expect(ticket).toMatchObject({
      subject: 'Our office printer shows error 0x80 since the update.',
      description: PRINTER,
      metadata: { extra: { draftedBy: 'embedded-draft@1' } },
    });
  });
});
