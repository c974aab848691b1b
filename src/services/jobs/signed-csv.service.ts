import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import path from 'node:path';
import { Readable } from 'node:stream';
import { ClassificationJob } from '../../entities/classification-job.entity';
import { UsedNonce } from '../../entities/used-nonce.entity';
import { DomainError, RateLimitedError, ServiceUnavailableError, ValidationError } from '../../errors';
import { fromGlobalId, toGlobalId } from '../../ids';
import { budgetOf } from '../identity/rate-limiter';
import type { ByteSource } from '../import';
import { ImportService } from '../import/import.service';
import { ConcurrencyLimiter } from '../shared/concurrency-limiter';
import type { ServiceContext } from '../shared/service-context';
import { runInWorkerThread } from '../shared/worker-thread';
import { SIGNING_SECRET, validateCallbackUrl } from '../webhooks/delivery.service';
import type { JobSnapshot } from './classification-job.service';
import { decodedText, sessionJobId, SignedRows, signedRowsOf } from './csv-signature';
import { buildSignedTestFile, type SignedTestFileRequest } from './signed-test-file';

/** The most tickets one generated test file holds. */
export const MAX_TEST_TICKETS = 50_000;

/**
 * A test file costs one request of the caller's budget per this many tickets: the largest costs 50
 * of an anonymous address's 60 a minute. Files up to this size are also built on the main thread;
 * larger ones on a worker thread, one at a time per instance.
 */
export const TEST_TICKETS_PER_REQUEST = 1000;
/** Large files waiting for the worker thread; beyond them a caller is told to come back. */
const MAX_WAITING_TEST_FILES = 4;
const testFileThread = new ConcurrencyLimiter(1);

export interface SignatureParts {
  signature?: string | null;
  nonce?: string | null;
  timestamp?: string | null;
}

export interface SignedUpload extends SignatureParts {
  /** The CSV, as text or base64 (as generateTestCsv hands it out)... */
  csvContent?: string | null;
  /** ...or as an uploaded file, read twice (verified, then imported). */
  file?: { open(): ByteSource; name: string | null } | null;
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
export type SignatureProblem =
  | 'MISSING_SIGNATURE' | 'INVALID_SIGNATURE' | 'INVALID_SESSION' | 'TIMESTAMP_OUT_OF_WINDOW' | 'NONCE_REUSED' | 'SESSION_USED';

class SignatureError extends DomainError {
  constructor(code: 'UNAUTHENTICATED' | 'BAD_USER_INPUT' | 'CONFLICT', reason: SignatureProblem, message: string) {
    super(code, message, { reason });
  }
}

const BASE64 = /^[A-Za-z0-9+/=\s]+$/;

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

  /**
   * Realistic test tickets as a signed, base64 CSV; the session id becomes the job's id when it is
   * uploaded. It costs the caller's budget in proportion to its size (see TEST_TICKETS_PER_REQUEST).
   */
  async generateTestCsv(ticketCount: number): Promise<TestCsv> {
    if (!Number.isInteger(ticketCount) || ticketCount < 1 || ticketCount > MAX_TEST_TICKETS) {
      throw new ValidationError([{ field: 'ticketCount', message: `must be between 1 and ${MAX_TEST_TICKETS}` }]);
    }
    await this.chargeFor(ticketCount);
    const secret = await this.ctx.secrets.get(SIGNING_SECRET);
    const nonce = randomBytes(16).toString('hex');
    const sessionId = toGlobalId('ClassificationJob', sessionJobId(secret, nonce));
    const request: SignedTestFileRequest = { ticketCount, secret, sessionId, nonce, timestamp: String(Math.floor(Date.now() / 1000)) };
    const { csvContent, signature } = await this.build(request);
    return { sessionId, fileName: `tickets-${sessionId}.csv`, rowCount: ticketCount, csvContent, signature, nonce, timestamp: request.timestamp };
  }

  /** The request's first unit of budget is counted already (by the admission); the rest here. */
  private async chargeFor(ticketCount: number): Promise<void> {
    const budget = budgetOf(this.ctx.viewer);
    const extra = Math.ceil(ticketCount / TEST_TICKETS_PER_REQUEST) - 1;
    if (!budget || extra === 0) return;
    // A file the budget cannot pay for costs nothing beyond its request.
    const quota = await this.ctx.limiter.consumeAll(budget, extra);
    if (!quota.allowed) {
      throw new RateLimitedError(
        `A file of ${ticketCount} tickets costs ${extra + 1} requests of your budget, more than is left; try again in ${quota.retryAfterSeconds} s or ask for fewer tickets`,
        quota.retryAfterSeconds,
      );
    }
  }

