import { ClassificationJob } from '../../entities/classification-job.entity';
import type { ClassificationResult, ClassifiedField } from '../../entities/classification.value';
import { JobStatus, OrderDirection, TicketEventType, TicketOrderField } from '../../entities/enums';
import type { FieldChange } from '../../entities/ticket-event.entity';
import { Ticket } from '../../entities/ticket.entity';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors';
import { newId, toGlobalId } from '../../ids';
import { channelIterator, type Channel } from '../../pubsub';
import { QUEUES } from '../../queue/job-queue';
import { JOBS, type ClassificationJobRepository, type JobRecord, type JobScope } from '../../repositories/jobs/classification-job.repository';
import type { Page, PageRequest } from '../../repositories/shared/page';
import type { ClassificationUpdate, TicketOrdering } from '../../repositories/tickets/ticket.repository';
import type { PartialTicket, TicketRecord } from '../../repositories/tickets/ticket.table';
import { withClassification } from '../classifier/classification.service';
import { routeTickets } from '../routing/ticket-router';
import { isStaff, requireSignedIn, viewerKey } from '../identity/policy';
import type { ServiceContext } from '../shared/service-context';
import { announceTicketEvents } from '../ticket-events/ticket-event.announcer';
import { DeliveryService } from '../webhooks/delivery.service';

/** A job as clients see it, and as updates carry it. */
export type JobSnapshot = JobRecord;

const FINISHED = new Set([JobStatus.COMPLETED, JobStatus.FAILED, JobStatus.CANCELLED]);

export interface JobFilterInput {
  status?: JobStatus[] | null;
  createdAfter?: Date | null;
}

/** What a job's callback is told, by the state it ended in. */
const CALLBACK_EVENTS: Partial<Record<JobStatus, string>> = {
  [JobStatus.COMPLETED]: 'classification_job.completed',
  [JobStatus.FAILED]: 'classification_job.failed',
  [JobStatus.CANCELLED]: 'classification_job.cancelled',
};

