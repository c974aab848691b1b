import { execFileSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startApp, type App } from '../src/app';
import { releaseOf } from '../src/http/health';
import { SIGNING_SECRET } from '../src/services/webhooks/delivery.service';
import { GenerateTestCsvDocument, UploadTicketCsvDocument } from './gql/graphql';
import { captureLogger } from './helpers/capture-logger';
import { createTestDatabase } from './helpers/database';
import { testConfig, TEST_PASSWORD } from './helpers/harness';
import { register, run, wsClient } from './helpers/http-client';
import { Receiver } from './helpers/receiver';
import { waitForListeners } from './helpers/subscriptions';
import { waitFor } from './helpers/wait';

// What an operator sees (issue 16): one JSON log line per request, /metrics, /health/live and /ready.

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const METRICS_TOKEN = 'metrics-token-0123456789';

let app: App;
let base: string;
let drop: () => Promise<void>;
const { logger, lines } = captureLogger('info');
beforeAll(async () => {
  const database = await createTestDatabase();
  drop = database.drop;
  app = await startApp(testConfig(database.url, { COMMIT_SHA: COMMIT, METRICS_TOKEN, LOG_LEVEL: 'info', DELIVERY_RETRY_DELAY_SECONDS: '1' }), logger);
  base = `http://127.0.0.1:${app.port}`;
});
afterAll(async () => {
  await app?.stop();
  await drop?.();
});

const requestLines = () => lines.filter((line) => line.msg === 'request');

