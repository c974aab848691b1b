import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { query } from '../src/db/sql';
import {
  ClassificationJobDocument, ClassificationJobTicketsDocument, CreateIntegrationTokenDocument, CreateTicketDocument, ExportTicketsDocument, ImportTicketsDocument,
  type ImportTicketsMutation,
} from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { startTestServer } from './helpers/harness';
import { register, request, upload, type HttpResult } from './helpers/http-client';
import { hostileFiles } from './import/hostile-files.table';
import { waitFor } from './helpers/wait';

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: string;
let customer: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = (await register(server.url, 'importer')).accessToken;
  customer = (await register(server.url, 'carla')).accessToken;
});
afterAll(async () => server?.close());

/** Tickets stored whose subject starts with `prefix`: each test names its rows uniquely. */
async function storedSubjects(prefix: string): Promise<string[]> {
  const rows = await query<{ subject: string }>(server.deps.orm.em.fork(), 'select subject from tickets where starts_with(subject, ?) order by number', [prefix]);
  return rows.map((row) => row.subject);
}

function importFile(name: string, content: string | Buffer, variables: { format?: 'CSV' | 'JSON' | 'XML'; classify?: boolean } = {}, type?: string) {
  return upload(server.url, ImportTicketsDocument, variables, { name, content, type }, { token: admin });
}

function expectImported(result: HttpResult<ImportTicketsMutation>) {
  expect(result.errors).toBeUndefined();
  return result.data!.importTickets;
}

