import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { query } from '../src/db/sql';
import { ClassificationJob } from '../src/entities/classification-job.entity';
import { JobStatus } from '../src/entities/enums';
import { QUEUES } from '../src/queue/job-queue';
import { ClassificationJobService } from '../src/services/jobs/classification-job.service';
import { systemContext } from '../src/services/shared/service-context';
import {
  CancelClassificationJobDocument, ClassificationJobDocument, ClassificationJobsDocument, CreateIntegrationTokenDocument, GenerateTestCsvDocument,
  ImportTicketsDocument, JobQueueStatsDocument, RetryClassificationJobDocument, SetUserRoleDocument, UploadTicketCsvDocument,
} from './gql/graphql';
import { slowClassifyingServer, type FakeOpenAiServer } from './helpers/fake-openai-server';
import { startTestServer } from './helpers/harness';
import { login, register, request, run, upload } from './helpers/http-client';
import { waitFor } from './helpers/wait';

// Job monitoring (issue 16): the list of classification jobs, the queues' figures, retry and
// cancel. No worker runs in this API, so jobs stay where the test puts them; the runner is called
// by hand where a test needs a job run. Protocol test: it classifies with an OpenAI-compatible
// model on a local server that answers each ticket in 10 ms, so that a long job can be caught running.

let fake: FakeOpenAiServer;
let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: string;
let agent: string;
let customer: string;
let tokenA: string;
let tokenB: string;
let serial = 0;

beforeAll(async () => {
  fake = await slowClassifyingServer();
  server = await startTestServer({ JOBS_IN_PROCESS: 'false', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL, OPENAI_MAX_CONCURRENCY: '8' });
  admin = (await register(server.url, 'admin')).accessToken;
  customer = (await register(server.url, 'carla')).accessToken;
  const agentUser = await register(server.url, 'agnes');
  await run(server.url, SetUserRoleDocument, { userId: agentUser.user.id, role: 'AGENT' }, admin);
  agent = (await login(server.url, 'agnes')).accessToken;
  const issue = async (name: string) => (await run(server.url, CreateIntegrationTokenDocument, { input: { name } }, admin)).createIntegrationToken.token;
  tokenA = await issue('importer-a');
  tokenB = await issue('importer-b');
}, 60_000);
afterAll(async () => {
  await server?.close();
  await fake?.close();
});

/** An import of `rows` tickets to classify, by the given caller: its job stays PENDING. */
async function importJob(token: string, rows = 2): Promise<string> {
  const id = ++serial;
  let csv = 'customer_id,customer_email,customer_name,subject,description\n';
  for (let i = 0; i < rows; i++) csv += `c${i},c${i}@example.com,C,Monitored ${id}-${i},The invoice was charged twice this month.\n`;
  const result = await upload(server.url, ImportTicketsDocument, { classify: true }, { name: `jobs-${id}.csv`, content: csv }, { token });
  expect(result.errors).toBeUndefined();
  return result.data!.importTickets.job!.id;
}

const ids = (list: { edges: { node: { id: string } }[] }) => list.edges.map((edge) => edge.node.id);

describe('classificationJobs', () => {
  test('staff see every job newest first, an importer its own, others none; filters and pages', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const ofA = await importJob(tokenA);
    const ofB = await importJob(tokenB);
    const { generateTestCsv } = await run(server.url, GenerateTestCsvDocument, { ticketCount: 2 });
    const signed = (await run(server.url, UploadTicketCsvDocument, { input: { csvContent: generateTestCsv.csvContent } })).uploadTicketCsv.id;
    const recent = { createdAfter: since };

    for (const staff of [admin, agent]) {
      const { classificationJobs } = await run(server.url, ClassificationJobsDocument, { filter: recent }, staff);
      expect(ids(classificationJobs)).toEqual([signed, ofB, ofA]);
      expect(classificationJobs.totalCount).toBe(3);
    }
    expect(ids((await run(server.url, ClassificationJobsDocument, { filter: recent }, tokenA)).classificationJobs)).toEqual([ofA]);
    expect(ids((await run(server.url, ClassificationJobsDocument, { filter: recent }, tokenB)).classificationJobs)).toEqual([ofB]);
    expect((await run(server.url, ClassificationJobsDocument, {}, customer)).classificationJobs).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    expect((await request(server.url, ClassificationJobsDocument, {})).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    // Pages, newest first.
    const first = (await run(server.url, ClassificationJobsDocument, { filter: recent, first: 2 }, admin)).classificationJobs;
    expect([ids(first), first.pageInfo.hasNextPage]).toEqual([[signed, ofB], true]);
    const second = (await run(server.url, ClassificationJobsDocument, { filter: recent, first: 2, after: first.pageInfo.endCursor }, admin)).classificationJobs;
    expect([ids(second), second.pageInfo.hasNextPage, second.totalCount]).toEqual([[ofA], false, 3]);

    // By status, and by creation time.
    await run(server.url, CancelClassificationJobDocument, { id: ofB }, admin);
    const cancelled = (await run(server.url, ClassificationJobsDocument, { filter: { ...recent, status: ['CANCELLED'] } }, admin)).classificationJobs;
    expect(ids(cancelled)).toEqual([ofB]);
    const open = (await run(server.url, ClassificationJobsDocument, { filter: { ...recent, status: ['PENDING', 'PROCESSING'] } }, admin)).classificationJobs;
    expect(ids(open)).toEqual([signed, ofA]);
    const future = (await run(server.url, ClassificationJobsDocument, { filter: { createdAfter: new Date(Date.now() + 60_000).toISOString() } }, admin)).classificationJobs;
    expect(future.totalCount).toBe(0);
  });

  test('a cursor that is not from this list is refused by name', async () => {
    const forged = Buffer.from(JSON.stringify(['yesterday', 'not-a-uuid'])).toString('base64url');
    for (const after of [forged, 'garbage']) {
      const result = await request(server.url, ClassificationJobsDocument, { after }, admin);
      expect(result.errors).toEqual([{
        message: 'Invalid input: after is not a cursor from this list',
        locations: expect.any(Array),
        path: ['classificationJobs'],
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'after', message: 'is not a cursor from this list' }] },
      }]);
    }
  });
});

