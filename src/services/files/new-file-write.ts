import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';

/** Bytes a write may hold while the disk catches up, so that the upload keeps arriving meanwhile (the default 16 KB stalls it at every chunk). */
const WRITE_BUFFER_BYTES = 1024 * 1024;

/** Writes the bytes as they stream in to a file that must not exist yet. */
export async function writeNewFile(file: string, source: AsyncIterable<Buffer>): Promise<void> {
  await pipeline(source, createWriteStream(file, { flags: 'wx', highWaterMark: WRITE_BUFFER_BYTES }));
}
