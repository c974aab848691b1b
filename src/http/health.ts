import type { MikroORM } from '@mikro-orm/postgresql';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { pingDatabase } from '../db/orm';
import type { PubSub } from '../pubsub';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'unavailable';
  version: string;
  commit: string | null;
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
export async function healthReport(orm: MikroORM, pubsub: PubSub, startedAt: number, release: Release): Promise<HealthReport> {
  const [database, redis] = await Promise.all([
    check(() => pingDatabase(orm)),
    pubsub.kind === 'redis' ? check(() => pubsub.ping()) : Promise.resolve(undefined),
  ]);
  const checks: HealthReport['checks'] = { database };
  if (redis) checks.redis = redis;
  const status = database.status === 'down' ? 'unavailable' : redis?.status === 'down' ? 'degraded' : 'ok';
  return { status, ...release, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000), checks };
}

export interface Release {
  version: string;
  commit: string | null;
}

/** The package's version and the commit: `COMMIT_SHA`, else the checkout's HEAD, else null (an image without .git). */
export function releaseOf(commitSha: string | undefined): Release {
  const { version } = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  return { version, commit: commitSha ?? gitHead(path.join(PROJECT_ROOT, '.git')) };
}

/** HEAD's commit, read from the files git keeps (a worktree's `.git` file points to its own folder). */
function gitHead(dotGit: string): string | null {
  try {
    const read = (file: string): string => readFileSync(file, 'utf8').trim();
    let gitDir = dotGit;
    const pointer = statSync(dotGit).isFile() ? read(dotGit).match(/^gitdir: (.+)$/m) : null;
    if (pointer) gitDir = path.resolve(PROJECT_ROOT, pointer[1]!);
    const head = read(path.join(gitDir, 'HEAD'));
    const ref = head.match(/^ref: (.+)$/)?.[1];
    if (!ref) return head;
    let common = gitDir;
    try {
      common = path.resolve(gitDir, read(path.join(gitDir, 'commondir')));
    } catch {
      // A main checkout: its folder is the common one.
    }
    for (const dir of [gitDir, common]) {
      try {
        return read(path.join(dir, ref));
      } catch {
        // Not a loose ref here.
      }
    }
    const packed = read(path.join(common, 'packed-refs')).split('\n').find((line) => line.endsWith(` ${ref}`));
    return packed?.split(' ')[0] ?? null;
  } catch {
    return null;
  }
}
