import type { EntityManager } from '@mikro-orm/postgresql';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';
import { ClassificationJob } from '../../entities/classification-job.entity';
import { UsedNonce } from '../../entities/used-nonce.entity';
import { DomainError, ValidationError } from '../../errors';
import { fromGlobalId, newId, toGlobalId } from '../../ids';
import { ImportService } from '../import/import.service';
import type { ServiceContext } from '../shared/service-context';
import { SIGNING_SECRET, validateCallbackUrl } from '../webhooks/delivery.service';
import type { JobSnapshot } from './classification-job.service';
import { generateTestTickets, testTicketsCsv } from './test-tickets.generator';

/** The most tickets one generated test file holds. */
export const MAX_TEST_TICKETS = 50_000;

export interface SignatureParts {
  signature?: string | null;
  nonce?: string | null;
  timestamp?: string | null;
}

export interface SignedUpload extends SignatureParts {
  /** The CSV, as text or base64 (as generateTestCsv hands it out). */
  csvContent: string;
  fileName?: string | null;
  callbackUrl?: string | null;
}

export interface TestCsv {
  sessionId: string;
  fileName: string;
  rowCount: number;
  /** base64 of the CSV, comment lines included. */
  csvContent: string;
  signature: string;
  nonce: string;
  timestamp: string;
}

/** Why a signed upload was refused; clients may branch on it (`extensions.reason`). */
export type SignatureProblem = 'MISSING_SIGNATURE' | 'INVALID_SIGNATURE' | 'TIMESTAMP_OUT_OF_WINDOW' | 'NONCE_REUSED' | 'SESSION_USED';

class SignatureError extends DomainError {
  constructor(code: 'UNAUTHENTICATED' | 'BAD_USER_INPUT' | 'CONFLICT', reason: SignatureProblem, message: string) {
    super(code, message, { reason });
  }
}

const COMMENT = /^#\s*(X-[A-Za-z-]+)\s*:\s*(.*?)\s*$/;
const BASE64 = /^[A-Za-z0-9+/=\s]+$/;

/**
 * What is signed: the CSV rows, header included, without the leading `#` comment lines and a
 * byte-order mark, line breaks as LF, trailing line breaks dropped. A file re-saved with CRLF
 * line breaks still verifies.
 */
export function signedRows(csv: string): string {
  const text = csv.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (line.trim() !== '' && !line.trimStart().startsWith('#')) break;
    start = end === -1 ? text.length : end + 1;
  }
  return text.slice(start).replace(/\n+$/, '');
}

/** HMAC-SHA256 (hex) of `<timestamp>.<nonce>.<rows>` with the server's signing secret. */
export function signCsv(secret: string, timestamp: string, nonce: string, csv: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${nonce}.${signedRows(csv)}`).digest('hex');
}

/** The `# X-Name: value` lines before the header. */
function commentValues(csv: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of csv.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const match = COMMENT.exec(line);
    if (!match) {
      if (line.trimStart().startsWith('#')) continue;
      break;
    }
    values.set(match[1]!.toLowerCase(), match[2]!);
  }
  return values;
}

/** Unix seconds, unix milliseconds, or ISO-8601. */
function timestampMs(value: string): number {
  if (/^\d{1,16}$/.test(value)) {
    const number = Number(value);
    return number > 1e11 ? number : number * 1000;
  }
  return /^\d{4}-\d\d-\d\dT/.test(value) ? Date.parse(value) : Number.NaN;
}

/**
 * The signed CSV flow: test files signed by the server, and uploads whose signature, nonce and
 * timestamp are checked before their tickets become a classification job.
 */
