import { Counter, Histogram, type Metric } from 'prom-client';

export type DeliveryTarget = 'webhook' | 'callback' | 'integration';
/** delivered; retry: failed, to be tried again; failed: failed for good; disabled: not sent, its webhook or integration is disabled. */
export type DeliveryOutcome = 'delivered' | 'retry' | 'failed' | 'disabled';

/**
 * What the background work of this process measures: each job's run by queue (classification and
 * file text extraction among them) and each delivery attempt's outcome by target. The instruments
 * belong to no registry here: the HTTP server's /metrics registers them (a `worker` process
 * serves none).
 */
export class WorkMetrics {
  readonly jobDuration = new Histogram<'queue' | 'outcome'>({
    name: 'job_duration_seconds',
    help: 'Job runs by queue (classification-jobs: classification; attachment-processing: file text extraction) and outcome (ok, error: retried or failed).',
    labelNames: ['queue', 'outcome'], buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300], registers: [],
  });

  readonly deliveries = new Counter<'target' | 'outcome'>({
    name: 'delivery_attempts_total',
    help: 'Delivery attempts by target kind (webhook, callback, integration) and outcome (delivered, retry, failed: for good, disabled: not sent, the target is disabled).',
    labelNames: ['target', 'outcome'], registers: [],
  });

  get instruments(): Metric[] {
    return [this.jobDuration, this.deliveries];
  }
}
