import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql';
import { QUEUE_SCHEMA, type QueueName } from '../../queue/job-queue';

/** What one queue holds now, and what it finished in the last hour. */
export interface QueueFigures {
  queue: QueueName;
  /** Waiting for a worker, including retries whose delay has not passed. */
  queued: number;
  /** Taken by a worker. */
  active: number;
  completedLastHour: number;
  /** Failed for good (retries used up) in the last hour. */
  failedLastHour: number;
  /** How long the job that has been ready the longest has waited for a worker; null when none is ready. */
  oldestWaitingSeconds: number | null;
  /** How long the job running the longest has run; null when none runs. */
  oldestActiveSeconds: number | null;
}

/**
 * Reads pg-boss's job table: one statement for every queue asked for (each queue is a partition
 * of it). Finished jobs stay there until pg-boss archives them (12 hours by default), so the
 * last hour's are all in it.
 */
export async function readQueueFigures(em: EntityManager, queues: readonly QueueName[]): Promise<QueueFigures[]> {
  const rows = await query<{ name: QueueName; queued: number; active: number; completed: number; failed: number; oldest: number | null; oldest_active: number | null }>(
    em,
    `select name,
       count(*) filter (where state in ('created', 'retry'))::int as queued,
       count(*) filter (where state = 'active')::int as active,
       count(*) filter (where state = 'completed' and completed_on >= now() - interval '1 hour')::int as completed,
       count(*) filter (where state = 'failed' and completed_on >= now() - interval '1 hour')::int as failed,
       extract(epoch from now() - min(start_after) filter (where state in ('created', 'retry') and start_after <= now()))::float8 as oldest,
       extract(epoch from now() - min(started_on) filter (where state = 'active'))::float8 as oldest_active
     from ${QUEUE_SCHEMA}.job where name = any(?::text[]) group by name`,
    [queues],
  );
  const byName = new Map(rows.map((row) => [row.name, row]));
  return queues.map((queue) => {
    const row = byName.get(queue);
    return {
      queue,
      queued: row?.queued ?? 0,
      active: row?.active ?? 0,
      completedLastHour: row?.completed ?? 0,
      failedLastHour: row?.failed ?? 0,
      oldestWaitingSeconds: row?.oldest ?? null,
      oldestActiveSeconds: row?.oldest_active ?? null,
    };
  });
}
