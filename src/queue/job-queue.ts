import { Client } from 'pg';
import PgBoss from 'pg-boss';
import type { Logger } from '../logger';
import { currentTraceContext, traced, type TraceContext } from '../telemetry/spans';

/** The queues and how each retries: what pg-boss keeps in PostgreSQL, durable across restarts. */
export const QUEUES = {
  /** Runs a classification job; a dead worker's job is taken over through its lease (see the runner). */
  classificationJobs: { name: 'classification-jobs', retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 3600 },
  /** One signed POST of a delivery; retried with exponential backoff (5 s, 10 s, 20 s ... about 20 min in all). */
  deliveries: { name: 'deliveries', retryLimit: 8, retryDelay: 5, retryBackoff: true, expireInSeconds: 60 },
  /** Reads one attached file's text; a file left PENDING or PROCESSING by a dead worker is sent again by the maintenance round. */
  attachmentProcessing: { name: 'attachment-processing', retryLimit: 2, retryDelay: 5, retryBackoff: true, expireInSeconds: 900 },
  /** Announces SLA breaches, resumes jobs whose worker died, forgets old nonces and keys; every minute and at start-up. */
  maintenance: { name: 'maintenance', retryLimit: 0, expireInSeconds: 300 },
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]['name'];

/** The PostgreSQL schema of pg-boss's tables. */
export const QUEUE_SCHEMA = 'pgboss';

/** The queues operators watch (`jobQueueStats`, /metrics): the maintenance round is not work anyone waits for. */
export const MONITORED_QUEUES: readonly QueueName[] = [QUEUES.classificationJobs.name, QUEUES.deliveries.name, QUEUES.attachmentProcessing.name];

/**
 * The key of a job's data that carries the trace context of the work that queued it (a request, or
 * another job), when tracing is on: the job's span continues that trace, as its child.
 */
const TRACE_CONTEXT = 'traceContext';

/** A job's data with the active trace context, when there is one. */
function withTraceContext<T extends object>(data: T): T {
  const trace = currentTraceContext();
  return trace ? { ...data, [TRACE_CONTEXT]: trace } : data;
}

export interface JobHandler<T> {
  (data: T, job: { id: string; lastAttempt: boolean; /** Aborted when the queue stops: long handlers hand their work back. */ stop: AbortSignal }): Promise<void>;
}

/**
 * The durable job queue: pg-boss in the application's PostgreSQL (schema `pgboss`). Every API
 * instance can send; workers (inside the API by default, or `ticketgraph worker` processes) work.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly workers = new Map<string, string[]>();
  private readonly stopping = new AbortController();

  constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
  ) {
    this.boss = new PgBoss({ connectionString: databaseUrl, schema: QUEUE_SCHEMA, max: 3, application_name: 'ticketgraph-jobs' });
    this.boss.on('error', (error: Error) => logger.error({ err: error }, 'job queue problem'));
  }

  /**
   * Installs or upgrades pg-boss's schema and creates the queues. Instances starting together take
   * turns: pg-boss locks its schema installation but not queue creation, and two instances creating
   * the same queue (a table attached as a partition, foreign keys to the queue table) deadlock. The
   * lock is a session lock on a connection of its own, since pg-boss runs its statements on its own
   * pool; it is released when that connection ends, also when this process dies holding it.
   */
  async start(): Promise<void> {
    const lock = new Client({ connectionString: this.databaseUrl, application_name: 'ticketgraph-jobs-setup' });
    lock.on('error', (error: Error) => this.logger.warn({ err: error }, 'job queue set-up connection problem'));
    await lock.connect();
    try {
      await lock.query('select pg_advisory_lock(hashtext($1))', ['ticketgraph:job-queue-setup']);
      await this.boss.start();
      for (const { name, ...policy } of Object.values(QUEUES)) {
        if (!(await this.boss.getQueue(name))) await this.boss.createQueue(name, { name, ...policy });
      }
    } finally {
      await lock.end();
    }
  }

  /** Reads a queue through pg-boss's own connections: readiness. */
  async ping(): Promise<void> {
    if (!(await this.boss.getQueue(QUEUES.classificationJobs.name))) throw new Error(`the queue ${QUEUES.classificationJobs.name} does not exist`);
  }

  async send(queue: QueueName, data: object, options: PgBoss.SendOptions = {}): Promise<string | null> {
    const id = await this.boss.send(queue, withTraceContext(data), options);
    // A worker of this process picks the job up at once instead of at its next poll.
    for (const worker of this.workers.get(queue) ?? []) this.boss.notifyWorker(worker);
    return id;
  }

  /** Many jobs of one queue in one statement. */
  async sendMany(queue: QueueName, data: readonly object[], options: Omit<PgBoss.JobInsert, 'name' | 'data'> = {}): Promise<void> {
    if (data.length === 0) return;
    await this.boss.insert(data.map((item) => ({ ...options, name: queue, data: withTraceContext(item) })));
    for (const worker of this.workers.get(queue) ?? []) this.boss.notifyWorker(worker);
  }

  /**
   * Works up to `concurrency` jobs of a queue at once in this process. A handler that throws
   * fails the job, which retries by its queue's policy.
   */
  async work<T extends object>(queue: QueueName, concurrency: number, handler: JobHandler<T>): Promise<void> {
    const ids: string[] = [];
    for (let i = 0; i < concurrency; i++) {
      ids.push(
        await this.boss.work<T & { [TRACE_CONTEXT]?: TraceContext }>(queue, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async ([job]) => {
          const { [TRACE_CONTEXT]: parent, ...data } = job!.data ?? {};
          await traced(
            () => ({
              name: `process ${queue}`, kind: 'consumer', parent,
              attributes: { 'messaging.system': 'pg-boss', 'messaging.destination.name': queue, 'messaging.message.id': job!.id, 'messaging.pgboss.retry_count': job!.retryCount },
            }),
            () => handler(data as T, { id: job!.id, lastAttempt: job!.retryCount >= job!.retryLimit, stop: this.stopping.signal }),
          );
        }),
      );
    }
    this.workers.set(queue, ids);
  }

  async schedule(queue: QueueName, cron: string): Promise<void> {
    await this.boss.schedule(queue, cron, {}, { tz: 'UTC' });
  }

  /** Tells running handlers to wind up, waits for them (up to the timeout), and closes the connections. */
  async stop(timeoutMs = 10_000): Promise<void> {
    this.stopping.abort();
    await this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs }).catch((error: unknown) => {
      this.logger.warn({ err: error }, 'the job queue did not stop cleanly');
    });
  }
}