  private build(request: SignedTestFileRequest): Promise<{ csvContent: string; signature: string }> {
    if (request.ticketCount <= TEST_TICKETS_PER_REQUEST) return Promise.resolve(buildSignedTestFile(request));
    if (testFileThread.queued >= MAX_WAITING_TEST_FILES) {
      throw new ServiceUnavailableError('Large test files are being built for other callers; try again in a few seconds', { retryAfter: 5 });
    }
    return testFileThread.run(() => runInWorkerThread(path.join(__dirname, 'signed-test-file.worker.ts'), request));
  }

  /**
   * Verifies a signed upload and imports its tickets into a new job (PENDING, classified by a
   * worker). The signature parts come from the input, else from the HTTP headers, else from the
   * file's comment lines. The nonce is spent in the import's transaction: a refused file spends
   * nothing. The job's id follows from the nonce (see `sessionJobId`): a file's `# X-Session-Id`
   * line, when there is one, must name it.
   */
  async upload(upload: SignedUpload, headers: SignatureParts): Promise<JobSnapshot> {
    const open = contentOf(upload);
    const secret = await this.ctx.secrets.get(SIGNING_SECRET);
    let given: SignatureParts = {};
    const rows = new SignedRows(secret, (comments) => {
      const part = (name: keyof SignatureParts): string | undefined =>
        (upload[name] ?? headers[name] ?? comments.get(`x-${name}`))?.trim() || undefined;
      given = { signature: part('signature'), nonce: part('nonce'), timestamp: part('timestamp') };
      return `${given.timestamp}.${given.nonce}.`;
    });
    for await (const text of decodedText(open() as AsyncIterable<Buffer | string>)) rows.push(text);
    const digest = rows.digest();
    const { signature, nonce, timestamp } = given;
    const missing = [!signature && 'signature', !nonce && 'nonce', !timestamp && 'timestamp'].filter(Boolean);
    if (missing.length) {
      throw new SignatureError('UNAUTHENTICATED', 'MISSING_SIGNATURE', `The upload is not signed: ${missing.join(', ')} missing (input fields, X-Signature/X-Nonce/X-Timestamp headers, or the file's comment lines)`);
    }
    const expected = Buffer.from(digest, 'hex');
    const received = Buffer.from(/^[0-9a-f]{64}$/i.test(signature!) ? signature! : '', 'hex');
    if (received.length !== expected.length || !timingSafeEqual(received, expected)) {
      throw new SignatureError('UNAUTHENTICATED', 'INVALID_SIGNATURE', 'The signature does not match the file: it must be the hex HMAC-SHA256 of "<timestamp>.<nonce>.<CSV rows>"');
    }
    const window = this.ctx.config.signedUploads.windowSeconds;
    const skewMs = Math.abs(Date.now() - timestampMs(timestamp!));
    if (!(skewMs <= window * 1000)) {
      throw new SignatureError('BAD_USER_INPUT', 'TIMESTAMP_OUT_OF_WINDOW', `The timestamp ${timestamp} is more than ${window} s from the server's clock; sign the file again`);
    }
    const jobId = sessionJobId(secret, nonce!);
    const sessionId = rows.comments.get('x-session-id');
    if (sessionId !== undefined && sessionIdOf(sessionId) !== jobId) {
      throw new SignatureError('UNAUTHENTICATED', 'INVALID_SESSION', `The file's X-Session-Id is not the session of its signature: it was changed, or comes from another file`);
    }
    const callbackUrl = upload.callbackUrl ? validateCallbackUrl(upload.callbackUrl, this.ctx.config.allowPrivateCallbacks) : null;
    const job = new ClassificationJob({
      id: jobId,
      fileName: upload.fileName ?? upload.file?.name ?? `tickets-${toGlobalId('ClassificationJob', jobId)}.csv`,
      callbackUrl,
      createdBy: null,
    });
    const outcome = await new ImportService(this.ctx).run({
      open: () => signedRowsOf(open() as AsyncIterable<Buffer | string>),
      format: 'CSV',
      fileName: job.fileName,
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

/** The upload's bytes, from exactly one of its two forms. */
function contentOf(upload: SignedUpload): () => ByteSource {
  const { csvContent, file } = upload;
  if ((csvContent == null) === (file == null)) {
    throw new ValidationError([{ field: 'csvContent', message: 'give the CSV either as csvContent or as file (a multipart upload), not both or neither' }]);
  }
  if (file) return file.open;
  const csv = decodeContent(csvContent!);
  return () => Readable.from([Buffer.from(csv, 'utf8')]);
}

function decodeContent(content: string): string {
  if (BASE64.test(content) && content.trim() !== '') {
    const text = Buffer.from(content, 'base64').toString('utf8');
    if (!text.includes('\uFFFD')) return text;
  }
  return content;
}

/** A session id is the job's global id (`job_<uuid>`) or its bare UUID; anything else names no job. */
function sessionIdOf(sessionId: string): string | undefined {
  const parsed = fromGlobalId(sessionId);
  if (parsed?.type === 'ClassificationJob') return parsed.id;
  return fromGlobalId(`job_${sessionId.toLowerCase()}`)?.id;
}
