import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { query } from '../src/db/sql';
import {
  CreateIntegrationTokenDocument, ImportErrorsDocument, ImportsDocument, ImportWithRecordDocument, JobTicketKeysDocument, TicketsByExternalKeyDocument,
  UploadTicketCsvDocument, type ImportErrorsQuery, type ImportWithRecordMutation,
} from './gql/graphql';
import { startTestServer } from './helpers/harness';
import { register, request, run, upload, type HttpResult } from './helpers/http-client';

const SECRET = 'import-records-signing-secret';
let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: string;
let customer: string;
let token: string;

beforeAll(async () => {
  server = await startTestServer({ CSV_SIGNING_SECRET: SECRET });
  admin = (await register(server.url, 'records-admin')).accessToken;
  customer = (await register(server.url, 'records-customer')).accessToken;
  token = (await run(server.url, CreateIntegrationTokenDocument, { input: { name: 'records-sync' } }, admin)).createIntegrationToken.token;
});
afterAll(async () => server?.close());

const HEADER = 'issue_key,customer_id,customer_email,customer_name,subject,description,category,priority';

function importFile(name: string, content: string, credential = admin, format?: 'CSV' | 'JSON' | 'XML') {
  return upload(server.url, ImportWithRecordDocument, format ? { format } : {}, { name, content }, { token: credential });
}

function imported(result: HttpResult<ImportWithRecordMutation>) {
  expect(result.errors).toBeUndefined();
  return result.data!.importTickets;
}

