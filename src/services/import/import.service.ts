import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { ClassificationJob, type RowError } from '../../entities/classification-job.entity';
import { Role } from '../../entities/enums';
import { Ticket } from '../../entities/ticket.entity';
import { newId } from '../../ids';
import { QUEUES } from '../../queue/job-queue';
import { requireRole, viewerKey } from '../identity/policy';
import { ClassificationJobService, publishJob, snapshotOf, type JobSnapshot } from '../jobs/classification-job.service';
import { fingerprint, IdempotencyService } from '../shared/idempotency.service';
import type { ServiceContext } from '../shared/service-context';
import { createdChanges, draftTicket } from '../tickets/ticket.service';
import {
  detectImportFormat, parseTicketFile, ticketFromRecord, type ByteSource, type ImportFormat, type ImportLimits,
} from './';
import { DEFAULT_IMPORT_LIMITS } from './import-limits';

async function sha256(source: ByteSource): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of source as AsyncIterable<Buffer | string>) hash.update(chunk);
  return hash.digest('hex');
}

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
      fingerprint: async () => fingerprint('importTickets', args, await sha256(open())),
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

      const result: Stored = { total: 0, successful: 0, failed: 0, errors: [], job: null };
      let jobTickets = 0;
      const imported = await tickets.startImport();
      try {
        for await (const { row, fields } of parseTicketFile(request.open(), format, limits)) {
          result.total++;
          const mapped = ticketFromRecord(fields);
          if (!mapped.value) {
            result.failed++;
            if (result.errors.length < REPORTED_ROW_ERRORS) result.errors.push({ row, errors: mapped.errors });
            continue;
          }
          // What a row leaves open the classifier decides, in the job.
          const needsJob = request.classify || !mapped.value.category || !mapped.value.priority;
          if (needsJob) jobTickets++;
          const ticket = draftTicket(mapped.value, {
            viewer, now, sla, classificationJobId: needsJob ? jobFor().id : null,
          });
          await imported.add(ticket, { id: newId(now.getTime()), actor: viewer.actor, changes: createdChanges(ticket) });
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
      // The job row first: the tickets reference it.
      await imported.finish(() => em.flush());
      return { ...result, job: finalJob };
    });

    const job = outcome.job && snapshotOf(outcome.job);
    if (job) {
      await this.ctx.jobs.send(QUEUES.classificationJobs.name, { jobId: job.id });
      await publishJob(this.ctx, job);
    }
    return { ...outcome, job };
  }
}
