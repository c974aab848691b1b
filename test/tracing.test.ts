import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ClassificationJobDocument, CreateTicketDocument, CreateWebhookDocument, GenerateTestCsvDocument, TicketAttachmentsDocument, UploadAttachmentDocument, UploadTicketCsvDocument,
} from './gql/graphql';
import { createTestDatabase } from './helpers/database';
import { ticketInput } from './helpers/factories';
import { register, request, run, upload, wsClient } from './helpers/http-client';
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

    // The webhook delivery: a job, in the trace of the request that queued it (the child of its
    // operation, carried in the job's data), whose outbound call is its child.
    const jobs = spans.filter((span) => span.kind === CONSUMER && span.name !== 'process maintenance');
    expect(jobs).toEqual([expect.objectContaining({
      name: 'process deliveries', traceId, parentSpanId: operation!.spanId,
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
    // only. The roots: register, createWebhook and Rename (createTicket continues the client's
    // trace, and the job createTicket's); the minute's maintenance round, if it came, aside.
    expect(spans.filter((span) => span.parentSpanId === '' && span.name !== 'process maintenance').map((span) => span.name)).toEqual(['POST /graphql', 'POST /graphql', 'POST /graphql']);
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

  test('graphql-ws: a query and a subscription in spans of their own, each pushed event in a short child span; a job continues the trace of its request; probes make no span', async () => {
    const own = await createTestDatabase();
    const collector = await OtlpReceiver.start();
    const uploadTraceId = randomBytes(16).toString('hex');
    const attachTraceId = randomBytes(16).toString('hex');
    const traceparent = (id: string, parent = randomBytes(8).toString('hex')): string => `00-${id}-${parent}-01`;
    const [wsTraceId, connectionTraceId] = [randomBytes(16).toString('hex'), randomBytes(16).toString('hex')];
    const [wsParentId, connectionParentId] = [randomBytes(8).toString('hex'), randomBytes(8).toString('hex')];
    const api = npmRun('start', apiEnv({ DATABASE_URL: own.url, OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint }));
    try {
      const base = await api.ready();
      const admin = await register(`${base}/graphql`, 'ws-tracer');
      const client = wsClient(`${base}/graphql`, admin.accessToken);
      let ticketId = '';
      try {
        const answers = client.iterate({ query: 'query WhoAmI { me { username } }' });
        expect((await answers.next()).value).toEqual({ data: { me: { username: 'ws-tracer' } } });
        // A client's trace context goes in an operation's extensions (a browser cannot set headers
        // on a WebSocket), or in the connection's params for all its operations; junk is ignored.
        const me = { data: { me: { username: 'ws-tracer' } } };
        expect((await client.iterate({ query: 'query Traced { me { username } }', extensions: { traceparent: traceparent(wsTraceId, wsParentId) } }).next()).value).toEqual(me);
        expect((await client.iterate({ query: 'query Junk { me { username } }', extensions: { traceparent: 'not-a-trace', tracestate: 'x=1' } }).next()).value).toEqual(me);
        const traced = wsClient(`${base}/graphql`, admin.accessToken, { traceparent: traceparent(connectionTraceId, connectionParentId) });
        try {
          expect((await traced.iterate({ query: 'query FromConnection { me { username } }' }).next()).value).toEqual(me);
        } finally {
          await traced.dispose();
        }

        const events = client.iterate({ query: 'subscription Watch { ticketEvents { type } }' });
        const first = events.next();
        // The subscription starts on its own time: tickets are made until one of their events arrives.
        let arrived = false;
        void first.then(() => (arrived = true));
        for (let i = 0; !arrived; i++) {
          if (i === 50) throw new Error('no event reached the subscription');
          ticketId = (await run(`${base}/graphql`, CreateTicketDocument, { input: ticketInput({ subject: `Watched ${i}` }) }, admin.accessToken)).createTicket.id;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        expect((await first).value).toEqual({ data: { ticketEvents: { type: 'CREATED' } } });
        await events.return!();

        // A subscription its resolver refuses: its span says so.
        const refused = client.iterate({ query: 'subscription Missing { classificationJobUpdated(id: "job_0") { id } }' });
        expect((await refused.next()).value).toMatchObject({ errors: [{ message: 'ClassificationJob job_0 was not found', extensions: { code: 'NOT_FOUND' } }] });
        expect((await refused.next()).done).toBe(true);
      } finally {
        await client.dispose();
      }

      for (const probe of ['/health', '/health/live', '/health/ready', '/metrics']) expect((await fetch(`${base}${probe}`)).status).toBe(200);

      const { generateTestCsv } = await run(`${base}/graphql`, GenerateTestCsvDocument, { ticketCount: 2 });
      const uploaded = await request(`${base}/graphql`, UploadTicketCsvDocument, { input: { csvContent: generateTestCsv.csvContent } }, undefined, { traceparent: traceparent(uploadTraceId) });
      expect(uploaded.errors).toBeUndefined();
      const jobId = uploaded.data!.uploadTicketCsv.id;
      const attached = await upload(`${base}/graphql`, UploadAttachmentDocument, { ticketId }, { name: 'notes.txt', content: 'The printer shows error E42.', type: 'text/plain' }, {
        token: admin.accessToken, headers: { traceparent: traceparent(attachTraceId) },
      });
      expect(attached.errors).toBeUndefined();
      await waitFor(async () => (await run(`${base}/graphql`, ClassificationJobDocument, { id: jobId }, admin.accessToken)).classificationJob?.status, (status) => status === 'COMPLETED');
      await waitFor(
        async () => (await run(`${base}/graphql`, TicketAttachmentsDocument, { id: ticketId }, admin.accessToken)).ticket!.attachments.edges.map((edge) => edge.node.status),
        (statuses) => statuses[0] === 'READY',
      );
    } finally {
      expect(await stop(api)).toBe(0);
      await collector.close();
      await own.drop();
    }

    const spans = collector.spans;
    const named = (name: string): ReceivedSpan[] => spans.filter((span) => span.name === name);
    // Over WebSocket no HTTP request's span exists: the operation's span is the server span, a root.
    expect(named('query WhoAmI')).toEqual([expect.objectContaining({
      kind: SERVER, parentSpanId: '', attributes: { 'graphql.operation.type': 'query', 'graphql.operation.name': 'WhoAmI', 'graphql.outcome': 'ok' },
    })]);
    expect(named('query Traced')).toEqual([expect.objectContaining({ kind: SERVER, traceId: wsTraceId, parentSpanId: wsParentId })]);
    expect(named('query FromConnection')).toEqual([expect.objectContaining({ kind: SERVER, traceId: connectionTraceId, parentSpanId: connectionParentId })]);
    expect(named('query Junk')).toEqual([expect.objectContaining({ kind: SERVER, parentSpanId: '' })]);
    const [watch] = named('subscription Watch');
    expect(named('subscription Watch')).toEqual([expect.objectContaining({
      kind: SERVER, parentSpanId: '', attributes: { 'graphql.operation.type': 'subscription', 'graphql.operation.name': 'Watch', 'graphql.outcome': 'ok' },
    })]);
    expect(named('subscription Missing')).toEqual([expect.objectContaining({
      kind: SERVER, parentSpanId: '',
      attributes: { 'graphql.operation.type': 'subscription', 'graphql.operation.name': 'Missing', 'graphql.outcome': 'error', 'graphql.error.count': 1 },
    })]);
    expect(named('subscription Missing event')).toEqual([]);
    // Each event pushed: a span of its own, the subscription's child, made while its result was.
    const pushed = named('subscription Watch event');
    expect(pushed.length).toBeGreaterThanOrEqual(1);
    for (const event of pushed) {
      expect(event).toMatchObject({
        kind: INTERNAL, traceId: watch!.traceId, parentSpanId: watch!.spanId,
        attributes: { 'graphql.operation.type': 'subscription', 'graphql.operation.name': 'Watch', 'graphql.outcome': 'ok' },
      });
    }

    // The classification job and the file's text extraction: each in the trace of the upload that
    // queued it, the child of its operation.
    for (const [operationName, queue, traceId] of [['mutation UploadTicketCsv', 'classification-jobs', uploadTraceId], ['mutation UploadAttachment', 'attachment-processing', attachTraceId]]) {
      const operation = named(operationName!);
      expect(operation).toEqual([expect.objectContaining({ traceId })]);
      expect(named(`process ${queue}`)).toEqual([expect.objectContaining({
        kind: CONSUMER, traceId, parentSpanId: operation[0]!.spanId, attributes: expect.objectContaining({ 'messaging.destination.name': queue }),
      })]);
    }

    // Probes and scrapes: no span, nor any of the calls they make.
    const serverPaths = spans.filter((span) => span.kind === SERVER && span.attributes['url.path'] !== undefined).map((span) => span.attributes['url.path']);
    expect(serverPaths.length).toBeGreaterThan(0);
    expect(serverPaths.filter((urlPath) => /^\/(health|metrics)/.test(String(urlPath)))).toEqual([]);
    expect(spans.filter((span) => span.parentSpanId === '' && span.kind === CLIENT)).toEqual([]);
  }, 180_000);

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
