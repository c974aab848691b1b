import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { query } from '../src/db/sql';
import {
  AddCommentDocument, ConnectIntegrationDocument, CreateCustomerLogDocument, CreateFaqDocument, CreateIntegrationTokenDocument, CreateTicketDocument,
  CreateTicketFromTextDocument, CreateWebhookDocument, SendMessageDocument, StartConversationDocument, UploadAttachmentDocument,
} from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { startTestServer } from './helpers/harness';
import { register, request, run, upload } from './helpers/http-client';

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: string;
let ticketId: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = (await register(server.url, 'idem-admin')).accessToken;
  ticketId = (await run(server.url, CreateTicketDocument, { input: ticketInput() }, admin)).createTicket.id;
});
afterAll(async () => server?.close());

interface Case {
  table: string;
  document: TypedDocumentNode<any, any>;
  variables: (variant: string) => Record<string, unknown>;
  /** What must be the same in the repeat's answer (the id, and a secret shown once). */
  answer: (data: any) => unknown;
  /** Rows one request makes (a message and its answer are two). */
  rowsMade?: number;
}

/** Every create mutation besides createTicket and importTickets (tested with imports); createTicketFromConversation returns its one ticket again by itself. */
const CASES: Record<string, Case> = {
  addComment: {
    table: 'comments',
    document: AddCommentDocument,
    variables: (v) => ({ ticketId, content: `Idempotent comment ${v}` }),
    answer: (d) => d.addComment.id,
  },
  startConversation: {
    table: 'conversations',
    document: StartConversationDocument,
    variables: () => ({}),
    answer: (d) => d.startConversation.id,
  },
  sendMessage: {
    table: 'messages',
    document: SendMessageDocument,
    variables: (v) => ({ message: `How do I reset my password? (${v})` }),
    answer: (d) => d.sendMessage,
    rowsMade: 2,
  },
  createFaq: {
    table: 'faqs',
    document: CreateFaqDocument,
    variables: (v) => ({ input: { question: `How do I retry safely ${v}?`, answer: 'Send an Idempotency-Key.', category: 'api' } }),
    answer: (d) => d.createFaq.id,
  },
  createCustomerLog: {
    table: 'customer_logs',
    document: CreateCustomerLogDocument,
    variables: (v) => ({ input: { title: `Retry ${v}`, description: 'A log written once.', logType: 'SUPPORT' } }),
    answer: (d) => d.createCustomerLog.id,
  },
  createWebhook: {
    table: 'webhooks',
    document: CreateWebhookDocument,
    variables: (v) => ({ input: { url: 'http://127.0.0.1:9/hook', description: `Idempotent ${v}` } }),
    answer: (d) => [d.createWebhook.webhook.id, d.createWebhook.secret],
  },
  createIntegrationToken: {
    table: 'integration_tokens',
    document: CreateIntegrationTokenDocument,
    variables: (v) => ({ input: { name: `idempotent-${v}` } }),
    answer: (d) => [d.createIntegrationToken.integrationToken.id, d.createIntegrationToken.token],
  },
  createTicketFromText: {
    table: 'tickets',
    document: CreateTicketFromTextDocument,
    variables: (v) => ({ text: `My invoice shows the wrong amount this month (${v})` }),
    answer: (d) => d.createTicketFromText.id,
  },
  connectIntegration: {
    table: 'integrations',
    document: ConnectIntegrationDocument,
    variables: (v) => ({ input: { platform: 'TEAMS', name: `Idempotent ${v}`, settings: { webhookUrl: 'http://127.0.0.1:9/webhook/abc' } } }),
    answer: (d) => d.connectIntegration.id,
  },
};

async function rows(table: string): Promise<number> {
  const [row] = await query<{ count: string }>(server.deps.orm.em.fork(), `select count(*) from ${table}`);
  return Number(row!.count);
}

describe.each(Object.entries(CASES))('%s with an Idempotency-Key', (name, { table, document, variables, answer, rowsMade = 1 }) => {
  test('a repeat returns the first answer and makes nothing new; another input with the key is a CONFLICT', async () => {
    const headers = { 'Idempotency-Key': `${name}-key` };
    const before = await rows(table);
    const first = await request(server.url, document, variables('one'), admin, headers);
    expect(first.errors).toBeUndefined();
    const again = await request(server.url, document, variables('one'), admin, headers);
    expect(again.errors).toBeUndefined();
    expect(answer(again.data)).toEqual(answer(first.data));
    expect(await rows(table)).toBe(before + rowsMade);

    if (name !== 'startConversation') {
      const other = await request(server.url, document, variables('two'), admin, headers);
      expect(other.errors?.[0]).toMatchObject({
        message: `Idempotency-Key "${name}-key" was used for a different request`,
        extensions: { code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' },
      });
      expect(await rows(table)).toBe(before + rowsMade);
    }
    // Without a key, every request makes its own.
    expect((await request(server.url, document, variables('three'), admin)).errors).toBeUndefined();
    expect(await rows(table)).toBe(before + 2 * rowsMade);
  });
});

describe('uploadAttachment with an Idempotency-Key', () => {
  test('a repeat of the same file returns the first attachment; another file with the key is a CONFLICT', async () => {
    const send = (content: string) =>
      upload(server.url, UploadAttachmentDocument, { ticketId }, { name: 'notes.txt', content }, { token: admin, headers: { 'Idempotency-Key': 'attach-key' } });
    const before = await rows('attachments');
    const first = await send('the first file');
    expect(first.errors).toBeUndefined();
    const again = await send('the first file');
    expect(again.data!.uploadAttachment.id).toBe(first.data!.uploadAttachment.id);
    expect(await rows('attachments')).toBe(before + 1);
    const other = await send('another file, same name');
    expect(other.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await rows('attachments')).toBe(before + 1);
  });
});
