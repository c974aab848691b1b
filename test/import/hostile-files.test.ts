import { describe, expect, test } from 'vitest';
import {
  DEFAULT_IMPORT_LIMITS, detectImportFormat, ImportFileError, parseTicketFile, type ImportFormat,
} from '../../src/services/import';
import { dtdRefused, header, hostileFiles, row, xxe } from './hostile-files.table';
import { CHUNK_SIZES, parseAll, uploadStream } from './import-test-files';

describe('hostile files are refused with a clear error', () => {
  test.each(hostileFiles)('$name', async ({ fileName, content, limits, reason, message }) => {
    const format: ImportFormat = detectImportFormat({ fileName });
    const error = await parseAll(content, format, { limits }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );

    expect(error).toBeInstanceOf(ImportFileError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason, message, extensions: { reason } });
  });

  test.each(CHUNK_SIZES)('a DOCTYPE cut between chunks of %i bytes is still refused', async (chunkBytes) => {
    await expect(parseAll(xxe, 'XML', { chunkBytes })).rejects.toThrow(dtdRefused);
  });

  test('a long row arriving in many small chunks is not re-read once per chunk', async () => {
    // 15 cells of 60 KB: within both the field and the row limit, in 512-byte chunks. Parsed
    // again from the row's start on every chunk, this took seconds.
    const cells = Array.from({ length: 15 }, (_, i) => `"${String.fromCharCode(97 + i).repeat(60 * 1024)}"`);
    const csv = `subject,${Array.from({ length: 14 }, (_, i) => `x${i}`).join(',')}\n${cells.join(',')}\n`;
    const started = performance.now();
    const records = await parseAll(csv, 'CSV', { chunkBytes: 512 });
    expect(records).toEqual([{ row: 1, fields: { subject: 'a'.repeat(60 * 1024) } }]);
    expect(performance.now() - started).toBeLessThan(500);
  });

  test('a row that is not valid JSON is refused with the parser’s reason', async () => {
    const error = await parseAll('[{"subject":"a"},{"subject":b}]', 'JSON').catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ImportFileError);
    // The rest is V8's own wording, which changes between Node versions.
    expect((error as Error).message).toMatch(/^Row 2 is not valid JSON: Unexpected token/);
  });

  test('rows before the problem have been read when a limit is crossed', async () => {
    const rows: number[] = [];
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxRows: 2 };
    const error = await (async () => {
      for await (const record of parseTicketFile(uploadStream(header + row(1) + row(2) + row(3)), 'CSV', limits)) {
        rows.push(record.row);
      }
    })().catch((thrown: unknown) => thrown);
    expect(rows).toEqual([1, 2]);
    expect((error as Error).message).toBe('The file has more rows than the limit of 2');
  });
});
