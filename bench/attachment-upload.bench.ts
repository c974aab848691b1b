/**
 * Attachment upload benchmark: a file uploaded through `uploadAttachment` (GraphQL multipart, over
 * loopback HTTP, into the local folder storage) against copying the same file on the same disk, in
 * the same run (the target's baseline, `copyFile`, which the kernel does alone; and a copy through
 * the process's own memory, as an upload's bytes must pass); the API's CPU time per upload and its peak RSS while it streams. The API runs as
 * `npm start` runs it, in its own process: its memory and CPU are its own, not the client's. Two
 * ceilings from the same run put the ratio in proportion: hashing the bytes alone, and the same
 * client sending the same request to a server (its own process) that only reads it.
 * Needs DATABASE_URL (a server where the user may create databases).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/attachment-upload.bench.ts [--mb 200]
 *   npm run bench -- attachment-upload
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { copyFile, mkdtemp, open, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { print } from 'graphql';
import { CreateTicketDocument, RegisterDocument, UploadAttachmentDocument } from '../test/gql/graphql';
import { UNLIMITED_BUDGETS } from './lib/credentials';
import { groupCpuMs, memoryMb } from './lib/proc';
import { childEnv, freePort, graphqlReady, startServer } from './lib/processes';
import { scratchDatabase } from './lib/scratch-database';
import { round, verdict } from './lib/stats';
import { startNodeOptions } from './lib/targets';

const ROUNDS = 3;
/** A server that reads a request's body, drops it and answers `{}`: what the transport alone costs. */
const SINK = `require('node:http').createServer((req, res) => { req.resume(); req.on('end', () => res.end('{}')); }).listen(Number(process.env.PORT), '127.0.0.1');`;
/** How much of the file SHA-256 reads at a time in the hashing-only measurement: a socket's read. */
const HASH_CHUNK_BYTES = 64 * 1024;

