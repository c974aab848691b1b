import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Config } from '../../config';
import type { ByteRange, FileStorage } from './file-storage';
import { removeUnfinishedIn, unfinishedPath, writeNewFile } from './local-files';
import { KEYS_PER_BATCH, STORAGE_KEY } from './storage-key';

type S3Settings = Extract<Config['attachments']['storage'], { kind: 's3' }>;

/**
 * An S3-compatible bucket (AWS, MinIO, Ceph, R2, ...). An upload is spooled to a local file as it
 * streams in (memory stays flat) and sent with its length, which PutObject needs up front.
 */
export class S3FileStorage implements FileStorage {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      // A copy: the SDK marks the object it is given, and the configuration is frozen.
      credentials: settings.credentials && { ...settings.credentials },
      // Plain PutObject and GetObject, as every S3-compatible server speaks them (no aws-chunked trailers).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  /** The bucket exists and the credentials reach it (HeadBucket: s3:ListBucket). */
  async ping(): Promise<void> {
    await this.client.send(new HeadBucketCommand({ Bucket: this.settings.bucket }));
  }

  private keyOf(key: string): string {
    return `${this.settings.prefix}${key}`;
  }

  async put(key: string, source: AsyncIterable<Buffer>): Promise<void> {
    await mkdir(this.settings.spoolDir, { recursive: true });
    const spool = unfinishedPath(this.settings.spoolDir, key);
    try {
      await writeNewFile(spool, source);
      const { size } = await stat(spool);
      await this.client.send(new PutObjectCommand({
        Bucket: this.settings.bucket, Key: this.keyOf(key), Body: createReadStream(spool), ContentLength: size, ContentType: 'application/octet-stream',
      }));
    } finally {
      await rm(spool, { force: true });
    }
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    const object = await this.client.send(new GetObjectCommand({
      Bucket: this.settings.bucket, Key: this.keyOf(key), Range: range ? `bytes=${range.start}-${range.end}` : undefined,
    }));
    return object.Body as Readable;
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(key) }));
  }

  /** Spool files of uploads whose process died before sending them. */
  removeUnfinished(before: Date): Promise<number> {
    return removeUnfinishedIn(this.settings.spoolDir, before);
  }

  /**
   * Lists the prefix a page at a time (ListObjectsV2, continuation tokens). Objects whose name
   * after the prefix is not a key the server makes are someone else's and never offered. A
   * continuation token names where the listing stands, so removing a page's leftovers before
   * asking for the next skips nothing.
   */
  async *storedKeys(before: Date): AsyncGenerator<string[]> {
    const { bucket, prefix, sweepHours } = this.settings;
    // Opt-in (ATTACHMENT_S3_SWEEP_HOURS): a bucket may be large, and shared with what is not ours.
    if (sweepHours === 0) return;
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: KEYS_PER_BATCH, ContinuationToken: token }));
      const keys = (page.Contents ?? []).flatMap((object) => {
        const key = object.Key?.startsWith(prefix) ? object.Key.slice(prefix.length) : undefined;
        return key && STORAGE_KEY.test(key) && object.LastModified && object.LastModified < before ? [key] : [];
      });
      if (keys.length > 0) yield keys;
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
}
