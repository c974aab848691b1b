import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { query } from '../src/db/sql';
import { parseCsvRecords } from '../src/services/import';
import { validateCallbackUrl } from '../src/services/webhooks/delivery.service';
import {
  ClassificationJobDocument, ClassificationJobTicketsDocument, ClassificationJobUpdatedDocument, GenerateTestCsvDocument,
  TicketKeysDocument, UploadTicketCsvDocument, type UploadTicketCsvInput,
} from './gql/graphql';
import { completionReply, FakeOpenAiServer } from './helpers/fake-openai-server';
import { startTestServer } from './helpers/harness';
import { register, request, run, wsClient } from './helpers/http-client';
import { Receiver } from './helpers/receiver';
import { allValues } from './helpers/subscriptions';
import { waitFor } from './helpers/wait';

const SECRET = 'a-secret-shared-with-trusted-clients';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;

beforeAll(async () => {
  // Everything here is anonymous, as the seed's clients are: the per-IP budget is not under test.
  server = await startTestServer({ CSV_SIGNING_SECRET: SECRET, DELIVERY_RETRY_DELAY_SECONDS: '1', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000' });
});
afterAll(async () => server?.close());

/** The README's signing scheme, as its snippet writes it: what a client with the secret does. */
function sign(csv: string, timestamp: string, nonce: string): string {
  const rows = csv.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/^(\s*(#.*)?\n)*/, '').replace(/\n+$/, '');
  return createHmac('sha256', SECRET).update(`${timestamp}.${nonce}.${rows}`).digest('hex');
}

const header = 'customer_id,customer_email,customer_name,subject,description,category,priority\n';
const ownRows =
  'own-1,own1@example.com,Olga,Cannot log in after the update,Since the update the login page rejects my password every time.,,\n' +
  'own-2,own2@example.com,Omar,Refund for a double charge,My card was charged twice for the March invoice; please refund one.,,\n';

async function generate(count: number) {
  const { generateTestCsv } = await run(server.url, GenerateTestCsvDocument, { ticketCount: count });
  return { ...generateTestCsv, csv: Buffer.from(generateTestCsv.csvContent, 'base64').toString('utf8') };
}

function upload(input: UploadTicketCsvInput, headers: Record<string, string> = {}, target = server) {
  return request(target.url, UploadTicketCsvDocument, { input }, undefined, headers);
}

function pollUntilFinished(id: string, target = server) {
  return waitFor(
    async () => (await run(target.url, ClassificationJobDocument, { id })).classificationJob!,
    (job) => job.status === 'COMPLETED' || job.status === 'FAILED',
  );
}

describe('the seed clients\' flow', () => {
  test('generate, decode, upload with the three headers, subscribe: progress, the final state, then the end', async () => {
    const generated = await generate(40);
    const lines = generated.csv.split('\r\n');
    expect(lines.slice(0, 4)).toEqual([
      `# X-Session-Id: ${generated.sessionId}`,
      `# X-Signature: ${generated.signature}`,
      `# X-Nonce: ${generated.nonce}`,
      `# X-Timestamp: ${generated.timestamp}`,
    ]);
    expect(lines[4]).toBe('customer_id,customer_email,customer_name,subject,description,category,priority,status,tags,source,browser,device_type');
    expect(generated).toMatchObject({ rowCount: 40, fileName: `tickets-${generated.sessionId}.csv` });
    expect(generated.sessionId).toMatch(/^job_[0-9a-f-]{36}$/);
    expect(generated.signature).toBe(sign(generated.csv, generated.timestamp, generated.nonce));

    const client = wsClient(server.url);
    try {
      const uploaded = await upload(
        { csvContent: generated.csv, fileName: generated.fileName },
        { 'X-Signature': generated.signature, 'X-Nonce': generated.nonce, 'X-Timestamp': generated.timestamp },
      );
      expect(uploaded.errors).toBeUndefined();
      expect(uploaded.data!.uploadTicketCsv).toMatchObject({
        id: generated.sessionId, status: 'PENDING', fileName: generated.fileName, totalTickets: 40, processedTickets: 0, rowErrors: [],
      });

      const updates = (await allValues(client, ClassificationJobUpdatedDocument, { id: generated.sessionId })).map((u) => u.classificationJobUpdated);
      const last = updates.at(-1)!;
      expect(last).toMatchObject({ id: generated.sessionId, status: 'COMPLETED', totalTickets: 40, processedTickets: 40, failedTickets: 0 });
      expect(last.completedAt).not.toBeNull();
      expect(updates.filter((u) => u.status === 'COMPLETED')).toHaveLength(1);
      const processed = updates.map((u) => u.processedTickets);
      expect(processed).toEqual([...processed].sort((a, b) => a - b));
    } finally {
      await client.dispose();
    }

    const { classificationJob } = await run(server.url, ClassificationJobTicketsDocument, { id: generated.sessionId, first: 100 });
    const tickets = classificationJob!.tickets;
    expect(tickets.totalCount).toBe(40);
    const subjects = lines.slice(5, -1).map((line) => line);
    expect(tickets.edges).toHaveLength(40);
    for (const { node } of tickets.edges) {
      expect(node.classification).toMatchObject({
        category: expect.stringMatching(/^[A-Z_]+$/),
        priority: expect.stringMatching(/^(URGENT|HIGH|MEDIUM|LOW)$/),
        urgency: expect.stringMatching(/^(HIGH|MEDIUM|LOW)$/),
        impact: expect.stringMatching(/^(HIGH|MEDIUM|LOW)$/),
        sentiment: expect.stringMatching(/^(POSITIVE|NEUTRAL|NEGATIVE)$/),
        confidence: expect.any(Number),
      });
      expect(node.classification!.confidence).toBeGreaterThan(0);
      expect(node.classification!.confidence).toBeLessThanOrEqual(1);
      expect(node.slaDueAt).not.toBeNull();
    }
    // The tickets come in the file's order.
    expect(tickets.edges[0]!.node.customer.customerId).toBe(subjects[0]!.split(',')[0]);
  });

  test('polling: PENDING, then COMPLETED with its timings; the signature may come as input fields and the content as base64', async () => {
    const generated = await generate(5);
    const { uploadTicketCsv } = (await upload({
      csvContent: generated.csvContent, signature: generated.signature, nonce: generated.nonce, timestamp: generated.timestamp,
    })).data!;
    expect(uploadTicketCsv).toMatchObject({ id: generated.sessionId, status: 'PENDING', startedAt: null, completedAt: null, processingTimeMs: null });
    const job = await pollUntilFinished(generated.sessionId);
    expect(job).toMatchObject({ status: 'COMPLETED', totalTickets: 5, processedTickets: 5, failedTickets: 0, errorMessage: null });
    const started = Date.parse(job.startedAt!);
    const completed = Date.parse(job.completedAt!);
    expect(started).toBeGreaterThanOrEqual(Date.parse(job.createdAt));
    expect(Math.abs(job.processingTimeMs! - (completed - started))).toBeLessThanOrEqual(1);
  });

  test('a subscriber who comes after the end gets the final state at once, and the stream completes', async () => {
    const generated = await generate(3);
    await upload({ csvContent: generated.csvContent });
    await pollUntilFinished(generated.sessionId);
    const client = wsClient(server.url);
    try {
      const updates = await allValues(client, ClassificationJobUpdatedDocument, { id: generated.sessionId }, 5000);
      expect(updates.map((u) => u.classificationJobUpdated)).toEqual([
        expect.objectContaining({ id: generated.sessionId, status: 'COMPLETED', processedTickets: 3, totalTickets: 3 }),
      ]);
    } finally {
      await client.dispose();
    }
  });
});

describe('signatures, nonces and timestamps', () => {
  test('a client with the secret signs its own file (ISO timestamp, CRLF line breaks) and it is accepted', async () => {
    const timestamp = new Date().toISOString();
    const nonce = randomBytes(8).toString('hex');
    const signature = sign(header + ownRows, timestamp, nonce);
    const result = await upload({ csvContent: (header + ownRows).replaceAll('\n', '\r\n'), fileName: 'own.csv', signature, nonce, timestamp });
    expect(result.errors).toBeUndefined();
    const job = await pollUntilFinished(result.data!.uploadTicketCsv.id);
    expect(job).toMatchObject({ status: 'COMPLETED', fileName: 'own.csv', totalTickets: 2, processedTickets: 2 });
    const tickets = (await run(server.url, ClassificationJobTicketsDocument, { id: job.id })).classificationJob!.tickets.edges.map((e) => e.node);
    expect(tickets.map((t) => [t.subject, t.category])).toEqual([
      ['Cannot log in after the update', 'ACCOUNT_ACCESS'],
      ['Refund for a double charge', 'BILLING_QUESTION'],
    ]);
  });

  test('each refusal has its own code and reason', async () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(8).toString('hex');
    const signature = sign(header + ownRows, timestamp, nonce);
    const refusal = async (input: UploadTicketCsvInput, headers: Record<string, string> = {}) => {
      const result = await upload(input, headers);
      expect(result.data).toBeNull();
      return { message: result.errors![0]!.message, ...result.errors![0]!.extensions };
    };

    expect(await refusal({ csvContent: header + ownRows })).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'MISSING_SIGNATURE',
      message: 'The upload is not signed: signature, nonce, timestamp missing (input fields, X-Signature/X-Nonce/X-Timestamp headers, or the file\'s comment lines)',
    });
    expect(await refusal({ csvContent: header + ownRows.replace('twice', 'thrice'), signature, nonce, timestamp })).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_SIGNATURE',
      message: 'The signature does not match the file: it must be the hex HMAC-SHA256 of "<timestamp>.<nonce>.<CSV rows>"',
    });
    const old = String(Math.floor(Date.now() / 1000) - 16 * 60);
    expect(await refusal({ csvContent: header + ownRows, signature: sign(header + ownRows, old, nonce), nonce, timestamp: old })).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'TIMESTAMP_OUT_OF_WINDOW',
      message: `The timestamp ${old} is more than 900 s from the server's clock; sign the file again`,
    });

    // Input fields win over headers: wrong headers do not matter.
    const accepted = await upload({ csvContent: header + ownRows, signature, nonce, timestamp }, { 'X-Signature': 'f'.repeat(64), 'X-Nonce': 'other' });
    expect(accepted.errors).toBeUndefined();
    expect(await refusal({ csvContent: header + ownRows, signature, nonce, timestamp })).toEqual({
      code: 'CONFLICT',
      reason: 'NONCE_REUSED',
      message: 'This nonce was used already; sign the file again with a new nonce',
    });
  });

  test('a refused file spends neither its nonce nor its session', async () => {
    const generated = await generate(2);
    const broken = generated.csv.replace(/\r\ncustomer_id,.*\r\n/, '\r\norder_id,amount\r\n');
    const timestamp = generated.timestamp;
    const refused = await upload({ csvContent: broken, signature: sign(broken, timestamp, generated.nonce), nonce: generated.nonce, timestamp });
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_COLUMNS' });
    const accepted = await upload({ csvContent: generated.csvContent });
    expect(accepted.data?.uploadTicketCsv).toMatchObject({ id: generated.sessionId, totalTickets: 2 });
  });

  test('bad rows are reported on the job, the good ones classified', async () => {
    const csv = `${header}${ownRows}bad-1,not-an-email,Bea,Broken row,too short,,\n`;
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(8).toString('hex');
    const { uploadTicketCsv } = (await upload({ csvContent: csv, signature: sign(csv, timestamp, nonce), nonce, timestamp })).data!;
    expect(uploadTicketCsv).toMatchObject({
      totalTickets: 2,
      rowErrors: [{ row: 3, errors: ['customer.email must be a valid email address', 'description must be 10-2000 characters long (got 9)'] }],
    });
    expect(await pollUntilFinished(uploadTicketCsv.id)).toMatchObject({ status: 'COMPLETED', processedTickets: 2 });
  });
});