export const jobUpdatesChannel: Channel<JobSnapshot> = {
  topic: 'classification-jobs',
  encode: (job) => JSON.stringify(job),
  decode: (text) => JOBS.reviveDates(JSON.parse(text) as JobSnapshot),
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

/** A job's tickets in the order of its file: imported together, their ids (UUIDv7) keep the file's order. */
export const FILE_ORDER: TicketOrdering = { field: TicketOrderField.CREATED_AT, direction: OrderDirection.ASC };

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
    const found = await this.ctx.em.getRepository(ClassificationJob).findRecord(id);
    if (!found || (found.createdBy !== null && !isStaff(this.ctx.viewer) && viewerKey(this.ctx.viewer) !== found.createdBy)) {
      throw new NotFoundError('ClassificationJob', toGlobalId('ClassificationJob', id));
    }
    return found.job;
  }

  /** Jobs newest first: staff see every job, everyone else the jobs they created (imports). */
  list(filter: JobFilterInput, request: PageRequest): Promise<Page<JobSnapshot>> {
    return this.ctx.em.getRepository(ClassificationJob).findPage(filter, this.scope(), request);
  }

  count(filter: JobFilterInput): Promise<number> {
    return this.ctx.em.getRepository(ClassificationJob).countMatching(filter, this.scope());
  }

  /** Runs a FAILED or CANCELLED job again: the tickets it classified keep their classification, the rest are tried again. */
  async retry(id: string): Promise<JobSnapshot> {
    await this.requireManager(id, 'retry');
    const job = await this.ctx.em.getRepository(ClassificationJob).reopen(id);
    if (!job) throw await this.wrongState(id, 'retried', 'FAILED or CANCELLED');
    await this.ctx.jobs.send(QUEUES.classificationJobs.name, { jobId: id });
    this.ctx.logger.info({ jobId: id, actor: this.ctx.viewer.actor }, 'classification job retried');
    await publishJob(this.ctx, job);
    return job;
  }

  /** Stops a PENDING or PROCESSING job; a worker running it stops after the chunk at hand. */
  async cancel(id: string): Promise<JobSnapshot> {
    await this.requireManager(id, 'cancel');
    const job = await this.end(id, JobStatus.CANCELLED, `Cancelled by ${this.ctx.viewer.actor}; the tickets classified so far keep their classification`);
    if (!job) throw await this.wrongState(id, 'cancelled', 'PENDING or PROCESSING');
    this.ctx.logger.info({ jobId: id, actor: this.ctx.viewer.actor }, 'classification job cancelled');
    return job;
  }

  private scope(): JobScope {
    const viewer = requireSignedIn(this.ctx.viewer);
    return isStaff(viewer) ? { all: true } : { createdBy: viewerKey(viewer) };
  }

  /** Staff manage any job, importers their own; a signed upload's job (readable by its id) only staff. */
  private async requireManager(id: string, action: string): Promise<void> {
    const viewer = requireSignedIn(this.ctx.viewer);
    if (isStaff(viewer)) {
      await this.get(id);
      return;
    }
    const { createdBy } = (await this.ctx.em.getRepository(ClassificationJob).findRecord(id)) ?? {};
    if (createdBy === viewerKey(viewer)) return;
    // Readable (a signed upload's job, by its id) but not theirs to manage; anything else is not found.
    await this.get(id);
    throw new ForbiddenError(`Only staff may ${action} a signed upload's job`);
  }

  private async wrongState(id: string, done: string, states: string): Promise<ConflictError> {
    const { status } = await this.get(id);
    return new ConflictError(`ClassificationJob ${toGlobalId('ClassificationJob', id)} is ${status}: only a ${states} job can be ${done}`);
  }

  /** The tickets of a job the caller has read (with `get`), in file order. */
  tickets(id: string, request: PageRequest): Promise<Page<PartialTicket>> {
    return this.ctx.em.getRepository(Ticket).findPage({ classificationJobId: id }, { all: true }, FILE_ORDER, request.size, request.cursor, undefined, request.direction);
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
    const jobs = (): ClassificationJobRepository => this.ctx.em.fork().getRepository(ClassificationJob);
    if (!(await jobs().takeLease(id, worker, leaseSeconds))) return false;
    const renew = setInterval(() => {
      jobs().renewLease(id, worker, leaseSeconds).catch((error: unknown) => this.ctx.logger.warn({ err: error, jobId: id }, 'renewing a job lease failed'));
    }, (leaseSeconds * 1000) / 3);
    const release = () => jobs().releaseLease(id, worker);
    try {
      await publishJob(this.ctx, await jobs().restartCounts(id));
      const outcome = await this.classifyAll(id, stop);
      if (outcome === 'stopped') {
        await release();
        await this.ctx.jobs.send(QUEUES.classificationJobs.name, { jobId: id });
        return true;
      }
      if (outcome === 'done') await this.end(id, JobStatus.COMPLETED, null);
      return true;
    } catch (error) {
      if (!lastAttempt) {
        // The queue retries it soon, in this worker or another.
        await release();
        throw error;
      }
      this.ctx.logger.error({ err: error, jobId: id }, 'classification job failed');
      await this.end(id, JobStatus.FAILED, 'The job could not be completed; the tickets classified so far keep their classification');
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
    const rows = await this.ctx.em.fork().getRepository(ClassificationJob).unfinished();
    for (const { id, leaseUntil } of rows) {
      const startAfter = leaseUntil === null ? undefined : new Date(leaseUntil.getTime() + 1000);
      await this.ctx.jobs.send(QUEUES.classificationJobs.name, { jobId: id }, startAfter ? { startAfter } : {});
    }
    return rows.length;
  }

  /**
   * Classifies the job's remaining tickets chunk by chunk, in file order; while one chunk is being
   * stored, the next is classified. `stopped`: the worker stops; `ended`: the job was cancelled meanwhile.
   */
  private async classifyAll(id: string, stop?: AbortSignal): Promise<'done' | 'stopped' | 'ended'> {
    let after = 0;
    let lastPublished = 0;
    let storing: Promise<void> = Promise.resolve();
    for (;;) {
      if (stop?.aborted) {
        await storing;
        return 'stopped';
      }
      if (!(await this.ctx.em.fork().getRepository(ClassificationJob).isUnfinished(id))) {
        await storing;
        return 'ended';
      }
      const pending = await this.ctx.em.fork().getRepository(Ticket).unclassifiedOfJob(id, after, CHUNK);
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
        return [{ id: ticket.id, decides: new Set(ticket.classifyFields), classification }];
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
    return 'done';
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
      const sla = await this.ctx.sla.rules(em);
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
        const { fields, changes } = withClassification(ticket, { ...classification, classifiedAt: now.toISOString() }, now, sla, decides);
        updates.push({ id, ...fields });
        events.push({ id: newId(now.getTime()), ticketId: id, changes });
      }
      const tickets = await repository.updateClassifications(updates, now);
      await repository.insertEvents(TicketEventType.CLASSIFIED, this.ctx.viewer.actor, now, events);
      const routed = await routeTickets(em, updates.map((u) => u.id), now);
      await em.getRepository(ClassificationJob).addProgress(jobId, processed, failures);
      const byId = new Map(tickets.map((t) => [t.id, t]));
      return [
        ...events.map((e) => ({
          ticket: byId.get(e.ticketId)!,
          event: { id: e.id, ticketId: e.ticketId, type: TicketEventType.CLASSIFIED, actor: this.ctx.viewer.actor, occurredAt: now, changes: e.changes },
        })),
        ...routed,
      ];
    });
  }

  /** Ends an unfinished job, tells subscribers and the callback; undefined (and nothing told) when it had ended already. */
  private async end(id: string, status: JobStatus, errorMessage: string | null): Promise<JobSnapshot | undefined> {
    const job = await this.ctx.em.fork().getRepository(ClassificationJob).finish(id, status, errorMessage);
    if (!job) return undefined;
    await publishJob(this.ctx, job);
    if (job.callbackUrl) {
      await new DeliveryService(this.ctx).enqueue([{ kind: 'callback', subjectId: id, url: job.callbackUrl, event: CALLBACK_EVENTS[status]!, payload: jobPayload(job) }]);
    }
    return job;
  }
}

/** The job as callbacks carry it: the names of the GraphQL type (dates become ISO-8601 in the JSON body). */
export function jobPayload(job: JobSnapshot): Record<string, unknown> {
  return { ...job, id: toGlobalId('ClassificationJob', job.id) };
}