/** One series' value on /metrics, NaN when it is not there. */
async function scrape(): Promise<(series: string) => number> {
  const text = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  return (series) => Number(new RegExp(`^${series.replace(/[{}()[\].+*?^$|\\]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);
}

describe('request log', () => {
  test('one line per request with its id (taken from X-Request-Id, echoed), path, status, latency, operations and caller; no secrets', async () => {
    const session = await register(`${base}/graphql`, 'operator');
    const secretSearch = 'my-secret-search-text';
    const response = await fetch(`${base}/graphql?query=${encodeURIComponent('query Mine($s: String) { tickets(filter: { search: $s }) { totalCount } }')}&variables=${encodeURIComponent(JSON.stringify({ s: secretSearch }))}`, {
      headers: { authorization: `Bearer ${session.accessToken}`, 'x-request-id': 'req-abc.123' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req-abc.123');
    const line = requestLines().find((entry) => entry.requestId === 'req-abc.123');
    expect(line).toEqual({
      level: 30, time: expect.any(Number), msg: 'request', requestId: 'req-abc.123', method: 'GET', path: '/graphql', status: 200,
      latencyMs: expect.any(Number), operations: ['Mine'], caller: { kind: 'user', id: session.user.id },
    });

    const refused = await fetch(`${base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer forged.token.value', 'x-request-id': 'not valid; id' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(refused.status).toBe(401);
    const madeId = refused.headers.get('x-request-id')!;
    expect(madeId).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestLines().find((entry) => entry.requestId === madeId)).toMatchObject({ status: 401, errorCode: 'UNAUTHENTICATED', path: '/graphql' });

    const everything = JSON.stringify(lines);
    for (const secret of [session.accessToken, session.refreshToken, TEST_PASSWORD, secretSearch, 'forged.token.value']) expect(everything).not.toContain(secret);
  });

  test('MCP calls are logged with their method and tool', async () => {
    const session = await register(`${base}/graphql`, 'mcp-user');
    const response = await fetch(`${base}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', authorization: `Bearer ${session.accessToken}`, 'x-request-id': 'mcp-1' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(response.status).toBe(200);
    expect(requestLines().find((entry) => entry.requestId === 'mcp-1')).toMatchObject({ path: '/mcp', status: 200, operations: ['tools/list'], caller: { kind: 'user', id: session.user.id } });
  });
});

describe('/metrics', () => {
  test('needs METRICS_TOKEN; shows HTTP and operation latency, errors by code, sockets, subscriptions, the pool and process metrics', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);

    const session = await register(`${base}/graphql`, 'metrics-user');
    await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` }, body: JSON.stringify({ query: 'query Me { me { id } }' }) });
    await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer forged' }, body: '{"query":"{ me { id } }"}' });
    const client = wsClient(`${base}/graphql`, session.accessToken);
    client.subscribe({ query: 'subscription { ticketEvents { type } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    await waitForListeners(app.deps.pubsub, 1);

    const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    const value = (series: string): number => Number(new RegExp(`^${series.replace(/[{}()[\].+*?^$|\\]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);
    expect(value('graphql_operation_duration_seconds_count{transport="http",operation="Me",outcome="ok"}')).toBe(1);
    expect(value('http_request_duration_seconds_count{method="POST",route="/graphql",status="401"}')).toBeGreaterThanOrEqual(1);
    expect(value('api_errors_total{code="UNAUTHENTICATED"}')).toBeGreaterThanOrEqual(1);
    expect(value('websocket_connections')).toBe(1);
    expect(value('graphql_subscriptions')).toBe(1);
    expect(value('db_pool_connections{state="used"}')).toBeGreaterThanOrEqual(0);
    expect(value('db_pool_connections{state="free"}')).toBeGreaterThanOrEqual(0);
    expect(value('process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(value('nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    await client.dispose();
  });
});

describe('jobs and deliveries', () => {
  test('a job\'s start and finish and each delivery attempt are logged with their ids, measured on /metrics, and no secret is written', async () => {
    const receiver = await Receiver.start();
    receiver.statuses.push(500);
    const callbackUrl = receiver.url('/hooks?token=callback-secret-0123456789');
    try {
      const { generateTestCsv } = await run(`${base}/graphql`, GenerateTestCsvDocument, { ticketCount: 3 });
      const job = (await run(`${base}/graphql`, UploadTicketCsvDocument, { input: { csvContent: generateTestCsv.csvContent, callbackUrl } })).uploadTicketCsv;
      const jobId = job.id.replace(/^job_/, '');
      // The receiver refuses the first attempt and takes the second.
      await waitFor(async () => receiver.received.length, (count) => count === 2, 30_000);
      const attempts = await waitFor(async () => lines.filter((line) => line.msg === 'delivery attempt'), (found) => found.length === 2);

      const started = lines.find((line) => line.msg === 'job started' && line.jobId === jobId);
      expect(started).toEqual({ level: 30, time: expect.any(Number), msg: 'job started', queue: 'classification-jobs', queueJobId: expect.any(String), jobId });
      expect(lines.find((line) => line.msg === 'job finished' && line.jobId === jobId)).toEqual({
        level: 30, time: expect.any(Number), msg: 'job finished', queue: 'classification-jobs', queueJobId: started!.queueJobId, jobId, durationMs: expect.any(Number),
      });
      const deliveryId = attempts[0]!.deliveryId as string;
      expect(attempts).toEqual([
        {
          level: 40, time: expect.any(Number), msg: 'delivery attempt', deliveryId, target: 'callback', event: 'classification_job.completed',
          statusCode: 500, attempt: 1, outcome: 'retry', problem: 'The receiver answered HTTP 500',
        },
        {
          level: 30, time: expect.any(Number), msg: 'delivery attempt', deliveryId, target: 'callback', event: 'classification_job.completed',
          statusCode: 204, attempt: 2, outcome: 'delivered',
        },
      ]);
      // The refused attempt fails its queue job, which the queue retries.
      expect(lines.find((line) => line.msg === 'job failed' && line.deliveryId === deliveryId)).toMatchObject({
        level: 40, queue: 'deliveries', lastAttempt: false, err: { message: `Delivery ${deliveryId} failed: The receiver answered HTTP 500` },
      });

      const value = await waitFor(scrape, (read) => read('job_duration_seconds_count{queue="deliveries",outcome="ok"}') === 1);
      expect(value('delivery_attempts_total{target="callback",outcome="retry"}')).toBe(1);
      expect(value('delivery_attempts_total{target="callback",outcome="delivered"}')).toBe(1);
      expect(value('job_duration_seconds_count{queue="classification-jobs",outcome="ok"}')).toBeGreaterThanOrEqual(1);
      expect(value('job_duration_seconds_count{queue="deliveries",outcome="error"}')).toBe(1);
      // Read from the queue's table at scrape time: no file was ever attached here.
      expect(value('job_queue_depth{queue="attachment-processing",state="queued"}')).toBe(0);
      expect(value('job_queue_depth{queue="attachment-processing",state="active"}')).toBe(0);
      expect(value('job_queue_oldest_age_seconds{queue="attachment-processing",state="queued"}')).toBe(0);
      expect(value('job_queue_depth{queue="deliveries",state="queued"}')).toBe(0);
      expect(value('job_queue_depth{queue="classification-jobs",state="queued"}')).toBeGreaterThanOrEqual(0);

      const everything = JSON.stringify(lines);
      const secrets = ['callback-secret-0123456789', callbackUrl, generateTestCsv.signature, generateTestCsv.csvContent, await app.deps.secrets.get(SIGNING_SECRET)];
      for (const secret of secrets) expect(everything).not.toContain(secret);
    } finally {
      await receiver.close();
    }
  });
});

describe('health', () => {
  test('/health/live answers while the process runs; /health and /health/ready check the dependencies; all name the version and commit', async () => {
    const live = await fetch(`${base}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok', version: '0.1.0', commit: COMMIT });
    for (const path of ['/health', '/health/ready']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(200);
      const report = (await response.json()) as { checks: Record<string, unknown> };
      expect(report).toMatchObject({ status: 'ok', version: '0.1.0', commit: COMMIT });
      // Each dependency by name; Redis when configured, no LLM here.
      const names = ['database', ...(process.env.REDIS_URL ? ['redis'] : []), 'queue', 'classifier', 'storage'];
      expect(Object.keys(report.checks)).toEqual(names);
      for (const name of names) expect(report.checks[name]).toEqual({ status: 'up', latencyMs: expect.any(Number) });
    }
  });

  test('an LLM that cannot be reached, then file storage that cannot be written, leave the instance degraded (200), each named', async () => {
    const database = await createTestDatabase();
    const attachmentDir = `/tmp/ticketgraph-ready-${process.pid}-${Date.now()}`;
    // Port 9 (discard) is closed here: the LLM cannot be reached.
    const degraded = await startApp(
      testConfig(database.url, { OPENAI_API_KEY: 'sk-ready-secret-0123456789', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', ATTACHMENT_DIR: attachmentDir, JOBS_IN_PROCESS: 'false' }),
      logger,
    );
    try {
      const ready = async () => {
        const response = await fetch(`http://127.0.0.1:${degraded.port}/health/ready`);
        return { status: response.status, body: (await response.json()) as { checks: Record<string, unknown> } };
      };
      const first = await ready();
      expect(first).toMatchObject({
        status: 200,
        body: { status: 'degraded', checks: { database: { status: 'up' }, queue: { status: 'up' }, classifier: { status: 'up' }, storage: { status: 'up' } } },
      });
      expect(first.body.checks.llm).toEqual({ status: 'down', latencyMs: expect.any(Number), error: 'the LLM server cannot be reached' });

      // The folder becomes a file: nothing can be stored.
      await rm(attachmentDir, { recursive: true, force: true });
      await writeFile(attachmentDir, 'not a folder');
      const second = await ready();
      expect(second).toMatchObject({ status: 200, body: { status: 'degraded', checks: { database: { status: 'up' }, queue: { status: 'up' }, llm: { status: 'down' } } } });
      expect(second.body.checks.storage).toMatchObject({ status: 'down', error: expect.stringContaining('EEXIST') });
      expect(JSON.stringify(second.body)).not.toContain('sk-ready-secret');
    } finally {
      await degraded.stop();
      await rm(attachmentDir, { force: true });
      await database.drop();
    }
  });

  test('without COMMIT_SHA the commit is the checkout\'s HEAD', async () => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    expect(releaseOf(undefined)).toEqual({ version: '0.1.0', commit: head });
  });
});
