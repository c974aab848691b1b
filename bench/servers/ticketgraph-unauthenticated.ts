import 'reflect-metadata';
import { createDeps, openDatabase } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { buildGraphQLSchema } from '../../src/schema';
import { createHttpServer } from '../../src/http/server';
import type { Quota } from '../../src/services/identity/rate-limiter';

/**
 * ticketgraph with authentication and rate limiting taken out, for measuring what they cost: every
 * request runs as the viewer of BENCH_TOKEN (so it reads the same tickets through the same SQL as
 * the authenticated target), looked up once at start-up, and no budget is counted. Everything
 * else is the real server, started as src/app.ts starts it.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config);
  const { orm } = await openDatabase(config, logger);
  const deps = await createDeps(config, logger, orm);
  const { authenticator, limiter } = deps;
  const fixed = await authenticator.authenticate(`Bearer ${process.env.BENCH_TOKEN}`, '127.0.0.1');
  authenticator.authenticate = async () => fixed;
  authenticator.recordTokenUse = () => undefined;
  const unlimited: Quota = { allowed: true, limit: 1_000_000, remaining: 1_000_000, resetAt: new Date(Date.now() + 3_600_000), retryAfterSeconds: 0 };
  limiter.consume = async () => unlimited;
  const http = await createHttpServer(config, deps, await buildGraphQLSchema());
  await http.listen();
}

void main();
