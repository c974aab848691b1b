import busboy from 'busboy';
import { WriteStream as Spool } from 'graphql-upload-ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { finished, type Readable } from 'node:stream';
import { MalformedUploadError, PendingUpload, UploadTooLargeError, type FileUpload } from '../resolvers/types/file-upload';
import { RequestError } from './request';

const SPEC = 'https://github.com/jaydenseric/graphql-multipart-request-spec';
/**
 * Bytes a file may hold between the request and its reader. With busboy's 16 KB default, each
 * 64 KB read from the socket stopped the request until the reader took it.
 */
const FILE_BUFFER_BYTES = 1024 * 1024;

export function isMultipart(req: IncomingMessage): boolean {
  return req.method === 'POST' && /^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '');
}

/**
 * A GraphQL multipart request (file uploads, as Apollo Client's upload link sends them): the
 * operations, with each file in place of its variable as an `Upload` that streams the file to the
 * resolver while it arrives. The file itself is limited by `maxFileBytes`.
 */
export function readMultipartBody(req: IncomingMessage, res: ServerResponse, limits: { maxFileBytes: number; maxFieldBytes: number }): Promise<unknown> {
  drainAfterResponse(req, res, limits.maxFileBytes);
  return readGraphQLMultipart(req, res, limits);
}

/**
 * An answer can be ready before the upload has arrived (a file refused at its first rows): the
 * rest of the body is then read and dropped, so that the connection can carry the client's next
 * request; past `maxBytes` more, the connection is closed instead.
 */
function drainAfterResponse(req: IncomingMessage, res: ServerResponse, maxBytes: number): void {
  res.once('finish', () => {
    if (req.readableEnded) return;
    let dropped = 0;
    req.unpipe();
    req.on('data', (chunk: Buffer) => {
      dropped += chunk.length;
      if (dropped > maxBytes) req.socket.destroy();
    });
    req.resume();
  });
}

/**
 * Reads a GraphQL multipart request (the `operations` and `map` fields, then the file) with
 * busboy: answers the operations with a `PendingUpload` in place of each file variable as soon as
 * `map` has arrived, and hands each file to its resolver while it streams. A file is not written
 * anywhere unless its resolver asks for a reader that can be opened again.
 */
function readGraphQLMultipart(req: IncomingMessage, res: ServerResponse, limits: { maxFileBytes: number; maxFieldBytes: number }): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let operations: Record<string, unknown> | undefined;
    let uploads: Map<string, PendingUpload> | undefined;
    const files: MultipartFile[] = [];
    let failed = false;
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        highWaterMark: FILE_BUFFER_BYTES,
        fileHwm: FILE_BUFFER_BYTES,
        limits: { fieldSize: limits.maxFieldBytes, fields: 2, fileSize: limits.maxFileBytes, files: 1 },
      });
    } catch (error) {
      reject(new RequestError(400, `Invalid multipart request: ${(error as Error).message}`));
      return;
    }

    /** Before the operations are answered the request is refused; after, the files still waited for fail alike. */
    const fail = (refusal: RequestError, forFiles: Error): void => {
      if (failed) return;
      failed = true;
      for (const upload of uploads?.values() ?? []) if (!upload.settled) upload.reject(forFiles);
      req.unpipe(parser);
      // A file streaming now ends with the same error.
      parser.destroy(forFiles);
      // Read and dropped, so that the connection can carry the answer (drainAfterResponse bounds it).
      setImmediate(() => req.resume());
      reject(refusal);
    };
    const refuse = (status: number, message: string): void => {
      fail(new RequestError(status, `Invalid multipart request: ${message}`), new MalformedUploadError(message));
    };

    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) return refuse(413, `the ${name} field is over ${limits.maxFieldBytes} bytes (REQUEST_BODY_LIMIT_BYTES)`);
      if (name === 'operations') {
        const parsed = parseJson(value);
        if (typeof parsed !== 'object' || parsed === null) return refuse(400, `the operations field is not a JSON object or array (${SPEC})`);
        operations = parsed as Record<string, unknown>;
        return undefined;
      }
      if (name !== 'map') return refuse(400, `unexpected field ${name}; only operations, map and the files (${SPEC})`);
      if (!operations) return refuse(400, `the map field must follow the operations field (${SPEC})`);
      const map = parseJson(value);
      if (typeof map !== 'object' || map === null || Array.isArray(map)) return refuse(400, `the map field is not a JSON object (${SPEC})`);
      uploads = new Map();
      for (const [field, paths] of Object.entries(map)) {
        const upload = new PendingUpload();
        uploads.set(field, upload);
        if (!Array.isArray(paths) || paths.length === 0) return refuse(400, `map.${field} is not a list of variable paths (${SPEC})`);
        for (const path of paths) {
          if (typeof path !== 'string' || !replaceNull(operations, path, upload)) {
            return refuse(400, `map.${field} names ${JSON.stringify(path)}, which is not a variable set to null in the operations (${SPEC})`);
          }
        }
      }
      resolve(operations);
      return undefined;
    });

    parser.on('file', (field, stream, info) => {
      const upload = uploads?.get(field);
      if (!upload) {
        stream.resume();
        if (!uploads) refuse(400, `the files must follow the map field (${SPEC})`);
        return;
      }
      const file = new MultipartFile(info.filename ?? '', info.mimeType, stream);
      files.push(file);
      upload.resolve(file);
    });

    parser.on('filesLimit', () => refuse(413, 'a request carries one file'));
    parser.on('error', (error: Error) => refuse(400, malformed(error.message)));
    parser.on('finish', () => {
      if (!operations) return refuse(400, `the operations field is missing (${SPEC})`);
      if (!uploads) return refuse(400, `the map field is missing (${SPEC})`);
      for (const [field, upload] of uploads) if (!upload.settled) upload.reject(new MalformedUploadError(`the file ${field} named in map is missing`));
      return undefined;
    });
    req.once('close', () => {
      if (!req.readableEnded) fail(new RequestError(400, 'The request was cut off while its files arrived'), new MalformedUploadError('the request was cut off'));
    });
    res.once('close', () => {
      for (const file of files) file.release();
    });
    req.pipe(parser);
  });
}

