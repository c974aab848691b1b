import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Config } from '../config';
import { AttachmentKind } from '../entities/enums';
import { DomainError } from '../errors';
import { fromGlobalId } from '../ids';
import type { AttachmentRecord } from '../repositories/files/attachment.repository';
import { AttachmentService } from '../services/files/attachment.service';
import type { ByteRange } from '../services/files/file-storage';
import { sharedServices, type AppDeps } from '../services/shared/service-context';
import type { Admission } from './admission';
import { authenticateRequest } from './http-admission';
import { clientIp, RequestError } from './request';

const FILE_PATH = /^\/files\/([^/]+)$/;
/** Shown inline by browsers; everything else downloads (an SVG or HTML file could run script). */
const INLINE_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp']);
const CODES: Record<string, number> = { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 401 };

export function isFileDownload(req: IncomingMessage, url: URL): boolean {
  return FILE_PATH.test(url.pathname) && (req.method === 'GET' || req.method === 'HEAD');
}

/**
 * `GET /files/<attachment id>`: with a signed URL's `expires` and `signature`, or the caller's
 * bearer credential. Streamed, with ranges for audio and video. A link that is tampered with or
 * expired is 403, a file the caller may not see 404, and neither says anything of the file.
 */
export function fileDownloads(config: Config, deps: AppDeps, admission: Admission) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const parsed = fromGlobalId(decodeURIComponent(FILE_PATH.exec(url.pathname)![1]!));
    if (parsed?.type !== 'Attachment') throw new RequestError(404, 'No such file', 'NOT_FOUND');
    const expires = url.searchParams.get('expires');
    const signature = url.searchParams.get('signature');
    const signed = expires !== null || signature !== null;
    const ip = clientIp(req, config.trustProxy);
    const viewer = signed ? { kind: 'anonymous' as const, actor: null, ip } : (await authenticateRequest(admission, req, res, ip)).viewer;
    const service = new AttachmentService({ ...sharedServices(deps), em: deps.orm.em.fork(), viewer });
    let attachment: AttachmentRecord;
    try {
      attachment = await service.forDownload(parsed.id, signed ? { expires: expires ?? '', signature: signature ?? '' } : undefined);
    } catch (error) {
      if (error instanceof DomainError && CODES[error.code]) {
        // The same words whatever the reason: nothing tells whether the file exists.
        const status = CODES[error.code]!;
        const message = status === 403 ? 'This download link is invalid or has expired' : status === 401 ? error.message : 'No such file';
        throw new RequestError(status, message, error.code);
      }
      throw error;
    }
    const range = requestedRange(req, attachment);
    if (range === 'unsatisfiable') {
      throw new RequestError(416, 'The requested range is not within the file', 'BAD_USER_INPUT', { 'Content-Range': `bytes */${attachment.size}` });
    }
    const stream = req.method === 'HEAD' ? undefined : await service.open(attachment, range);
    const disposition = INLINE_TYPES.has(attachment.contentType) ? 'inline' : 'attachment';
    res.statusCode = range ? 206 : 200;
    res.setHeader('Content-Type', attachment.contentType);
    res.setHeader('Content-Length', String(range ? range.end - range.start + 1 : attachment.size));
    res.setHeader('Content-Disposition', `${disposition}; filename="${asciiName(attachment.fileName)}"; filename*=UTF-8''${encodeRfc5987(attachment.fileName)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('ETag', `"${attachment.sha256}"`);
    if (isMedia(attachment)) res.setHeader('Accept-Ranges', 'bytes');
    if (range) res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${attachment.size}`);
    if (!stream) {
      res.end();
      return;
    }
    await pipeline(stream, res);
  };
}

function isMedia(attachment: AttachmentRecord): boolean {
  return attachment.kind === AttachmentKind.AUDIO || attachment.kind === AttachmentKind.VIDEO;
}

/** One range of an audio or video file (`bytes=a-b`, `bytes=a-`, `bytes=-n`); other files, and several ranges, are sent whole. */
function requestedRange(req: IncomingMessage, attachment: AttachmentRecord): ByteRange | 'unsatisfiable' | undefined {
  const header = req.headers.range;
  if (!header || !isMedia(attachment)) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const size = attachment.size;
  let start: number;
  let end: number;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}

function asciiName(name: string): string {
  return name.replace(/[^\x20-\x7e]|["\\]/g, '_');
}

function encodeRfc5987(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
