import type { MikroORM } from '@mikro-orm/postgresql';
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { poolUse } from '../db/orm';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { MONITORED_QUEUES } from '../queue/job-queue';
import { readQueueFigures, type QueueFigures } from '../repositories/jobs/job-queue-stats.repository';
import type { WorkMetrics } from '../services/shared/work-metrics';
import type { RequestRecord } from './request-log';

/** Operation names a client may invent are labels: past this many, the rest count as `other`. */
const MAX_OPERATION_NAMES = 200;

/** What the WebSocket server has open, read when Prometheus scrapes. */
export interface SocketStats {
  connections: number;
  subscriptions: number;
}

/**
 * The instance's Prometheus metrics, one registry per HTTP server (tests run several in one
 * process): the process's CPU, memory and heap, HTTP and GraphQL latency, errors by code, rate-limit refusals,
 * open sockets and subscriptions, the database pool, the job queues, and this process's jobs and deliveries.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  private readonly operationDuration: Histogram<'transport' | 'operation' | 'outcome'>;
  private readonly errors: Counter<'code'>;
  private readonly rateLimited: Counter<'route'>;
  private readonly operationNames = new Set<string>();

  constructor(orm: MikroORM, sockets: () => SocketStats, work: WorkMetrics) {
    const registers = [this.registry];
    processMetrics(registers);
    queueMetrics(orm, registers);
    for (const instrument of work.instruments) this.registry.registerMetric(instrument);
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds', help: 'HTTP requests by route and status, from arrival to the last byte sent.',
      labelNames: ['method', 'route', 'status'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers,
    });
    this.operationDuration = new Histogram({
      name: 'graphql_operation_duration_seconds', help: 'GraphQL operations (and MCP calls) over HTTP by operation name and outcome (ok: a 2xx answer).',
      labelNames: ['transport', 'operation', 'outcome'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers,
    });
    this.errors = new Counter({ name: 'api_errors_total', help: 'Requests refused or failed before or outside GraphQL execution, by extensions.code.', labelNames: ['code'], registers });
    this.rateLimited = new Counter({ name: 'rate_limit_refusals_total', help: 'Requests refused whole with 429.', labelNames: ['route'], registers });
    new Gauge({
      name: 'websocket_connections', help: 'Open graphql-ws connections.', registers,
      collect() { this.set(sockets().connections); },
    });
    new Gauge({
      name: 'graphql_subscriptions', help: 'Active subscriptions over graphql-ws.', registers,
      collect() { this.set(sockets().subscriptions); },
    });
    new Gauge({
      name: 'db_pool_connections', help: 'Database pool connections by state (used, free, waiting: requests waiting for one).', labelNames: ['state'], registers,
      collect() {
        for (const [state, count] of Object.entries(poolUse(orm))) this.set({ state }, count);
      },
    });
  }

  /** Records a finished request from its log record. */
  observe(record: RequestRecord, route: string, seconds: number): void {
    const status = String(record.status);
    this.httpDuration.observe({ method: record.method, route, status }, seconds);
    if (record.errorCode) this.errors.inc({ code: record.errorCode });
    if (record.status === 429) this.rateLimited.inc({ route });
    if (route !== '/graphql' && route !== '/mcp') return;
    const outcome = record.status >= 200 && record.status < 300 ? 'ok' : 'error';
    for (const name of record.operations.length ? record.operations : ['anonymous']) {
      this.operationDuration.observe({ transport: route === '/mcp' ? 'mcp' : 'http', operation: this.label(name), outcome }, seconds);
    }
  }

  async serve(req: IncomingMessage, res: ServerResponse, token: string | undefined): Promise<void> {
    const given = Buffer.from(req.headers.authorization ?? '');
    const wanted = Buffer.from(`Bearer ${token ?? ''}`);
    if (token !== undefined && (given.length !== wanted.length || !timingSafeEqual(given, wanted))) {
      res.statusCode = 401;
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res.end('METRICS_TOKEN required: send Authorization: Bearer <METRICS_TOKEN>\n');
      return;
    }
    const body = await this.registry.metrics();
    res.statusCode = 200;
    res.setHeader('Content-Type', this.registry.contentType);
    res.end(body);
  }

  private label(name: string): string {
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }
}

/**
 * The job queues' depth and oldest age by state, read from pg-boss's table when Prometheus
 * scrapes (one read serves both gauges); unset while the database cannot answer.
 */
function queueMetrics(orm: MikroORM, registers: Registry[]): void {
  let reading: Promise<QueueFigures[]> | undefined;
  const figures = (): Promise<QueueFigures[]> => (reading ??= readQueueFigures(orm.em.fork(), MONITORED_QUEUES).finally(() => (reading = undefined)));
  const gauge = (name: string, help: string, read: (queue: QueueFigures) => { queued: number | null; active: number | null }): void => {
    new Gauge({
      name, help, labelNames: ['queue', 'state'], registers,
      async collect() {
        this.reset();
        const queues = await figures().catch(() => []);
        for (const queue of queues) {
          for (const [state, value] of Object.entries(read(queue))) this.set({ queue: queue.queue, state }, value ?? 0);
        }
      },
    });
  };
  gauge('job_queue_depth', 'Jobs by queue and state (queued: waiting for a worker, retries included; active: running).', (q) => ({ queued: q.queued, active: q.active }));
  gauge(
    'job_queue_oldest_age_seconds', 'By queue and state: how long the longest-waiting ready job has waited (queued), the longest-running job has run (active); 0 when none.',
    (q) => ({ queued: q.oldestWaitingSeconds, active: q.oldestActiveSeconds }),
  );
}

/**
 * The process's own figures, read when /metrics is scraped, under prom-client's default names.
 * Not prom-client's `collectDefaultMetrics`: its garbage-collection observer and event-loop monitor
 * run all the time, and benchmark runs without them read and fanned out faster (see the stop's note;
 * the rounds vary too much on a 2-core machine to put one figure on it).
 */
function processMetrics(registers: Registry[]): void {
  const started = Date.now() / 1000 - process.uptime();
  const counter = (name: string, help: string, read: () => number): void => {
    new Counter({ name, help, registers, collect() { this.reset(); this.inc(read()); } });
  };
  const gauge = (name: string, help: string, read: () => number): void => {
    new Gauge({ name, help, registers, collect() { this.set(read()); } });
  };
  counter('process_cpu_user_seconds_total', 'User CPU time spent, in seconds.', () => process.cpuUsage().user / 1e6);
  counter('process_cpu_system_seconds_total', 'System CPU time spent, in seconds.', () => process.cpuUsage().system / 1e6);
  gauge('process_start_time_seconds', 'Start time of the process since the Unix epoch, in seconds.', () => started);
  gauge('process_resident_memory_bytes', 'Resident memory size, in bytes.', () => process.memoryUsage.rss());
  gauge('nodejs_heap_size_total_bytes', 'Process heap size from Node.js, in bytes.', () => process.memoryUsage().heapTotal);
  gauge('nodejs_heap_size_used_bytes', 'Process heap size used from Node.js, in bytes.', () => process.memoryUsage().heapUsed);
  gauge('nodejs_external_memory_bytes', 'Node.js external memory size, in bytes.', () => process.memoryUsage().external);
}
