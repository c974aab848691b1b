import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server saw it. */
export interface S3Request {
  method: string;
  path: string;
  /** The query string, without its `?`. */
  query: string;
  authorization: string | undefined;
  range: string | undefined;
}

/**
 * A local server speaking the part of the S3 REST protocol the file storage uses, path-style
 * (`/<bucket>/<key>`): PutObject (PUT, with Content-Length), GetObject (GET, with an optional
 * single `Range`), DeleteObject (DELETE, 204 whether or not the key exists), and ListObjectsV2
 * (`GET /<bucket>?list-type=2`: `prefix`, `max-keys`, `continuation-token`, `encoding-type=url`;
 * keys in binary order, at most `pageSize` a page, the documented XML with `KeyCount`,
 * `IsTruncated` and `NextContinuationToken`). Errors are S3's XML documents (NoSuchKey,
 * NoSuchBucket, MissingContentLength, InvalidArgument). Signatures are recorded, not checked.
 */
export class FakeS3Server {
  readonly objects = new Map<string, Buffer>();
  /** Each object's `LastModified`; a test may set one in the past. */
  readonly modified = new Map<string, Date>();
  readonly requests: S3Request[] = [];
  /** Most keys a listing page holds, whatever `max-keys` asks (S3's is 1000): small, to make a test page. */
  pageSize = 1000;

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
    this.requests.push({ method: req.method ?? '', path: url.pathname, query: url.search.slice(1), authorization: req.headers.authorization, range: req.headers.range });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (bucket !== this.bucket) return error(res, 404, 'NoSuchBucket', 'The specified bucket does not exist');
    switch (req.method) {
      case 'PUT': {
        if (req.headers['content-length'] === undefined) return error(res, 411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.');
        const body = Buffer.concat(chunks);
        this.objects.set(key, body);
        this.modified.set(key, new Date());
        res.writeHead(200, { ETag: etag(body) }).end();
        return;
      }
      case 'GET':
      case 'HEAD': {
        if (key === '' && url.searchParams.get('list-type') === '2') return this.list(url, res);
        const body = this.objects.get(key);
        if (!body) return error(res, 404, 'NoSuchKey', 'The specified key does not exist.');
        const match = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
        const headers = { ETag: etag(body), 'Last-Modified': (this.modified.get(key) ?? new Date()).toUTCString(), 'Content-Type': 'application/octet-stream', 'Accept-Ranges': 'bytes' };
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
        this.modified.delete(key);
        res.writeHead(204).end();
        return;
      default:
        return error(res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
    }
  }

  /** ListObjectsV2. The continuation token carries the last key listed, so deleting listed keys skips nothing. */
  private list(url: URL, res: http.ServerResponse): void {
    const params = url.searchParams;
    const prefix = params.get('prefix') ?? '';
    const maxKeys = Number(params.get('max-keys') ?? '1000');
    if (!Number.isInteger(maxKeys) || maxKeys < 0) return error(res, 400, 'InvalidArgument', 'Provided max-keys not an integer or within integer range');
    const token = params.get('continuation-token');
    const after = token === null ? undefined : Buffer.from(token, 'base64url').toString();
    if (token !== null && !after) return error(res, 400, 'InvalidArgument', 'The continuation token provided is incorrect');
    const matching = [...this.objects.keys()]
      .filter((key) => key.startsWith(prefix) && (after === undefined || Buffer.compare(Buffer.from(key), Buffer.from(after)) > 0))
      .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    const page = matching.slice(0, Math.min(maxKeys, this.pageSize));
    const truncated = page.length < matching.length;
    const encode = params.get('encoding-type') === 'url' ? (text: string) => encodeURIComponent(text).replace(/%2F/g, '/') : (text: string) => text;
    const contents = page.map((key) => {
      const body = this.objects.get(key)!;
      return `<Contents><Key>${xml(encode(key))}</Key><LastModified>${this.modified.get(key)!.toISOString()}</LastModified>` +
        `<ETag>${xml(etag(body))}</ETag><Size>${body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`;
    });
    res.writeHead(200, { 'Content-Type': 'application/xml' });
    res.end(
      '<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
        `<Name>${xml(this.bucket)}</Name><Prefix>${xml(encode(prefix))}</Prefix><KeyCount>${page.length}</KeyCount><MaxKeys>${maxKeys}</MaxKeys>` +
        (params.get('encoding-type') === 'url' ? '<EncodingType>url</EncodingType>' : '') +
        `<IsTruncated>${truncated}</IsTruncated>` +
        (token !== null ? `<ContinuationToken>${xml(token)}</ContinuationToken>` : '') +
        (truncated ? `<NextContinuationToken>${Buffer.from(page.at(-1)!).toString('base64url')}</NextContinuationToken>` : '') +
        `${contents.join('')}</ListBucketResult>`,
    );
  }
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function etag(body: Buffer): string {
  return `"${createHash('md5').update(body).digest('hex')}"`;
}

function error(res: http.ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'Content-Type': 'application/xml' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>fake</RequestId></Error>`);
}
