import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AnalyzeAttachmentDocument, AttachmentNodeDocument, CreateTicketDocument, TicketDocument, TicketHistoryDocument, TicketsDocument, UploadAttachmentDocument } from './gql/graphql';
import { customerTicketInput, ticketInput } from './helpers/factories';
import { startTestServer } from './helpers/harness';
import { register, request, run, upload } from './helpers/http-client';
import { docxFile, emlFile, inflatingTo4Gb, mp4File, pdfFile, pngClaiming, wavFile, webmFile } from './helpers/test-files';
import { readFile } from 'node:fs/promises';
import { waitFor } from './helpers/wait';

let server: Awaited<ReturnType<typeof startTestServer>>;
let dir: string;
let agent: string;
let customer: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ticketgraph-processing-'));
  server = await startTestServer({ ATTACHMENT_DIR: dir, ATTACHMENT_MAX_PAGES: '3', RATE_LIMIT_USER_PER_MINUTE: '100000' });
  agent = (await register(server.url, 'reader')).accessToken;
  customer = (await register(server.url, 'carol')).accessToken;
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Uploads a file (to a new ticket unless one is given) and waits until its processing ends; returns the attachment then. */
async function processed(name: string, content: string | Buffer, options: { ticketId?: string; isInternal?: boolean } = {}) {
  const ticketId = options.ticketId ?? (await run(server.url, CreateTicketDocument, { input: ticketInput() }, agent)).createTicket.id;
  const result = await upload(server.url, UploadAttachmentDocument, { ticketId, isInternal: options.isInternal }, { name, content }, { token: agent });
  expect(result.errors).toBeUndefined();
  const id = result.data!.uploadAttachment.id;
  const node = await waitFor(
    async () => (await run(server.url, AttachmentNodeDocument, { id }, agent)).node as { status: string } & Record<string, unknown>,
    (attachment) => attachment.status === 'READY' || attachment.status === 'FAILED',
  );
  return { ticketId, attachment: node };
}

const fields = ({ contentType, kind, status, text, textSource, pageCount, durationSeconds, error, note }: Record<string, unknown>) =>
  ({ contentType, kind, status, text, textSource, pageCount, durationSeconds, error, note });

