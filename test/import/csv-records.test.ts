import { describe, expect, it } from 'vitest';
import { csvTable, parseCsvRecords } from '../../src/services/import';

describe('parseCsvRecords (data files: the corpus, evaluation sets)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = '\uFEFFa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"line one\nline two",\n\n3,,"end"';
    expect(parseCsvRecords(text)).toEqual({
      columns: ['a', 'b', 'c'],
      records: [
        { a: '1', b: 'x, y', c: 'say "hi"' },
        { a: '2', b: 'line one\nline two', c: '' },
        { a: '3', b: '', c: 'end' },
      ],
    });
  });

  it('keys records by lower-cased header and round-trips through csvTable', () => {
    const records = [{ subject: 'Hi, there', description: 'He said "no"\nthen left', category: 'other' }];
    const text = csvTable(['subject', 'description', 'category'], records, '\n');
    expect(parseCsvRecords(text.replace('subject', ' Subject '))).toEqual({ columns: ['subject', 'description', 'category'], records });
  });
});
