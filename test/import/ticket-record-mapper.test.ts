import { describe, expect, test } from 'vitest';
import { ticketFromRecord, type ImportFormat } from '../../src/services/import';
import { parseAll } from './import-test-files';

/** The seed's result shape for a file: counts and the errors of each invalid row. */
async function importResult(content: string, format: ImportFormat) {
  const errors: { row: number; errors: string[] }[] = [];
  let total = 0;
  for (const record of await parseAll(content, format)) {
    total++;
    const mapped = ticketFromRecord(record.fields);
    if (!mapped.value) errors.push({ row: record.row, errors: mapped.errors });
  }
  return { total, successful: total - errors.length, failed: errors.length, errors };
}

const valid = {
  customer_id: 'c1',
  customer_email: 'ana@example.com',
  customer_name: 'Ana',
  subject: 'Cannot export',
  description: 'The export button spins forever.',
};

describe('ticketFromRecord', () => {
  test('maps a CSV row in the seed spellings onto the service input', () => {
    expect(
      ticketFromRecord({
        ...valid,
        subject: '  Cannot export  ',
        category: 'technical_issue',
        priority: 'urgent',
        status: 'waiting_customer',
        tags: 'export; reports;;export,',
        source: 'web_form',
        browser: 'Firefox 140',
        device_type: 'mobile',
      }),
    ).toEqual({
      value: {
        customer: { id: 'c1', email: 'ana@example.com', name: 'Ana' },
        subject: 'Cannot export',
        description: 'The export button spins forever.',
        category: 'TECHNICAL_ISSUE',
        priority: 'URGENT',
        status: 'WAITING_CUSTOMER',
        tags: ['export', 'reports'],
        metadata: { source: 'WEB_FORM', browser: 'Firefox 140', deviceType: 'MOBILE', extra: null },
      },
      errors: [],
    });
  });

  test('accepts camelCase, dotted and nested names, `summary`, UPPER_CASE enums and tag lists', () => {
    const expected = {
      customer: { id: '42', email: 'bob@example.com', name: 'Bob' },
      subject: 'Summary as subject',
      description: 'A description long enough.',
      category: 'BILLING_QUESTION',
      priority: 'LOW',
      status: null,
      tags: ['a', 'b'],
      metadata: { source: 'EMAIL', browser: null, deviceType: 'TABLET', extra: { plan: 'pro' } },
    };
    const camel = ticketFromRecord({
      customerId: 42, customerEmail: 'bob@example.com', customerName: 'Bob', summary: 'Summary as subject',
      description: 'A description long enough.', category: 'BILLING_QUESTION', priority: 'Low', tags: ['a', 'b'],
      source: 'EMAIL', deviceType: 'tablet', extra: { plan: 'pro' },
    });
    const dotted = ticketFromRecord({
      'customer.id': '42', 'customer.email': 'bob@example.com', 'customer.name': 'Bob', summary: 'Summary as subject',
      description: 'A description long enough.', category: 'billing question', priority: 'low', tags: 'a,b',
      'metadata.source': 'email', 'metadata.deviceType': 'TABLET', 'metadata.extra': { plan: 'pro' },
    });
    const nested = ticketFromRecord({
      customer: { id: '42', email: 'bob@example.com', name: 'Bob' }, subject: '', summary: 'Summary as subject',
      description: 'A description long enough.', category: 'billing-question', priority: 'LOW',
      tags: { tag: ['a', 'b'] }, metadata: { source: 'email', device_type: 'tablet', extra: { plan: 'pro' } },
    });
    expect(camel).toEqual({ value: expected, errors: [] });
    expect(dotted).toEqual({ value: expected, errors: [] });
    expect(nested).toEqual({ value: expected, errors: [] });
  });

  test('a row without metadata leaves it to the service default', () => {
    expect(ticketFromRecord(valid).value?.metadata).toBeNull();
  });

  test('reports every error of a row at once, in field order, with the service’s wording', () => {
    expect(
      ticketFromRecord({
        customer_email: 'not-an-email',
        subject: 'x'.repeat(201),
        description: 'short',
        category: 'complaint',
        priority: 'soon',
        status: 'open',
        tags: ['ok', {}],
        source: 'fax',
        device_type: 'watch',
      }),
    ).toEqual({
      value: undefined,
      errors: [
        'customer.id must not be empty',
        'customer.name must not be empty',
        'customer.email must be a valid email address',
        'subject must be 1-200 characters long (got 201)',
        'description must be 10-2000 characters long (got 5)',
        'category must be one of account_access, technical_issue, billing_question, feature_request, bug_report, other (got "complaint")',
        'priority must be one of urgent, high, medium, low (got "soon")',
        'status must be one of new, in_progress, waiting_customer, resolved, closed (got "open")',
        'tags[1] must be a string',
        'metadata.source must be one of web_form, email, api, chat, phone (got "fax")',
        'metadata.deviceType must be one of desktop, mobile, tablet (got "watch")',
      ],
    });
  });

  test('thousands of bad tags give the first ten errors and a count, not a report of megabytes', () => {
    expect(ticketFromRecord({ ...valid, tags: Array.from({ length: 1000 }, () => ' ') }).errors).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `tags[${i}] must not be empty`),
      'tags has 990 more invalid tags',
    ]);
  });

  test('metadata without a source is an error; values of the wrong type are named', () => {
    expect(ticketFromRecord({ ...valid, customer_name: { first: 'Ana' }, browser: 'Safari' }).errors).toEqual([
      'customer.name must be a string',
      'metadata.source must not be empty',
    ]);
  });
});

