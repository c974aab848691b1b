import type { ServiceContext } from '../shared/service-context';
import { ClassificationJob, type RowError } from '../../entities/classification-job.entity';
import { JobStatus, TicketEventType } from '../../entities/enums';
import { Ticket } from '../../entities/ticket.entity';
import type { FieldChange } from '../../entities/ticket-event.entity';
import { NotFoundError } from '../../errors';
import { newId, toGlobalId } from '../../ids';
import { QUEUES } from '../../queue/job-queue';
import { channelIterator, type Channel } from '../../pubsub';
import { query, toDate, toDateOrNull } from '../../db/sql';
import type { TicketRecord } from '../../repositories/tickets/ticket.table';
import type { Page } from '../../repositories/shared/page';
import type { ClassificationUpdate, TicketOrdering } from '../../repositories/tickets/ticket.repository';
import { withClassification } from '../classifier/classification.service';
import { type ClassificationResult, type ClassifiedField } from '../../entities/classification.value';
import { isStaff, viewerKey } from '../identity/policy';
import { DeliveryService } from '../webhooks/delivery.service';
import { announceTicketEvents } from '../ticket-events/ticket-event.announcer';

/** A job as clients see it, and as updates carry it. */
export interface JobSnapshot {
  id: string;
  status: JobStatus;
  fileName: string | null;
  totalTickets: number;
  processedTickets: number;
  failedTickets: number;
  rowErrors: RowError[];
  errorMessage: string | null;
  callbackUrl: string | null;
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  processingTimeMs: number | null;
}

const FINISHED = new Set([JobStatus.COMPLETED, JobStatus.FAILED]);
const date = (value: string | null): Date | null => (value === null ? null : new Date(value));

export const jobUpdatesChannel: Channel<JobSnapshot> = {
  topic: 'classification-jobs',
  encode: (job) => JSON.stringify(job),
  decode(text) {
    const job = JSON.parse(text) as JobSnapshot;
    for (const key of ['createdAt', 'updatedAt', 'startedAt', 'completedAt'] as const) {
      (job as unknown as Record<string, Date | null>)[key] = date(job[key] as unknown as string | null);
    }
    return job;
  },
};

export function snapshotOf(job: ClassificationJob): JobSnapshot {
  const { id, status, fileName, totalTickets, processedTickets, failedTickets, rowErrors, errorMessage, callbackUrl } = job;
  const { createdAt, updatedAt, startedAt, completedAt, processingTimeMs } = job;
  return {
    id, status, fileName, totalTickets, processedTickets, failedTickets, rowErrors, errorMessage, callbackUrl,
    createdAt, updatedAt, startedAt, completedAt, processingTimeMs,
  };
}

export async function publishJob(ctx: Pick<ServiceContext, 'pubsub' | 'logger'>, job: ClassificationJob | JobSnapshot): Promise<void> {
  try {
    await ctx.pubsub.publish(jobUpdatesChannel, job instanceof ClassificationJob ? snapshotOf(job) : job);
  } catch (error) {
    ctx.logger.error({ err: error, jobId: job.id }, 'publishing a job update failed');
  }
}

interface JobRow {
  id: string;
  status: JobStatus;
  file_name: string | null;
  total_tickets: number;
  processed_tickets: number;
  failed_tickets: number;
  row_errors: RowError[];
  error_message: string | null;
  callback_url: string | null;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  completed_at: string | null;
  processing_time_ms: number | null;
}

const JOB_COLUMNS = `id, status, file_name, total_tickets, processed_tickets, failed_tickets, row_errors, error_message,
  callback_url, created_at, updated_at, started_at, completed_at, processing_time_ms`;

function jobFromRow(row: JobRow): JobSnapshot {
  return {
    id: row.id,
    status: row.status,
    fileName: row.file_name,
    totalTickets: row.total_tickets,
    processedTickets: row.processed_tickets,
    failedTickets: row.failed_tickets,
    rowErrors: row.row_errors,
    errorMessage: row.error_message,
    callbackUrl: row.callback_url,
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
    startedAt: toDateOrNull(row.started_at),
    completedAt: toDateOrNull(row.completed_at),
    processingTimeMs: row.processing_time_ms,
  };
}