describe('cancelClassificationJob and retryClassificationJob', () => {
  test('an importer cancels its PENDING job; the runner leaves it; a retry runs it to COMPLETED; wrong states are CONFLICTs', async () => {
    const job = await importJob(tokenA, 3);
    const dbId = job.replace(/^job_/, '');

    expect((await request(server.url, CancelClassificationJobDocument, { id: job }, tokenB)).errors![0]).toMatchObject({
      message: `ClassificationJob ${job} was not found`, extensions: { code: 'NOT_FOUND' },
    });
    expect((await request(server.url, CancelClassificationJobDocument, { id: job }, customer)).errors![0]!.extensions!.code).toBe('NOT_FOUND');

    const { cancelClassificationJob } = await run(server.url, CancelClassificationJobDocument, { id: job }, tokenA);
    expect(cancelClassificationJob).toMatchObject({
      id: job, status: 'CANCELLED', processedTickets: 0, errorMessage: 'Cancelled by token:importer-a; the tickets classified so far keep their classification',
    });
    expect(cancelClassificationJob.completedAt).not.toBeNull();
    const again = await request(server.url, CancelClassificationJobDocument, { id: job }, tokenA);
    expect(again.errors![0]).toMatchObject({
      message: `ClassificationJob ${job} is CANCELLED: only a PENDING or PROCESSING job can be cancelled`, extensions: { code: 'CONFLICT' },
    });

    // A worker that takes the queued job finds it cancelled and leaves it.
    const runner = () => new ClassificationJobService(systemContext(server.deps)).run(dbId, { worker: 'test-worker', leaseSeconds: 30, lastAttempt: false });
    expect(await runner()).toBe(false);
    expect((await run(server.url, ClassificationJobDocument, { id: job }, admin)).classificationJob).toMatchObject({ status: 'CANCELLED', processedTickets: 0 });

    const queued = await queuedFor(dbId);
    const { retryClassificationJob } = await run(server.url, RetryClassificationJobDocument, { id: job }, tokenA);
    expect(retryClassificationJob).toMatchObject({ id: job, status: 'PENDING', errorMessage: null, completedAt: null, startedAt: null, processingTimeMs: null });
    // The retry puts the job back in the queue.
    expect(await queuedFor(dbId)).toBe(queued + 1);

    expect(await runner()).toBe(true);
    expect((await run(server.url, ClassificationJobDocument, { id: job }, tokenA)).classificationJob).toMatchObject({ status: 'COMPLETED', processedTickets: 3, failedTickets: 0 });
    const retried = await request(server.url, RetryClassificationJobDocument, { id: job }, admin);
    expect(retried.errors![0]).toMatchObject({
      message: `ClassificationJob ${job} is COMPLETED: only a FAILED or CANCELLED job can be retried`, extensions: { code: 'CONFLICT' },
    });
  });

  test('a job cancelled while a worker runs it stops after the chunk at hand: the tickets classified keep their classification, the rest stay unclassified', async () => {
    const job = await importJob(tokenA, 1000);
    const dbId = job.replace(/^job_/, '');
    const processed = async () => (await run(server.url, ClassificationJobDocument, { id: job }, admin)).classificationJob!.processedTickets;
    const running = new ClassificationJobService(systemContext(server.deps)).run(dbId, { worker: 'test-worker', leaseSeconds: 30, lastAttempt: true });
    await waitFor(processed, (count) => count >= 250, 30_000);
    await run(server.url, CancelClassificationJobDocument, { id: job }, tokenA);
    expect(await running).toBe(true);

    const [counts] = await query<{ classified: number; unclassified: number }>(
      server.deps.orm.em.fork(),
      `select count(classification)::int as classified, count(*) filter (where classification is null)::int as unclassified from tickets where classification_job_id = ?`,
      [dbId],
    );
    const final = (await run(server.url, ClassificationJobDocument, { id: job }, admin)).classificationJob!;
    expect(final.status).toBe('CANCELLED');
    // Stopped by chunks of 250: the one stored when the cancellation came, perhaps the one in hand, never the whole file.
    expect([250, 500, 750]).toContain(counts!.classified);
    expect(counts!.classified + counts!.unclassified).toBe(1000);
  }, 60_000);

  test('a signed upload\'s job is readable by its id but only staff cancel it; a job cancelled while it runs stays cancelled', async () => {
    const { generateTestCsv } = await run(server.url, GenerateTestCsvDocument, { ticketCount: 2 });
    const job = (await run(server.url, UploadTicketCsvDocument, { input: { csvContent: generateTestCsv.csvContent } })).uploadTicketCsv.id;
    expect((await request(server.url, CancelClassificationJobDocument, { id: job }, customer)).errors![0]).toMatchObject({
      message: 'Only staff may cancel a signed upload\'s job', extensions: { code: 'FORBIDDEN' },
    });
    expect((await request(server.url, CancelClassificationJobDocument, { id: job })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    // PROCESSING under another worker's lease: cancelled at once, and that worker's finish changes nothing.
    await query(server.deps.orm.em.fork(), `update classification_jobs set status = 'PROCESSING', lease_owner = 'elsewhere', lease_until = now() + interval '1 minute' where id = ?`, [
      job.replace(/^job_/, ''),
    ]);
    expect((await run(server.url, CancelClassificationJobDocument, { id: job }, agent)).cancelClassificationJob.status).toBe('CANCELLED');
    const [row] = await query<{ status: string; lease_owner: string | null }>(server.deps.orm.em.fork(), 'select status, lease_owner from classification_jobs where id = ?', [
      job.replace(/^job_/, ''),
    ]);
    expect(row).toEqual({ status: 'CANCELLED', lease_owner: null });
    expect(await server.deps.orm.em.fork().getRepository(ClassificationJob).finish(job.replace(/^job_/, ''), JobStatus.COMPLETED, null)).toBeUndefined();
    expect((await run(server.url, ClassificationJobDocument, { id: job }, admin)).classificationJob!.status).toBe('CANCELLED');
  });
});

/** Jobs of the classification queue waiting for this classification job. */
async function queuedFor(jobId: string): Promise<number> {
  const [row] = await query<{ count: number }>(
    server.deps.orm.em.fork(),
    `select count(*)::int as count from pgboss.job where name = ? and state = 'created' and data->>'jobId' = ?`,
    [QUEUES.classificationJobs.name, jobId],
  );
  return row!.count;
}

describe('jobQueueStats', () => {
  test('per queue: queued, active, completed and failed in the last hour, and the oldest wait', async () => {
    const em = () => server.deps.orm.em.fork();
    await query(em(), 'delete from pgboss.job where name = any(?::text[])', [[QUEUES.classificationJobs.name, QUEUES.deliveries.name, QUEUES.attachmentProcessing.name]]);
    const jobs = server.deps.jobs;
    const send = (queue: string, options = {}) => jobs.send(queue as never, { deliveryId: `d-${++serial}` }, options);
    const deliveries = await Promise.all([1, 2, 3, 4, 5].map(() => send(QUEUES.deliveries.name)));
    const set = (id: string | null, sql: string) => query(em(), `update pgboss.job set ${sql} where id = ?`, [id]);
    await set(deliveries[0]!, `state = 'active', started_on = now() - interval '30 seconds'`);
    await set(deliveries[1]!, `state = 'completed', completed_on = now() - interval '10 minutes'`);
    await set(deliveries[2]!, `state = 'failed', completed_on = now() - interval '59 minutes'`);
    await set(deliveries[3]!, `state = 'completed', completed_on = now() - interval '2 hours'`);
    await set(deliveries[4]!, `start_after = now() - interval '90 seconds'`);
    // A retry waiting out its delay is queued, but not waiting for a worker yet.
    await send(QUEUES.classificationJobs.name, { startAfter: 600 });

    const { jobQueueStats } = await run(server.url, JobQueueStatsDocument, {}, agent);
    const { oldestWaitingSeconds: oldest, oldestActiveSeconds: running } = jobQueueStats.find((queue) => queue.queue === 'deliveries')!;
    expect(oldest).toBeGreaterThanOrEqual(90);
    expect(oldest).toBeLessThan(150);
    expect(running).toBeGreaterThanOrEqual(30);
    expect(running).toBeLessThan(90);
    expect(jobQueueStats).toEqual([
      { queue: 'classification-jobs', queued: 1, active: 0, completedLastHour: 0, failedLastHour: 0, oldestWaitingSeconds: null, oldestActiveSeconds: null },
      { queue: 'deliveries', queued: 1, active: 1, completedLastHour: 1, failedLastHour: 1, oldestWaitingSeconds: oldest, oldestActiveSeconds: running },
      { queue: 'attachment-processing', queued: 0, active: 0, completedLastHour: 0, failedLastHour: 0, oldestWaitingSeconds: null, oldestActiveSeconds: null },
    ]);
    expect((await request(server.url, JobQueueStatsDocument, {}, customer)).errors![0]).toMatchObject({
      message: 'Only agent or admin users may see the job queues', extensions: { code: 'FORBIDDEN' },
    });
  });
});
