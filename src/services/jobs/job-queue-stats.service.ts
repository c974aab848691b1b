import { Role } from '../../entities/enums';
import { MONITORED_QUEUES } from '../../queue/job-queue';
import { readQueueFigures, type QueueFigures } from '../../repositories/jobs/job-queue-stats.repository';
import { requireRole } from '../identity/policy';
import type { ServiceContext } from '../shared/service-context';

/** The figures of the job queues (classification, deliveries, file processing), for agents and admins. */
export function jobQueueStats(ctx: ServiceContext): Promise<QueueFigures[]> {
  requireRole(ctx.viewer, [Role.AGENT, Role.ADMIN], 'see the job queues');
  return readQueueFigures(ctx.em, MONITORED_QUEUES);
}
