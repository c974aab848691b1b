import { describe, expect, test } from 'vitest';
import { csvCell, csvRow, ticketFromRecord } from '../../src/services/import';
import { parseAll } from './import-test-files';

describe('CSV writing', () => {
  test('RFC 4180 quoting', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell('')).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(['login', '2fa'])).toBe('login;2fa');
    expect(csvCell(new Date('2026-01-02T03:04:05.000Z'))).toBe('2026-01-02T03:04:05.000Z');
    expect(csvCell({ plan: 'pro', seats: 2 })).toBe('"{""plan"":""pro"",""seats"":2}"');
    expect(csvRow(['a', 'b,c', null, 'd'])).toBe('a,"b,c",,d\r\n');
  });

  test('cells a spreadsheet would run as a formula are neutralised with a leading quote', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+49 30 1234')).toBe("'+49 30 1234");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvCell('\t=cmd')).toBe("'\t=cmd");
    expect(csvCell('\r=cmd')).toBe('"\'\r=cmd"');
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-5)).toBe("'-5");
  });

  test('stored text keeps its formula characters; only the written CSV is neutralised', async () => {
    const records = await parseAll('customer_id,customer_email,customer_name,subject,description\n' +
      csvRow(['=c1', 'a@example.com', '@Ana', '+Subject', '-A description long enough']), 'CSV');
    const mapped = ticketFromRecord(records[0]!.fields);
    // The file above was written by us, so it holds the neutralised text, which is stored as given.
    expect(mapped.value).toMatchObject({ customer: { id: "'=c1", name: "'@Ana" }, subject: "'+Subject", description: "'-A description long enough" });

    const raw = await parseAll('customer_id,customer_email,customer_name,subject,description\n=c1,a@example.com,@Ana,+Subject,-A description long enough\n', 'CSV');
    expect(ticketFromRecord(raw[0]!.fields).value).toMatchObject({
      customer: { id: '=c1', name: '@Ana' },
      subject: '+Subject',
      description: '-A description long enough',
    });
  });
});