/** A file part: its bytes straight from busboy, or through a spool for readers that come back. */
class MultipartFile implements FileUpload {
  private spool: Spool | undefined;
  private streamed = false;
  private failure: Error | undefined;

  constructor(
    readonly filename: string,
    readonly mimetype: string,
    private readonly source: Readable & { truncated?: boolean },
  ) {
    source.once('limit', () => (this.failure = new UploadTooLargeError()));
  }

  async *stream(): AsyncGenerator<Buffer, void, undefined> {
    if (this.streamed || this.spool) throw new Error('stream() reads a file once, and not beside createReadStream()');
    this.streamed = true;
    try {
      yield* chunksOf(this.source, FILE_BUFFER_BYTES);
    } catch (error) {
      throw this.failure ?? (error instanceof MalformedUploadError ? error : new MalformedUploadError(malformed((error as Error).message)));
    }
    if (this.source.truncated) throw this.failure ?? new UploadTooLargeError();
  }

  createReadStream(): Readable {
    if (this.streamed) throw new Error('createReadStream() after stream(): the file was read once already');
    if (!this.spool) {
      const spool = new Spool();
      this.spool = spool;
      this.source.once('limit', () => {
        this.source.unpipe(spool);
        spool.destroy(this.failure);
      });
      this.source.once('error', (error: Error) => {
        this.source.unpipe(spool);
        spool.destroy(new MalformedUploadError(malformed(error.message)));
      });
      spool.on('error', () => this.source.resume());
      this.source.pipe(spool);
    }
    if (this.spool.destroyed && this.failure) throw this.failure;
    return this.spool.createReadStream();
  }

  /** The request is answered: the spool's temporary file goes once its readers close. */
  release(): void {
    this.spool?.release();
  }
}

/**
 * The chunks of a readable as they were pushed, the readable paused while `maxQueued` bytes wait.
 * Its own async iterator would join the waiting chunks into a new buffer, a copy of every byte.
 * Ends as that iterator does: the readable's error, or a premature close, is thrown; a reader that
 * stops early destroys the readable.
 */
async function* chunksOf(source: Readable, maxQueued: number): AsyncGenerator<Buffer, void, undefined> {
  const queue: Buffer[] = [];
  let queued = 0;
  let done = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const onData = (chunk: Buffer): void => {
    queue.push(chunk);
    queued += chunk.length;
    if (queued >= maxQueued) source.pause();
    wake?.();
  };
  source.on('data', onData);
  const stopWatching = finished(source, (error) => {
    done = true;
    failure = error ?? undefined;
    wake?.();
  });
  try {
    for (;;) {
      const chunk = queue.shift();
      if (chunk) {
        queued -= chunk.length;
        if (queued < maxQueued && source.isPaused()) source.resume();
        yield chunk;
      } else if (failure) {
        throw failure;
      } else if (done) {
        return;
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    }
  } finally {
    source.off('data', onData);
    stopWatching();
    if (!done) source.destroy();
  }
}

/** busboy's wording, with what a malformed part header is most often made of. */
function malformed(message: string): string {
  return message === 'Malformed part header'
    ? 'a part\'s headers are malformed (a header such as the file name holds a control character or a line break)'
    : message;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Sets `path` (dot-separated, e.g. `variables.file` or `0.variables.files.1`) of `root` to `value` where it holds null now. */
function replaceNull(root: Record<string, unknown>, path: string, value: unknown): boolean {
  const keys = path.split('.');
  if (keys.includes('__proto__')) return false;
  let node: unknown = root;
  for (const key of keys.slice(0, -1)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  const last = keys[keys.length - 1]!;
  if (typeof node !== 'object' || node === null || !Object.hasOwn(node, last) || (node as Record<string, unknown>)[last] !== null) return false;
  (node as Record<string, unknown>)[last] = value;
  return true;
}
