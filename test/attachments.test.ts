import { createHash, createHmac } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { query } from '../src/db/sql';
import { attachmentUpdatesChannel } from '../src/services/files/attachment-update.channel';
import {
  AddCommentDocument, AttachmentNodeDocument, CreateTicketDocument, DeleteAttachmentDocument, DeleteTicketDocument, TicketAttachmentsDocument,
  AttachmentUpdatedDocument, ExportTicketsDocument, TicketHistoryDocument, UploadAttachmentDocument, type UploadAttachmentMutation,
} from './gql/graphql';
import { customerTicketInput, ticketInput } from './helpers/factories';
import { startTestServer } from './helpers/harness';
import { register, request, run, upload, wsClient, type HttpResult } from './helpers/http-client';
import { nextValues } from './helpers/subscriptions';
import { waitFor } from './helpers/wait';
import { exeFile, wavFile } from './helpers/test-files';

const MAX_BYTES = 100_000;
const TICKET_MAX_BYTES = 150_000;

let server: Awaited<ReturnType<typeof startTestServer>>;
let dir: string;
let agent: string;
let customer: string;
let otherCustomer: string;
let origin: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ticketgraph-files-'));
  server = await startTestServer({
    ATTACHMENT_DIR: dir, ATTACHMENT_MAX_BYTES: String(MAX_BYTES), ATTACHMENT_TICKET_MAX_BYTES: String(TICKET_MAX_BYTES),
  });
  origin = new URL(server.url).origin;
  agent = (await register(server.url, 'filer')).accessToken;
  customer = (await register(server.url, 'cleo')).accessToken;
  otherCustomer = (await register(server.url, 'otto')).accessToken;
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

async function staffTicket(): Promise<string> {
  return (await run(server.url, CreateTicketDocument, { input: ticketInput() }, agent)).createTicket.id;
}

async function customerTicket(token = customer): Promise<string> {
  return (await run(server.url, CreateTicketDocument, { input: customerTicketInput() }, token)).createTicket.id;
}

function attach(ticketId: string, name: string, content: string | Buffer, options: { token?: string; isInternal?: boolean; commentId?: string } = {}) {
  return upload(server.url, UploadAttachmentDocument, { ticketId, isInternal: options.isInternal, commentId: options.commentId }, { name, content }, {
    token: options.token ?? agent,
  });
}

function attached(result: HttpResult<UploadAttachmentMutation>) {
  expect(result.errors).toBeUndefined();
  return result.data!.uploadAttachment;
}

/** Every file in the storage folder. */
async function storedFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const sub of await readdir(dir).catch(() => [])) for (const file of await readdir(path.join(dir, sub))) files.push(file);
  return files.sort();
}

async function rowsOf(ticketId: string): Promise<number> {
  const [row] = await query<{ count: string }>(server.deps.orm.em.fork(), `select count(*) as count from attachments where ticket_id = ?`, [ticketId.slice(4)]);
  return Number(row!.count);
}

const dbId = (globalId: string): string => globalId.slice(globalId.indexOf('_') + 1);