export async function run(options: { megabytes?: number } = {}): Promise<Record<string, number | string>> {
  const mb = options.megabytes ?? 200;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tg-upload-bench-'));
  const source = path.join(dir, 'source.bin');
  const file = await open(source, 'w');
  // Random bytes: no layer can compress them away.
  const block = randomBytes(1024 * 1024);
  for (let i = 0; i < mb; i++) await file.write(block);
  await file.close();
  const bytes = readFileSync(source);
  const sourceSha256 = createHash('sha256').update(bytes).digest('hex');

  const database = await scratchDatabase(`tg_upload_bench_${randomBytes(4).toString('hex')}`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const server = await startServer({
    name: 'ticketgraph',
    command: process.execPath,
    args: [...startNodeOptions(), 'src/main.ts'],
    env: childEnv({
      DATABASE_URL: database.url, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn',
      // The attachments go to the folder the copies go to: the same disk.
      DATA_DIR: dir, ATTACHMENT_MAX_BYTES: String((mb + 1) * 1024 * 1024), ATTACHMENT_TICKET_MAX_BYTES: String((ROUNDS + 1) * (mb + 1) * 1024 * 1024),
      ...UNLIMITED_BUDGETS,
    }),
    port,
    ready: graphqlReady(url),
  });
  const sinkPort = await freePort();
  const sink = await startServer({
    name: 'sink', command: process.execPath, args: ['-e', SINK], env: childEnv({ PORT: String(sinkPort) }), port: sinkPort,
    ready: async () => (await fetch(`http://127.0.0.1:${sinkPort}/`, { method: 'POST' }).then((response) => response.text())) === '{}',
  });
  const gql = async (document: unknown, variables: unknown, token?: string) => {
    const response = await fetch(url, {
      method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(document as never), variables }),
    });
    return ((await response.json()) as { data: any }).data;
  };
  try {
    const pid = server.process.pid!;
    const token = (await gql(RegisterDocument, { input: { username: 'bench', email: 'bench@example.com', password: 'correct horse battery' } })).register.accessToken;
    const ticketId = (await gql(CreateTicketDocument, {
      input: { customer: { id: 'b', email: 'b@example.com', name: 'B' }, subject: 'Bench', description: 'A ticket for the upload benchmark.', category: 'OTHER', priority: 'LOW' },
    }, token)).createTicket.id;

    const idleRss = memoryMb(pid).now;
    // From here on VmHWM is the peak of the uploads alone, not of the start-up (Linux: clear_refs 5).
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    const uploads: number[] = [];
    const copies: number[] = [];
    const userCopies: number[] = [];
    const hashes: number[] = [];
    const sinks: number[] = [];
    const uploadCpu: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      let started = performance.now();
      await copyFile(source, path.join(dir, `copy-${round}.bin`));
      copies.push(performance.now() - started);
      // The same copy with the bytes passing through the process, as they must for an upload.
      started = performance.now();
      await pipeline(createReadStream(source, { highWaterMark: 1024 * 1024 }), createWriteStream(path.join(dir, `user-copy-${round}.bin`)));
      userCopies.push(performance.now() - started);

      const cpuBefore = groupCpuMs(pid);
      started = performance.now();
      const body = await uploadFile(url, token, print(UploadAttachmentDocument), { ticketId }, source);
      uploads.push(performance.now() - started);
      uploadCpu.push(groupCpuMs(pid) - cpuBefore);
      const stored = body.data?.uploadAttachment;
      if (!stored) throw new Error(JSON.stringify(body.errors));
      if (stored.size !== bytes.length || stored.sha256 !== sourceSha256) throw new Error(`stored ${stored.size} bytes with SHA-256 ${stored.sha256}, not the file`);

      started = performance.now();
      await uploadFile(`http://127.0.0.1:${sinkPort}/`, token, print(UploadAttachmentDocument), { ticketId }, source);
      sinks.push(performance.now() - started);

      started = performance.now();
      const hash = createHash('sha256');
      for (let offset = 0; offset < bytes.length; offset += HASH_CHUNK_BYTES) hash.update(bytes.subarray(offset, offset + HASH_CHUNK_BYTES));
      hash.digest();
      hashes.push(performance.now() - started);
    }
    const memory = memoryMb(pid);
    const best = (xs: number[]) => Math.min(...xs);
    const ratio = best(copies) / best(uploads);
    return {
      megabytes: mb,
      copy_ms: Math.round(best(copies)),
      copy_rounds_ms: copies.map(Math.round).join(' '),
      upload_ms: Math.round(best(uploads)),
      upload_rounds_ms: uploads.map(Math.round).join(' '),
      upload_mb_per_s: Math.round((mb / best(uploads)) * 1000),
      ratio_vs_copy: round(ratio),
      target_ratio_vs_copy: verdict(ratio, 0.5),
      // copyFile moves the bytes inside the kernel (copy_file_range); this copy reads and writes them.
      user_space_copy_ms: Math.round(best(userCopies)),
      ratio_vs_user_space_copy: round(best(userCopies) / best(uploads)),
      server_cpu_ms_per_upload: Math.round(best(uploadCpu)),
      server_cpu_rounds_ms: uploadCpu.map(Math.round).join(' '),
      // No upload can be faster than hashing its bytes: what the ratio could be if nothing else took time.
      sha256_only_ms: Math.round(best(hashes)),
      ratio_ceiling_by_sha256: round(best(copies) / best(hashes)),
      // The client and loopback HTTP alone, into a server that drops the bytes.
      sink_upload_ms: Math.round(best(sinks)),
      ratio_ceiling_by_transport: round(best(copies) / best(sinks)),
      server_rss_idle_mb: idleRss,
      server_peak_rss_mb: memory.peak,
      target_peak_rss: memory.peak < 300 ? 'met (< 300 MB)' : 'MISSED (>= 300 MB)',
    };
  } finally {
    await sink.stop();
    await server.stop();
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  }
}

interface UploadAnswer {
  data?: { uploadAttachment: { size: number; sha256: string } | null } | null;
  errors?: unknown;
}

/**
 * A GraphQL multipart upload as curl or a browser sends it: the parts' text, then the file streamed
 * from disk with its length announced (no chunked encoding). Node's own fetch with a FormData is
 * not used: it moves a file through web streams at a few tens of MB/s and holds hundreds of MB, so
 * it would measure itself, not the API.
 */
async function uploadFile(url: string, token: string, query: string, variables: Record<string, unknown>, file: string): Promise<UploadAnswer> {
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
      response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as UploadAnswer));
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

if (require.main === module) {
  const at = process.argv.indexOf('--mb');
  run({ megabytes: at > 0 ? Number(process.argv[at + 1]) || undefined : undefined })
    .then((figures) => console.log(JSON.stringify(figures)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
