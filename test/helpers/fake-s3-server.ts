import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server saw it. */
export interface S3Request {
  method: string;
  path: string;
  authorization: string | undefined;
  range: string | undefined;
}

/**
 * A local server speaking the part of the S3 REST protocol the file storage uses, path-style
 * (`/<bucket>/<key>`): PutObject (PUT, with Content-Length), GetObject (GET, with an optional
 * single `Range`), DeleteObject (DELETE, 204 whether or not the key exists). Errors are S3's XML
 * documents (NoSuchKey, NoSuchBucket, MissingContentLength). Signatures are recorded, not checked.
 */
export class FakeS3Server {
  readonly objects = new Map<string, Buffer>();
  readonly requests: S3Request[] = [];

  private constructor(
    private readonly server: http.Server,
    readonly bucket: string,
  ) {}

  static async start(bucket = 'ticket-files'): Promise<FakeS3Server> {
    const server = http.createServer();
    const fake = new FakeS3Server(server, bucket);
    server.on('request', (req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://s3');
    const [, bucket, ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    this.requests.push({ method: req.method ?? '', path: url.pathname, authorization: req.headers.authorization, range: req.headers.range });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (bucket !== this.bucket) return error(res, 404, 'NoSuchBucket', 'The specified bucket does not exist');
    switch (req.method) {
      case 'PUT': {
        if (req.headers['content-length'] === undefined) return error(res, 411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.');
        const body = Buffer.concat(chunks);
        this.objects.set(key, body);
        res.writeHead(200, { ETag: etag(body) }).end();
        return;
      }
      case 'GET':
      case 'HEAD': {
        const body = this.objects.get(key);
        if (!body) return error(res, 404, 'NoSuchKey', 'The specified key does not exist.');
        const match = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
        const headers = { ETag: etag(body), 'Last-Modified': new Date().toUTCString(), 'Content-Type': 'application/octet-stream', 'Accept-Ranges': 'bytes' };
        if (match) {
          const start = Number(match[1]);
          const end = match[2] ? Math.min(Number(match[2]), body.length - 1) : body.length - 1;
          const part = body.subarray(start, end + 1);
          res.writeHead(206, { ...headers, 'Content-Length': String(part.length), 'Content-Range': `bytes ${start}-${end}/${body.length}` });
          res.end(req.method === 'HEAD' ? undefined : part);
          return;
        }
        res.writeHead(200, { ...headers, 'Content-Length': String(body.length) }).end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      case 'DELETE':
        this.objects.delete(key);
        res.writeHead(204).end();
        return;
      default:
        return error(res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
    }
  }
}

function etag(body: Buffer): string {
  return `"${createHash('md5').update(body).digest('hex')}"`;
}

function error(res: http.ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'Content-Type': 'application/xml' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>fake</RequestId></Error>`);
}
