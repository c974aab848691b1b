import { EntityRepository } from '@mikro-orm/postgresql';
import { query, toDateOrNull } from '../../db/sql';
import type { ClassificationJob, RowError } from '../../entities/classification-job.entity';
import type { JobStatus } from '../../entities/enums';
import { encodeCursor, pageOf, timeKeyset } from '../shared/keyset';
import type { Page, PageRequest } from '../shared/page';
import { column, Table, type RecordOf } from '../shared/table';

/** The `classification_jobs` columns clients see; the lease and the creator are the repository's business. */
export const JOBS = new Table('classification_jobs', {
  id: column<string>('id', 'uuid'),
  status: column<JobStatus>('status', 'text'),
  fileName: column<string | null>('file_name', 'text'),
  totalTickets: column<number>('total_tickets', 'integer'),
  processedTickets: column<number>('processed_tickets', 'integer'),
  failedTickets: column<number>('failed_tickets', 'integer'),
  rowErrors: column<RowError[]>('row_errors', 'jsonb'),
  errorMessage: column<string | null>('error_message', 'text'),
  callbackUrl: column<string | null>('callback_url', 'text'),
  createdAt: column<Date>('created_at', 'timestamptz'),
  updatedAt: column<Date>('updated_at', 'timestamptz'),
  startedAt: column<Date | null>('started_at', 'timestamptz'),
  completedAt: column<Date | null>('completed_at', 'timestamptz'),
  processingTimeMs: column<number | null>('processing_time_ms', 'integer'),
});

/** A job as clients see it, and as updates carry it. */
export interface JobRecord extends RecordOf<typeof JOBS.spec> {}

const COLUMNS = JOBS.select();

/** Whose jobs a list shows: all of them, or those one caller created (`viewerKey`). */
export type JobScope = { all: true } | { createdBy: string };

export interface JobQuery {
  status?: readonly JobStatus[] | null;
  /** Created at or after this time. */
  createdAfter?: Date | null;
}

/** Tickets of the job that are classified (by the job or by hand). */
const CLASSIFIED_COUNT = `(select count(*) from tickets where classification_job_id = classification_jobs.id and classification is not null)`;

/**
 * Classification jobs and the lease a worker holds on one while it runs it: a worker renews its
 * lease; an expired lease means the worker died and another may take the job over.
 */
export class ClassificationJobRepository extends EntityRepository<ClassificationJob> {
  async findRecord(id: string): Promise<{ job: JobRecord; createdBy: string | null } | undefined> {
    const [row] = await query<Record<string, unknown>>(this.getEntityManager(), `select ${COLUMNS}, created_by from classification_jobs where id = ?`, [id]);
    return row && { job: JOBS.fromRow(row), createdBy: row.created_by as string | null };
  }