describe('importTickets over GraphQL multipart requests', () => {
  test('a CSV with good and bad rows stores the good ones and reports every error of each bad one', async () => {
    const csv =
      '\uFEFFcustomer_id,customer_email,customer_name,summary,description,category,priority,status,tags,source\r\n' +
      'c1,ana@example.com,Ana,Mixed-1 invoice charged twice,"We were charged twice, see\r\nthe attached invoice.",billing_question,high,new,billing;invoice,email\r\n' +
      'c2,not-an-email,,Mixed-2 bad row,too short,billing_question,high,new,,email\r\n' +
      'c3,ben@example.com,Ben,Mixed-3 export broken,The export button does nothing at all.,technical_issue,low,in_progress,"export,reports",web_form\r\n' +
      'c4,cy@example.com,Cy,Mixed-4 unknown category,The category of this row is not one we know.,gardening,low,new,,chat\r\n';
    const result = expectImported(await importFile('tickets.csv', csv));

    expect(result).toEqual({
      total: 4,
      successful: 2,
      failed: 2,
      errors: [
        {
          row: 2,
          errors: ['customer.name must not be empty', 'customer.email must be a valid email address', 'description must be 10-2000 characters long (got 9)'],
        },
        {
          row: 4,
          errors: ['category must be one of account_access, technical_issue, billing_question, feature_request, bug_report, other (got "gardening")'],
        },
      ],
      job: null,
    });
    expect(await storedSubjects('Mixed-')).toEqual(['Mixed-1 invoice charged twice', 'Mixed-3 export broken']);
    const [first] = await query<{ description: string; tags: string[]; category: string; priority: string; source: string }>(
      server.deps.orm.em.fork(),
      `select description, tags, category, priority, source from tickets where subject = 'Mixed-1 invoice charged twice'`,
    );
    expect(first).toEqual({
      description: 'We were charged twice, see\r\nthe attached invoice.',
      tags: ['billing', 'invoice'],
      category: 'BILLING_QUESTION',
      priority: 'HIGH',
      source: 'EMAIL',
    });
  });

  test('JSON and XML files; the format comes from the argument, else the extension, else the content type', async () => {
    const json = JSON.stringify([
      { customer: { id: 'j1', email: 'j1@example.com', name: 'J One' }, subject: 'Json-1 login fails', description: 'I cannot log in since this morning.', category: 'ACCOUNT_ACCESS', priority: 'URGENT' },
    ]);
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><tickets><ticket><customer_id>x1</customer_id><customer_email>x1@example.com</customer_email>' +
      '<customer_name>X One</customer_name><subject>Xml-1 feature</subject><description>Please add a dark mode to the app.</description>' +
      '<category>feature_request</category><priority>low</priority><tags><tag>ui</tag><tag>theme</tag></tags></ticket></tickets>';

    expect(expectImported(await importFile('upload.bin', json, { format: 'JSON' }))).toMatchObject({ total: 1, successful: 1, failed: 0 });
    expect(expectImported(await importFile('tickets.xml', xml))).toMatchObject({ total: 1, successful: 1, failed: 0 });
    const byType = expectImported(await importFile('export', json.replace('Json-1', 'Json-2'), {}, 'application/json'));
    expect(byType).toMatchObject({ total: 1, successful: 1 });
    expect(await storedSubjects('Json-')).toEqual(['Json-1 login fails', 'Json-2 login fails']);
    expect(await storedSubjects('Xml-')).toEqual(['Xml-1 feature']);
  });

  test('an unknown format is refused, naming the supported ones', async () => {
    const result = await importFile('notes.txt', 'just some notes', {}, 'text/plain');
    expect(result.errors).toEqual([
      {
        message:
          'Cannot tell the import format from file name "notes.txt" and content type "text/plain". Supported formats: CSV (.csv, text/csv), JSON (.json, application/json) and XML (.xml, application/xml).',
        path: ['importTickets'],
        locations: expect.any(Array),
        extensions: { code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_FORMAT' },
      },
    ]);
  });

  test('a multipart request with neither a credential nor a preflight header is refused by CSRF prevention; its bearer token is enough', async () => {
    const csv = 'customer_id,customer_email,customer_name,subject,description\nu1,u1@example.com,U One,Upload without preflight,Sent as apollo-upload-client sends it.\n';
    const anonymous = await upload(server.url, ImportTicketsDocument, {}, { name: 't.csv', content: csv }, { preflight: false });
    expect(anonymous.status).toBe(400);
    expect(anonymous.errors?.[0]?.message).toMatch(/^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)/);
    const signedIn = await upload(server.url, ImportTicketsDocument, {}, { name: 't.csv', content: csv }, { token: admin, preflight: false });
    expect(signedIn.status).toBe(200);
    expect(expectImported(signedIn)).toMatchObject({ total: 1, successful: 1, failed: 0 });
  });

  test('text that a spreadsheet would run as a formula is stored as given', async () => {
    const csv = 'customer_id,customer_email,customer_name,subject,description\n' +
      'f1,f1@example.com,=cmd|\' /C calc\'!A0,Formula-1 =HYPERLINK("http://evil.example"),+SUM(A1:A9) and -2 and @now in the text\n';
    expect(expectImported(await importFile('formula.csv', csv))).toMatchObject({ successful: 1 });
    const [row] = await query<{ customer_name: string; subject: string; description: string }>(
      server.deps.orm.em.fork(),
      `select customer_name, subject, description from tickets where starts_with(subject, 'Formula-1')`,
    );
    expect(row).toEqual({
      customer_name: "=cmd|' /C calc'!A0",
      subject: 'Formula-1 =HYPERLINK("http://evil.example")',
      description: '+SUM(A1:A9) and -2 and @now in the text',
    });

    // Written out as CSV, each such cell starts with a quote, so that a spreadsheet shows it as text.
    const { exportTickets } = (await request(server.url, ExportTicketsDocument, { filter: { customerEmail: 'f1@example.com' } }, admin)).data!;
    const [header, line, end] = exportTickets.split('\r\n');
    expect(header).toBe(
      'key,customer_id,customer_email,customer_name,subject,description,category,priority,status,tags,source,browser,device_type,' +
        'assigned_to,created_at,updated_at,resolved_at,sla_due_at,attachments',
    );
    expect(line).toMatch(
      /^TICKET-\d{6},f1,f1@example\.com,'=cmd\|' \/C calc'!A0,"Formula-1 =HYPERLINK\(""http:\/\/evil\.example""\)",'\+SUM\(A1:A9\) and -2 and @now in the text,other,medium,new,,api,,,,\d{4}-/,
    );
    expect(end).toBe('');
  });

  test('an export imports again as the same tickets', async () => {
    const csv = 'customer_id,customer_email,customer_name,subject,description,category,priority,tags\n' +
      'r1,r1@example.com,"Roe, Rita",Round-1 trip,"A description, with a comma\nand a second line.",bug_report,high,a;b\n';
    expect(expectImported(await importFile('round.csv', csv))).toMatchObject({ successful: 1 });
    const { exportTickets } = (await request(server.url, ExportTicketsDocument, { filter: { customerEmail: 'r1@example.com' } }, admin)).data!;
    const again = expectImported(await importFile('export.csv', exportTickets.replace('Round-1 trip', 'Round-2 trip')));
    expect(again).toMatchObject({ total: 1, successful: 1, failed: 0 });
    const rows = await query(
      server.deps.orm.em.fork(),
      `select subject, customer_name, description, category, priority, tags from tickets where starts_with(subject, 'Round-') order by number`,
    );
    const [first, second] = rows as Record<string, unknown>[];
    expect(second).toEqual({ ...first, subject: 'Round-2 trip' });
  });

  test('customers may not import, and anonymous callers must sign in; an integration token imports its own tickets', async () => {
    const file = { name: 't.csv', content: 'customer_id,customer_email,customer_name,subject,description\nt1,t1@example.com,T,Token-1 row,A description long enough.\n' };
    const byCustomer = await upload(server.url, ImportTicketsDocument, {}, file, { token: customer });
    expect(byCustomer.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
    const anonymous = await upload(server.url, ImportTicketsDocument, {}, file);
    expect(anonymous.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(await storedSubjects('Token-')).toEqual([]);

    const { createIntegrationToken } = (await request(server.url, CreateIntegrationTokenDocument, { input: { name: 'importer' } }, admin)).data!;
    const byToken = await upload(server.url, ImportTicketsDocument, {}, file, { token: createIntegrationToken.token });
    expect(byToken.data?.importTickets).toMatchObject({ successful: 1 });
    const [owned] = await query<{ created_by_token_id: string }>(
      server.deps.orm.em.fork(),
      `select created_by_token_id from tickets where subject = 'Token-1 row'`,
    );
    expect(`itk_${owned!.created_by_token_id}`).toBe(createIntegrationToken.integrationToken.id);
  });
});

describe('hostile files get their one clear error over HTTP, and nothing is stored', () => {
  test.each(hostileFiles.filter((file) => !file.limits))('$name', async ({ fileName, content, reason, message }) => {
    const before = await query<{ count: string }>(server.deps.orm.em.fork(), 'select count(*) from tickets');
    const result = await importFile(fileName, content);
    expect(result.status).toBe(200);
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', reason } });
    expect(await query(server.deps.orm.em.fork(), 'select count(*) from tickets')).toEqual(before);
  });
});

describe('with an Idempotency-Key', () => {
  const csv = (subject: string) =>
    `customer_id,customer_email,customer_name,subject,description\ni1,i1@example.com,I,${subject},A description long enough.\n`;
  const send = (key: string, content: string) =>
    upload(server.url, ImportTicketsDocument, {}, { name: 'tickets.csv', content }, { token: admin, headers: { 'Idempotency-Key': key } });

  test('a repeated import returns the first result without importing again; another file with the key is a CONFLICT', async () => {
    const first = await send('import-key-1', csv('Idem-1 once'));
    const again = await send('import-key-1', csv('Idem-1 once'));
    // The rows leave category and priority open: a job classifies them.
    expect(first.data!.importTickets).toMatchObject({ total: 1, successful: 1, failed: 0, errors: [], job: { totalTickets: 1 } });
    const { job, ...counts } = first.data!.importTickets;
    expect(again.data!.importTickets).toMatchObject({ ...counts, job: { id: job!.id, totalTickets: 1 } });
    expect(await storedSubjects('Idem-1')).toEqual(['Idem-1 once']);

    const other = await send('import-key-1', csv('Idem-1 other'));
    expect(other.errors?.[0]).toMatchObject({
      message: 'Idempotency-Key "import-key-1" was used for a different request',
      extensions: { code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' },
    });
    expect(await storedSubjects('Idem-1')).toEqual(['Idem-1 once']);
  });

  test('keys belong to their caller, and a failed request keeps nothing', async () => {
    const other = (await register(server.url, 'second-admin')).accessToken;
    expect((await send('import-key-2', 'not,a,known,header\n1,2,3,4\n')).errors?.[0]?.extensions?.reason).toBe('UNKNOWN_COLUMNS');
    expect((await send('import-key-2', csv('Idem-2 after a failure'))).data?.importTickets.successful).toBe(1);
    const sameKeyOtherCaller = await upload(
      server.url, ImportTicketsDocument, {}, { name: 'tickets.csv', content: csv('Idem-2 other caller') },
      { token: other, headers: { 'Idempotency-Key': 'import-key-2' } },
    );
    // The second account is a customer: refused for its role, not for the key.
    expect(sameKeyOtherCaller.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('createTicket: a retry returns the same ticket; a different input with the key is a CONFLICT', async () => {
    const input = ticketInput({ subject: 'Idem-3 created once' });
    const headers = { 'Idempotency-Key': 'create-key-1' };
    const first = await request(server.url, CreateTicketDocument, { input }, admin, headers);
    const again = await request(server.url, CreateTicketDocument, { input }, admin, headers);
    expect(again.data!.createTicket.id).toBe(first.data!.createTicket.id);
    expect(await storedSubjects('Idem-3')).toEqual(['Idem-3 created once']);
    const different = await request(server.url, CreateTicketDocument, { input: { ...input, subject: 'Idem-3 changed' } }, admin, headers);
    expect(different.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    const bad = await request(server.url, CreateTicketDocument, { input }, admin, { 'Idempotency-Key': 'with space' });
    expect(bad.errors?.[0]?.message).toBe('Invalid input: Idempotency-Key must be 1 to 255 visible ASCII characters');
  });
});

describe('classify: true', () => {
  test('the imported tickets are classified by a job; what a row gives stays, the classifier decides the rest', async () => {
    const csv =
      'customer_id,customer_email,customer_name,subject,description,category,priority\n' +
      'k1,k1@example.com,K,Classify-1 charged twice,I was charged twice for my subscription this month and need a refund.,,urgent\n' +
      'k2,k2@example.com,K,Classify-2 password reset,The password reset email never arrives so I cannot sign in.,,\n';
    const result = expectImported(await importFile('classify.csv', csv, { classify: true }));
    expect(result).toMatchObject({ total: 2, successful: 2, failed: 0, job: { status: 'PENDING', totalTickets: 2, fileName: 'classify.csv' } });

    const jobId = result.job!.id;
    const job = await waitFor(
      async () => (await request(server.url, ClassificationJobDocument, { id: jobId }, admin)).data!.classificationJob!,
      (current) => current.status === 'COMPLETED',
    );
    expect(job).toMatchObject({ totalTickets: 2, processedTickets: 2, failedTickets: 0 });
    const tickets = (await request(server.url, ClassificationJobTicketsDocument, { id: jobId }, admin)).data!.classificationJob!.tickets;
    expect(tickets.totalCount).toBe(2);
    const [charged, reset] = tickets.edges.map((edge) => edge.node);
    expect(charged).toMatchObject({ subject: 'Classify-1 charged twice', category: 'BILLING_QUESTION', priority: 'URGENT' });
    expect(charged!.classification).toMatchObject({ category: 'BILLING_QUESTION' });
    expect(reset).toMatchObject({ subject: 'Classify-2 password reset', category: 'ACCOUNT_ACCESS' });
    expect(reset!.priority).toBe(reset!.classification!.priority);

    // Someone else's import job is not theirs to read.
    const byCustomer = await request(server.url, ClassificationJobDocument, { id: jobId }, customer);
    expect(byCustomer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('limits', () => {
  let limited: Awaited<ReturnType<typeof startTestServer>>;
  let token: string;
  beforeAll(async () => {
    limited = await startTestServer({ IMPORT_MAX_ROWS: '3', IMPORT_MAX_BYTES: '10240' });
    token = (await register(limited.url, 'limited')).accessToken;
  });
  afterAll(async () => limited?.close());
  const rows = (count: number) =>
    'customer_id,customer_email,customer_name,subject,description\n' +
    Array.from({ length: count }, (_, i) => `l${i},l${i}@example.com,L,Limit row ${i},A description long enough.\n`).join('');
  const count = async () => (await query<{ count: string }>(limited.deps.orm.em.fork(), 'select count(*) from tickets'))[0]!.count;

  test('more rows than IMPORT_MAX_ROWS: refused, and the rows before the limit are not kept', async () => {
    const result = await upload(limited.url, ImportTicketsDocument, {}, { name: 'rows.csv', content: rows(4) }, { token });
    expect(result.errors?.[0]).toMatchObject({
      message: 'The file has more rows than the limit of 3',
      extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ROWS' },
    });
    expect(await count()).toBe('0');
    expect((await upload(limited.url, ImportTicketsDocument, {}, { name: 'rows.csv', content: rows(3) }, { token })).data?.importTickets.successful).toBe(3);
  });

  test('a file over IMPORT_MAX_BYTES is refused while it streams in', async () => {
    const before = await count();
    const result = await upload(limited.url, ImportTicketsDocument, {}, { name: 'big.csv', content: rows(3) + 'x'.repeat(200_000) }, { token });
    expect(result.errors?.[0]).toMatchObject({
      message: 'The file is larger than the limit of 10 KB',
      extensions: { code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' },
    });
    expect(await count()).toBe(before);
  });
});
