import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Config } from '../config';
import { DomainError } from '../errors';
import { fromGlobalId } from '../ids';
import { ImportService } from '../services/import/import.service';
import { sharedServices, type AppDeps } from '../services/shared/service-context';
import { clientIp, RequestError } from './request';

const FAILED_ROWS_PATH = /^\/imports\/([^/]+)\/failed-rows\.csv$/;

export function isFailedRowsDownload(req: IncomingMessage, url: URL): boolean {
  return FAILED_ROWS_PATH.test(url.pathname) && req.method === 'GET';
}

/**
 * `GET /imports/<import id>/failed-rows.csv?expires=…&signature=…`, the link `ImportRecord.failedRowsUrl`
 * gives: the refused rows as CSV, streamed. A tampered or expired link is 403 and says nothing of the import.
 */
export function failedRowsDownloads(config: Config, deps: AppDeps) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const parsed = fromGlobalId(decodeURIComponent(FAILED_ROWS_PATH.exec(url.pathname)![1]!));
    if (parsed?.type !== 'ImportRecord') throw new RequestError(404, 'No such import', 'NOT_FOUND');
    const viewer = { kind: 'anonymous' as const, actor: null, ip: clientIp(req, config.trustProxy) };
    const service = new ImportService({ ...sharedServices(deps), em: deps.orm.em.fork(), viewer });
    let download: Awaited<ReturnType<ImportService['failedRowsCsv']>>;
    try {
      download = await service.failedRowsCsv(parsed.id, {
        expires: url.searchParams.get('expires') ?? '',
        signature: url.searchParams.get('signature') ?? '',
      });
    } catch (error) {
      if (error instanceof DomainError && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')) {
        throw new RequestError(403, 'This download link is invalid or has expired', 'FORBIDDEN');
      }
      throw error;
    }
    const name = `${(download.record.fileName ?? 'import').replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_')}-failed-rows.csv`;
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    await pipeline(Readable.from(download.csv), res);
  };
}
