import { describe, expect, test } from 'vitest';
import { DEFAULT_IMPORT_LIMITS, parseTicketFile, type ImportFormat } from '../../src/services/import';

const CHUNK = 64 * 1024;

/** An endless-looking upload that counts how much of it was read, and whether it was closed. */
function meteredUpload(head: string, row: string, chunks: number) {
  const state = { pulled: 0, closed: false };
  const body = Buffer.from(row.repeat(Math.ceil(CHUNK / row.length)));
  async function* source() {
    try {
      yield Buffer.from(head);
      for (let i = 0; i < chunks; i++) {
        state.pulled++;
        yield body;
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, source: source() };
}

const cases: { format: ImportFormat; head: string; row: string }[] = [
  { format: 'CSV', head: 'customer_id,subject\n', row: 'c1,A subject\n' },
  { format: 'JSON', head: '[{"subject":"first"}', row: ',{"subject":"a"}' },
  { format: 'XML', head: '<tickets>', row: '<ticket><subject>a</subject></ticket>' },
];

describe('streaming', () => {
  test.each(cases)('$format: reads only as far as the rows consumed, and closes the upload when the caller stops', async ({ format, head, row }) => {
    // 1000 chunks of 64 KB would be 64 MB; taking 10 rows must read almost none of it.
    const { state, source } = meteredUpload(head, row, 1000);
    let taken = 0;
    for await (const record of parseTicketFile(source, format, DEFAULT_IMPORT_LIMITS)) {
      expect(record.row).toBe(++taken);
      if (taken === 10) break;
    }
    expect(state.pulled).toBeLessThanOrEqual(1);
    expect(state.closed).toBe(true);
  });

  test('a file error also closes the upload', async () => {
    const { state, source } = meteredUpload('customer_id,subject\n', 'c1,A subject\n', 1000);
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxRows: 5000 };
    let rows = 0;
    const error = await (async () => {
      for await (const _ of parseTicketFile(source, 'CSV', limits)) rows++;
    })().catch((thrown: unknown) => thrown);
    expect((error as Error).message).toBe('The file has more rows than the limit of 5000');
    expect(rows).toBe(5000);
    // 5042 rows fit in the first 64 KB chunk: the limit is crossed inside it.
    expect(state.pulled).toBe(1);
    expect(state.closed).toBe(true);
  });
});
