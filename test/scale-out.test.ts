import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from '../src/db/embedded-postgres';
import { fromGlobalId } from '../src/ids';
import {
  AddCommentDocument, ClassificationJobUpdatedDocument, CreateTicketDocument, CreateWebhookDocument, GenerateTestCsvDocument,
  SetTicketStatusDocument, TicketEventsDocument, TicketKeysDocument, UploadTicketCsvDocument,
} from './gql/graphql';
import { createTestDatabase } from './helpers/database';
import { ticketInput } from './helpers/factories';
import { register, request, run, wsClient } from './helpers/http-client';
import { npmRun, type NpmProcess } from './helpers/npm-run';
import { Receiver } from './helpers/receiver';
import { allValues, nextValues } from './helpers/subscriptions';
import { waitFor } from './helpers/wait';
import { withClient } from './setup/global-setup';

// Protocol test: two API instances (`npm start`) and one `npm run worker` process on one
// PostgreSQL and one Redis, as a deployment behind a load balancer runs them; local receivers get
// the webhooks and the job callback. The API instances keep their own job workers (the default),
// so three processes compete for every queued job: what runs once does so among all of them.

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) console.warn('Scale-out tests skipped: REDIS_URL is not set (instances share events and budgets through Redis)');

/** Requests per minute of every user: low enough to exhaust in a test, above what the admin sends. */
const USER_PER_MINUTE = 20;
const JOB_TICKETS = 100;

