/**
 * Attachment upload benchmark: a file uploaded through `uploadAttachment` (GraphQL multipart, over
 * loopback HTTP, into the local folder storage) against copying the same file on the same disk, in
 * the same run; and the API process's peak RSS while it streams. Needs DATABASE_URL (a server where
 * the user may create databases).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/attachment-upload.bench.ts [--mb 200]
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdtemp, open, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { CreateTicketDocument, RegisterDocument, UploadAttachmentDocument } from '../test/gql/graphql';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { scratchDatabase } from './lib/scratch-database';

const mb = Number(process.argv[process.argv.indexOf('--mb') + 1] ?? 200) || 200;

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tg-upload-bench-'));
  const source = path.join(dir, 'source.bin');
  const file = await open(source, 'w');
  // Random bytes: no layer can compress them away.
  const block = randomBytes(1024 * 1024);
  for (let i = 0; i < mb; i++) await file.write(block);
  await file.close();

  const database = await scratchDatabase(`tg_upload_bench_${randomBytes(4).toString('hex')}`);
  const config = loadConfig({
    NODE_ENV: 'test', DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dir,
    ATTACHMENT_MAX_BYTES: String((mb + 1) * 1024 * 1024), ATTACHMENT_TICKET_MAX_BYTES: String(4 * (mb + 1) * 1024 * 1024),
  });
  const app = await startApp(config, createLogger(config));
  const url = `http://127.0.0.1:${app.port}/graphql`;
  const gql = async (document: unknown, variables: unknown, token?: string) => {
    const response = await fetch(url, {
      method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(document as never), variables }),
    });
    return ((await response.json()) as { data: any }).data;
  };
  try {
    const token = (await gql(RegisterDocument, { input: { username: 'bench', email: 'bench@example.com', password: 'correct horse battery' } })).register.accessToken;
    const ticketId = (await gql(CreateTicketDocument, {
      input: { customer: { id: 'b', email: 'b@example.com', name: 'B' }, subject: 'Bench', description: 'A ticket for the upload benchmark.', category: 'OTHER', priority: 'LOW' },
    }, token)).createTicket.id;

    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    const uploads: number[] = [];
    const copies: number[] = [];
    for (let round = 0; round < 2; round++) {
      let started = performance.now();
      await copyFile(source, path.join(dir, `copy-${round}.bin`));
      copies.push(performance.now() - started);
      started = performance.now();
      const body = await uploadFile(url, token, print(UploadAttachmentDocument), { ticketId }, source);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      uploads.push(performance.now() - started);
    }
    clearInterval(sampler);
    const best = (xs: number[]) => Math.min(...xs);
    const result = {
      megabytes: mb,
      copyMs: Math.round(best(copies)),
      uploadMs: Math.round(best(uploads)),
      ratio: Math.round((best(copies) / best(uploads)) * 100) / 100,
      uploadMBps: Math.round((mb / best(uploads)) * 1000),
      rssBeforeMB: Math.round(rssBefore / 1024 / 1024),
      peakRssMB: Math.round(peakRss / 1024 / 1024),
    };
    console.log(JSON.stringify(result));
  } finally {
    await app.stop();
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A GraphQL multipart upload as curl or a browser sends it: the parts' text, then the file streamed
 * from disk with its length announced (no chunked encoding). Node's own fetch with a FormData is
 * not used: it moves a file through web streams at a few tens of MB/s and holds hundreds of MB, so
 * it would measure itself, not the API.
 */
async function uploadFile(url: string, token: string, query: string, variables: Record<string, unknown>, file: string): Promise<{ errors?: unknown }> {
  const boundary = `bench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query, variables: { ...variables, file: null } })}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"1":["variables.file"]}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="1"; filename="bench.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const { size } = await stat(file);
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': head.length + size + tail.length,
        authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true',
      },
    }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as { errors?: unknown }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.write(head);
    const bytes = createReadStream(file, { highWaterMark: 1024 * 1024 });
    bytes.on('error', reject);
    bytes.on('end', () => request.end(tail));
    bytes.pipe(request, { end: false });
  });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
