import 'reflect-metadata';
import { Client } from 'pg';
import { closeDeps, createDeps } from '../../src/app';
import { loadConfig } from '../../src/config';
import { systemContext } from '../../src/services/shared/service-context';
import { openOrm } from '../../src/db/orm';
import { createLogger } from '../../src/logger';
import { IntegrationTokenService } from '../../src/services/identity/integration-token.service';
import { TICKET_COUNT } from './seed';

/**
 * The bench reads and writes as an integration that created the seeded tickets: an integration
 * token issued through the real service, kept (it is shown only once) in `bench_meta`, and made
 * the creator of the seeded tickets, which a token must be to see them.
 */
export async function benchToken(databaseUrl: string): Promise<string> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('create table if not exists bench_meta.token (token text not null, token_id uuid not null)');
    const { rows } = await db.query<{ token: string; token_id: string }>(
      `select b.token, b.token_id from bench_meta.token b join integration_tokens t on t.id = b.token_id and t.revoked_at is null`,
    );
    let token = rows[0]?.token;
    let tokenId = rows[0]?.token_id;
    if (!token || !tokenId) {
      ({ token, id: tokenId } = await issueToken(databaseUrl));
      await db.query('delete from bench_meta.token');
      await db.query('insert into bench_meta.token (token, token_id) values ($1, $2)', [token, tokenId]);
    }
    await db.query(
      'update tickets set created_by_token_id = $1 where number <= $2 and created_by_token_id is distinct from $1',
      [tokenId, TICKET_COUNT],
    );
    return token;
  } finally {
    await db.end();
  }
}

async function issueToken(databaseUrl: string): Promise<{ token: string; id: string }> {
  const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' });
  const logger = createLogger(config);
  const deps = await createDeps(config, logger, await openOrm(databaseUrl, 2, logger));
  try {
    const { token, record } = await new IntegrationTokenService(systemContext(deps)).create({ name: 'bench', hourlyLimit: 10_000_000 });
    return { token, id: record.id };
  } finally {
    await closeDeps(deps);
  }
}

/**
 * Request budgets far above what a benchmark sends, so the load measures the work, not the limiter's
 * refusals; and room for the fan-out's thousand subscribers, who all connect at once from one address.
 */
export const UNLIMITED_BUDGETS = {
  RATE_LIMIT_USER_PER_MINUTE: '1000000',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
  RATE_LIMIT_AUTH_PER_MINUTE: '1000000',
  WS_MAX_PENDING_PER_ADDRESS: '100000',
  WS_MAX_PENDING: '100000',
};