describe('processing reads the text of documents', () => {
  test('a PDF: its pages\' text and their count', async () => {
    const { attachment } = await processed('statement.pdf', await pdfFile(['Invoice 42: payment declined', 'Card ending 4242']));
    expect(fields(attachment)).toEqual({
      contentType: 'application/pdf', kind: 'DOCUMENT', status: 'READY', text: 'Invoice 42: payment declined\nCard ending 4242',
      textSource: 'EXTRACTED', pageCount: 2, durationSeconds: null, error: null, note: null,
    });
  });

  test('a DOCX, HTML without its tags and scripts, JSON, CSV and plain text', async () => {
    const cases: [string, string | Buffer, string, string][] = [
      ['notes.docx', await docxFile(['The VPN drops every hour.', 'Since Monday.']), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'The VPN drops every hour.\n\nSince Monday.'],
      ['page.html', '<!DOCTYPE html><html><head><title>Error</title><style>p{color:red}</style><script>alert(1)</script></head><body><p>Checkout says &quot;card declined&quot;</p></body></html>', 'text/html', 'Error\nCheckout says "card declined"'],
      ['payload.json', '{"error":"quota exceeded","code":429}', 'application/json', '{"error":"quota exceeded","code":429}'],
      ['export.csv', 'date,amount\n2026-12-01,12.50\n', 'text/csv', 'date,amount\n2026-12-01,12.50'],
      ['log.txt', '\uFEFFERROR 500 at /export\n', 'text/plain', 'ERROR 500 at /export'],
    ];
    for (const [name, content, contentType, text] of cases) {
      const { attachment } = await processed(name, content);
      expect(fields(attachment), name).toMatchObject({ contentType, kind: 'DOCUMENT', status: 'READY', text, textSource: 'EXTRACTED', error: null });
    }
  });

  test('an e-mail: its headers, body and the names of its own attachments', async () => {
    const { attachment } = await processed('forwarded.eml', emlFile('Refund for order 7', 'Please refund order 7, it arrived broken.'));
    expect(fields(attachment)).toMatchObject({ contentType: 'message/rfc822', status: 'READY', textSource: 'EXTRACTED' });
    expect(attachment.text).toBe([
      'Subject: Refund for order 7', 'From: "Ann Example" <ann@example.com>', 'To: support@example.com', 'Date: 2026-12-01T09:30:00.000Z', '',
      'Please refund order 7, it arrived broken.', '', 'Attachments:', '- invoice.pdf (application/pdf, 19 bytes)',
    ].join('\n'));
  });

  test('a recording without a speech model is READY with its length and a note saying what is needed', async () => {
    const { attachment } = await processed('voicemail.wav', wavFile(1.5));
    expect(fields(attachment)).toEqual({
      contentType: 'audio/wav', kind: 'AUDIO', status: 'READY', text: null, textSource: null, pageCount: null, durationSeconds: 1.5, error: null,
      note: 'A speech model is needed for a transcript: set OPENAI_API_KEY (an OpenAI-compatible /audio/transcriptions endpoint)',
    });
  });

  test('a video\'s length comes from its container: an MP4\'s movie header after its media, a WebM\'s segment info', async () => {
    const note = 'A speech model is needed for a transcript: set OPENAI_API_KEY (an OpenAI-compatible /audio/transcriptions endpoint)';
    const cases: [string, Buffer, string][] = [
      ['screen recording.mp4', mp4File(83.25, { version: 0 }), 'video/mp4'],
      ['call.webm', webmFile(12.5), 'video/webm'],
    ];
    for (const [name, content, contentType] of cases) {
      const { attachment } = await processed(name, content);
      expect(fields(attachment), name).toEqual({
        contentType, kind: 'VIDEO', status: 'READY', text: null, textSource: null, pageCount: null, durationSeconds: contentType === 'video/mp4' ? 83.25 : 12.5,
        error: null, note,
      });
    }
  });

  test('ATTACHMENT_PROCESSED is recorded in the ticket\'s history', async () => {
    const { ticketId, attachment } = await processed('short.txt', 'short text');
    const history = await run(server.url, TicketHistoryDocument, { id: ticketId }, agent);
    const entry = history.ticket!.history.edges.map((edge) => edge.node).find((event) => event.type === 'ATTACHMENT_PROCESSED');
    expect(entry).toMatchObject({
      actor: 'system',
      changes: [{ field: 'attachments', oldValue: null, newValue: { id: (attachment.id as string).slice(4), fileName: 'short.txt', status: 'READY', textSource: 'EXTRACTED', isInternal: false } }],
    });
  });
});

describe('OCR reads the text of images', () => {
  test('a screenshot: its lines, recognised by Tesseract with the packaged English model', async () => {
    const png = await readFile(path.join(__dirname, 'fixtures', 'files', 'payment-declined.png'));
    const { attachment } = await processed('screenshot.png', png);
    expect(fields(attachment)).toEqual({
      contentType: 'image/png', kind: 'IMAGE', status: 'READY', text: 'Payment declined\nCard ending 4242', textSource: 'OCR',
      pageCount: null, durationSeconds: null, error: null, note: null,
    });
  }, 60_000);

  test('an image of 50,000 x 50,000 pixels FAILS with the limit named, before it is decoded', async () => {
    const { attachment } = await processed('huge.png', pngClaiming(50_000, 50_000));
    expect(fields(attachment)).toMatchObject({
      status: 'FAILED', text: null, error: 'The image is 50000 x 50000 pixels; text is read from images of at most 40,000,000 pixels',
    });
  });
});

