import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { IntegrationDeliveryService, type IntegrationAttempt } from '../services/integrations/integration-delivery.service';
import { AttachmentProcessingService } from '../services/files/attachment-processing.service';
import { LeftoverFilesService } from '../services/files/leftover-files.service';
import { ClassificationJobService } from '../services/jobs/classification-job.service';
import { IdempotencyService } from '../services/shared/idempotency.service';
import { systemContext, type AppDeps } from '../services/shared/service-context';
import { SlaMonitorService } from '../services/sla/sla-monitor.service';
import { DeliveryService, type DeliveryAttempt } from '../services/webhooks/delivery.service';
import { QUEUES, type JobHandler, type QueueName } from './job-queue';

/**
 * Starts this process's workers on the queue: classification jobs, deliveries, attached files' text, and the
 * maintenance round (SLA breaches, jobs whose worker died, files a dead upload left, old nonces and keys), every minute and
 * once now. The same in the API process and in `ticketgraph worker` processes.
 */
export async function startWorkers(deps: AppDeps): Promise<void> {
  const { jobs, config, logger } = deps;
  const worker = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

  const classification = QUEUES.classificationJobs.name;
  await jobs.work<{ jobId: string }>(classification, config.jobs.concurrency, observed(deps, classification, async ({ jobId }, job) => {
    await new ClassificationJobService(systemContext(deps)).run(jobId, {
      worker, leaseSeconds: config.jobs.leaseSeconds, lastAttempt: job.lastAttempt, stop: job.stop,
    });
  }));
  await jobs.work<DeliveryAttempt | IntegrationAttempt>(QUEUES.deliveries.name, 4, observed(deps, QUEUES.deliveries.name, async (attempt, job) => {
    if ('integration' in attempt) await new IntegrationDeliveryService(systemContext(deps)).attempt(attempt.deliveryId);
    else await new DeliveryService(systemContext(deps)).attempt(attempt, job.lastAttempt);
  }));
  const files = QUEUES.attachmentProcessing.name;
  await jobs.work<{ attachmentId: string }>(files, config.jobs.concurrency, observed(deps, files, async ({ attachmentId }, job) => {
    await new AttachmentProcessingService(systemContext(deps)).process(attachmentId, { lastAttempt: job.lastAttempt });
  }));
  // A folder is listed every round; a bucket once in ATTACHMENT_S3_SWEEP_HOURS (listing costs per page).
  const storage = config.attachments.storage;
  let storeListedAt = Number.NEGATIVE_INFINITY;
  const maintain = async (): Promise<void> => {
    const ctx = systemContext(deps);
    const now = Date.now();
    const listStore = storage.kind === 'local' || now - storeListedAt >= storage.sweepHours * 3_600_000;
    const slaAlerts = await new SlaMonitorService(ctx).announceAlerts();
    const resumed = await new ClassificationJobService(ctx).recover();
    const files = await new AttachmentProcessingService(ctx).recover();
    const leftoverFiles = await new LeftoverFilesService(ctx).sweep(now, { listStore });
    if (listStore) storeListedAt = now;
    const keys = await new IdempotencyService(ctx).prune();
    if (slaAlerts || resumed || files || leftoverFiles || keys) logger.info({ slaAlerts, resumed, files, leftoverFiles, keys }, 'maintenance round');
  };
  await jobs.work(QUEUES.maintenance.name, 1, maintain);
  await jobs.schedule(QUEUES.maintenance.name, '* * * * *');
  await maintain().catch((error: unknown) => logger.error({ err: error }, 'the start-up maintenance round failed'));
  logger.info({ worker, concurrency: config.jobs.concurrency }, 'job workers started');
}

/** The ids a job's data may carry; nothing else of it is logged (a delivery's data could grow a URL or a payload). */
const ID_KEYS = ['jobId', 'deliveryId', 'attachmentId'] as const;

/**
 * A queue's handler with its log lines (started, finished, failed: each with the queue job's id
 * and the ids in its data) and its run time by queue and outcome on /metrics.
 */
function observed<T extends object>(deps: AppDeps, queue: QueueName, handler: JobHandler<T>): JobHandler<T> {
  return async (data, job) => {
    const ids: Record<string, unknown> = { queue, queueJobId: job.id };
    for (const key of ID_KEYS) if (key in data) ids[key] = (data as Record<string, unknown>)[key];
    const started = performance.now();
    const elapsed = (): number => (performance.now() - started) / 1000;
    deps.logger.info(ids, 'job started');
    try {
      await handler(data, job);
    } catch (error) {
      const seconds = elapsed();
      deps.workMetrics.jobDuration.observe({ queue, outcome: 'error' }, seconds);
      deps.logger.warn({ ...ids, durationMs: Math.round(seconds * 1000), lastAttempt: job.lastAttempt, err: error }, 'job failed');
      throw error;
    }
    const seconds = elapsed();
    deps.workMetrics.jobDuration.observe({ queue, outcome: 'ok' }, seconds);
    deps.logger.info({ ...ids, durationMs: Math.round(seconds * 1000) }, 'job finished');
  };
}