describe('uploadAttachment', () => {
  test('stores the file streamed, hashed and typed from its bytes, lists it on the ticket and records ATTACHMENT_ADDED', async () => {
    const ticketId = await staffTicket();
    const content = 'The export button spins forever.\nBrowser console: TypeError at export.js:42\n';
    const attachment = attached(await attach(ticketId, 'console log.txt', content));

    expect(attachment).toMatchObject({
      fileName: 'console log.txt',
      contentType: 'text/plain',
      size: Buffer.byteLength(content),
      sha256: createHash('sha256').update(content).digest('hex'),
      kind: 'DOCUMENT',
      isInternal: false,
      status: 'PENDING',
      text: null,
      uploadedBy: 'filer',
      ticket: { id: ticketId },
      comment: null,
    });
    expect(attachment.id).toMatch(/^att_/);
    expect(await readFile(path.join(dir, dbId(attachment.id).slice(0, 2), dbId(attachment.id)), 'utf8')).toBe(content);

    const listed = await run(server.url, TicketAttachmentsDocument, { id: ticketId }, agent);
    expect(listed.ticket!.attachments.totalCount).toBe(1);
    expect(listed.ticket!.attachments.edges.map((edge) => edge.node.fileName)).toEqual(['console log.txt']);
    const history = await run(server.url, TicketHistoryDocument, { id: ticketId }, agent);
    const added = history.ticket!.history.edges.map((edge) => edge.node).find((event) => event.type === 'ATTACHMENT_ADDED');
    expect(added?.changes).toEqual([
      { field: 'attachments', oldValue: null, newValue: { id: dbId(attachment.id), fileName: 'console log.txt', kind: 'DOCUMENT', size: Buffer.byteLength(content), isInternal: false } },
    ]);
  });

  test('the type comes from the bytes: a WAV named .txt is AUDIO, an executable named .png is refused and leaves nothing behind', async () => {
    const ticketId = await staffTicket();
    expect(attached(await attach(ticketId, 'voicemail.txt', wavFile(0.1)))).toMatchObject({ contentType: 'audio/wav', kind: 'AUDIO' });
    const before = await storedFiles();
    const refused = await attach(ticketId, 'screenshot.png', exeFile());
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Windows executable files are not accepted, whatever their name',
      extensions: { code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_TYPE' },
    });
    expect(await storedFiles()).toEqual(before);
    expect(await rowsOf(ticketId)).toBe(1);
  });

  test('a name with folders keeps only its last part, and the stored file is named by its id', async () => {
    const ticketId = await staffTicket();
    for (const name of ['../../etc/passwd', '..\\..\\windows\\win.ini']) {
      const attachment = attached(await attach(ticketId, name, 'not a path'));
      expect(attachment.fileName).toBe(name.includes('/') ? 'passwd' : 'win.ini');
      expect(await readFile(path.join(dir, dbId(attachment.id).slice(0, 2), dbId(attachment.id)), 'utf8')).toBe('not a path');
    }
  });

  test('refuses, storing nothing: a file over ATTACHMENT_MAX_BYTES, an empty file, a name with control characters, a ticket over its total', async () => {
    const ticketId = await staffTicket();
    const before = await storedFiles();
    const cases: [string, string | Buffer, string, string][] = [
      ['big.txt', 'x'.repeat(MAX_BYTES + 1), 'FILE_TOO_LARGE', 'The file is larger than the limit of 100000 bytes (ATTACHMENT_MAX_BYTES)'],
      ['empty.txt', '', 'EMPTY_FILE', 'The file is empty'],
      ['next-line\u0085.txt', 'text', 'INVALID_FILE_NAME', 'The file name must not contain control characters'],
    ];
    for (const [name, content, reason, message] of cases) {
      const result = await attach(ticketId, name, content);
      expect(result.errors?.[0], name).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', reason } });
    }
    expect(await storedFiles()).toEqual(before);
    expect(await rowsOf(ticketId)).toBe(0);

    attached(await attach(ticketId, 'a.txt', 'a'.repeat(90_000)));
    const full = await attach(ticketId, 'b.txt', 'b'.repeat(90_000));
    expect(full.errors?.[0]).toMatchObject({
      message: 'The ticket\'s files would exceed its limit of 150000 bytes (ATTACHMENT_TICKET_MAX_BYTES)',
      extensions: { code: 'BAD_USER_INPUT', reason: 'TICKET_FULL' },
    });
    expect(await rowsOf(ticketId)).toBe(1);
    expect((await storedFiles()).length).toBe(before.length + 1);
  });

  test('a ticket out of reach is NOT_FOUND; customers may not attach internal files', async () => {
    const ticketId = await customerTicket();
    expect((await attach(ticketId, 'a.txt', 'hello', { token: otherCustomer })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await attach(ticketId, 'a.txt', 'hello', { token: customer, isInternal: true })).errors?.[0]).toMatchObject({
      message: 'Customers may not attach internal files',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(attached(await attach(ticketId, 'mine.txt', 'my own file', { token: customer }))).toMatchObject({ isInternal: false, uploadedBy: 'cleo' });
  });
});

describe('who sees internal attachments', () => {
  test('internal ones, and those on internal comments, never reach the customer: lists, node, history, downloads', async () => {
    const ticketId = await customerTicket();
    const note = (await run(server.url, AddCommentDocument, { ticketId, content: 'Agents only', isInternal: true }, agent)).addComment;
    const internal = attached(await attach(ticketId, 'internal.txt', 'secret notes', { isInternal: true }));
    const onNote = attached(await attach(ticketId, 'on-note.txt', 'more notes', { commentId: note.id }));
    const visible = attached(await attach(ticketId, 'public.txt', 'for the customer'));
    expect(onNote).toMatchObject({ isInternal: true, comment: { id: note.id } });

    const staffView = await run(server.url, TicketAttachmentsDocument, { id: ticketId }, agent);
    expect(staffView.ticket!.attachments.edges.map((edge) => edge.node.fileName)).toEqual(['internal.txt', 'on-note.txt', 'public.txt']);
    const customerView = await run(server.url, TicketAttachmentsDocument, { id: ticketId }, customer);
    expect(customerView.ticket!.attachments).toMatchObject({ totalCount: 1, edges: [{ node: { fileName: 'public.txt' } }] });

    for (const hidden of [internal, onNote]) {
      expect((await request(server.url, AttachmentNodeDocument, { id: hidden.id }, customer)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const download = await fetch(`${origin}/files/${hidden.id}`, { headers: { authorization: `Bearer ${customer}` } });
      expect(download.status).toBe(404);
      expect(await download.json()).toEqual({ errors: [{ message: 'No such file', extensions: { code: 'NOT_FOUND' } }] });
    }
    const history = await run(server.url, TicketHistoryDocument, { id: ticketId }, customer);
    const files = history.ticket!.history.edges.filter((edge) => edge.node.type === 'ATTACHMENT_ADDED');
    expect(files.map((edge) => (edge.node.changes[0]!.newValue as { fileName: string }).fileName)).toEqual(['public.txt']);
    expect((await run(server.url, AttachmentNodeDocument, { id: visible.id }, customer)).node).toMatchObject({ fileName: 'public.txt' });
  });

  test('exportTickets lists each ticket\'s files, one per line of the last column; the customer\'s export leaves out internal ones', async () => {
    const exporter = (await register(server.url, 'exporter')).accessToken;
    const ticketId = await customerTicket(exporter);
    attached(await attach(ticketId, 'screenshot 1.txt', 'the error dialog'));
    attached(await attach(ticketId, 'internal.txt', 'secret notes', { isInternal: true }));
    attached(await attach(ticketId, 'log, part 2.txt', 'the log'));
    attached(await attach(await staffTicket(), 'other ticket.txt', 'not this one'));
    const exported = async (token: string) => {
      const rows = parseCsv((await run(server.url, ExportTicketsDocument, { filter: { customerEmail: 'exporter@example.com' } }, token)).exportTickets);
      return rows.map((row) => [row[0]!.replace(/^TICKET-\d{6}$/, 'TICKET-n'), row.at(-1)]);
    };
    const header = ['key', 'attachments'];
    expect(await exported(agent)).toEqual([header, ['TICKET-n', 'screenshot 1.txt\ninternal.txt\nlog, part 2.txt']]);
    expect(await exported(exporter)).toEqual([header, ['TICKET-n', 'screenshot 1.txt\nlog, part 2.txt']]);
  });
});

/** The cells of a CSV text (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i]!;
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') cell += csv[++i];
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && csv[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += char;
  }
  return rows;
}

describe('attachmentUpdated', () => {
  test('pushes each step of each file of the ticket (PENDING, PROCESSING, READY); the customer never hears of internal ones', async () => {
    const ticketId = await customerTicket();
    const staffClient = wsClient(server.url, agent);
    const customerClient = wsClient(server.url, customer);
    try {
      const staff = nextValues(staffClient, AttachmentUpdatedDocument, { ticketId }, 6);
      const mine = nextValues(customerClient, AttachmentUpdatedDocument, { ticketId }, 3);
      await waitFor(async () => server.deps.pubsub.listenerCount(attachmentUpdatesChannel), (count) => count >= 2);
      const internal = attached(await attach(ticketId, 'internal.txt', 'agents only', { isInternal: true }));
      const visible = attached(await attach(ticketId, 'public.txt', 'for everyone'));
      const steps = (values: { attachmentUpdated: { id: string; status: string; text?: string | null } }[], id: string) =>
        values.map((value) => value.attachmentUpdated).filter((a) => a.id === id).map((a) => `${a.status}:${a.text ?? '-'}`);
      const staffSaw = await staff.values;
      expect(steps(staffSaw, internal.id)).toEqual(['PENDING:-', 'PROCESSING:-', 'READY:agents only']);
      expect(steps(staffSaw, visible.id)).toEqual(['PENDING:-', 'PROCESSING:-', 'READY:for everyone']);
      const customerSaw = await mine.values;
      expect(customerSaw.map((value) => value.attachmentUpdated.id)).toEqual([visible.id, visible.id, visible.id]);
    } finally {
      await staffClient.dispose();
      await customerClient.dispose();
    }
  });
});

describe('GET /files/<id>', () => {
  test('a signed downloadUrl works without a credential: streamed with length, disposition and nosniff', async () => {
    const ticketId = await staffTicket();
    const content = 'name,amount\nAnn,12.50\n';
    const attachment = attached(await attach(ticketId, 'Rechnung März.csv', content));
    expect(attachment.downloadUrl).toMatch(new RegExp(`^/files/${attachment.id}\\?expires=\\d+&signature=[0-9a-f]{64}$`));
    const response = await fetch(origin + attachment.downloadUrl);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(['content-type', 'content-length', 'content-disposition', 'x-content-type-options', 'cache-control'].map((h) => [h, response.headers.get(h)])))
      .toEqual({
        'content-type': 'text/csv',
        'content-length': String(Buffer.byteLength(content)),
        'content-disposition': `attachment; filename="Rechnung M_rz.csv"; filename*=UTF-8''Rechnung%20M%C3%A4rz.csv`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      });
    expect(await response.text()).toBe(content);
  });

  test('a raster image is inline; a tampered, expired or foreign link is 403 and tells nothing', async () => {
    const ticketId = await staffTicket();
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a00000000049454e44ae426082', 'hex');
    const image = attached(await attach(ticketId, 'pixel.png', png));
    expect(image).toMatchObject({ contentType: 'image/png', kind: 'IMAGE' });
    const ok = await fetch(origin + image.downloadUrl);
    expect(ok.headers.get('content-disposition')).toBe(`inline; filename="pixel.png"; filename*=UTF-8''pixel.png`);
    expect(Buffer.from(await ok.arrayBuffer())).toEqual(png);

    const other = attached(await attach(ticketId, 'other.txt', 'other file'));
    const url = new URL(origin + image.downloadUrl);
    const signature = url.searchParams.get('signature')!;
    const secret = await server.deps.secrets.get('file-url-signing');
    const past = Math.floor(Date.now() / 1000) - 10;
    const expiredSignature = createHmac('sha256', secret).update(`${dbId(image.id)}.${past}`).digest('hex');
    const refused = [
      `/files/${image.id}?expires=${url.searchParams.get('expires')}&signature=${signature.replace(/^./, (c) => (c === '0' ? '1' : '0'))}`,
      `/files/${image.id}?expires=${Number(url.searchParams.get('expires')) + 3600}&signature=${signature}`,
      `/files/${image.id}?expires=${past}&signature=${expiredSignature}`,
      `/files/${other.id}?${url.searchParams}`,
      `/files/${image.id}?expires=${url.searchParams.get('expires')}`,
    ];
    for (const link of refused) {
      const response = await fetch(origin + link);
      expect(response.status, link).toBe(403);
      expect(response.headers.get('content-disposition')).toBeNull();
      expect(await response.json()).toEqual({ errors: [{ message: 'This download link is invalid or has expired', extensions: { code: 'FORBIDDEN' } }] });
    }
  });

  test('with a bearer credential: the caller\'s visibility decides; unknown, foreign and anonymous requests are refused alike', async () => {
    const ticketId = await customerTicket();
    const attachment = attached(await attach(ticketId, 'receipt.txt', 'paid 12.50'));
    for (const token of [agent, customer]) {
      const response = await fetch(`${origin}/files/${attachment.id}`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('paid 12.50');
    }
    const missing = `att_${'0'.repeat(8)}-0000-7000-8000-${'0'.repeat(12)}`;
    for (const [id, token] of [[attachment.id, otherCustomer], [missing, agent], ['tkt_nonsense', agent]] as const) {
      const response = await fetch(`${origin}/files/${id}`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ errors: [{ message: 'No such file', extensions: { code: 'NOT_FOUND' } }] });
    }
    expect((await fetch(`${origin}/files/${attachment.id}`)).status).toBe(401);
    expect((await fetch(`${origin}/files/${attachment.id}`, { headers: { authorization: 'Bearer forged' } })).status).toBe(401);
  });

  test('ranges of audio and video: 206 with Content-Range; past the end 416; other files are sent whole', async () => {
    const ticketId = await staffTicket();
    const wav = wavFile(0.5);
    const audio = attached(await attach(ticketId, 'voice.wav', wav));
    const partial = await fetch(origin + audio.downloadUrl, { headers: { range: 'bytes=44-99' } });
    expect(partial.status).toBe(206);
    expect(partial.headers.get('content-range')).toBe(`bytes 44-99/${wav.length}`);
    expect(partial.headers.get('content-length')).toBe('56');
    expect(partial.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await partial.arrayBuffer())).toEqual(wav.subarray(44, 100));
    const tail = await fetch(origin + audio.downloadUrl, { headers: { range: 'bytes=-10' } });
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(wav.subarray(wav.length - 10));
    const beyond = await fetch(origin + audio.downloadUrl, { headers: { range: `bytes=${wav.length}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${wav.length}`);

    const text = attached(await attach(ticketId, 'notes.txt', '0123456789'));
    const whole = await fetch(origin + text.downloadUrl, { headers: { range: 'bytes=2-4' } });
    expect(whole.status).toBe(200);
    expect(await whole.text()).toBe('0123456789');
  });
});

describe('deleting', () => {
  test('deleteAttachment removes the row and the stored file; customers may not; deleting the ticket removes its files', async () => {
    const ticketId = await customerTicket();
    const first = attached(await attach(ticketId, 'one.txt', 'first file'));
    const second = attached(await attach(ticketId, 'two.txt', 'second file'));
    expect((await request(server.url, DeleteAttachmentDocument, { id: first.id }, customer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await run(server.url, DeleteAttachmentDocument, { id: first.id }, agent)).toEqual({ deleteAttachment: first.id });
    expect(await storedFiles()).not.toContain(dbId(first.id));
    expect(await storedFiles()).toContain(dbId(second.id));
    expect((await fetch(origin + first.downloadUrl)).status).toBe(404);
    expect((await request(server.url, DeleteAttachmentDocument, { id: first.id }, agent)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    await run(server.url, DeleteTicketDocument, { id: ticketId }, agent);
    expect(await storedFiles()).not.toContain(dbId(second.id));
    expect(await rowsOf(ticketId)).toBe(0);
  });
});
