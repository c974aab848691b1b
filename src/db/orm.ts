import { DataloaderType } from '@mikro-orm/core';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { AppSecret } from '../entities/app-secret.entity';
import { Attachment } from '../entities/attachment.entity';
import { ClassificationCorrection } from '../entities/classification-correction.entity';
import { ClassificationJob } from '../entities/classification-job.entity';
import { ClassifierModel } from '../entities/classifier-model.entity';
import { Comment } from '../entities/comment.entity';
import { Conversation } from '../entities/conversation.entity';
import { CustomerLog } from '../entities/customer-log.entity';
import { Faq } from '../entities/faq.entity';
import { IdempotencyKey } from '../entities/idempotency-key.entity';
import { IntegrationToken } from '../entities/integration-token.entity';
import { Message } from '../entities/message.entity';
import { RefreshToken } from '../entities/refresh-token.entity';
import { TicketEvent } from '../entities/ticket-event.entity';
import { Ticket } from '../entities/ticket.entity';
import { UsedNonce } from '../entities/used-nonce.entity';
import { User } from '../entities/user.entity';
import { WebhookDelivery } from '../entities/webhook-delivery.entity';
import { Integration } from '../entities/integration.entity';
import { ExternalLink } from '../entities/external-link.entity';
import { RoutingRule } from '../entities/routing-rule.entity';
import { Webhook } from '../entities/webhook.entity';
import type { Logger } from '../logger';
import { migrations } from '../migrations';

export const entities = [
  Ticket, Comment, TicketEvent, User, RefreshToken, IntegrationToken, AppSecret, ClassificationCorrection, ClassificationJob, Conversation,
  Message, Faq, CustomerLog, Webhook, WebhookDelivery, Integration, ExternalLink, ClassifierModel, IdempotencyKey, UsedNonce, Attachment, RoutingRule,
];

export function ormOptions(clientUrl: string, poolMax: number, logger: Logger): Options {
  return {
    clientUrl,
    entities,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: { migrationsList: migrations, transactional: true, allOrNothing: true, snapshot: false },
    pool: { min: 0, max: poolMax },
    driverOptions: {
      // A dead database must fail requests quickly, not queue them for a minute.
      acquireConnectionTimeout: 10_000,
      connection: { ssl: sslOptions(clientUrl) },
      log: {
        warn: (message: string) => logger.warn({ component: 'knex' }, message),
        error: (message: string) => logger.error({ component: 'knex' }, message),
        deprecate: (message: string) => logger.debug({ component: 'knex' }, message),
        debug: (message: string) => logger.debug({ component: 'knex' }, message),
      },
    },
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
    logger: (message) => logger.debug(message),
  };
}

/** MikroORM reads host, port, user and database from the URL but not `sslmode`; pg needs it as options. */
function sslOptions(clientUrl: string): false | { rejectUnauthorized: boolean } {
  const mode = new URL(clientUrl).searchParams.get('sslmode');
  if (!mode || mode === 'disable' || mode === 'allow' || mode === 'prefer') return false;
  return { rejectUnauthorized: mode === 'verify-full' || mode === 'verify-ca' };
}

export async function openOrm(clientUrl: string, poolMax: number, logger: Logger): Promise<MikroORM> {
  return MikroORM.init(ormOptions(clientUrl, poolMax, logger));
}

/**
 * Applies pending migrations. An advisory lock makes concurrent start-ups of several API or worker
 * processes take turns instead of racing on the same migration.
 */
export async function migrate(orm: MikroORM, logger: Logger): Promise<void> {
  await orm.em.getConnection().transactional(async (transaction) => {
    await transaction.raw('select pg_advisory_xact_lock(hashtext(?))', ['ticketgraph:migrations']);
    const applied = await orm.getMigrator().up({ transaction });
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'database migrated');
  });
}

/** Resolves when the database answers a trivial query. */
export async function pingDatabase(orm: MikroORM): Promise<void> {
  await orm.em.getConnection().execute('select 1');
}

/** The connection pool's use, for /metrics: connections in use, idle, and requests waiting for one. */
export function poolUse(orm: MikroORM): { used: number; free: number; waiting: number } {
  const pool = (orm.em.getKnex().client as { pool?: { numUsed(): number; numFree(): number; numPendingAcquires(): number } }).pool;
  return { used: pool?.numUsed() ?? 0, free: pool?.numFree() ?? 0, waiting: pool?.numPendingAcquires() ?? 0 };
}
