import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { DataloaderType } from '@mikro-orm/core';
import { Comment } from '../entities/comment.entity';
import { Ticket } from '../entities/ticket.entity';
import { TicketEvent } from '../entities/ticket-event.entity';
import type { Logger } from '../logger';
import { migrations } from '../migrations';

export const entities = [Ticket, Comment, TicketEvent];

export function ormOptions(clientUrl: string, poolMax: number, logger: Logger): Options {
  return {
    clientUrl,
    entities,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: { migrationsList: migrations, transactional: true, allOrNothing: true, snapshot: false },
    pool: { min: 0, max: poolMax },
    // A dead database must fail requests quickly, not queue them for a minute.
    driverOptions: { acquireConnectionTimeout: 10_000 },
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
    logger: (message) => logger.debug(message),
  };
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
