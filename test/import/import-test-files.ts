import { Readable } from 'node:stream';
import {
  DEFAULT_IMPORT_LIMITS, parseTicketFile, type ImportFormat, type ImportLimits, type ImportRecord,
} from '../../src/services/import';

/** How big each chunk is: a size, or a function giving the next size. */
export type ChunkBytes = number | (() => number);

/** Content as an upload stream delivers it: in chunks (64 KB by default, like fs and busboy). */
export function uploadStream(content: string | Buffer, chunkBytes: ChunkBytes = 64 * 1024): Readable {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const next = typeof chunkBytes === 'number' ? () => chunkBytes : chunkBytes;
  const chunks: Buffer[] = [];
  for (let start = 0; start < bytes.length; ) {
    const size = Math.max(1, next());
    chunks.push(bytes.subarray(start, start + size));
    start += size;
  }
  return Readable.from(chunks, { objectMode: false });
}

/** Chunk sizes from 1 byte to `max`, drawn from a seeded generator so a failure can be replayed. */
export function randomChunkBytes(seed: number, max: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return 1 + (state % max);
  };
}

export async function parseAll(
  content: string | Buffer,
  format: ImportFormat,
  options: { limits?: Partial<ImportLimits>; chunkBytes?: ChunkBytes } = {},
): Promise<ImportRecord[]> {
  const records: ImportRecord[] = [];
  const limits = { ...DEFAULT_IMPORT_LIMITS, ...options.limits };
  for await (const record of parseTicketFile(uploadStream(content, options.chunkBytes), format, limits)) records.push(record);
  return records;
}

/** Chunk sizes that cut a file at every awkward place: inside quotes, escapes, CRLF, characters. */
export const CHUNK_SIZES = [1, 2, 3, 5, 7, 64 * 1024];