describe('the text is used', () => {
  test('tickets(filter: { search }) finds a ticket by its files\' text; a customer\'s search does not reach internal files', async () => {
    const ticketId = (await run(server.url, CreateTicketDocument, { input: customerTicketInput() }, customer)).createTicket.id;
    await processed('trace.txt', 'Stack trace: FrobnicatorOverflowException in module quuxbridge', { ticketId });
    await processed('agents.txt', 'Suspect the zorblaxian cache layer', { ticketId, isInternal: true });
    const found = async (search: string, token: string) =>
      (await run(server.url, TicketsDocument, { filter: { search } }, token)).tickets.edges.map((edge) => edge.node.id);
    expect(await found('quuxbridge', agent)).toEqual([ticketId]);
    expect(await found('quuxbridge', customer)).toEqual([ticketId]);
    expect(await found('zorblaxian', agent)).toEqual([ticketId]);
    expect(await found('zorblaxian', customer)).toEqual([]);
  });

  test('the ticket is classified again with its files\' text: a statement about a declined payment moves it to billing', async () => {
    const input = ticketInput({ subject: 'Problem', description: 'Please look at the attached file, it explains everything.', category: undefined, priority: undefined });
    const created = (await run(server.url, CreateTicketDocument, { input }, agent)).createTicket;
    expect(created.category).not.toBe('BILLING_QUESTION');
    await processed('statement.pdf', await pdfFile([
      'Your payment was declined and the card was charged twice.', 'Please refund the duplicate charge on invoice 1042.',
    ]), { ticketId: created.id });
    const history = await waitFor(
      async () => (await run(server.url, TicketHistoryDocument, { id: created.id }, agent)).ticket!.history,
      (entries) => entries.edges.some((edge) => edge.node.type === 'CLASSIFIED'),
    );
    const ticket = (await run(server.url, TicketDocument, { id: created.id }, agent)).ticket!;
    expect(ticket.category).toBe('BILLING_QUESTION');
    expect(history.edges.find((edge) => edge.node.type === 'CLASSIFIED')!.node.changes).toContainEqual({
      field: 'category', oldValue: created.category, newValue: 'BILLING_QUESTION',
    });
    expect(history.edges.map((edge) => edge.node.type)).toEqual(['CREATED', 'ATTACHMENT_ADDED', 'ATTACHMENT_PROCESSED', 'CLASSIFIED']);
  });
});

describe('analyzeAttachment', () => {
  test('an extractive summary, keywords and a classification of the file\'s text; a file without text is refused', async () => {
    const text = [
      'Hello team.', 'Our invoice for November was charged twice to the company card.',
      'The duplicate charge on the invoice is 120 euros and the card statement shows both charges.', 'Thanks in advance.',
    ].join(' ');
    const { attachment } = await processed('email.txt', text);
    const { analyzeAttachment } = await run(server.url, AnalyzeAttachmentDocument, { id: attachment.id as string }, agent);
    expect(analyzeAttachment).toMatchObject({
      attachment: { id: attachment.id, fileName: 'email.txt' },
      summary: 'Our invoice for November was charged twice to the company card. The duplicate charge on the invoice is 120 euros and the card statement shows both charges.',
      keywords: ['invoice', 'card', 'team', 'november', 'charged', 'twice', 'company', 'duplicate'],
      classification: { category: 'BILLING_QUESTION' },
    });
    const { attachment: recording } = await processed('silence.wav', wavFile(0.1));
    const refused = await request(server.url, AnalyzeAttachmentDocument, { id: recording.id as string }, agent);
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'id', message: 'has no text to analyse: no text could be read from it' }] },
    });
  });
});

describe('hostile documents FAIL with the limit named, and the server keeps answering', () => {
  test('a PDF over ATTACHMENT_MAX_PAGES, a DOCX that would inflate to 4 GB, a PDF that is not one', async () => {
    const cases: [string, Buffer, string][] = [
      ['long.pdf', await pdfFile(['1', '2', '3', '4']), 'The PDF has 4 pages; at most 3 are read (ATTACHMENT_MAX_PAGES)'],
      ['bomb.docx', inflatingTo4Gb(await docxFile(['boom'])), 'The DOCX file inflates to more than 256 MB, the most that is read'],
    ];
    for (const [name, content, error] of cases) {
      const { attachment } = await processed(name, content);
      expect(fields(attachment), name).toMatchObject({ status: 'FAILED', text: null, error });
    }
    const { attachment: broken } = await processed('broken.pdf', Buffer.from('%PDF-1.7\nthis is not a PDF at all'));
    expect(broken.status).toBe('FAILED');
    expect(broken.error).toMatch(/^The PDF could not be read: /);
    expect((await fetch(server.url.replace('/graphql', '/health'))).status).toBe(200);
  });
});