describe('import results of files with invalid rows', () => {
  test('CSV: 1-based row numbers counting data rows only, and all errors of each row', async () => {
    const csv = [
      '# X-Session-Id: 1',
      'customer_id,customer_email,customer_name,subject,description,category,priority,tags,source',
      'c1,ana@example.com,Ana,Fine,A valid description,technical_issue,high,a;b,web_form',
      'c2,bad-email,Bob,Fine,too short,technical_issue,soon,,web_form',
      '',
      'c3,carl@example.com,Carl,"Multi',
      'line subject is fine",Another valid one,other,low,,email',
      ',,,,,,,,',
      'c4,dee@example.com,,,Description ok here,bug,medium,,',
    ].join('\n');
    expect(await importResult(csv, 'CSV')).toEqual({
      total: 4,
      successful: 2,
      failed: 2,
      errors: [
        {
          row: 2,
          errors: [
            'customer.email must be a valid email address',
            'description must be 10-2000 characters long (got 9)',
            'priority must be one of urgent, high, medium, low (got "soon")',
          ],
        },
        {
          row: 4,
          errors: [
            'customer.name must not be empty',
            'subject must be 1-200 characters long (got 0)',
            'category must be one of account_access, technical_issue, billing_question, feature_request, bug_report, other (got "bug")',
          ],
        },
      ],
    });
  });

  test('JSON and XML number rows from 1 the same way', async () => {
    const json = JSON.stringify([
      { customer: { id: 'c1', email: 'a@example.com', name: 'A' }, subject: 'S', description: 'Long enough text' },
      { customer: { id: 'c2', email: 'b@example.com', name: 'B' }, subject: 'S', description: 'Long enough text', priority: 'p1' },
    ]);
    const xml = `<tickets>
      <ticket><customer_id>c1</customer_id><customer_email>a@example.com</customer_email><customer_name>A</customer_name>
        <subject>S</subject><description>Long enough text</description><priority>p1</priority></ticket>
      <ticket><customer_id>c2</customer_id><customer_email>b@example.com</customer_email><customer_name>B</customer_name>
        <subject>S</subject><description>Long enough text</description></ticket>
    </tickets>`;
    const priorityError = 'priority must be one of urgent, high, medium, low (got "p1")';
    expect(await importResult(json, 'JSON')).toEqual({ total: 2, successful: 1, failed: 1, errors: [{ row: 2, errors: [priorityError] }] });
    expect(await importResult(xml, 'XML')).toEqual({ total: 2, successful: 1, failed: 1, errors: [{ row: 1, errors: [priorityError] }] });
  });
});
