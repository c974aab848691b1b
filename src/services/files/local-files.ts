import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

/** Bytes a write may hold while the disk catches up, so that the upload keeps arriving meanwhile (the default 16 KB stalls it at every chunk). */
const WRITE_BUFFER_BYTES = 1024 * 1024;

/** A write in progress, `<key>.<random>.part`: renamed or removed when it ends, left behind only by a process that died. */
const UNFINISHED = /^[0-9a-f-]{36}\.[0-9a-f]{12}\.part$/;

/** Where an object is written before it is complete. */
export function unfinishedPath(dir: string, key: string): string {
  return path.join(dir, `${key}.${randomBytes(6).toString('hex')}.part`);
}

/** Writes the bytes as they stream in to a file that must not exist yet. */
export async function writeNewFile(file: string, source: AsyncIterable<Buffer>): Promise<void> {
  await pipeline(source, createWriteStream(file, { flags: 'wx', highWaterMark: WRITE_BUFFER_BYTES }));
}

/** Files of `dir` and of its subfolders whose names match, last written before `before`. */
export async function* filesIn(dir: string, name: RegExp, before: Date): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const folders = [dir, ...entries.filter((entry) => entry.isDirectory()).map((entry) => path.join(dir, entry.name))];
  for (const folder of folders) {
    for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
      if (!entry.isFile() || !name.test(entry.name)) continue;
      const file = path.join(folder, entry.name);
      const stats = await stat(file).catch(() => undefined);
      if (stats && stats.mtime < before) yield file;
    }
  }
}

/** Removes the writes under `dir` that never finished and were last written before `before`; returns how many. */
export async function removeUnfinishedIn(dir: string, before: Date): Promise<number> {
  let removed = 0;
  for await (const file of filesIn(dir, UNFINISHED, before)) {
    await rm(file, { force: true });
    removed++;
  }
  return removed;
}