  /** Newest first. */
  async findPage(filter: JobQuery, scope: JobScope, request: PageRequest): Promise<Page<JobRecord>> {
    const { conditions, bindings } = whereClause(filter, scope);
    const keyset = timeKeyset(request, 'created_at', 'desc');
    if (keyset.condition) conditions.push(keyset.condition);
    bindings.push(...keyset.bindings, request.size + 1);
    const rows = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `select ${COLUMNS} from classification_jobs where ${conditions.join(' and ')} order by ${keyset.orderBy} limit ?`,
      bindings,
    );
    return pageOf(rows.map((row) => JOBS.fromRow(row)), request);
  }

  async countMatching(filter: JobQuery, scope: JobScope): Promise<number> {
    const { conditions, bindings } = whereClause(filter, scope);
    const [row] = await query<{ count: string }>(
      this.getEntityManager(),
      `select count(*) as count from classification_jobs where ${conditions.join(' and ')}`,
      bindings,
    );
    return Number(row!.count);
  }

  async exists(id: string): Promise<boolean> {
    const [row] = await query(this.getEntityManager(), 'select 1 from classification_jobs where id = ?', [id]);
    return row !== undefined;
  }

  /** Takes an unfinished job for a worker, unless another live worker holds it. */
  async takeLease(id: string, worker: string, leaseSeconds: number): Promise<boolean> {
    const [taken] = await query(
      this.getEntityManager(),
      `update classification_jobs set lease_owner = ?, lease_until = now() + make_interval(secs => ?), status = 'PROCESSING',
         started_at = coalesce(started_at, now()), updated_at = now()
       where id = ? and status in ('PENDING', 'PROCESSING') and (lease_until is null or lease_until < now() or lease_owner = ?)
       returning id`,
      [worker, leaseSeconds, id, worker],
    );
    return taken !== undefined;
  }

  async renewLease(id: string, worker: string, leaseSeconds: number): Promise<void> {
    await query(this.getEntityManager(), 'update classification_jobs set lease_until = now() + make_interval(secs => ?) where id = ? and lease_owner = ?', [
      leaseSeconds, id, worker,
    ]);
  }

  async releaseLease(id: string, worker: string): Promise<void> {
    await query(this.getEntityManager(), 'update classification_jobs set lease_owner = null, lease_until = null where id = ? and lease_owner = ?', [id, worker]);
  }

  /**
   * A run starting: tickets classified before (by an earlier worker, or by hand) count as processed;
   * those that failed before are tried again.
   */
  async restartCounts(id: string): Promise<JobRecord> {
    const [row] = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `update classification_jobs set failed_tickets = 0, processed_tickets = ${CLASSIFIED_COUNT} where id = ? returning ${COLUMNS}`,
      [id],
    );
    return JOBS.fromRow(row!);
  }

  async addProgress(id: string, processed: number, failed: number): Promise<void> {
    await query(
      this.getEntityManager(),
      'update classification_jobs set processed_tickets = processed_tickets + ?, failed_tickets = failed_tickets + ?, updated_at = now() where id = ?',
      [processed, failed, id],
    );
  }

  /**
   * Ends an unfinished job (a worker finishing it, or a cancellation). Undefined when it had ended
   * already: a job cancelled while its worker ran stays cancelled.
   */
  async finish(id: string, status: JobStatus, errorMessage: string | null): Promise<JobRecord | undefined> {
    const [row] = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `update classification_jobs set status = ?, error_message = ?, completed_at = now(), updated_at = now(),
         processed_tickets = ${CLASSIFIED_COUNT},
         processing_time_ms = round(extract(epoch from now() - coalesce(started_at, now())) * 1000), lease_owner = null, lease_until = null
       where id = ? and status in ('PENDING', 'PROCESSING') returning ${COLUMNS}`,
      [status, errorMessage, id],
    );
    return row && JOBS.fromRow(row);
  }

  /** A FAILED or CANCELLED job back to PENDING, as if new. Undefined when it is in another state. */
  async reopen(id: string): Promise<JobRecord | undefined> {
    const [row] = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `update classification_jobs set status = 'PENDING', error_message = null, started_at = null, completed_at = null,
         processing_time_ms = null, updated_at = now()
       where id = ? and status in ('FAILED', 'CANCELLED') returning ${COLUMNS}`,
      [id],
    );
    return row && JOBS.fromRow(row);
  }

  /** Whether a worker should go on with the job: false once it was cancelled (or ended otherwise). */
  async isUnfinished(id: string): Promise<boolean> {
    const [row] = await query(this.getEntityManager(), `select 1 from classification_jobs where id = ? and status in ('PENDING', 'PROCESSING')`, [id]);
    return row !== undefined;
  }

  /**
   * Unfinished jobs that need a worker: those whose worker holds a lease (it may have died; the
   * lease's end tells when) and those no worker took within ten seconds.
   */
  async unfinished(): Promise<{ id: string; leaseUntil: Date | null }[]> {
    const rows = await query<{ id: string; lease_until: string | null }>(
      this.getEntityManager(),
      `select id, lease_until from classification_jobs
       where status in ('PENDING', 'PROCESSING') and (lease_until is not null or updated_at < now() - interval '10 seconds')`,
    );
    return rows.map((row) => ({ id: row.id, leaseUntil: toDateOrNull(row.lease_until) }));
  }
}

export function jobCursor(job: JobRecord): string {
  return encodeCursor([job.createdAt.toISOString(), job.id]);
}

function whereClause(filter: JobQuery, scope: JobScope): { conditions: string[]; bindings: unknown[] } {
  const conditions: string[] = ['true'];
  const bindings: unknown[] = [];
  const add = (sql: string, value: unknown): void => {
    conditions.push(sql);
    bindings.push(value);
  };
  if ('createdBy' in scope) add('created_by = ?', scope.createdBy);
  if (filter.status?.length) add('status = any(?::text[])', filter.status);
  if (filter.createdAfter) add('created_at >= ?', filter.createdAfter);
  return { conditions, bindings };
}
