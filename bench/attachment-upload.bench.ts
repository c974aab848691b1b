/**
 * Attachment upload benchmark: a file uploaded through `uploadAttachment` (GraphQL multipart, over
 * loopback HTTP, into the local folder storage) against copying the same file on the same disk, in
 * the same run; and the API process's peak RSS while it streams. Needs DATABASE_URL (a server where
 * the user may create databases).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/attachment-upload.bench.ts [--mb 200]
 */
import { randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, open, rm } from 'node:fs/promises';
import { openAsBlob } from 'node:fs';
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

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    const uploads: number[] = [];
    const copies: number[] = [];
    for (let round = 0; round < 2; round++) {
      let started = performance.now();
      await copyFile(source, path.join(dir, `copy-${round}.bin`));
      copies.push(performance.now() - started);
      const form = new FormData();
      form.append('operations', JSON.stringify({ query: print(UploadAttachmentDocument), variables: { ticketId, file: null } }));
      form.append('map', JSON.stringify({ 1: ['variables.file'] }));
      form.append('1', await openAsBlob(source), 'bench.bin');
      started = performance.now();
      const response = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' }, body: form });
      const body = (await response.json()) as { errors?: unknown };
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
      peakRssMB: Math.round(peakRss / 1024 / 1024),
    };
    console.log(JSON.stringify(result));
  } finally {
    await app.stop();
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