/** Whether any process of a process group is left (signal 0 only checks). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

describe.skipIf(!REDIS_URL)('two API instances and a worker on one PostgreSQL and one Redis', () => {
  const prefix = `tg-test-scale-${randomBytes(4).toString('hex')}:`;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataDir: string;
  let redis: Redis;
  let hooks: Receiver;
  let callbacks: Receiver;
  let a: { url: string; process: NpmProcess };
  let b: { url: string; process: NpmProcess };
  let worker: NpmProcess;
  let admin: string;
  let webhookId: string;

  const env = (): Record<string, string> => ({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: database.url,
    REDIS_URL: REDIS_URL!,
    REDIS_PREFIX: prefix,
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    RATE_LIMIT_USER_PER_MINUTE: String(USER_PER_MINUTE),
  });

  async function startApi(): Promise<{ url: string; process: NpmProcess }> {
    const port = await freePort();
    const started = npmRun('start', { ...env(), PORT: String(port) });
    await started.logged('ticketgraph API ready', 90_000);
    return { url: `http://127.0.0.1:${port}/graphql`, process: started };
  }

  async function startWorker(): Promise<NpmProcess> {
    const started = npmRun('worker', env());
    await started.logged('"msg":"job workers started"', 90_000);
    return started;
  }

  /** Redis subscribers of a pub/sub topic: only the instance that holds a live GraphQL subscription listens. */
  async function redisListeners(topic: string): Promise<number> {
    const [, count] = (await redis.pubsub('NUMSUB', prefix + topic)) as [string, number];
    return count;
  }

  const sql = <T>(text: string, values: unknown[] = []): Promise<T[]> =>
    withClient(database.url, async (client) => (await client.query(text, values)).rows as T[]);

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ticketgraph-scale-'));
    redis = new Redis(REDIS_URL!);
    hooks = await Receiver.start();
    callbacks = await Receiver.start();
    [a, b, worker] = await Promise.all([startApi(), startApi(), startWorker()]);
    admin = (await register(a.url, 'admin')).accessToken;
    // Before any ticket event: no instance has a list of webhooks cached from before this one.
    webhookId = (await run(a.url, CreateWebhookDocument, { input: { url: hooks.url(), events: ['COMMENT_ADDED'] } }, admin)).createWebhook.webhook.id;
  }, 180_000);

  afterAll(async () => {
    for (const started of [a?.process, b?.process, worker]) {
      if (!started || started.child.exitCode !== null) continue;
      process.kill(-started.child.pid!, 'SIGTERM');
      await started.exited();
    }
    redis?.disconnect();
    await hooks?.close();
    await callbacks?.close();
    await database?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  test('a subscriber on instance A receives the events of mutations made on instance B', async () => {
    const client = wsClient(a.url, admin);
    try {
      const events = nextValues(client, TicketEventsDocument, {}, 2);
      await waitFor(() => redisListeners('ticket-events'), (count) => count === 1);
      const ticket = (await run(b.url, CreateTicketDocument, { input: ticketInput({ subject: 'Filed through B' }) }, admin)).createTicket;
      await run(b.url, SetTicketStatusDocument, { id: ticket.id, status: 'IN_PROGRESS' }, admin);

      const received = await events.values;
      expect(received.map(({ ticketEvents: event }) => [event.type, event.ticketId, event.actor, event.ticket?.key, event.ticket?.status])).toEqual([
        ['CREATED', ticket.id, 'admin', ticket.key, 'NEW'],
        ['STATUS_CHANGED', ticket.id, 'admin', ticket.key, 'IN_PROGRESS'],
      ]);
    } finally {
      await client.dispose();
    }
  });

  test("one user's rate limit is counted across both instances", async () => {
    const { accessToken } = await register(b.url, 'limited');
    const answers = [];
    for (let i = 0; i < USER_PER_MINUTE + 2; i++) {
      const result = await request(i % 2 === 0 ? a.url : b.url, TicketKeysDocument, {}, accessToken);
      answers.push([result.status, result.headers.get('x-ratelimit-remaining')]);
    }
    expect(answers).toEqual([
      ...Array.from({ length: USER_PER_MINUTE }, (_, i) => [200, String(USER_PER_MINUTE - 1 - i)]),
      [429, '0'],
      [429, '0'],
    ]);
  });

  test('a classification job uploaded through B runs once among three workers, a subscriber on A sees it complete, its callback is sent once', async () => {
    const { generateTestCsv } = await run(b.url, GenerateTestCsvDocument, { ticketCount: JOB_TICKETS }, admin);
    await run(b.url, UploadTicketCsvDocument, { input: { csvContent: generateTestCsv.csvContent, callbackUrl: callbacks.url() } }, admin);
    const client = wsClient(a.url, admin);
    let updates;
    try {
      updates = await allValues(client, ClassificationJobUpdatedDocument, { id: generateTestCsv.sessionId }, 60_000);
    } finally {
      await client.dispose();
    }
    const progress = updates.map(({ classificationJobUpdated: job }) => job.processedTickets);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    expect(updates.at(-1)!.classificationJobUpdated).toMatchObject({
      id: generateTestCsv.sessionId, status: 'COMPLETED', totalTickets: JOB_TICKETS, processedTickets: JOB_TICKETS, failedTickets: 0,
    });

    const jobId = fromGlobalId(generateTestCsv.sessionId)!.id;
    // Each ticket classified once: a second run would have written a second CLASSIFIED entry.
    expect(await sql(
      `select count(*)::int as tickets, count(t.classification)::int as classified,
         (select count(*)::int from ticket_events e where e.ticket_id in (select id from tickets where classification_job_id = $1) and e.type = 'CLASSIFIED') as entries,
         (select count(distinct e.ticket_id)::int from ticket_events e where e.ticket_id in (select id from tickets where classification_job_id = $1) and e.type = 'CLASSIFIED') as tickets_with_entries
       from tickets t where t.classification_job_id = $1`,
      [jobId],
    )).toEqual([{ tickets: JOB_TICKETS, classified: JOB_TICKETS, entries: JOB_TICKETS, tickets_with_entries: JOB_TICKETS }]);

    const [callback] = await waitFor(
      () => sql<{ id: string; status: string; attempts: number }>(`select id, status, attempts from webhook_deliveries where kind = 'callback' and subject_id = $1`, [jobId]),
      (rows) => rows.length === 1 && rows[0]!.status === 'DELIVERED',
    );
    expect(callback!.attempts).toBe(1);
    expect(await sql(`select state from pgboss.job where name = 'deliveries' and data->>'deliveryId' = $1`, [callback!.id])).toEqual([{ state: 'completed' }]);
    expect(callbacks.received.map((received) => received.headers['x-webhook-id'])).toEqual([callback!.id]);
    expect(JSON.parse(callbacks.received[0]!.body)).toMatchObject({ event: 'classification_job.completed', data: { id: generateTestCsv.sessionId, status: 'COMPLETED', processedTickets: JOB_TICKETS } });
  }, 90_000);

  test('a webhook gets each event once, whichever instance caused it and whichever worker sends it', async () => {
    const ticket = (await run(a.url, CreateTicketDocument, { input: ticketInput({ subject: 'Commented on both instances' }) }, admin)).createTicket;
    const throughA = (await run(a.url, AddCommentDocument, { ticketId: ticket.id, content: 'Answered through A' }, admin)).addComment;
    const throughB = (await run(b.url, AddCommentDocument, { ticketId: ticket.id, content: 'Answered through B' }, admin)).addComment;

    const deliveries = await waitFor(
      () => sql<{ id: string; status: string; attempts: number }>(
        `select id, status, attempts from webhook_deliveries where webhook_id = $1 order by created_at, id`, [fromGlobalId(webhookId)!.id],
      ),
      (rows) => rows.length === 2 && rows.every((row) => row.status === 'DELIVERED'),
    );
    expect(deliveries.map((row) => row.attempts)).toEqual([1, 1]);
    const queued = await sql<{ delivery: string; state: string }>(
      `select data->>'deliveryId' as delivery, state from pgboss.job where name = 'deliveries' and data->>'deliveryId' = any($1) order by 1`,
      [deliveries.map((row) => row.id)],
    );
    expect(queued).toEqual(deliveries.map((row) => ({ delivery: row.id, state: 'completed' })).sort((x, y) => x.delivery.localeCompare(y.delivery)));
    const received = hooks.received.map((delivery) => ({ id: delivery.headers['x-webhook-id'], ...JSON.parse(delivery.body) }));
    expect(received.map((body) => [body.id, body.event, body.data.changes[0].newValue.id]).sort()).toEqual(
      [
        [deliveries[0]!.id, 'ticket.comment_added', fromGlobalId(throughA.id)!.id],
        [deliveries[1]!.id, 'ticket.comment_added', fromGlobalId(throughB.id)!.id],
      ].sort(),
    );
  }, 60_000);

  test('the worker started with `npm run worker` stops cleanly on a SIGTERM to npm alone', async () => {
    // The signal goes to npm only, not to its process group, as a container stop sends it.
    process.kill(worker.child.pid!, 'SIGTERM');
    expect(await worker.exited()).toBe(0);
    expect(worker.output()).toContain('"signal":"SIGTERM","msg":"shutting down: handing running jobs back"');
    expect(worker.output()).toContain('"msg":"stopped"');
    // Nothing of the group is left: npm's shell became Node through `exec`, and tsx's esbuild
    // service ends when Node, whose child it is, has gone.
    await waitFor(async () => groupAlive(worker.child.pid!), (alive) => !alive, 5000);
  }, 60_000);
});
