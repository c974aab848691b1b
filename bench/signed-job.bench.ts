import { createClient } from 'graphql-ws';
import path from 'node:path';
import { Client } from 'pg';
import WebSocket from 'ws';
import { EmbeddedClassifier } from '../src/services/classifier/embedded-classifier';
import { generateTestTickets } from '../src/services/jobs/test-tickets.generator';
import { benchOptions } from './lib/options';
import { postGraphQL, ROOT } from './lib/processes';
import { ensureSeeded, removeBenchRows } from './lib/seed';
import { median, round } from './lib/stats';
import { startTicketgraph } from './lib/targets';

const TICKETS = Number(process.env.BENCH_JOB_TICKETS ?? 10_000);
const ROUNDS = 3;

const GENERATE = `mutation BenchGenerate($count: Int!) {
  generateTestCsv(ticketCount: $count) { sessionId csvContent signature nonce timestamp }
}`;
const UPLOAD = `mutation BenchUpload($input: UploadTicketCsvInput!) { uploadTicketCsv(input: $input) { id status totalTickets } }`;
const UPDATES = `subscription BenchJob($id: ID!) { classificationJobUpdated(id: $id) { status processedTickets totalTickets } }`;

interface JobUpdate {
  status: string;
  processedTickets: number;
  totalTickets: number;
}

/** Seconds from sending the upload to the COMPLETED event, as the seed's client does it (decode, upload with the three headers, subscribe). */
async function signedJob(url: string): Promise<{ total: number; uploadS: number; updates: number }> {
  const generated = JSON.parse(await postGraphQL(url, { query: GENERATE, variables: { count: TICKETS } }, {})) as {
    data: { generateTestCsv: { sessionId: string; csvContent: string; signature: string; nonce: string; timestamp: string } };
  };
  const { sessionId, csvContent, signature, nonce, timestamp } = generated.data.generateTestCsv;
  const csv = Buffer.from(csvContent, 'base64').toString('utf8');
  const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  try {
    await new Promise<void>((resolve, reject) => {
      client.on('connected', () => resolve());
      client.on('error', reject);
    });
    const started = performance.now();
    const uploaded = JSON.parse(
      await postGraphQL(url, { query: UPLOAD, variables: { input: { csvContent: csv } } }, { 'X-Signature': signature, 'X-Nonce': nonce, 'X-Timestamp': timestamp }),
    ) as { data?: { uploadTicketCsv: { id: string; totalTickets: number } } };
    if (uploaded.data?.uploadTicketCsv.id !== sessionId || uploaded.data.uploadTicketCsv.totalTickets !== TICKETS) {
      throw new Error(`the upload was not accepted: ${JSON.stringify(uploaded).slice(0, 300)}`);
    }
    const uploadS = (performance.now() - started) / 1000;
    const updates: JobUpdate[] = [];
    await new Promise<void>((resolve, reject) => {
      client.subscribe<{ classificationJobUpdated: JobUpdate }>(
        { query: UPDATES, variables: { id: sessionId } },
        {
          next: (result) => {
            if (result.errors) reject(new Error(JSON.stringify(result.errors)));
            else updates.push(result.data!.classificationJobUpdated);
          },
          error: reject,
          complete: resolve,
        },
      );
    });
    const total = (performance.now() - started) / 1000;
    const last = updates.at(-1);
    if (last?.status !== 'COMPLETED' || last.processedTickets !== TICKETS) throw new Error(`the job did not complete: ${JSON.stringify(last)}`);
    return { total, uploadS, updates: updates.length };
  } finally {
    await client.dispose();
  }
}

/**
 * A signed CSV of 10,000 tickets through the seed's flow: time from sending `uploadTicketCsv` to
 * the COMPLETED event on `classificationJobUpdated`, with the embedded classifier. For scale, the
 * same number of tickets classified in-process by the same model, in the same run.
 */
export async function run(): Promise<Record<string, number | string>> {
  const options = benchOptions();
  await ensureSeeded(options.databaseUrl, (line) => console.log(`  ${line}`));
  const db = new Client({ connectionString: options.databaseUrl });
  await db.connect();
  const server = await startTicketgraph(options.databaseUrl);
  try {
    const url = `http://127.0.0.1:${server.port}/graphql`;
    const classifier = EmbeddedClassifier.load(path.join(ROOT, 'models', 'classifier.json'));
    const tickets = generateTestTickets(TICKETS, 7);
    const inProcess: number[] = [];
    const jobs: Awaited<ReturnType<typeof signedJob>>[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const started = performance.now();
      for (const ticket of tickets) classifier.classifySync(ticket);
      inProcess.push((performance.now() - started) / 1000);
      jobs.push(await signedJob(url));
      await removeBenchRows(db);
    }
    const seconds = median(jobs.map((j) => j.total));
    return {
      tickets: TICKETS,
      upload_to_completed_s: round(seconds),
      rounds_s: jobs.map((j) => round(j.total)).join(' '),
      upload_request_s: round(median(jobs.map((j) => j.uploadS))),
      updates_received: jobs.map((j) => j.updates).join(' '),
      tickets_per_s: Math.round(TICKETS / seconds),
      classify_in_process_s: round(median(inProcess)),
      ratio_in_process_vs_job: round(median(inProcess) / seconds),
      target_under_5_s: seconds < 5 ? 'met (< 5 s)' : 'MISSED (>= 5 s)',
    };
  } finally {
    await removeBenchRows(db).catch(() => undefined);
    await db.end();
    await server.stop();
  }
}
