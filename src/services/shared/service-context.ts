import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import type { PubSub } from '../../pubsub';
import type { JobQueue } from '../../queue/job-queue';
import type { ClassifierHost } from '../classifier/classifier-host';
import type { Authenticator } from '../identity/authenticator';
import type { RateLimiter } from '../identity/rate-limiter';
import { SYSTEM_VIEWER, type Viewer } from '../identity/viewer';
import type { SlaPolicy } from '../tickets/sla-policy';
import type { SecretStore } from './secret-store';
import type { WorkMetrics } from './work-metrics';

/** The long-lived services of a running API, which every context passes on as they are. */
export interface SharedServices {
  readonly config: Config;
  readonly pubsub: PubSub;
  readonly logger: Logger;
  readonly secrets: SecretStore;
  readonly limiter: RateLimiter;
  readonly authenticator: Authenticator;
  readonly classifiers: ClassifierHost;
  readonly sla: SlaPolicy;
  readonly jobs: JobQueue;
  readonly workMetrics: WorkMetrics;
}

/** Just the shared services of a context or of the app's dependencies. */
export function sharedServices(from: SharedServices): SharedServices {
  const { config, pubsub, logger, secrets, limiter, authenticator, classifiers, sla, jobs, workMetrics } = from;
  return { config, pubsub, logger, secrets, limiter, authenticator, classifiers, sla, jobs, workMetrics };
}

/** What services need: the GraphQL context is one, and jobs and the CLI build one without GraphQL. */
export interface ServiceContext extends SharedServices {
  readonly em: EntityManager;
  readonly viewer: Viewer;
}

/** The long-lived parts of a running API, shared by every request. */
export interface AppDeps extends SharedServices {
  readonly orm: MikroORM;
}

/** The same context acting as another viewer (e.g. for a customer, on their behalf), in the same unit of work. */
export function actingAs(ctx: ServiceContext, viewer: Viewer): ServiceContext {
  return { ...sharedServices(ctx), em: ctx.em, viewer };
}

/** A service context outside any request: jobs, the CLI, tests. */
export function systemContext(deps: AppDeps, viewer: Viewer = SYSTEM_VIEWER): ServiceContext {
  return { ...sharedServices(deps), em: deps.orm.em.fork(), viewer };
}
