import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { childEnv, freePort, ROOT, sleep, stopGroup, trackGroup } from './lib/processes';
import { median, round } from './lib/stats';

const WARM_RUNS = Number(process.env.BENCH_COLD_START_RUNS ?? 3);
const TARGET_MS = 5000;
const TIMEOUT_MS = 120_000;

/**
 * `npm start` with no DATABASE_URL (embedded PostgreSQL, data in a fresh temporary DATA_DIR) until
 * GET /health answers 200: once from nothing (initdb), then again after a clean SIGTERM stop.
 */
export async function run(): Promise<Record<string, number | string>> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ticketgraph-bench-cold-'));
  try {
    const first = await startOnce(dataDir);
    const warm: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) warm.push(await startOnce(dataDir));
    const typical = median(warm);
    return {
      command: 'npm start (embedded PostgreSQL)',
      first_run_ms: Math.round(first),
      warm_runs_ms: warm.map(Math.round).join(' / '),
      warm_median_ms: Math.round(typical),
      target_warm: typical < TARGET_MS ? `met (< ${TARGET_MS} ms)` : `MISSED (${round(typical)} ms >= ${TARGET_MS} ms)`,
    };
  } finally {
    await stopLeftoverPostgres(dataDir);
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

/** Starts `npm start`, returns the milliseconds until /health said 200, then stops it cleanly. */
async function startOnce(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env: childEnv({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: undefined }),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackGroup(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));

  try {
    let elapsed: number | undefined;
    while (performance.now() - started < TIMEOUT_MS) {
      if (exitCode !== undefined) throw new Error(`npm start exited (${exitCode}) before it was healthy:\n${output}`);
      const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
        async (response) => {
          const body = (await response.json()) as { status?: string };
          return response.status === 200 && body.status === 'ok';
        },
        () => false,
      );
      if (ok) {
        elapsed = performance.now() - started;
        break;
      }
      await sleep(20);
    }
    if (elapsed === undefined) throw new Error(`npm start was not healthy within ${TIMEOUT_MS} ms:\n${output}`);
    return elapsed;
  } finally {
    // npm relays the signal to the API too; the API treats the echo as one request to stop. npm
    // may exit first: wait for the whole group, as the API stops its PostgreSQL before exiting.
    await stopGroup(child.pid!, 30_000);
    await exited;
    if (existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))) {
      throw new Error(`the embedded PostgreSQL is still running after npm start stopped:\n${output}`);
    }
  }
}

/** If a failed run left the embedded server running, stop it by the pid it recorded. */
async function stopLeftoverPostgres(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGINT'); // PostgreSQL's fast shutdown
  } catch {
    return;
  }
  for (let i = 0; i < 100 && existsSync(pidFile); i++) await sleep(100);
}