describe('progress over a subscription (protocol test: the classifier is an OpenAI-compatible model on a local server)', () => {
  let fake: FakeOpenAiServer;
  let slow: Server;
  beforeAll(async () => {
    fake = await FakeOpenAiServer.start();
    fake.otherwise = completionReply(
      { reasoning: 'Sign-in trouble.', category: 'ACCOUNT_ACCESS', urgency: 'MEDIUM', impact: 'LOW', sentiment: 'NEUTRAL', confidence: 0.8, keywords: ['login'] },
      undefined,
      { delayMs: 15 },
    );
    slow = await startTestServer({
      CSV_SIGNING_SECRET: SECRET, RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'gpt-test', OPENAI_MAX_CONCURRENCY: '8',
    });
  });
  afterAll(async () => {
    await slow?.close();
    await fake?.close();
  });

  test('updates come between chunks while the job runs, then the final state, then the end', async () => {
    const { generateTestCsv } = await run(slow.url, GenerateTestCsvDocument, { ticketCount: 1000 });
    const client = wsClient(slow.url);
    try {
      const uploaded = await upload({ csvContent: generateTestCsv.csvContent }, {}, slow);
      expect(uploaded.errors).toBeUndefined();
      const updates = (await allValues(client, ClassificationJobUpdatedDocument, { id: generateTestCsv.sessionId }, 30_000)).map(
        (u) => u.classificationJobUpdated,
      );
      const running = updates.filter((u) => u.processedTickets > 0 && u.processedTickets < 1000);
      // Tickets are stored 250 at a time; progress is published after a chunk, at most every 250 ms.
      expect(running.length).toBeGreaterThanOrEqual(2);
      for (const update of running) expect(update.processedTickets % 250).toBe(0);
      // At most PENDING, PROCESSING, 250, 500, 750, COMPLETED, and nothing twice.
      expect(updates.length).toBeLessThanOrEqual(6);
      expect(new Set(updates.map((u) => `${u.status}:${u.processedTickets}`)).size).toBe(updates.length);
      expect(updates.at(-1)).toMatchObject({ status: 'COMPLETED', processedTickets: 1000, failedTickets: 0 });
      expect(fake.requests).toHaveLength(1000);
    } finally {
      await client.dispose();
    }
  });
});