/** A job's tickets in the order of its file: imported together, their ids (UUIDv7) keep the file's order. */
export const FILE_ORDER: TicketOrdering = { field: 'CREATED_AT', direction: 'ASC' };

/** Tickets classified per transaction; progress is published between chunks. */
const CHUNK = 250;
/** Progress updates at most this often: a few per second. */
const PROGRESS_EVERY_MS = 250;

/**
 * Classification jobs: what clients read (by the job's id, which is also the session id of a
 * signed upload: the id is the credential, as in the seed), the live updates, and the runner.
 */
export class ClassificationJobService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * A job, for whoever may read it: a signed upload's job to whoever knows its id (the session
   * id is the credential, as in the seed); an import's job to staff and to its importer.
   */
  async get(id: string): Promise<JobSnapshot> {
    const [row] = await query<JobRow & { created_by: string | null }>(
      this.ctx.em,
      `select ${JOB_COLUMNS}, created_by from classification_jobs where id = ?`,
      [id],
    );
    if (!row || (row.created_by !== null && !isStaff(this.ctx.viewer) && viewerKey(this.ctx.viewer) !== row.created_by)) {
      throw new NotFoundError('ClassificationJob', toGlobalId('ClassificationJob', id));
    }
    return jobFromRow(row);
  }

  /** The tickets of a job the caller has read (with `get`), in file order. */
  tickets(id: string, first: number, after?: string | null): Promise<Page<TicketRecord>> {
    return this.ctx.em.getRepository(Ticket).findPage({ classificationJobId: id }, { all: true }, FILE_ORDER, first, after ?? undefined);
  }

  countTickets(id: string): Promise<number> {
    return this.ctx.em.getRepository(Ticket).countMatching({ classificationJobId: id }, { all: true });
  }

  /**
   * The job now, then each update until it finishes, then the end. Updates are listened to
   * before the job is read, so none falls between the two.
   */
  async *updates(id: string): AsyncGenerator<JobSnapshot, void, undefined> {
    const stream = channelIterator(this.ctx.pubsub, jobUpdatesChannel, (job) => (job.id === id ? job : undefined));
    try {
      const current = await this.get(id);
      yield current;
      if (FINISHED.has(current.status)) return;
      for await (const job of stream) {
        // What the first read showed already (or older) is not news.
        const older = job.updatedAt < current.updatedAt;
        const same = job.updatedAt.getTime() === current.updatedAt.getTime() && job.status === current.status && job.processedTickets === current.processedTickets;
        if (older || same) continue;
        yield job;
        if (FINISHED.has(job.status)) return;
      }
    } finally {
      await stream.return?.();
    }
  }

  /**
   * Runs a job to its end from wherever it stands: tickets already classified are skipped, so a
   * job that a dead worker left half done resumes without classifying anything twice. Returns
   * false when the job is finished or another live worker holds it. When `stop` is aborted (the
   * worker shuts down) the job is handed back to the queue between two chunks.
   */
  async run(id: string, options: { worker: string; leaseSeconds: number; lastAttempt: boolean; stop?: AbortSignal }): Promise<boolean> {
    const { worker, leaseSeconds, lastAttempt, stop } = options;
    const em = this.ctx.em;
    const [taken] = await query<{ id: string }>(
      em,
      `update classification_jobs set lease_owner = ?, lease_until = now() + make_interval(secs => ?), status = 'PROCESSING',
         started_at = coalesce(started_at, now()), updated_at = now()
       where id = ? and status in ('PENDING', 'PROCESSING') and (lease_until is null or lease_until < now() or lease_owner = ?)
       returning id`,
      [worker, leaseSeconds, id, worker],
    );
    if (!taken) return false;
    const renew = setInterval(() => {
      query(em.fork(), 'update classification_jobs set lease_until = now() + make_interval(secs => ?) where id = ? and lease_owner = ?', [
        leaseSeconds, id, worker,
      ]).catch((error: unknown) => this.ctx.logger.warn({ err: error, jobId: id }, 'renewing a job lease failed'));
    }, (leaseSeconds * 1000) / 3);
    const release = () => query(em.fork(), 'update classification_jobs set lease_owner = null, lease_until = null where id = ? and lease_owner = ?', [id, worker]);
    try {
      // Tickets classified before (by an earlier worker, or by hand) count as processed; those that
      // failed before are tried again.
      const [started] = await query<JobRow>(
        em,
        `update classification_jobs set failed_tickets = 0,
           processed_tickets = (select count(*) from tickets where classification_job_id = ? and classification is not null)
         where id = ? returning ${JOB_COLUMNS}`,
        [id, id],
      );
      await publishJob(this.ctx, jobFromRow(started!));
      if (!(await this.classifyAll(id, stop))) {
        await release();
        await this.ctx.jobs.send(QUEUES.classificationJobs.name, { jobId: id });
        return true;
      }
      await this.finish(id, JobStatus.COMPLETED, null);
      return true;
    } catch (error) {
      if (!lastAttempt) {
        // The queue retries it soon, in this worker or another.
        await release();
        throw error;
      }
      this.ctx.logger.error({ err: error, jobId: id }, 'classification job failed');
      await this.finish(id, JobStatus.FAILED, 'The job could not be completed; the tickets classified so far keep their classification');
      return true;
    } finally {
      clearInterval(renew);
    }
  }

  /**
   * Unfinished jobs back in the queue: at their worker's lease end (it may have died), or at once
   * when no worker ever took them. A job whose worker is alive is found held then, and left alone.
   */
  async recover(): Promise<number> {
    const rows = await query<{ id: string; lease_until: string | null }>(
      this.ctx.em.fork(),
      `select id, lease_until from classification_jobs
       where status in ('PENDING', 'PROCESSING') and (lease_until is not null or updated_at < now() - interval '10 seconds')`,
    );
    for (const { id, lease_until } of rows) {
      const startAfter = lease_until === null ? undefined : new Date(toDate(lease_until).getTime() + 1000);
      await this.ctx.jobs.send(QUEUES.classificationJobs.name, { jobId: id }, startAfter ? { startAfter } : {});
    }
    return rows.length;
  }

  /**
   * Classifies the job's remaining tickets chunk by chunk, in file order; while one chunk is being
   * stored, the next is classified. False when stopped before the end.
   */
  private async classifyAll(id: string, stop?: AbortSignal): Promise<boolean> {
    let after = '0';
    let lastPublished = 0;
    let storing: Promise<void> = Promise.resolve();
    for (;;) {
      if (stop?.aborted) {
        await storing;
        return false;
      }
      const pending = await query<{ id: string; number: string; subject: string; description: string; classify_fields: string | null }>(
        this.ctx.em.fork(),
        `select id, number, subject, description, classify_fields from tickets
         where classification_job_id = ? and classification is null and number > ?::bigint
         order by number limit ?`,
        [id, after, CHUNK],
      );
      if (pending.length === 0) break;
      after = pending[pending.length - 1]!.number;
      // Classify outside any transaction: an LLM may take a while.
      const classifications = await this.ctx.classifiers.classifyMany(pending.map(({ subject, description }) => ({ subject, description })));
      const done = pending.flatMap((ticket, i) => {
        const classification = classifications[i]!;
        if (classification instanceof Error) {
          this.ctx.logger.warn({ err: classification, ticketId: ticket.id, jobId: id }, 'classifying a ticket of a job failed');
          return [];
        }
        const decides = new Set((ticket.classify_fields ?? 'category,priority').split(',').filter(Boolean) as ClassifiedField[]);
        return [{ id: ticket.id, decides, classification }];
      });
      await storing;
      storing = this.store(id, done, pending.length - done.length).then(async (classified) => {
        await announceTicketEvents(this.ctx, classified);
        if (Date.now() - lastPublished < PROGRESS_EVERY_MS) return;
        const job = await this.get(id);
        // After the last chunk, the final state follows at once.
        if (job.processedTickets + job.failedTickets < job.totalTickets) {
          lastPublished = Date.now();
          await publishJob(this.ctx, job);
        }
      });
      // Awaited before the next store or at the end; until then a failure must not count as unhandled.
      storing.catch(() => undefined);
    }
    await storing;
    return true;
  }

  /** Stores a chunk's classifications, their CLASSIFIED entries and the job's progress, in one transaction. */
  private async store(
    jobId: string,
    results: { id: string; decides: ReadonlySet<ClassifiedField>; classification: ClassificationResult }[],
    failures: number,
  ) {
    return this.ctx.em.fork().transactional(async (em) => {
      const now = new Date();
      const repository = em.getRepository(Ticket);
      const current = new Map((await repository.lockRecords(results.map((r) => r.id))).map((t) => [t.id, t]));
      const updates: ClassificationUpdate[] = [];
      const events: { id: string; ticketId: string; changes: FieldChange[] }[] = [];
      let processed = 0;
      for (const { id, decides, classification } of results) {
        const ticket = current.get(id);
        // Deleted meanwhile: not the job's any more.
        if (!ticket) continue;
        processed++;
        // Classified meanwhile (classifyTicket): that classification stays.
        if (ticket.classification) continue;
        const { fields, changes } = withClassification(ticket, { ...classification, classifiedAt: now.toISOString() }, now, this.ctx.sla, decides);
        updates.push({ id, ...fields });
        events.push({ id: newId(now.getTime()), ticketId: id, changes });
      }
      const tickets = await repository.updateClassifications(updates, now);
      await repository.insertEvents(TicketEventType.CLASSIFIED, this.ctx.viewer.actor, now, events);
      await query(
        em,
        'update classification_jobs set processed_tickets = processed_tickets + ?, failed_tickets = failed_tickets + ?, updated_at = now() where id = ?',
        [processed, failures, jobId],
      );
      const byId = new Map(tickets.map((t) => [t.id, t]));
      return events.map((e) => ({
        ticket: byId.get(e.ticketId)!,
        event: { id: e.id, ticketId: e.ticketId, type: TicketEventType.CLASSIFIED, actor: this.ctx.viewer.actor, occurredAt: now, changes: e.changes },
      }));
    });
  }

  private async finish(id: string, status: JobStatus, errorMessage: string | null): Promise<void> {
    const [row] = await query<JobRow>(
      this.ctx.em.fork(),
      `update classification_jobs set status = ?, error_message = ?, completed_at = now(), updated_at = now(),
         processed_tickets = (select count(*) from tickets where classification_job_id = ? and classification is not null),
         processing_time_ms = round(extract(epoch from now() - coalesce(started_at, now())) * 1000), lease_owner = null, lease_until = null
       where id = ? returning ${JOB_COLUMNS}`,
      [status, errorMessage, id, id],
    );
    const job = jobFromRow(row!);
    await publishJob(this.ctx, job);
    if (job.callbackUrl) {
      await new DeliveryService(this.ctx).enqueue([{
        kind: 'callback',
        subjectId: id,
        url: job.callbackUrl,
        event: status === JobStatus.COMPLETED ? 'classification_job.completed' : 'classification_job.failed',
        payload: jobPayload(job),
      }]);
    }
  }
}

/** The job as callbacks carry it: the names of the GraphQL type (dates become ISO-8601 in the JSON body). */
export function jobPayload(job: JobSnapshot): Record<string, unknown> {
  return { ...job, id: toGlobalId('ClassificationJob', job.id) };
}
