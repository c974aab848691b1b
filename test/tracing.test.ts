import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CreateTicketDocument, CreateWebhookDocument } from './gql/graphql';
import { createTestDatabase } from './helpers/database';
import { ticketInput } from './helpers/factories';
import { register, request, run } from './helpers/http-client';
import { npmRun, type NpmProcess } from './helpers/npm-run';
import { OtlpReceiver, type ReceivedSpan } from './helpers/otlp-receiver';
import { Receiver } from './helpers/receiver';
import { waitFor } from './helpers/wait';

// Protocol tests (issue 16): OpenTelemetry traces sent over OTLP/HTTP to a collector the test
// runs, from `npm start` (the instrumentations hook modules as they load, so not in-process).

const INTERNAL = 1;
const SERVER = 2;
const CLIENT = 3;
const CONSUMER = 5;
const LOADED_MODULES = path.resolve(__dirname, 'helpers/loaded-modules.cjs');

let database: { url: string; drop: () => Promise<void> };
let dataDir: string;
beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'ticketgraph-tracing-'));
});
afterAll(async () => {
  await database?.drop();
  await rm(dataDir, { recursive: true, force: true });
});

function apiEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PORT: '0', HOST: '127.0.0.1', DATABASE_URL: database.url, REDIS_URL: process.env.REDIS_URL ?? '', REDIS_PREFIX: `tg-test-${randomBytes(4).toString('hex')}:`,
    DATA_DIR: dataDir, CLASSIFIER_CORPUS_DIR: 'test/fixtures/corpus', ...extra,
  };
}

/** Stops the API as a container stop does (SIGTERM to npm) and resolves with npm's exit code. */
async function stop(api: NpmProcess): Promise<number | null> {
  if (api.child.exitCode === null) process.kill(api.child.pid!, 'SIGTERM');
  return api.exited();
}

/** Loads `loaded-modules.cjs` into the API process, to list at its exit what it loaded. */
function listingModules(file: string): Record<string, string> {
  return { NODE_OPTIONS: `--require ${LOADED_MODULES}`, LOADED_MODULES_FILE: file };
}

/** The modules an API process loaded from @opentelemetry, read at its exit; the API package itself aside (prom-client loads it). */
async function openTelemetryModules(file: string): Promise<string[]> {
  const loaded = JSON.parse(await readFile(file, 'utf8')) as string[];
  return loaded.filter((module) => module.includes('/@opentelemetry/') && !module.includes('/@opentelemetry/api/') || module.includes('/src/telemetry/open-telemetry'));
}