describe('the callback (protocol test: a receiver started by the test)', () => {
  let receiver: Receiver;
  let receiverUrl: string;

  beforeAll(async () => {
    receiver = await Receiver.start();
    receiverUrl = receiver.url('/hooks/jobs');
  });
  afterAll(async () => receiver?.close());

  test('the final state is POSTed, signed; a failed delivery is retried with the same delivery id', async () => {
    receiver.statuses.push(503);
    const received = receiver.received;
    const generated = await generate(4);
    const uploaded = await upload({ csvContent: generated.csvContent, callbackUrl: receiverUrl });
    expect(uploaded.data!.uploadTicketCsv.callbackUrl).toBe(receiverUrl);
    await waitFor(async () => received.length, (count) => count >= 2, 20_000);

    const [failed, delivered] = received;
    expect(delivered!.headers['x-webhook-id']).toBe(failed!.headers['x-webhook-id']);
    expect(delivered!.headers['content-type']).toBe('application/json');
    expect(delivered!.headers['x-webhook-event']).toBe('classification_job.completed');
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(delivered!.headers['x-webhook-signature']))!;
    expect(v1).toBe(createHmac('sha256', SECRET).update(`${t}.${delivered!.body}`).digest('hex'));
    expect(Math.abs(Number(t) - Date.now() / 1000)).toBeLessThan(60);

    const body = JSON.parse(delivered!.body) as { id: string; event: string; createdAt: string; data: Record<string, unknown> };
    expect(body).toMatchObject({
      id: delivered!.headers['x-webhook-id'],
      event: 'classification_job.completed',
      data: { id: generated.sessionId, status: 'COMPLETED', totalTickets: 4, processedTickets: 4, failedTickets: 0, errorMessage: null, rowErrors: [] },
    });

    const [log] = await query<{ status: string; attempts: number; last_status_code: number }>(
      server.deps.orm.em.fork(),
      'select status, attempts, last_status_code from webhook_deliveries where id = ?',
      [body.id],
    );
    expect(log).toEqual({ status: 'DELIVERED', attempts: 2, last_status_code: 204 });
  }, 30_000);

  test('callback URLs are checked when the file is uploaded', async () => {
    const generated = await generate(1);
    const result = await upload({ csvContent: generated.csvContent, callbackUrl: 'ftp://files.example.com/in' });
    expect(result.errors?.[0]).toMatchObject({
      message: 'Invalid input: callbackUrl must use http or https, not ftp',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'callbackUrl', message: 'must use http or https, not ftp' }] },
    });
    expect(() => validateCallbackUrl('http://127.0.0.1:9/x', false)).toThrow('callbackUrl must point at a public address');
    expect(() => validateCallbackUrl('http://[::1]/x', false)).toThrow('callbackUrl must point at a public address');
    expect(() => validateCallbackUrl('http://10.1.2.3/x', false)).toThrow('callbackUrl must point at a public address');
    expect(() => validateCallbackUrl('https://user:pw@example.com/x', false)).toThrow('callbackUrl must not carry credentials');
    expect(validateCallbackUrl('https://hooks.example.com/jobs?x=1', false)).toBe('https://hooks.example.com/jobs?x=1');
  });
});

