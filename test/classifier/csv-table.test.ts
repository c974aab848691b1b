import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords, toCsv } from '../../src/services/classifier/csv-table';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = '\uFEFFa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"line one\nline two",\n\n3,,"end"';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'line one\nline two', ''],
      ['3', '', 'end'],
    ]);
  });

  it('keys records by lower-cased header and round-trips through toCsv', () => {
    const records = [{ subject: 'Hi, there', description: 'He said "no"\nthen left', category: 'other' }];
    const text = toCsv(['subject', 'description', 'category'], records);
    expect(parseCsvRecords(text.replace('subject', ' Subject '))).toEqual({ columns: ['subject', 'description', 'category'], records });
  });
});