describe('traces over OTLP/HTTP', () => {
  test('protobuf (the default): HTTP request (honouring traceparent) > GraphQL operation > PostgreSQL and Redis; a job > its outbound call; errors marked', async () => {
    const collector = await OtlpReceiver.start();
    const hooks = await Receiver.start();
    const hooksUrl = hooks.url();
    const modulesFile = path.join(dataDir, 'modules-traced.json');
    let webhookSecret = '';
    const traceId = randomBytes(16).toString('hex');
    const clientSpanId = randomBytes(8).toString('hex');
    const api = npmRun('start', apiEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_SERVICE_NAME: 'ticketgraph-test', ...listingModules(modulesFile) }));
    try {
      const base = await api.ready();
      const admin = await register(`${base}/graphql`, 'tracer');
      webhookSecret = (await run(`${base}/graphql`, CreateWebhookDocument, { input: { url: hooksUrl, events: ['CREATED'] } }, admin.accessToken)).createWebhook.secret;

      const created = await request(`${base}/graphql`, CreateTicketDocument, { input: ticketInput({ subject: 'Traced ticket' }) }, admin.accessToken, { traceparent: `00-${traceId}-${clientSpanId}-01` });
      expect(created.errors).toBeUndefined();
      await waitFor(async () => hooks.received.length, (count) => count === 1);

      const missing = await fetch(`${base}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.accessToken}` },
        body: JSON.stringify({ query: 'mutation Rename { setTicketStatus(id: "TICKET-999999", status: CLOSED) { id } }' }),
      });
      expect(((await missing.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('NOT_FOUND');
    } finally {
      expect(await stop(api)).toBe(0);
      await hooks.close();
      await collector.close();
    }

    expect(collector.contentTypes.length).toBeGreaterThan(0);
    expect(new Set(collector.contentTypes)).toEqual(new Set(['application/x-protobuf']));
    const spans = collector.spans;
    expect(new Set(spans.map((span) => span.service))).toEqual(new Set(['ticketgraph-test']));
    const childrenOf = (parent: ReceivedSpan): ReceivedSpan[] => spans.filter((span) => span.traceId === parent.traceId && span.parentSpanId === parent.spanId);

    // The client's traceparent: the request's span continues the client's trace, as the child of its span.
    const incoming = spans.filter((span) => span.traceId === traceId && span.kind === SERVER);
    expect(incoming).toEqual([expect.objectContaining({
      parentSpanId: clientSpanId, name: 'POST /graphql',
      attributes: expect.objectContaining({ 'http.request.method': 'POST', 'http.route': '/graphql', 'http.response.status_code': 200 }),
    })]);
    const operation = childrenOf(incoming[0]!).find((span) => span.kind === INTERNAL);
    expect(operation).toMatchObject({
      name: 'mutation CreateTicket',
      attributes: { 'graphql.operation.type': 'mutation', 'graphql.operation.name': 'CreateTicket', 'graphql.outcome': 'ok' },
    });
    // The caller's budget is read from Redis before the operation; the ticket is stored and its event published inside it.
    expect(childrenOf(incoming[0]!).filter((span) => span.kind === CLIENT).map((span) => [span.attributes['db.system.name'], span.attributes['db.operation.name']])).toEqual([['redis', 'evalsha']]);
    const operationCalls = childrenOf(operation!);
    expect(operationCalls.find((span) => String(span.attributes['db.query.text']).includes('insert into tickets'))).toMatchObject({ kind: CLIENT, attributes: { 'db.system.name': 'postgresql' } });
    expect(operationCalls.find((span) => span.attributes['db.system.name'] === 'redis')).toMatchObject({ kind: CLIENT, attributes: { 'db.operation.name': 'publish' } });

    // The webhook delivery: a job of its own, whose outbound call is its child.
    const jobs = spans.filter((span) => span.kind === CONSUMER);
    expect(jobs).toEqual([expect.objectContaining({
      name: 'process deliveries', parentSpanId: '',
      attributes: expect.objectContaining({ 'messaging.system': 'pg-boss', 'messaging.destination.name': 'deliveries', 'messaging.message.id': expect.any(String) }),
    })]);
    const delivery = childrenOf(jobs[0]!);
    // The URL without its path, where callbacks' and chat platforms' URLs carry their tokens.
    expect(delivery.filter((span) => span.attributes['url.full'] !== undefined)).toEqual([expect.objectContaining({
      name: 'POST', kind: CLIENT, attributes: expect.objectContaining({ 'url.full': new URL(hooksUrl).origin, 'url.path': 'REDACTED', 'http.response.status_code': 204 }),
    })]);
    // Nor a value the ORM wrote into a statement: the webhook's secret, its URL, the user's email.
    for (const secret of [webhookSecret, new URL(hooksUrl).pathname, 'tracer@example.com']) expect(JSON.stringify(spans)).not.toContain(secret);
    expect(spans.find((span) => String(span.attributes['db.query.text']).startsWith('insert into "webhooks"'))?.attributes['db.query.text']).toContain("values ('?', '?', '?', '?'");
    expect(delivery.some((span) => String(span.attributes['db.query.text']).includes('update webhook_deliveries'))).toBe(true);

    // A failed operation is marked so; a request without traceparent starts a trace of its own.
    const failed = spans.find((span) => span.name === 'mutation Rename')!;
    expect(failed.attributes).toEqual({ 'graphql.operation.type': 'mutation', 'graphql.operation.name': 'Rename', 'graphql.outcome': 'error', 'graphql.error.count': 1 });
    expect(spans.find((span) => span.spanId === failed.parentSpanId)).toMatchObject({ kind: SERVER, parentSpanId: '', name: 'POST /graphql' });

    // No span for the queue's own polling: PostgreSQL calls are traced inside a request or a job
    // only. The roots: register, createWebhook and Rename (createTicket continues the client's trace), the job.
    expect(spans.filter((span) => span.parentSpanId === '').map((span) => span.kind).sort()).toEqual([SERVER, SERVER, SERVER, CONSUMER].sort());
    expect(await openTelemetryModules(modulesFile)).toEqual(expect.arrayContaining([expect.stringContaining('/@opentelemetry/sdk-trace/'), expect.stringContaining('/src/telemetry/open-telemetry.ts')]));
  }, 120_000);

  test('JSON: a GET query, named by its route and operation', async () => {
    const collector = await OtlpReceiver.start();
    const api = npmRun('start', apiEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: `${collector.endpoint}/`, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' }));
    try {
      const base = await api.ready();
      const response = await fetch(`${base}/graphql?query=${encodeURIComponent('query Version { __typename }')}&variables=${encodeURIComponent('{"secret":"my-search-text"}')}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(await response.json()).toMatchObject({ data: { __typename: 'Query' } });
    } finally {
      expect(await stop(api)).toBe(0);
      await collector.close();
    }
    expect(new Set(collector.contentTypes)).toEqual(new Set(['application/json']));
    const operation = collector.spans.find((span) => span.name === 'query Version');
    expect(operation).toMatchObject({ kind: INTERNAL, service: 'ticketgraph', attributes: { 'graphql.operation.type': 'query', 'graphql.operation.name': 'Version', 'graphql.outcome': 'ok' } });
    // The query string (the document and its variables) is not sent.
    expect(collector.spans.find((span) => span.spanId === operation!.parentSpanId)).toMatchObject({
      traceId: operation!.traceId, kind: SERVER, name: 'GET /graphql', attributes: expect.objectContaining({ 'http.response.status_code': 200, 'url.path': '/graphql', 'url.query': 'REDACTED' }),
    });
    expect(JSON.stringify(collector.spans)).not.toContain('my-search-text');
  }, 120_000);

  test('without OTEL_EXPORTER_OTLP_ENDPOINT nothing of OpenTelemetry is loaded', async () => {
    const modulesFile = path.join(dataDir, 'modules-untraced.json');
    const api = npmRun('start', apiEnv(listingModules(modulesFile)));
    try {
      const base = await api.ready();
      expect((await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).status).toBe(200);
    } finally {
      expect(await stop(api)).toBe(0);
    }
    const loaded = JSON.parse(await readFile(modulesFile, 'utf8')) as string[];
    expect(loaded).toEqual(expect.arrayContaining([expect.stringContaining('/src/telemetry/spans.ts'), expect.stringContaining('/node_modules/pg/')]));
    expect(await openTelemetryModules(modulesFile)).toEqual([]);
  }, 120_000);
});