describe('what a holder of a signed file cannot do, and the largest file', () => {
  test('the X-Session-Id line cannot be chosen: it must name the session of the signature', async () => {
    const generated = await generate(2);
    const chosen = generated.csv.replace(generated.sessionId, 'job_00000000-0000-4000-8000-000000000001');
    const refused = await upload({ csvContent: chosen });
    expect(refused.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual([{
      message: "The file's X-Session-Id is not the session of its signature: it was changed, or comes from another file",
      extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_SESSION' },
    }]);
    // Without the line, the job still gets the session's id: it follows from the nonce.
    const withoutLine = generated.csv.replace(/^# X-Session-Id: .*\r\n/, '');
    expect((await upload({ csvContent: withoutLine })).data?.uploadTicketCsv).toMatchObject({ id: generated.sessionId, totalTickets: 2 });
  });

  test('what is imported is what was signed: lines the signature skips cannot change how the rows are read', async () => {
    const generated = await generate(2);
    const [comments, rows] = [generated.csv.slice(0, generated.csv.indexOf('customer_id')), generated.csv.slice(generated.csv.indexOf('customer_id'))];
    // An indented `#` line is a comment to the signature; were it read as the header, it would rename every column.
    const renamed = `${comments}  #subject,description,customer_name\r\n${rows}`;
    const first = await upload({ csvContent: renamed });
    expect(first.data?.uploadTicketCsv).toMatchObject({ id: generated.sessionId, totalTickets: 2, rowErrors: [] });
    const { classificationJob } = await run(server.url, ClassificationJobTicketsDocument, { id: generated.sessionId, first: 10 });
    expect(classificationJob!.tickets.edges.map((edge) => edge.node.subject).sort()).toEqual(
      parseCsvRecords(rows).records.map((record) => record.subject).sort(),
    );

    // Lone CRs read as line breaks by the signature, and so by the import.
    const again = await generate(2);
    const crOnly = again.csv.replace(/\r\n(?!#)/g, '\r');
    expect((await upload({ csvContent: crOnly })).data?.uploadTicketCsv).toMatchObject({ id: again.sessionId, totalTickets: 2, rowErrors: [] });
  });

  test('tickets of a signed file belong to no account, whoever uploads it', async () => {
    // The first account of a database is ADMIN: register one before the customer.
    await register(server.url, `first-${randomBytes(3).toString('hex')}`);
    const customer = await register(server.url, `cust-${randomBytes(3).toString('hex')}`);
    expect(customer.user.role).toBe('CUSTOMER');
    const generated = await generate(2);
    const uploaded = await request(server.url, UploadTicketCsvDocument, { input: { csvContent: generated.csvContent } }, customer.accessToken);
    expect(uploaded.data?.uploadTicketCsv).toMatchObject({ id: generated.sessionId, totalTickets: 2 });
    expect((await run(server.url, TicketKeysDocument, {}, customer.accessToken)).tickets.totalCount).toBe(0);
  });

  test('the CSV comes as csvContent or as file, exactly one of them', async () => {
    const answer = await upload({});
    expect(answer.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual([{
      message: 'Invalid input: csvContent give the CSV either as csvContent or as file (a multipart upload), not both or neither',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'csvContent', message: 'give the CSV either as csvContent or as file (a multipart upload), not both or neither' }] },
    }]);
  });

  test('the largest test file costs its size in requests, is built off the main thread, and uploads as a multipart file', async () => {
    // The anonymous budget as configured by default: 60 requests a minute per address.
    const plain = await startTestServer({ CSV_SIGNING_SECRET: SECRET });
    try {
      let healthChecks = 0;
      let building = true;
      const watch = (async () => {
        while (building) {
          if ((await fetch(plain.url.replace('/graphql', '/health'))).status === 200) healthChecks++;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
      const generated = await request(plain.url, GenerateTestCsvDocument, { ticketCount: 50_000 });
      building = false;
      await watch;
      expect(generated.data?.generateTestCsv.rowCount).toBe(50_000);
      // The headers show the budget as the request was admitted (one request); the other 49 of its
      // cost are drawn while it runs. The API kept answering others meanwhile.
      expect(generated.headers.get('x-ratelimit-remaining')).toBe('59');
      expect(healthChecks).toBeGreaterThan(3);
      // A second one cannot be paid for: refused, and it costs only its own request.
      const second = await request(plain.url, GenerateTestCsvDocument, { ticketCount: 50_000 });
      expect(second.errors?.map(({ message, extensions }) => ({ message, code: extensions?.code }))).toEqual([{
        message: expect.stringMatching(/^A file of 50000 tickets costs 50 requests of your budget, more than is left; try again in \d+ s or ask for fewer tickets$/),
        code: 'RATE_LIMITED',
      }]);
      expect(second.headers.get('x-ratelimit-remaining')).toBe('9');

      // 43 MB of base64 is over the JSON body limit (16 MB); as a file it uploads.
      const { csvContent, sessionId } = generated.data!.generateTestCsv;
      expect(csvContent.length).toBeGreaterThan(16 * 1024 * 1024);
      const form = new FormData();
      form.append('operations', JSON.stringify({
        query: 'mutation Upload($input: UploadTicketCsvInput!) { uploadTicketCsv(input: $input) { id status totalTickets fileName } }',
        variables: { input: { file: null } },
      }));
      form.append('map', JSON.stringify({ 1: ['variables.input.file'] }));
      form.append('1', new Blob([Buffer.from(csvContent, 'base64')], { type: 'text/csv' }), 'largest.csv');
      const response = await fetch(plain.url, { method: 'POST', headers: { 'apollo-require-preflight': 'true' }, body: form });
      expect(await response.json()).toEqual({
        data: { uploadTicketCsv: { id: sessionId, status: 'PENDING', totalTickets: 50_000, fileName: 'largest.csv' } },
        extensions: { cost: { requested: 2, limit: 5000 } },
      });
    } finally {
      await plain.close();
    }
  }, 120_000);
});
