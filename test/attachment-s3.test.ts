import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AttachmentNodeDocument, CreateTicketDocument, DeleteAttachmentDocument, DeleteTicketDocument, UploadAttachmentDocument } from './gql/graphql';
import { LeftoverFilesService } from '../src/services/files/leftover-files.service';
import { uploadsInFlight } from '../src/services/files/uploads-in-flight';
import { systemContext } from '../src/services/shared/service-context';
import { ticketInput } from './helpers/factories';
import { FakeS3Server } from './helpers/fake-s3-server';
import { startTestServer } from './helpers/harness';
import { register, run, upload } from './helpers/http-client';
import { wavFile } from './helpers/test-files';
import { waitFor } from './helpers/wait';

// Protocol tests: the S3 storage against a local server speaking PutObject, GetObject, DeleteObject and ListObjectsV2.

let s3: FakeS3Server;
let server: Awaited<ReturnType<typeof startTestServer>>;
let dataDir: string;
let agent: string;
let origin: string;

beforeAll(async () => {
  s3 = await FakeS3Server.start('ticket-files');
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'ticketgraph-s3-'));
  server = await startTestServer({
    DATA_DIR: dataDir,
    ATTACHMENT_STORAGE: 's3', ATTACHMENT_S3_BUCKET: 'ticket-files', ATTACHMENT_S3_ENDPOINT: s3.endpoint, ATTACHMENT_S3_REGION: 'eu-west-1',
    ATTACHMENT_S3_ACCESS_KEY_ID: 'AKIDTEST', ATTACHMENT_S3_SECRET_ACCESS_KEY: 'secret-test', ATTACHMENT_S3_FORCE_PATH_STYLE: 'true',
    ATTACHMENT_S3_PREFIX: 'files/', ATTACHMENT_S3_SWEEP_HOURS: '24',
  });
  origin = new URL(server.url).origin;
  agent = (await register(server.url, 'bucketeer')).accessToken;
});
afterAll(async () => {
  await server?.close();
  await s3?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function attach(name: string, content: string | Buffer, ticketId?: string) {
  const ticket = ticketId ?? (await run(server.url, CreateTicketDocument, { input: ticketInput() }, agent)).createTicket.id;
  const result = await upload(server.url, UploadAttachmentDocument, { ticketId: ticket }, { name, content }, { token: agent });
  expect(result.errors).toBeUndefined();
  return { ticketId: ticket, attachment: result.data!.uploadAttachment };
}

const keyOf = (id: string): string => `files/${id.slice(4)}`;

describe('attachments in an S3-compatible bucket', () => {
  test('PutObject with its length and a SigV4 signature; processing reads it back with GetObject; the spool is left empty', async () => {
    const content = 'Order 7 arrived broken; the box was crushed.';
    const { attachment } = await attach('complaint.txt', content);
    const put = s3.requests.find((r) => r.method === 'PUT' && r.path === `/ticket-files/${keyOf(attachment.id)}`);
    expect(put?.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/eu-west-1\/s3\/aws4_request, SignedHeaders=.+, Signature=[0-9a-f]{64}$/);
    expect(s3.objects.get(keyOf(attachment.id))?.toString()).toBe(content);
    const ready = await waitFor(
      async () => (await run(server.url, AttachmentNodeDocument, { id: attachment.id }, agent)).node as { status: string; text: string | null },
      (node) => node.status === 'READY',
    );
    expect(ready.text).toBe(content);
    expect(s3.requests.some((r) => r.method === 'GET' && r.path === `/ticket-files/${keyOf(attachment.id)}`)).toBe(true);
    expect(await readdir(path.join(dataDir, 'attachment-uploads'))).toEqual([]);
  });

  test('downloads stream from the bucket, ranges of recordings as S3 ranges', async () => {
    const wav = wavFile(0.25);
    const { attachment } = await attach('voice.wav', wav);
    const whole = await fetch(origin + attachment.downloadUrl);
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(wav);
    const part = await fetch(origin + attachment.downloadUrl, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(wav.subarray(100, 200));
    expect(s3.requests.filter((r) => r.method === 'GET' && r.path.endsWith(attachment.id.slice(4))).map((r) => r.range)).toContain('bytes=100-199');
  });

  test('deleting an attachment, and a ticket, deletes their objects; a refused file leaves no object', async () => {
    const { ticketId, attachment } = await attach('one.txt', 'first');
    const { attachment: second } = await attach('two.txt', 'second', ticketId);
    await run(server.url, DeleteAttachmentDocument, { id: attachment.id }, agent);
    expect(s3.objects.has(keyOf(attachment.id))).toBe(false);
    await run(server.url, DeleteTicketDocument, { id: ticketId }, agent);
    expect(s3.objects.has(keyOf(second.id))).toBe(false);

    const objects = s3.objects.size;
    const refused = await upload(server.url, UploadAttachmentDocument, { ticketId: (await attach('x.txt', 'x')).ticketId }, { name: 'empty.txt', content: '' }, { token: agent });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('EMPTY_FILE');
    expect(s3.objects.size).toBe(objects + 1);
  });

  test('the maintenance round lists the bucket (when ATTACHMENT_S3_SWEEP_HOURS asks) a page at a time and removes old objects no attachment names; recorded, recent, foreign and in-flight ones stay', async () => {
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    const plant = (key: string, modified: Date): void => {
      s3.objects.set(key, Buffer.from('stored, never recorded'));
      s3.modified.set(key, modified);
    };
    const { attachment: recorded } = await attach('kept.txt', 'The scanner is offline.');
    s3.modified.set(keyOf(recorded.id), twoHoursAgo);
    const leftovers = [randomUUID(), randomUUID(), randomUUID()].map((id) => `files/${id}`);
    for (const key of leftovers) plant(key, twoHoursAgo);
    const recent = `files/${randomUUID()}`;
    plant(recent, new Date());
    const inFlight = randomUUID();
    plant(`files/${inFlight}`, twoHoursAgo);
    const foreign = ['files/README.txt', `elsewhere/${randomUUID()}`];
    for (const key of foreign) plant(key, twoHoursAgo);

    // Without ATTACHMENT_S3_SWEEP_HOURS the bucket is never listed: nothing goes.
    const ctx = systemContext(server.deps);
    const storage = { ...ctx.config.attachments.storage, sweepHours: 0 };
    const unswept = { ...ctx, config: { ...ctx.config, attachments: { ...ctx.config.attachments, storage } } };
    const requestsBefore = s3.requests.length;
    expect(await new LeftoverFilesService(unswept).sweep()).toBe(0);
    expect(s3.requests.slice(requestsBefore)).toEqual([]);

    s3.pageSize = 2;
    const listedBefore = s3.requests.length;
    const underPrefix = [...s3.objects.keys()].filter((key) => key.startsWith('files/')).length;
    try {
      const removed = await uploadsInFlight.during(inFlight, () => new LeftoverFilesService(systemContext(server.deps)).sweep());
      expect(removed).toBe(3);
    } finally {
      s3.pageSize = 1000;
    }

    for (const key of leftovers) expect(s3.objects.has(key)).toBe(false);
    for (const key of [keyOf(recorded.id), recent, `files/${inFlight}`, ...foreign]) expect(s3.objects.has(key)).toBe(true);
    const lists = s3.requests.slice(listedBefore).filter((r) => r.method === 'GET' && r.path.replace(/\/$/, '') === '/ticket-files');
    expect(lists).toHaveLength(Math.ceil(underPrefix / 2));
    expect(lists.slice(1).every((r) => /(^|&)continuation-token=/.test(r.query))).toBe(true);
    expect(lists.every((r) => /(^|&)list-type=2(&|$)/.test(r.query) && /(^|&)prefix=files%2F(&|$)/.test(r.query))).toBe(true);
    const deleted = s3.requests.slice(listedBefore).filter((r) => r.method === 'DELETE').map((r) => r.path).sort();
    expect(deleted).toEqual(leftovers.map((key) => `/ticket-files/${key}`).sort());
    // The recorded file still reads back.
    const kept = await run(server.url, AttachmentNodeDocument, { id: recorded.id }, agent);
    expect((kept.node as { fileName: string }).fileName).toBe('kept.txt');
  });
});
