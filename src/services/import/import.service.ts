import type { EntityManager } from '@mikro-orm/postgresql';
import { ClassificationJob, type RowError } from '../../entities/classification-job.entity';
import { Role } from '../../entities/enums';
import { FileImport } from '../../entities/file-import.entity';
import { Ticket } from '../../entities/ticket.entity';
import { ForbiddenError, NotFoundError } from '../../errors';
import { newId, toGlobalId } from '../../ids';
import { QUEUES } from '../../queue/job-queue';
import type { ImportRecordRow, ImportScope } from '../../repositories/import/file-import.repository';
import type { Page, PageRequest } from '../../repositories/shared/page';
import { DuplicateExternalKeyError } from '../../repositories/tickets/ticket.repository';
import { isStaff, requireRole, requireSignedIn, viewerKey } from '../identity/policy';
import { ClassificationJobService, publishJob, snapshotOf, type JobSnapshot } from '../jobs/classification-job.service';
import { fingerprint, fingerprintOfBytes, IdempotencyService } from '../shared/idempotency.service';
import type { ServiceContext } from '../shared/service-context';
import { SignedLinks, type LinkSignature } from '../shared/signed-link';
import { createdChanges, draftTicket } from '../tickets/ticket.service';
import {
  detectImportFormat, parseTicketFile, ticketFromRecord, type ByteSource, type ImportFormat, type ImportLimits,
} from './';
import { csvRow } from './csv.writer';
import { FailedRowColumns, flatFields } from './failed-rows';
import { ImportFileError } from './import-file.error';
import { DEFAULT_IMPORT_LIMITS } from './import-limits';

/** Row errors reported in full; beyond these only the count grows (a file of a million bad rows stays answerable). */
export const REPORTED_ROW_ERRORS = 1000;

export interface ImportRequest {
  /** Opens the file; with an Idempotency-Key it is read twice (first to fingerprint it). */
  open: () => ByteSource;
  format?: ImportFormat | null;
  fileName?: string | null;
  contentType?: string | null;
  /** Classify every imported ticket in a job (rows without category or priority are classified anyway). */
  classify: boolean;
  /** The job the tickets join, made up front (a signed upload's job has the session's id). */
  job?: ClassificationJob;
  /** Runs first in the import's transaction; throwing refuses the import (a signed upload spends its nonce here). */
  claim?: (em: EntityManager) => Promise<void>;
}

export interface ImportOutcome {
  /** The kept record of the import. */
  importId: string;
  total: number;
  successful: number;
  failed: number;
  /** The first REPORTED_ROW_ERRORS invalid rows, each with all of its errors. */
  errors: RowError[];
  job: JobSnapshot | null;
}

/** What an Idempotency-Key keeps of an import: the counts, the errors, and the job to read again. */
interface StoredOutcome extends Omit<ImportOutcome, 'job'> {
  jobId: string | null;
}

/**
 * Imports a ticket file as it streams in: valid rows stream on into PostgreSQL (COPY), invalid ones
 * are reported with their row number and every error. The whole import is one transaction: a crash, or a file
 * refused part-way (too many rows, a hostile structure), leaves nothing half-written, and the
 * client may simply send the file again.
 */
