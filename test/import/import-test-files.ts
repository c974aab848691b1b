import { Readable } from 'node:stream';
import {
  DEFAULT_IMPORT_LIMITS, parseTicketFile, type ImportFormat, type ImportLimits, type ImportRecord,
} from '../../src/services/import';

/** Content as an upload stream delivers it: in chunks (64 KB by default, like fs and busboy). */
export function uploadStream(content: string | Buffer, chunkBytes = 64 * 1024): Readable {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const chunks: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += chunkBytes) chunks.push(bytes.subarray(start, start + chunkBytes));
  return Readable.from(chunks, { objectMode: false });
}

export async function parseAll(
  content: string | Buffer,
  format: ImportFormat,
  options: { limits?: Partial<ImportLimits>; chunkBytes?: number } = {},
): Promise<ImportRecord[]> {
  const records: ImportRecord[] = [];
  const limits = { ...DEFAULT_IMPORT_LIMITS, ...options.limits };
  for await (const record of parseTicketFile(uploadStream(content, options.chunkBytes), format, limits)) {
    // Plain copies: XML rows have no prototype, which exact comparisons should not care about.
    records.push(JSON.parse(JSON.stringify(record)) as ImportRecord);
  }
  return records;
}

/** Chunk sizes that cut a file at every awkward place: inside quotes, escapes, CRLF, characters. */
export const CHUNK_SIZES = [1, 2, 3, 5, 7, 64 * 1024];