async function download(path: string): Promise<{ status: number; type: string | null; body: string }> {
  const response = await fetch(new URL(path, server.url));
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

describe('issue_key', () => {
  test('is kept as externalKey, filterable, and unique within one import', async () => {
    const csv =
      `${HEADER}\n` +
      'KEY-A1,a1,a1@example.com,Ann,Key-1 cannot log in,The login page rejects my password since Monday.,account_access,high\n' +
      'KEY-A2,a2,a2@example.com,Abe,Key-1 invoice twice,The March invoice was charged to my card twice.,billing_question,medium\n';
    const result = imported(await importFile('keys.csv', csv));
    expect(result).toMatchObject({ total: 2, successful: 2, failed: 0 });

    const found = (await run(server.url, TicketsByExternalKeyDocument, { externalKey: 'KEY-A2' }, admin)).tickets;
    expect(found.totalCount).toBe(1);
    expect(found.edges[0]!.node).toMatchObject({ subject: 'Key-1 invoice twice', externalKey: 'KEY-A2' });

    // Another file may bring the same key again (a client sending its rows once more).
    imported(await importFile('again.csv', `${HEADER}\nKEY-A2,a2,a2@example.com,Abe,Key-1 invoice again,The invoice was charged twice again.,billing_question,low\n`));
    expect((await run(server.url, TicketsByExternalKeyDocument, { externalKey: 'KEY-A2' }, admin)).tickets.totalCount).toBe(2);

    const twice =
      `${HEADER}\n` +
      'KEY-D,d1,d1@example.com,Di,Key-2 first,A description long enough to pass.,other,low\n' +
      'KEY-E,d2,d2@example.com,Di,Key-2 second,A description long enough to pass.,other,low\n' +
      'KEY-D,d3,d3@example.com,Di,Key-2 third,A description long enough to pass.,other,low\n';
    const refused = await importFile('twice.csv', twice);
    expect(refused.errors?.[0]).toMatchObject({
      message: 'The issue_key "KEY-D" is on rows 1, 3: each row needs a key of its own',
      extensions: { code: 'BAD_USER_INPUT', reason: 'DUPLICATE_ISSUE_KEY' },
    });
    const [row] = await query<{ count: string }>(server.deps.orm.em.fork(), `select count(*) from tickets where starts_with(subject, 'Key-2')`);
    expect(row!.count).toBe('0');
  });

  test('a signed upload keeps each row\'s key, so the client matches the job\'s results to its rows', async () => {
    const csv =
      'issue_key,customer_id,customer_email,customer_name,subject,description\n' +
      'SIG-1,s1,s1@example.com,Sam,Signed cannot log in,Since the update the login page rejects my password every time.\n' +
      'SIG-2,s2,s2@example.com,Sue,Signed refund,My card was charged twice for the March invoice; please refund one.\n';
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(8).toString('hex');
    const signature = createHmac('sha256', SECRET).update(`${timestamp}.${nonce}.${csv.trimEnd()}`).digest('hex');
    const job = await request(server.url, UploadTicketCsvDocument, { input: { csvContent: csv, fileName: 'signed.csv', signature, nonce, timestamp } });
    expect(job.errors).toBeUndefined();
    const tickets = (await run(server.url, JobTicketKeysDocument, { id: job.data!.uploadTicketCsv.id }, admin)).classificationJob!.tickets.edges;
    expect(tickets.map((edge) => [edge.node.externalKey, edge.node.subject])).toEqual([
      ['SIG-1', 'Signed cannot log in'],
      ['SIG-2', 'Signed refund'],
    ]);
    // The upload is an import record too; anonymous, so only staff see it.
    const records = (await run(server.url, ImportsDocument, { first: 100 }, admin)).imports.edges.map((edge) => edge.node);
    expect(records.find((record) => record.fileName === 'signed.csv')).toMatchObject({ importedBy: null, total: 2, successful: 2, failed: 0 });
  });
});

describe('import records', () => {
  test('keep every refused row, beyond the 1000 the result lists', async () => {
    const bad = Array.from({ length: 1205 }, (_, i) => `BAD-${i},b${i},not-an-email,Bo,All-1 bad ${i},A description long enough to pass.,other,low`);
    const csv = `${HEADER}\nGOOD-1,g1,g1@example.com,Gil,All-1 good,A description long enough to pass.,other,low\n${bad.join('\n')}\n`;
    const result = await importFile('many.csv', csv);
    expect(result.errors).toBeUndefined();
    const record = result.data!.importTickets.importRecord;
    expect(record).toMatchObject({ fileName: 'many.csv', format: 'CSV', importedBy: 'records-admin', total: 1206, successful: 1, failed: 1205, job: null });
    expect(record.errors.totalCount).toBe(1205);
    expect(record.errors.edges.map((edge) => edge.node)).toEqual([
      { row: 2, errors: ['customer.email must be a valid email address'] },
      { row: 3, errors: ['customer.email must be a valid email address'] },
    ]);

    const rows: number[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const page: ImportErrorsQuery = await run(server.url, ImportErrorsDocument, { id: record.id, first: 100, after }, admin);
      if (page.node?.__typename !== 'ImportRecord') throw new Error('not an import record');
      rows.push(...page.node.errors.edges.map((edge) => edge.node.row));
      after = page.node.errors.pageInfo.endCursor;
      if (!page.node.errors.pageInfo.hasNextPage) break;
    }
    expect(rows).toEqual(Array.from({ length: 1205 }, (_, i) => i + 2));
  });

  test('the failed rows download as CSV in the import\'s own columns with their errors, and import once fixed', async () => {
    const csv =
      `${HEADER}\n` +
      'FIX-1,f1,f1@example.com,Fay,Fix-1 export broken,The export button does nothing at all.,technical_issue,low\n' +
      'FIX-2,f2,f2@example,Fred,"Fix-1 ""quoted, subject""",too short,technical_issue,low\n' +
      'FIX-3,f3,f3@example.com,Flo,Fix-1 unknown category,The category of this row is not one we know.,gardening,urgent\n';
    const record = imported(await importFile('fixme.csv', csv)).importRecord;
    expect(record).toMatchObject({ total: 3, successful: 1, failed: 2 });
    expect(record.failedRowsUrl).toMatch(/^\/imports\/imp_[0-9a-f-]{36}\/failed-rows\.csv\?expires=\d+&signature=[0-9a-f]{64}$/);

    const file = await download(record.failedRowsUrl!);
    expect(file.status).toBe(200);
    expect(file.type).toBe('text/csv; charset=utf-8');
    expect(file.body).toBe(
      'issue_key,customer_id,customer_email,customer_name,subject,description,category,priority,errors\r\n' +
        'FIX-2,f2,f2@example,Fred,"Fix-1 ""quoted, subject""",too short,technical_issue,low,' +
        'customer.email must be a valid email address; description must be 10-2000 characters long (got 9)\r\n' +
        'FIX-3,f3,f3@example.com,Flo,Fix-1 unknown category,The category of this row is not one we know.,gardening,urgent,' +
        '"category must be one of account_access, technical_issue, billing_question, feature_request, bug_report, other (got ""gardening"")"\r\n',
    );

    const fixed = file.body.replace('f2@example,', 'f2@example.com,').replace('too short', 'The text is long enough now.').replace(',gardening,', ',other,');
    const again = imported(await importFile('fixed.csv', fixed));
    expect(again).toMatchObject({ total: 2, successful: 2, failed: 0, importRecord: { failedRowsUrl: null } });
    const fixedTicket = (await run(server.url, TicketsByExternalKeyDocument, { externalKey: 'FIX-2' }, admin)).tickets.edges.map((edge) => edge.node);
    expect(fixedTicket).toMatchObject([{ subject: 'Fix-1 "quoted, subject"', externalKey: 'FIX-2' }]);

    const tampered = record.failedRowsUrl!.replace(/signature=./, (s) => `${s.slice(0, -1)}${s.endsWith('0') ? '1' : '0'}`);
    expect(await download(tampered)).toMatchObject({ status: 403 });
    const unsigned = record.failedRowsUrl!.split('?')[0]!;
    expect(await download(unsigned)).toMatchObject({ status: 403 });
  });

  test('a JSON import\'s failed rows come back as flat CSV columns that import again', async () => {
    const json = JSON.stringify([
      { issue_key: 'JS-1', customer: { id: 'j1', email: 'j1@example.com', name: 'Jo' }, subject: 'Json-1 short', description: 'short', tags: ['a', 'b'] },
    ]);
    const record = imported(await importFile('rows.json', json)).importRecord;
    const file = await download(record.failedRowsUrl!);
    expect(file.body).toBe(
      'issue_key,customer.id,customer.email,customer.name,subject,description,tags,errors\r\n' +
        'JS-1,j1,j1@example.com,Jo,Json-1 short,short,a;b,description must be 10-2000 characters long (got 5)\r\n',
    );
    const again = imported(await importFile('rows.csv', file.body.replace(',short,', ',Long enough this time.,')));
    expect(again).toMatchObject({ successful: 1, failed: 0 });
  });

  test('staff see every import; a token sees its own; a customer none; anonymous callers are refused', async () => {
    const byToken = imported(await importFile('token.csv', `${HEADER}\nTOK-1,t1,t1@example.com,Tim,Own-1 token row,A description long enough to pass.,other,low\n`, token));
    const byAdmin = imported(await importFile('admin.csv', `${HEADER}\nADM-1,t2,t2@example.com,Tom,Own-1 admin row,A description long enough to pass.,other,low\n`));

    const seen = async (credential?: string) => request(server.url, ImportsDocument, { first: 100 }, credential);
    const asToken = (await seen(token)).data!.imports;
    expect(asToken.totalCount).toBe(1);
    expect(asToken.edges.map((edge) => edge.node)).toEqual([
      { id: byToken.importRecord.id, fileName: 'token.csv', importedBy: 'token:records-sync', total: 1, successful: 1, failed: 0 },
    ]);
    const asAdmin = (await seen(admin)).data!.imports;
    expect(asAdmin.edges[0]!.node.id).toBe(byAdmin.importRecord.id);
    expect(asAdmin.edges.map((edge) => edge.node.id)).toContain(byToken.importRecord.id);
    expect((await seen(customer)).data!.imports).toMatchObject({ totalCount: 0, edges: [] });
    expect((await seen()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const othersRecord = await request(server.url, ImportErrorsDocument, { id: byAdmin.importRecord.id }, token);
    expect(othersRecord.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