export class ImportService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * importTickets: staff, and integrations (whose tickets are their own). With an Idempotency-Key,
   * a repeat of the same file and arguments returns the first import's result.
   */
  async importTickets(request: Omit<ImportRequest, 'job' | 'claim'>, idempotencyKey?: string): Promise<ImportOutcome> {
    if (this.ctx.viewer.kind !== 'token') requireRole(this.ctx.viewer, [Role.ADMIN, Role.AGENT], 'import tickets');
    const { open, ...args } = request;
    return new IdempotencyService(this.ctx).run<ImportOutcome, StoredOutcome>(idempotencyKey, {
      fingerprint: async () => fingerprint('importTickets', args, await fingerprintOfBytes(open() as AsyncIterable<Buffer | string>)),
      execute: () => this.run(request),
      store: ({ job, ...counts }) => ({ ...counts, jobId: job?.id ?? null }),
      replay: async ({ jobId, ...counts }) => ({
        ...counts,
        job: jobId === null ? null : await new ClassificationJobService(this.ctx).get(jobId),
      }),
    });
  }

  /** Imports without a role check: signed uploads, whose signature is the credential. */
  async run(request: ImportRequest): Promise<ImportOutcome> {
    type Stored = Omit<ImportOutcome, 'job'> & { job: ClassificationJob | null };
    const format = detectImportFormat({ format: request.format, fileName: request.fileName, contentType: request.contentType });
    const { imports } = this.ctx.config;
    const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, maxBytes: imports.maxBytes, maxRows: imports.maxRows, maxFieldBytes: imports.maxFieldBytes };
    const viewer = this.ctx.viewer;
    const now = new Date();

    const outcome = await this.ctx.em.transactional(async (em) => {
      await request.claim?.(em);
      const record = new FileImport({
        fileName: request.fileName ?? null,
        format,
        importedBy: viewer.actor,
        importedByKey: viewer.kind === 'anonymous' ? null : viewerKey(viewer),
      });
      em.persist(record);
      const columns = new FailedRowColumns();
      const sla = await this.ctx.sla.rules(em);
      const tickets = em.getRepository(Ticket);
      let job = request.job ?? null;
      const jobFor = (): ClassificationJob => {
        if (!job) {
          job = new ClassificationJob({ fileName: request.fileName ?? null, callbackUrl: null, createdBy: viewerKey(viewer) });
          em.persist(job);
        }
        return job;
      };
      if (request.job) em.persist(request.job);

      const result: Stored = { importId: record.id, total: 0, successful: 0, failed: 0, errors: [], job: null };
      let jobTickets = 0;
      const imported = await tickets.startImport(record.id);
      try {
        for await (const { row, fields } of parseTicketFile(request.open(), format, limits)) {
          result.total++;
          const mapped = ticketFromRecord(fields);
          if (!mapped.value) {
            result.failed++;
            if (result.errors.length < REPORTED_ROW_ERRORS) result.errors.push({ row, errors: mapped.errors });
            const flat = flatFields(fields);
            columns.add(flat);
            await imported.reject(row, mapped.errors, flat);
            continue;
          }
          // What a row leaves open the classifier decides, in the job.
          const needsJob = request.classify || !mapped.value.category || !mapped.value.priority;
          if (needsJob) jobTickets++;
          const ticket = draftTicket(mapped.value, {
            viewer, now, sla, classificationJobId: needsJob ? jobFor().id : null,
          });
          await imported.add(row, ticket, { id: newId(now.getTime()), actor: viewer.actor, changes: createdChanges(ticket) });
          result.successful++;
        }
      } catch (error) {
        await imported.abort(error instanceof Error ? error : new Error(String(error)));
        throw error;
      }
      const finalJob = job as ClassificationJob | null;
      if (finalJob) {
        finalJob.totalTickets = jobTickets;
        finalJob.rowErrors = result.errors;
        finalJob.updatedAt = new Date();
      }
      Object.assign(record, { total: result.total, successful: result.successful, failed: result.failed, columns: columns.list, jobId: finalJob?.id ?? null });
      try {
        // The job and import rows first: the tickets reference them.
        await imported.finish(() => em.flush());
      } catch (error) {
        if (!(error instanceof DuplicateExternalKeyError)) throw error;
        throw new ImportFileError('DUPLICATE_ISSUE_KEY', `The issue_key ${JSON.stringify(error.key)} is on rows ${error.rows.join(', ')}: each row needs a key of its own`);
      }
      return { ...result, job: finalJob };
    });

    const job = outcome.job && snapshotOf(outcome.job);
    if (job) {
      await this.ctx.jobs.send(QUEUES.classificationJobs.name, { jobId: job.id });
      await publishJob(this.ctx, job);
    }
    return { ...outcome, job };
  }

  /** Imports the caller may see, newest first: staff see every one, others those they made. */
  list(request: PageRequest): Promise<Page<ImportRecordRow>> {
    return this.imports.findPage(this.scope(), request);
  }

  count(): Promise<number> {
    return this.imports.countVisible(this.scope());
  }

  /** An import the caller may see; any other is NOT_FOUND. */
  async get(id: string): Promise<ImportRecordRow> {
    const found = await this.imports.findRecord(id);
    const scope = this.scope();
    if (!found || ('importedByKey' in scope && found.importedByKey !== scope.importedByKey)) {
      throw new NotFoundError('ImportRecord', toGlobalId('ImportRecord', id));
    }
    return found;
  }

  /** A page of the refused rows of an import the caller has read (with `get`), in file order. */
  rowErrors(importId: string, request: PageRequest): Promise<Page<RowError>> {
    return this.imports.rowErrorPage(importId, request);
  }

  /** A link that downloads the import's refused rows as CSV without a credential until it expires; null when none were refused. */
  async failedRowsUrl(record: ImportRecordRow, now = Date.now()): Promise<string | null> {
    if (record.failed === 0) return null;
    const signed = await new SignedLinks(this.ctx.secrets).query(failedRowsSubject(record.id), this.ctx.config.attachments.urlTtlSeconds, now);
    return `/imports/${toGlobalId('ImportRecord', record.id)}/failed-rows.csv?${signed}`;
  }

  /**
   * The refused rows of an import as CSV, for a signed link: the import's own columns (as a CSV
   * import reads them) and an `errors` column, so that the file, once fixed, imports again.
   * Read a page at a time: memory stays flat however many rows failed.
   */
  async failedRowsCsv(id: string, signed: LinkSignature): Promise<{ record: ImportRecordRow; csv: AsyncIterable<string> }> {
    if (!(await new SignedLinks(this.ctx.secrets).valid(failedRowsSubject(id), signed))) {
      throw new ForbiddenError('This download link is invalid or has expired');
    }
    const record = await this.imports.findRecord(id);
    if (!record) throw new NotFoundError('ImportRecord', toGlobalId('ImportRecord', id));
    const imports = this.imports;
    async function* csv(): AsyncGenerator<string> {
      yield csvRow([...record!.columns, 'errors']);
      let after = 0;
      for (;;) {
        const rows = await imports.failedRows(id, after, FAILED_ROWS_PAGE);
        if (rows.length === 0) return;
        let text = '';
        for (const { fields, errors } of rows) text += csvRow([...record!.columns.map((column) => fields[column]), errors.join('; ')]);
        yield text;
        after = rows[rows.length - 1]!.row;
      }
    }
    return { record, csv: csv() };
  }

  private get imports() {
    return this.ctx.em.getRepository(FileImport);
  }

  private scope(): ImportScope {
    const viewer = requireSignedIn(this.ctx.viewer);
    return isStaff(viewer) ? { all: true } : { importedByKey: viewerKey(viewer) };
  }
}

/** Rows per read of a failed-rows download. */
const FAILED_ROWS_PAGE = 1000;

/** What a failed-rows link signs: not an attachment's id, so that neither kind of link opens the other. */
function failedRowsSubject(importId: string): string {
  return `import-failed-rows:${importId}`;
}
