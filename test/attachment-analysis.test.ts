import { ref } from '@mikro-orm/core';
import { describe, expect, test } from 'vitest';
import { Attachment } from '../src/entities/attachment.entity';
import { AttachmentKind, AttachmentStatus, AttachmentTextSource } from '../src/entities/enums';
import { Ticket } from '../src/entities/ticket.entity';
import { fromGlobalId, newId, toGlobalId } from '../src/ids';
import { AnalyzeAttachmentDocument, CreateTicketDocument } from './gql/graphql';
import { useFakeOpenAiApi } from './helpers/fake-openai-api';
import { completionReply, errorReply } from './helpers/fake-openai-server';
import { ticketInput } from './helpers/factories';

// Protocol tests: analyzeAttachment summarises through an OpenAI-compatible model on a local server.

const STATEMENT =
  'Statement for November. Your company card was charged twice for invoice 7731. ' +
  'The duplicate charge of 49 EUR will be refunded within 5 days. Contact the billing team with questions.';

const { fake, api } = useFakeOpenAiApi();

const classification = {
  reasoning: 'A double charge.', category: 'BILLING_QUESTION', urgency: 'MEDIUM', impact: 'LOW', sentiment: 'NEUTRAL', confidence: 0.9, keywords: ['charged twice'],
};

/** A ticket with a file whose text has been read (as processing leaves it). */
async function readFile(fileName: string, text: string): Promise<string> {
  const ticketId = (await api.run(CreateTicketDocument, { input: ticketInput() })).createTicket.id;
  const em = api.orm.em.fork();
  const id = newId();
  const attachment = new Attachment({
    ticket: ref(em.getReference(Ticket, fromGlobalId(ticketId)!.id)), comment: null, fileName, contentType: 'text/plain', size: text.length,
    sha256: '0'.repeat(64), kind: AttachmentKind.DOCUMENT, isInternal: false, storageKey: id, uploadedBy: 'agent',
  });
  attachment.id = id;
  Object.assign(attachment, { status: AttachmentStatus.READY, text, textSource: AttachmentTextSource.EXTRACTED });
  await em.persistAndFlush(attachment);
  return toGlobalId('Attachment', id);
}

describe('analyzeAttachment with an OpenAI-compatible model', () => {
  test('the model writes the summary and keywords (strict schema, the text as data); the classifier reads the text', async () => {
    fake.otherwise = completionReply(classification);
    const id = await readFile('statement.txt', STATEMENT);
    fake.requests.length = 0;
    fake.reply(completionReply({
      summary: 'The company card was charged twice for invoice 7731; the 49 EUR duplicate is refunded within 5 days.',
      keywords: ['charged twice', 'invoice 7731', 'refund', 'invoice 7731', ' '],
    }));
    const { analyzeAttachment } = await api.run(AnalyzeAttachmentDocument, { id });
    expect(analyzeAttachment).toEqual({
      attachment: { id, fileName: 'statement.txt' },
      summary: 'The company card was charged twice for invoice 7731; the 49 EUR duplicate is refunded within 5 days.',
      keywords: ['charged twice', 'invoice 7731', 'refund'],
      summaryModel: 'openai:gpt-test',
      classification: { category: 'BILLING_QUESTION', model: 'openai:gpt-test' },
    });
    const summaryRequest = fake.requests[0]!.body;
    expect(summaryRequest.model).toBe('gpt-test');
    expect(summaryRequest.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'file_summary', strict: true } });
    expect(summaryRequest.messages[1]).toEqual({ role: 'user', content: `File name: statement.txt\n\n${STATEMENT}` });
    expect(fake.requests[1]!.body.response_format.json_schema.name).toBe('ticket_classification');
  });

  test('when the model fails or answers outside the schema, the extractive summary answers', async () => {
    fake.otherwise = completionReply(classification);
    const id = await readFile('statement.txt', STATEMENT);
    const extractive = {
      summary: 'Your company card was charged twice for invoice 7731. The duplicate charge of 49 EUR will be refunded within 5 days.',
      keywords: ['statement', 'november', 'company', 'card', 'charged', 'twice', 'invoice', 'duplicate'],
      summaryModel: 'extractive@1',
    };
    fake.reply(errorReply(500, 'server_error'));
    expect((await api.run(AnalyzeAttachmentDocument, { id })).analyzeAttachment).toMatchObject(extractive);
    fake.reply(completionReply({ summary: '', keywords: 'not a list' }));
    expect((await api.run(AnalyzeAttachmentDocument, { id })).analyzeAttachment).toMatchObject(extractive);
  });
});