export class SignedCsvService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Realistic test tickets as a signed, base64 CSV; the session id becomes the job's id when it is uploaded. */
  async generateTestCsv(ticketCount: number): Promise<TestCsv> {
    if (!Number.isInteger(ticketCount) || ticketCount < 1 || ticketCount > MAX_TEST_TICKETS) {
      throw new ValidationError([{ field: 'ticketCount', message: `must be between 1 and ${MAX_TEST_TICKETS}` }]);
    }
    const sessionId = toGlobalId('ClassificationJob', newId());
    const nonce = randomBytes(16).toString('hex');
    const timestamp = String(Math.floor(Date.now() / 1000));
    const rows = testTicketsCsv(generateTestTickets(ticketCount));
    const signature = signCsv(await this.ctx.secrets.get(SIGNING_SECRET), timestamp, nonce, rows);
    const comments = [`# X-Session-Id: ${sessionId}`, `# X-Signature: ${signature}`, `# X-Nonce: ${nonce}`, `# X-Timestamp: ${timestamp}`];
    const csv = `${comments.join('\r\n')}\r\n${rows}`;
    const fileName = `tickets-${sessionId}.csv`;
    return { sessionId, fileName, rowCount: ticketCount, csvContent: Buffer.from(csv, 'utf8').toString('base64'), signature, nonce, timestamp };
  }

  /**
   * Verifies a signed upload and imports its tickets into a new job (PENDING, classified by a
   * worker). The signature parts come from the input, else from the HTTP headers, else from the
   * file's comment lines. The nonce is spent in the import's transaction: a refused file spends nothing.
   */
  async upload(upload: SignedUpload, headers: SignatureParts): Promise<JobSnapshot> {
    const csv = decodeContent(upload.csvContent);
    const comments = commentValues(csv);
    const part = (name: keyof SignatureParts): string | undefined =>
      (upload[name] ?? headers[name] ?? comments.get(`x-${name}`))?.trim() || undefined;
    const signature = part('signature');
    const nonce = part('nonce');
    const timestamp = part('timestamp');
    const missing = [!signature && 'signature', !nonce && 'nonce', !timestamp && 'timestamp'].filter(Boolean);
    if (missing.length) {
      throw new SignatureError('UNAUTHENTICATED', 'MISSING_SIGNATURE', `The upload is not signed: ${missing.join(', ')} missing (input fields, X-Signature/X-Nonce/X-Timestamp headers, or the file's comment lines)`);
    }
    const expected = Buffer.from(signCsv(await this.ctx.secrets.get(SIGNING_SECRET), timestamp!, nonce!, csv), 'hex');
    const given = Buffer.from(/^[0-9a-f]{64}$/i.test(signature!) ? signature! : '', 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new SignatureError('UNAUTHENTICATED', 'INVALID_SIGNATURE', 'The signature does not match the file: it must be the hex HMAC-SHA256 of "<timestamp>.<nonce>.<CSV rows>"');
    }
    const window = this.ctx.config.signedUploads.windowSeconds;
    const skewMs = Math.abs(Date.now() - timestampMs(timestamp!));
    if (!(skewMs <= window * 1000)) {
      throw new SignatureError('BAD_USER_INPUT', 'TIMESTAMP_OUT_OF_WINDOW', `The timestamp ${timestamp} is more than ${window} s from the server's clock; sign the file again`);
    }
    const callbackUrl = upload.callbackUrl ? validateCallbackUrl(upload.callbackUrl, this.ctx.config.allowPrivateCallbacks) : null;
    const sessionId = comments.get('x-session-id');
    const job = new ClassificationJob({
      id: sessionId ? sessionJobId(sessionId) : undefined,
      fileName: upload.fileName ?? (sessionId ? `tickets-${sessionId}.csv` : 'upload.csv'),
      callbackUrl,
      createdBy: null,
    });
    const outcome = await new ImportService(this.ctx).run({
      open: () => Readable.from([Buffer.from(csv, 'utf8')]),
      format: 'CSV',
      classify: true,
      job,
      claim: (em) => this.claim(em, nonce!, job.id, window),
    });
    return outcome.job!;
  }

  /** Spends the nonce and the session id, or refuses the upload. */
  private async claim(em: EntityManager, nonce: string, jobId: string, windowSeconds: number): Promise<void> {
    if (!(await em.getRepository(UsedNonce).spend(nonce, windowSeconds * 2))) {
      throw new SignatureError('CONFLICT', 'NONCE_REUSED', 'This nonce was used already; sign the file again with a new nonce');
    }
    if (await em.getRepository(ClassificationJob).exists(jobId)) {
      throw new SignatureError('CONFLICT', 'SESSION_USED', `Session ${toGlobalId('ClassificationJob', jobId)} has a job already`);
    }
  }
}

function decodeContent(content: string): string {
  if (BASE64.test(content) && content.trim() !== '') {
    const text = Buffer.from(content, 'base64').toString('utf8');
    if (!text.includes('\uFFFD')) return text;
  }
  return content;
}

/** A session id is the job's global id (`job_<uuid>`) or its bare UUID. */
function sessionJobId(sessionId: string): string {
  const parsed = fromGlobalId(sessionId);
  if (parsed?.type === 'ClassificationJob') return parsed.id;
  const bare = fromGlobalId(`job_${sessionId.toLowerCase()}`);
  if (bare) return bare.id;
  throw new ValidationError([{ field: 'X-Session-Id', message: `must be a job id (job_<uuid>) or a UUID, not "${sessionId}"` }]);
}
