import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startApp, type App } from '../src/app';
import { Role } from '../src/entities/enums';
import { User } from '../src/entities/user.entity';
import { releaseOf } from '../src/http/health';
import { fromGlobalId } from '../src/ids';
import { SIGNING_SECRET } from '../src/services/webhooks/delivery.service';
import {
  ConnectIntegrationDocument, CreateTicketDocument, CreateWebhookDocument, GenerateTestCsvDocument, UpdateIntegrationDocument, UpdateWebhookDocument, UploadTicketCsvDocument,
} from './gql/graphql';
import { captureLogger } from './helpers/capture-logger';
import { createTestDatabase } from './helpers/database';
import { ticketInput } from './helpers/factories';
import { testConfig, TEST_PASSWORD } from './helpers/harness';
import { login, register, run, wsClient } from './helpers/http-client';
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

/** A user made ADMIN whatever the order of the tests (only the database's first account becomes one by itself). */
async function adminSession(username: string) {
  await register(`${base}/graphql`, username);
  await app.deps.orm.em.fork().nativeUpdate(User, { username }, { role: Role.ADMIN });
  return login(`${base}/graphql`, username);
}

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
    expect(requestLines().find((entry) => entry.requestId === madeId)).toMatchObject({ status: 401, errorCodes: ['UNAUTHENTICATED'], path: '/graphql' });

    const everything = JSON.stringify(lines);
    for (const secret of [session.accessToken, session.refreshToken, TEST_PASSWORD, secretSearch, 'forged.token.value']) expect(everything).not.toContain(secret);
  });

  test('the codes of errors inside a 200 answer are logged: one operation, a GET, a batch', async () => {
    const admin = await register(`${base}/graphql`, 'codes-admin');
    const customer = await register(`${base}/graphql`, 'codes-customer');
    const post = (body: unknown, token: string, requestId: string) => fetch(`${base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId }, body: JSON.stringify(body),
    });
    const missing = 'mutation Close { setTicketStatus(id: "TICKET-999999", status: CLOSED) { id } }';
    const adminOnly = 'query Tokens { integrationTokens { id } }';
    const invalid = 'mutation Open { createTicket(input: { customer: { id: "c", email: "ann@example.com", name: "Ann" }, subject: "S", description: "Too short", metadata: { source: API } }) { id } }';

    const single = await post({ query: missing }, admin.accessToken, 'codes-single');
    expect(single.status).toBe(200);
    expect(((await single.json()) as { errors: { extensions: { code: string } }[] }).errors.map((error) => error.extensions.code)).toEqual(['NOT_FOUND']);
    const viaGet = await fetch(`${base}/graphql?query=${encodeURIComponent(adminOnly)}`, { headers: { authorization: `Bearer ${customer.accessToken}`, 'x-request-id': 'codes-get' } });
    expect(viaGet.status).toBe(200);
    const batch = await post([{ query: invalid }, { query: missing }, { query: 'query Self { me { id } }' }, { query: missing }], admin.accessToken, 'codes-batch');
    expect(batch.status).toBe(200);
    const ok = await post({ query: 'query Self { me { id } }' }, admin.accessToken, 'codes-none');
    expect(ok.status).toBe(200);

    const lineOf = (requestId: string) => requestLines().find((entry) => entry.requestId === requestId);
    expect(lineOf('codes-single')).toMatchObject({ status: 200, operations: ['Close'], errorCodes: ['NOT_FOUND'] });
    expect(lineOf('codes-get')).toMatchObject({ method: 'GET', status: 200, operations: ['Tokens'], errorCodes: ['FORBIDDEN'] });
    expect(lineOf('codes-batch')).toMatchObject({ status: 200, operations: ['Open', 'Close', 'Self', 'Close'], errorCodes: ['BAD_USER_INPUT', 'NOT_FOUND'] });
    expect(lineOf('codes-none')).toMatchObject({ status: 200, operations: ['Self'] });
    expect(lineOf('codes-none')).not.toHaveProperty('errorCodes');
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
    await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` }, body: JSON.stringify({ query: 'mutation { setTicketStatus(id: "TICKET-999998", status: CLOSED) { id } }' }) });
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
    // An error inside a 200 answer counts too.
    expect(value('api_errors_total{code="NOT_FOUND"}')).toBeGreaterThanOrEqual(1);
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
      const attempts = await waitFor(async () => lines.filter((line) => line.msg === 'delivery attempt' && line.target === 'callback'), (found) => found.length === 2);

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

