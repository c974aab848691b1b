import type { MikroORM } from '@mikro-orm/postgresql';
import { pingDatabase } from '../db/orm';
import type { PubSub } from '../pubsub';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'unavailable';
  uptimeSeconds: number;
  checks: Record<string, { status: 'up' | 'down'; latencyMs: number; error?: string }>;
}

const TIMEOUT_MS = 2000;

async function check(probe: () => Promise<unknown>): Promise<HealthReport['checks'][string]> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: 'down', latencyMs: Math.round(performance.now() - started), error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The database is essential (down: unavailable, HTTP 503); Redis only spreads events and limits
 * across instances (down: degraded, still 200, so a load balancer keeps the instance).
 */
export async function healthReport(orm: MikroORM, pubsub: PubSub, startedAt: number): Promise<HealthReport> {
  const [database, redis] = await Promise.all([
    check(() => pingDatabase(orm)),
    pubsub.kind === 'redis' ? check(() => pubsub.ping()) : Promise.resolve(undefined),
  ]);
  const checks: HealthReport['checks'] = { database };
  if (redis) checks.redis = redis;
  const status = database.status === 'down' ? 'unavailable' : redis?.status === 'down' ? 'degraded' : 'ok';
  return { status, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000), checks };
}
