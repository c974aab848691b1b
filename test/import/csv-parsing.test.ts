import { describe, expect, test } from 'vitest';
import { CHUNK_SIZES, parseAll } from './import-test-files';

describe('CSV parsing', () => {
  const tricky = [
    '\ufeff# X-Session-Id: 3f6c0a52-2b7e-4d8e-9a51-0c1f2d3e4f5a',
    '# X-Signature: 9b1c',
    '',
    'customer_id,customer_email,customer_name,summary,description,priority,tags,notes',
    'c1,ana@example.com,"Doe, Jane","Say ""hi""","Line one,',
    'line two with ""quotes"" and a, comma",urgent,"login;2fa",ignored',
    '',
    'c2,bob@example.com,Bob,Plain subject,"CRLF inside\r\nthis field",LOW,,',
    ',,,,,,,',
    '"c3" ,"carl@example.com",Carl,Trailing spaces after quotes ,Short one,medium,a,b',
    'c4,dee@example.com,Dee,No newline at the end,Last row without a line break,high,,x',
  ];

  const expected = [
    {
      row: 1,
      fields: {
        customer_id: 'c1',
        customer_email: 'ana@example.com',
        customer_name: 'Doe, Jane',
        summary: 'Say "hi"',
        description: 'Line one,\nline two with "quotes" and a, comma',
        priority: 'urgent',
        tags: 'login;2fa',
      },
    },
    {
      row: 2,
      fields: {
        customer_id: 'c2',
        customer_email: 'bob@example.com',
        customer_name: 'Bob',
        summary: 'Plain subject',
        description: 'CRLF inside\r\nthis field',
        priority: 'LOW',
        tags: '',
      },
    },
    {
      row: 3,
      fields: {
        customer_id: 'c3',
        customer_email: 'carl@example.com',
        customer_name: 'Carl',
        summary: 'Trailing spaces after quotes ',
        description: 'Short one',
        priority: 'medium',
        tags: 'a',
      },
    },
    {
      row: 4,
      fields: {
        customer_id: 'c4',
        customer_email: 'dee@example.com',
        customer_name: 'Dee',
        summary: 'No newline at the end',
        description: 'Last row without a line break',
        priority: 'high',
        tags: '',
      },
    },
  ];

  test.each(CHUNK_SIZES)('quotes, embedded line breaks and commas, BOM, comments; LF, read %i bytes at a time', async (chunkBytes) => {
    expect(await parseAll(tricky.join('\n'), 'CSV', { chunkBytes })).toEqual(expected);
  });

  test.each(CHUNK_SIZES)('the same file with CRLF line breaks, read %i bytes at a time', async (chunkBytes) => {
    const crlf = await parseAll(tricky.join('\r\n'), 'CSV', { chunkBytes });
    // Line breaks inside quoted fields are data: they become CRLF too.
    expect(crlf).toEqual(
      expected.map((record) =>
        record.row === 1 ? { ...record, fields: { ...record.fields, description: 'Line one,\r\nline two with "quotes" and a, comma' } } : record,
      ),
    );
  });

  test('multi-byte characters cut between chunks arrive whole', async () => {
    const csv = 'customer_name,subject\nZoë Müller,Café ☕ 日本語 𝄞\n';
    for (const chunkBytes of [1, 2, 3]) {
      expect(await parseAll(csv, 'CSV', { chunkBytes })).toEqual([
        { row: 1, fields: { customer_name: 'Zoë Müller', subject: 'Café ☕ 日本語 𝄞' } },
      ]);
    }
  });

  test('header names are trimmed; unknown columns are dropped; short rows lack the missing cells', async () => {
    const csv = ' Customer Email ,x,subject\r\na@example.com,1\r\n';
    expect(await parseAll(csv, 'CSV')).toEqual([{ row: 1, fields: { 'Customer Email': 'a@example.com' } }]);
  });

  test('empty lines and rows of empty cells before the header are skipped', async () => {
    const csv = '# comment\n\n,,,\n  \ncustomer_id,subject\nc1,Hello\n';
    expect(await parseAll(csv, 'CSV')).toEqual([{ row: 1, fields: { customer_id: 'c1', subject: 'Hello' } }]);
  });

  test('a `#` line after the header is data, not a comment', async () => {
    const csv = 'customer_id,subject\n#42,Hash in the id\n';
    expect(await parseAll(csv, 'CSV')).toEqual([{ row: 1, fields: { customer_id: '#42', subject: 'Hash in the id' } }]);
  });

  test('a header with no rows yields nothing', async () => {
    expect(await parseAll('customer_id,subject\r\n', 'CSV')).toEqual([]);
  });

  test('text that looks like a formula is read as given', async () => {
    const csv = 'subject,description\n=HYPERLINK("http://x"),"+1 -2 @3"\n';
    expect(await parseAll(csv, 'CSV')).toEqual([{ row: 1, fields: { subject: '=HYPERLINK("http://x")', description: '+1 -2 @3' } }]);
  });
});
