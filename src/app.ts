import type { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, type Config } from './config';
import { EmbeddedPostgres } from './db/embedded-postgres';
import { migrate, openOrm } from './db/orm';
import { createHttpServer, type HttpServer } from './http/server';
import type { Logger } from './logger';
import { createPubSub } from './pubsub';
import { JobQueue } from './queue/job-queue';
import { startWorkers } from './queue/workers';
import { buildGraphQLSchema } from './schema';
import { ClassifierHost } from './services/classifier/classifier-host';
import { stopOcr } from './services/files/image-text';
import { Authenticator } from './services/identity/authenticator';
import { RateLimiter } from './services/identity/rate-limiter';
import { CREDENTIALS_SECRET } from './services/integrations/credentials-cipher';
import { SecretStore } from './services/shared/secret-store';
import { WorkMetrics } from './services/shared/work-metrics';
import type { AppDeps } from './services/shared/service-context';
import { SlaPolicy } from './services/sla/sla-policy';
import { SIGNING_SECRET } from './services/webhooks/delivery.service';

export interface App {
  readonly deps: AppDeps;
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** The database the configuration names, or the embedded one under the data folder. */
export async function openDatabase(
  config: Config,
  logger: Logger,
): Promise<{ orm: MikroORM; embedded?: EmbeddedPostgres }> {
  let url = config.database.url;
  let embedded: EmbeddedPostgres | undefined;
  if (!url) {
    embedded = new EmbeddedPostgres({ dataDir: config.dataDir, port: config.database.embeddedPort, database: 'ticketgraph', logger });
    url = await embedded.start();
  }
  try {
    const orm = await openOrm(url, config.database.poolMax, logger);
    await migrate(orm, logger);
    return { orm, embedded };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/** The long-lived parts every request shares, on an open database. */
export async function createDeps(config: Config, logger: Logger, orm: MikroORM, options: { workers?: boolean } = {}): Promise<AppDeps> {
  const pubsub = await createPubSub(config.redis, logger);
  const secrets = new SecretStore(orm, {
    jwt: config.auth.jwtSecret, [SIGNING_SECRET]: config.signedUploads.secret, [CREDENTIALS_SECRET]: config.integrations.encryptionKey,
  });
  const limiter = new RateLimiter(config, logger);
  await limiter.connect();
  const authenticator = new Authenticator(orm, pubsub, secrets, config, logger);
  const classifiers = new ClassifierHost(config, orm, pubsub, logger);
  await classifiers.start();
  const jobs = new JobQueue(orm.config.get('clientUrl')!, logger);
  await jobs.start();
  const deps: AppDeps = {
    config, orm, pubsub, logger, secrets, limiter, authenticator, classifiers, sla: new SlaPolicy(config.slaHours, pubsub, logger), jobs, workMetrics: new WorkMetrics(),
  };
  if (options.workers ?? config.jobs.inProcess) await startWorkers(deps);
  return deps;
}

/** Closes what createDeps opened, and the database connection. */
export async function closeDeps(deps: AppDeps): Promise<void> {
  await deps.jobs.stop(deps.config.http.shutdownTimeoutMs);
  await stopOcr();
  await deps.classifiers.close();
  await deps.authenticator.close();
  await deps.limiter.close();
  await deps.pubsub.close();
  await deps.orm.close();
}

/** Starts the API: database, migrations, pub/sub, and HTTP + WebSocket on one port. */
export async function startApp(config: Config, logger: Logger): Promise<App> {
  const { orm, embedded } = await openDatabase(config, logger);
  const deps = await createDeps(config, logger, orm);
  let http: HttpServer | undefined;
  const stop = async (): Promise<void> => {
    await http?.close();
    await closeDeps(deps);
    await embedded?.stop();
  };
  try {
    http = await createHttpServer(config, deps, await buildGraphQLSchema());
    const port = await http.listen();
    const url = `http://localhost:${port}/graphql`;
    logger.info({ url, database: embedded ? 'embedded' : 'DATABASE_URL', pubsub: deps.pubsub.kind }, 'ticketgraph API ready');
    return { deps, url, port, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A `ticketgraph worker` process: the job workers on the API's database, without HTTP. Several
 * may run beside any number of API instances; with REDIS_URL their progress reaches every
 * subscriber.
 */
export async function startWorker(config: Config, logger: Logger): Promise<{ stop(): Promise<void> }> {
  if (!config.database.url) {
    throw new ConfigError(['DATABASE_URL is required for `worker`: workers use the database the API instances use']);
  }
  const { orm } = await openDatabase(config, logger);
  const deps = await createDeps(config, logger, orm, { workers: true });
  if (deps.pubsub.kind === 'memory') {
    logger.warn('REDIS_URL is not set: job progress from this worker reaches no subscriber of the API (polling still works)');
  }
  return { stop: () => closeDeps(deps) };
}
