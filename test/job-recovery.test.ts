import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { query } from '../src/db/sql';
import { ClassificationJobDocument, GenerateTestCsvDocument, UploadTicketCsvDocument } from './gql/graphql';
import { slowClassifyingServer, type FakeOpenAiServer } from './helpers/fake-openai-server';
import { startTestServer } from './helpers/harness';
import { run } from './helpers/http-client';
import { waitFor } from './helpers/wait';

// Protocol test: the workers classify with an OpenAI-compatible model on a local server that
// answers each ticket in 10 ms, so that a job of 1,000 tickets takes long enough to interrupt.

let fake: FakeOpenAiServer;
let server: Awaited<ReturnType<typeof startTestServer>>;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  fake = await slowClassifyingServer();
  // The API runs no jobs itself: `worker` processes do.
  server = await startTestServer({ JOBS_IN_PROCESS: 'false' });
});

afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await server?.close();
  await fake?.close();
});

/** `ticketgraph worker`, as an operator starts it. */
function startWorker(): ChildProcess {
  const worker = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'worker'], {
    cwd: path.resolve(__dirname, '..'),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: server.databaseUrl,
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL, REDIS_PREFIX: server.deps.config.redis.prefix } : {}),
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: fake.baseURL,
      OPENAI_MAX_CONCURRENCY: '8',
      JOB_LEASE_SECONDS: '2',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  workers.push(worker);
  return worker;
}

function exited(worker: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => worker.once('exit', (code, signal) => resolve({ code, signal })));
}

interface JobRow {
  status: string;
  processed_tickets: number;
  lease_owner: string | null;
}

async function jobRow(id: string): Promise<JobRow> {
  const rows = await query<JobRow>(server.deps.orm.em.fork(), 'select status, processed_tickets, lease_owner from classification_jobs where id = ?', [
    id.replace(/^job_/, ''),
  ]);
  return rows[0]!;
}

test('a worker stopped mid-job hands it back, a killed one loses it to its lease: the job finishes, each ticket classified once', async () => {
  const { generateTestCsv } = await run(server.url, GenerateTestCsvDocument, { ticketCount: 1000 });
  const jobId = generateTestCsv.sessionId;
  await run(server.url, UploadTicketCsvDocument, { input: { csvContent: generateTestCsv.csvContent } });

  // SIGTERM: the worker stores the chunk in hand, gives the job back and exits cleanly.
  const first = startWorker();
  await waitFor(() => jobRow(jobId), (job) => job.processed_tickets >= 250, 30_000);
  const firstExit = exited(first);
  first.kill('SIGTERM');
  expect(await firstExit).toEqual({ code: 0, signal: null });
  const handedBack = await jobRow(jobId);
  expect(handedBack).toMatchObject({ status: 'PROCESSING', lease_owner: null });
  expect(handedBack.processed_tickets).toBeLessThan(1000);

  // SIGKILL: nothing is handed back; the next worker takes the job when the lease runs out.
  const second = startWorker();
  await waitFor(() => jobRow(jobId), (job) => job.processed_tickets >= handedBack.processed_tickets + 250, 30_000);
  const secondExit = exited(second);
  second.kill('SIGKILL');
  expect(await secondExit).toEqual({ code: null, signal: 'SIGKILL' });
  const killed = await jobRow(jobId);
  expect(killed.status).toBe('PROCESSING');
  expect(killed.lease_owner).not.toBeNull();
  expect(killed.processed_tickets).toBeLessThan(1000);

  startWorker();
  await waitFor(() => jobRow(jobId), (current) => current.status === 'COMPLETED', 60_000);
  const job = (await run(server.url, ClassificationJobDocument, { id: jobId })).classificationJob;
  expect(job).toMatchObject({ status: 'COMPLETED', totalTickets: 1000, processedTickets: 1000, failedTickets: 0 });

  const [counts] = await query<{ tickets: string; classified: string; events: string; tickets_with_events: string }>(
    server.deps.orm.em.fork(),
    `select count(*) as tickets, count(t.classification) as classified,
       (select count(*) from ticket_events e join tickets t2 on t2.id = e.ticket_id where t2.classification_job_id = ? and e.type = 'CLASSIFIED') as events,
       (select count(distinct e.ticket_id) from ticket_events e join tickets t2 on t2.id = e.ticket_id where t2.classification_job_id = ? and e.type = 'CLASSIFIED') as tickets_with_events
     from tickets t where t.classification_job_id = ?`,
    [jobId.replace(/^job_/, ''), jobId.replace(/^job_/, ''), jobId.replace(/^job_/, '')],
  );
  expect(counts).toEqual({ tickets: '1000', classified: '1000', events: '1000', tickets_with_events: '1000' });
}, 120_000);
