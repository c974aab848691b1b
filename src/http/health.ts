import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { pingDatabase } from '../db/orm';
import { fileStorage } from '../services/files/file-storage';
import type { AppDeps } from '../services/shared/service-context';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'unavailable';
  version: string;
  commit: string | null;
  uptimeSeconds: number;
  checks: Record<string, { status: 'up' | 'down'; latencyMs: number; error?: string }>;
}

async function check(probe: (signal: AbortSignal) => Promise<unknown>, timeoutMs: number): Promise<HealthReport['checks'][string]> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new AbortController();
  try {
    await Promise.race([
      probe(timeout.signal),
      new Promise((_, reject) => {
        timer = setTimeout(() => {
          timeout.abort();
          reject(new Error(`no answer within ${timeoutMs} ms`));
        }, timeoutMs);
      }),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: 'down', latencyMs: Math.round(performance.now() - started), error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

/** Without these the instance cannot work: down, it is unavailable (HTTP 503). */
const ESSENTIAL = new Set(['database', 'queue']);

/**
 * Each dependency, checked at once and named: the database and the job queue are essential (down:
 * unavailable, HTTP 503); Redis (it spreads events and limits across instances), the classifier
 * model (its thread), the LLM and file storage are not (down: degraded, still 200, so a load
 * balancer keeps the instance, which serves what does not need them). Redis and the LLM are
 * checked when configured.
 */
export async function healthReport(deps: AppDeps, startedAt: number, release: Release): Promise<HealthReport> {
  const probes: [string, ((signal: AbortSignal) => Promise<unknown>) | undefined][] = [
    ['database', () => pingDatabase(deps.orm)],
    ['redis', deps.pubsub.kind === 'redis' ? () => deps.pubsub.ping() : undefined],
    ['queue', () => deps.jobs.ping()],
    ['classifier', () => deps.classifiers.ping()],
    ['llm', deps.config.openai ? (signal) => deps.classifiers.pingLlm(signal) : undefined],
    ['storage', () => fileStorage(deps.config).ping()],
  ];
  const present = probes.filter((entry): entry is [string, (signal: AbortSignal) => Promise<unknown>] => entry[1] !== undefined);
  const results = await Promise.all(present.map(([, probe]) => check(probe, deps.config.healthCheckTimeoutMs)));
  const checks: HealthReport['checks'] = Object.fromEntries(present.map(([name], i) => [name, results[i]!]));
  const down = Object.keys(checks).filter((name) => checks[name]!.status === 'down');
  const status = down.some((name) => ESSENTIAL.has(name)) ? 'unavailable' : down.length ? 'degraded' : 'ok';
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
