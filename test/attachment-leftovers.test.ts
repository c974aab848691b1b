import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CreateTicketDocument, UploadAttachmentDocument } from './gql/graphql';
import { createTestDatabase } from './helpers/database';
import { ticketInput } from './helpers/factories';
import { register, run, upload } from './helpers/http-client';
import { waitFor } from './helpers/wait';

// The API as operators run it (`node src/main.ts`), killed with SIGKILL in the middle of an
// upload and started again on the same database and folder.

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let dir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), 'ticketgraph-leftovers-'));
});
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await database?.drop();
  await rm(dir, { recursive: true, force: true });
});

/** The API in a process of its own; resolves with its GraphQL URL once it is ready. */
async function startApi(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.resolve(__dirname, '..'),
    env: {
      PATH: process.env.PATH, NODE_ENV: 'test', LOG_LEVEL: 'info', DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1',
      ATTACHMENT_DIR: dir, ATTACHMENT_LEFTOVER_AGE_SECONDS: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /"url":"http:\/\/localhost:(\d+)\/graphql"[^\n]*ticketgraph API ready/.exec(output);
      if (ready) resolve(`http://127.0.0.1:${ready[1]}/graphql`);
    });
    child.once('exit', (code) => reject(new Error(`the API exited (${code}) before it was ready:\n${output}`)));
  });
  return { child, url };
}

/** Every file in the storage folder, by its path under it. */
async function storedFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const sub of await readdir(dir)) for (const file of await readdir(path.join(dir, sub))) files.push(`${sub}/${file}`);
  return files.sort();
}

/** An upload whose body stops after its first megabyte, the connection left open. */
function uploadHalfway(url: string, token: string, ticketId: string): void {
  const boundary = 'leftover-boundary';
  const operations = JSON.stringify({ query: print(UploadAttachmentDocument), variables: { ticketId, file: null } });
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"1":["variables.file"]}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="1"; filename="big.log"\r\nContent-Type: text/plain\r\n\r\n`;
  const request = http.request(url, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(Buffer.byteLength(head) + 8 * 1024 * 1024),
      authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true',
    },
  });
  request.on('error', () => undefined);
  request.write(head);
  request.write(Buffer.alloc(1024 * 1024, 'log line\n'));
}

test('an upload cut off by a killed process leaves nothing once the API starts again; recorded files stay', async () => {
  const first = await startApi();
  const token = (await register(first.url, 'survivor')).accessToken;
  const ticketId = (await run(first.url, CreateTicketDocument, { input: ticketInput() }, token)).createTicket.id;
  const kept = await upload(first.url, UploadAttachmentDocument, { ticketId }, { name: 'kept.txt', content: 'The printer jams on page two.' }, { token });
  const keptId = kept.data!.uploadAttachment.id.replace(/^att_/, '');
  const keptFile = `${keptId.slice(0, 2)}/${keptId}`;

  uploadHalfway(first.url, token, ticketId);
  const partial = await waitFor(async () => (await storedFiles()).filter((file) => file.endsWith('.part')), (files) => files.length === 1);
  await waitFor(() => stat(path.join(dir, partial[0]!)), (stats) => stats.size > 0);
  first.child.kill('SIGKILL');
  await new Promise((resolve) => first.child.once('exit', resolve));

  // What a death between storing an object and recording it leaves: an object no row names.
  const unrecorded = randomUUID();
  await mkdir(path.join(dir, unrecorded.slice(0, 2)), { recursive: true });
  await writeFile(path.join(dir, unrecorded.slice(0, 2), unrecorded), 'stored, never recorded');
  expect(await storedFiles()).toEqual([keptFile, partial[0], `${unrecorded.slice(0, 2)}/${unrecorded}`].sort());

  // The start-up maintenance round runs before the API says it is ready.
  const second = await startApi();
  expect(await storedFiles()).toEqual([keptFile]);
  expect(await readFile(path.join(dir, keptFile), 'utf8')).toBe('The printer jams on page two.');
  second.child.kill('SIGTERM');
  await new Promise((resolve) => second.child.once('exit', resolve));
});
