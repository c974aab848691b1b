import { constants, createReadStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { filesIn, removeUnfinishedIn, unfinishedPath, writeNewFile } from './local-files';
import { S3FileStorage } from './s3-file.storage';
import { KEYS_PER_BATCH, STORAGE_KEY } from './storage-key';

/** A byte range, both ends included (as HTTP writes them). */
export interface ByteRange {
  start: number;
  end: number;
}

/** Where files' bytes are kept. Keys are made by the server (never from a file's name). */
export interface FileStorage {
  /** Stores the bytes as they stream in; when the source throws, nothing is left under the key. */
  put(key: string, source: AsyncIterable<Buffer>): Promise<void>;
  /** The stored bytes, or a range of them. */
  read(key: string, range?: ByteRange): Promise<Readable>;
  /** Removes the object; one that is not there is no error. */
  delete(key: string): Promise<void>;
  /** Removes writes that never finished (their process died) and were last written before `before`; returns how many. */
  removeUnfinished(before: Date): Promise<number>;
  /** Keys of the complete objects last written before `before`, a batch at a time (objects not named like a key are left out). */
  storedKeys(before: Date): AsyncIterable<string[]>;
  /** Throws when files can be neither stored nor read: readiness. */
  ping(): Promise<void>;
}

/** A folder on local disk: objects in subfolders by their first two characters, written whole or not at all. */
export class LocalFileStorage implements FileStorage {
  constructor(private readonly dir: string) {}

  private pathOf(key: string): string {
    if (!STORAGE_KEY.test(key)) throw new Error(`not a storage key: ${key}`);
    return path.join(this.dir, key.slice(0, 2), key);
  }

  async put(key: string, source: AsyncIterable<Buffer>): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Written under a temporary name and renamed when complete: a reader never sees half a file.
    const partial = unfinishedPath(path.dirname(target), key);
    try {
      await writeNewFile(partial, source);
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    const stream = createReadStream(this.pathOf(key), range ? { start: range.start, end: range.end } : {});
    // Opening fails (a missing object) before the caller sends headers.
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
    return stream;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  removeUnfinished(before: Date): Promise<number> {
    return removeUnfinishedIn(this.dir, before);
  }

  async *storedKeys(before: Date): AsyncGenerator<string[]> {
    let batch: string[] = [];
    for await (const file of filesIn(this.dir, STORAGE_KEY, before)) {
      batch.push(path.basename(file));
      if (batch.length === KEYS_PER_BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  async ping(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await access(this.dir, constants.R_OK | constants.W_OK);
  }
}

const storages = new WeakMap<Config, FileStorage>();

/** The storage the configuration names; one per running API. */
export function fileStorage(config: Config): FileStorage {
  let storage = storages.get(config);
  if (!storage) {
    const settings = config.attachments.storage;
    storage = settings.kind === 's3' ? new S3FileStorage(settings) : new LocalFileStorage(settings.dir);
    storages.set(config, storage);
  }
  return storage;
}

/** Removes stored files whose rows are gone; a failure is logged, leaving an orphan file rather than failing a committed change. */
export async function removeStoredFiles(ctx: { config: Config; logger: Logger }, keys: readonly string[]): Promise<void> {
  const storage = fileStorage(ctx.config);
  for (const key of keys) {
    await storage.delete(key).catch((error: unknown) => ctx.logger.error({ err: error, key }, 'removing a stored file failed'));
  }
}