describe('disabled delivery targets', () => {
  test('a delivery whose webhook or integration was disabled before its retry is counted as disabled and logged, not sent', async () => {
    // A receiver (of the webhook and of the Slack integration) that holds its first answers until
    // the test lets them go, then refuses them: the retries come after both targets were disabled,
    // whatever the machine's speed.
    const arrived: string[] = [];
    let answer: (() => void) | undefined;
    const held = new Promise<void>((resolve) => (answer = resolve));
    const receiver = http.createServer((req, res) => {
      arrived.push(req.url!);
      void held.then(() => res.writeHead(500).end());
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    const count = (read: (series: string) => number, series: string): number => read(series) || 0;
    const before = await scrape();
    try {
      const admin = await adminSession('disabling-admin');
      const { webhook } = (await run(`${base}/graphql`, CreateWebhookDocument, { input: { url: `${origin}/hooks/webhook-secret-path`, events: ['CREATED'] } }, admin.accessToken)).createWebhook;
      const integration = (await run(`${base}/graphql`, ConnectIntegrationDocument, {
        input: { platform: 'SLACK', name: 'Slack to disable', settings: { webhookUrl: `${origin}/services/T1/B1/slack-secret-path` }, events: ['CREATED'] },
      }, admin.accessToken)).connectIntegration;
      await run(`${base}/graphql`, CreateTicketDocument, { input: ticketInput({ subject: 'Sent to targets about to be disabled' }) }, admin.accessToken);
      await waitFor(async () => arrived.length, (arrivals) => arrivals === 2);
      expect((await run(`${base}/graphql`, UpdateWebhookDocument, { id: webhook.id, input: { active: false } }, admin.accessToken)).updateWebhook.active).toBe(false);
      expect((await run(`${base}/graphql`, UpdateIntegrationDocument, { id: integration.id, input: { enabled: false } }, admin.accessToken)).updateIntegration.status).toBe('DISABLED');
      answer!();

      const refused = await waitFor(async () => lines.filter((line) => line.msg === 'delivery attempt: target disabled'), (found) => found.length === 2);
      const attemptOf = (target: string) => lines.find((line) => line.msg === 'delivery attempt' && line.target === target && line.outcome === 'retry' && line.statusCode === 500);
      expect(attemptOf('webhook')).toMatchObject({ event: 'ticket.created', attempt: 1 });
      expect(attemptOf('integration')).toMatchObject({ attempt: 1, integrationId: fromGlobalId(integration.id)!.id });
      expect(refused.sort((a, b) => a.target.localeCompare(b.target))).toEqual([
        {
          level: 40, time: expect.any(Number), msg: 'delivery attempt: target disabled', deliveryId: attemptOf('integration')!.deliveryId, target: 'integration',
          integrationId: fromGlobalId(integration.id)!.id, platform: 'SLACK', event: attemptOf('integration')!.event, problem: 'The integration is disabled', outcome: 'disabled',
        },
        {
          level: 40, time: expect.any(Number), msg: 'delivery attempt: target disabled', deliveryId: attemptOf('webhook')!.deliveryId, target: 'webhook',
          event: 'ticket.created', problem: 'The webhook is disabled', outcome: 'disabled',
        },
      ]);
      // Neither was sent again.
      expect(arrived.sort()).toEqual(['/hooks/webhook-secret-path', '/services/T1/B1/slack-secret-path']);
      const after = await scrape();
      for (const target of ['webhook', 'integration']) {
        expect(count(after, `delivery_attempts_total{target="${target}",outcome="disabled"}`)).toBe(count(before, `delivery_attempts_total{target="${target}",outcome="disabled"}`) + 1);
        expect(count(after, `delivery_attempts_total{target="${target}",outcome="retry"}`)).toBe(count(before, `delivery_attempts_total{target="${target}",outcome="retry"}`) + 1);
      }
      const everything = JSON.stringify(lines);
      for (const secret of ['webhook-secret-path', 'slack-secret-path']) expect(everything).not.toContain(secret);
    } finally {
      answer!();
      receiver.closeAllConnections();
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});

describe('integrations', () => {
  test('an inbound call logs `integration event received` with its integration, platform, actions and ticket, and no secret', async () => {
    const admin = await adminSession('inbound-admin');
    const signingSecret = 'slack-signing-secret-0123456789';
    const incomingWebhook = 'http://127.0.0.1:9/services/T1/B1/incoming-webhook-secret';
    const integration = (await run(`${base}/graphql`, ConnectIntegrationDocument, {
      input: { platform: 'SLACK', name: 'Slack commands', settings: { webhookUrl: incomingWebhook, signingSecret }, events: ['DELETED'] },
    }, admin.accessToken)).connectIntegration;
    const responseUrl = 'https://hooks.slack.com/commands/1234/response-url-secret';
    const body = new URLSearchParams({
      token: 'legacy-verification-token', team_id: 'T0001', channel_id: 'C2147483705', user_id: 'U2147483697', user_name: 'steve', command: '/ticket',
      text: 'Printer offline\nThe second floor printer has been offline since this morning.', response_url: responseUrl, trigger_id: '13345224609.738474920.8088930838d88f008e0',
    }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;

    const response = await fetch(`${base}/integrations/${integration.id}/inbound`, {
      method: 'POST', body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature },
    });
    expect(response.status).toBe(200);
    const key = /^Created (TICKET-\d{6}): Printer offline$/.exec(((await response.json()) as { text: string }).text)![1]!;
    const ticket = (await (await fetch(`${base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.accessToken}` },
      body: JSON.stringify({ query: 'query Created($key: ID!) { ticket(id: $key) { id } }', variables: { key } }),
    })).json()) as { data: { ticket: { id: string } } };

    const received = lines.filter((line) => line.msg === 'integration event received');
    expect(received).toEqual([{
      level: 30, time: expect.any(Number), msg: 'integration event received', integrationId: fromGlobalId(integration.id)!.id, platform: 'SLACK', callId: null,
      actions: ['createTicket'], ticketId: fromGlobalId(ticket.data.ticket.id)!.id,
    }]);
    const everything = JSON.stringify(lines);
    for (const secret of [signingSecret, signature, 'incoming-webhook-secret', 'response-url-secret', 'legacy-verification-token', admin.accessToken]) {
      expect(everything).not.toContain(secret);
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

  test('a check that does not answer within HEALTH_CHECK_TIMEOUT_MS counts as down, named with the limit', async () => {
    // An LLM server that takes the connection and never answers.
    const silent = http.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const database = await createTestDatabase();
    const app = await startApp(
      testConfig(database.url, {
        OPENAI_API_KEY: 'sk-silent-0123456789', OPENAI_BASE_URL: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/v1`,
        JOBS_IN_PROCESS: 'false', HEALTH_CHECK_TIMEOUT_MS: '300',
      }),
      logger,
    );
    try {
      const response = await fetch(`http://127.0.0.1:${app.port}/health/ready`);
      // Only the LLM's check is asserted: on a busy machine another check may also miss 300 ms.
      const body = (await response.json()) as { checks: Record<string, unknown> };
      expect(body.checks.llm).toEqual({ status: 'down', latencyMs: expect.any(Number), error: 'no answer within 300 ms' });
    } finally {
      await app.stop();
      silent.closeAllConnections();
      silent.close();
      await database.drop();
    }
  });

  test('an LLM that cannot be reached, then file storage that cannot be written, leave the instance degraded (200), each named', async () => {
    const database = await createTestDatabase();
    const attachmentDir = `/tmp/ticketgraph-ready-${process.pid}-${Date.now()}`;
    // Port 9 (discard) is closed here: the LLM cannot be reached.
    const degraded = await startApp(
      testConfig(database.url, { OPENAI_API_KEY: 'sk-ready-secret-0123456789', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', ATTACHMENT_DIR: attachmentDir, JOBS_IN_PROCESS: 'false',
        // Both failures are immediate (a refused connection, a file where the folder was): a long
        // limit keeps a slow first check on a busy machine from counting as down.
        HEALTH_CHECK_TIMEOUT_MS: '30000' }),
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
