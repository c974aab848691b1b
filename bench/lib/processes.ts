import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { groupAlive } from './proc';

export { freePort } from '../../src/db/embedded-postgres';

export const ROOT = path.resolve(__dirname, '..', '..');

/** Process groups of the children still running, for `stopChildren` when the run is interrupted. */
const runningGroups = new Set<number>();

export function trackGroup(child: ChildProcess): void {
  const pgrp = child.pid!;
  runningGroups.add(pgrp);
  child.once('exit', () => runningGroups.delete(pgrp));
}

/**
 * SIGTERM to a process group, SIGKILL after the grace period; resolves once no process of the
 * group runs any more (a wrapper such as npm or npx may exit before the server it started).
 */
export async function stopGroup(pgrp: number, graceMs = 15_000): Promise<void> {
  const signal = (name: NodeJS.Signals): void => {
    try {
      process.kill(-pgrp, name);
    } catch {
      // gone already
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgrp)) {
    if (Date.now() > deadline) {
      signal('SIGKILL');
      await sleep(200);
      break;
    }
    await sleep(50);
  }
}

/** Asks every child server still running to stop (they are detached: Ctrl+C does not reach them). */
export function stopChildren(): void {
  for (const pgrp of runningGroups) {
    try {
      process.kill(-pgrp, 'SIGTERM');
    } catch {
      // gone already
    }
  }
}

export interface Server {
  readonly name: string;
  readonly port: number;
  readonly process: ChildProcess;
  /** The last lines the process wrote, for error messages. */
  output(): string;
  /** SIGTERM to the process group, SIGKILL after the grace period; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts a server as a child process in its own process group (so npx/npm wrappers and their
 * children stop together) and waits until `ready()` succeeds.
 */
export async function startServer(options: {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  port: number;
  ready: () => Promise<boolean>;
  timeoutMs?: number;
  cwd?: string;
}): Promise<Server> {
  const child = spawn(options.command, options.args, {
    cwd: options.cwd ?? ROOT,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackGroup(child);
  const lines: string[] = [];
  const keep = (chunk: Buffer): void => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const server: Server = {
    name: options.name,
    port: options.port,
    process: child,
    output: () => lines.join('\n'),
    async stop(graceMs = 15_000) {
      await stopGroup(child.pid!, graceMs);
      await exited;
    },
  };

  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (hasExited) throw new Error(`${options.name} exited during start-up:\n${server.output()}`);
    if (await options.ready().catch(() => false)) return server;
    await sleep(50);
  }
  await server.stop();
  throw new Error(`${options.name} did not become ready in time:\n${server.output()}`);
}

/** Starts servers side by side; if one fails, stops those that started and throws its error. */
export async function startAll(starts: Promise<Server>[]): Promise<Server[]> {
  const settled = await Promise.allSettled(starts);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  const started = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  if (failed) {
    await Promise.all(started.map((server) => server.stop()));
    throw failed.reason;
  }
  return started;
}

/** A load target for a server started here: its GraphQL URL and its process group for CPU figures. */
export function graphqlTarget(server: Server, key: string, name: string, body: unknown) {
  return {
    key,
    name,
    url: `http://127.0.0.1:${server.port}/graphql`,
    processGroup: server.process.pid,
    body: JSON.stringify(body),
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** POSTs a GraphQL operation and returns the raw response text (throws on a non-200 status). */
export async function postGraphQL(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 500)}`);
  return text;
}

/** Ready when a trivial GraphQL query answers 200. */
export function graphqlReady(url: string): () => Promise<boolean> {
  return async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    await response.arrayBuffer();
    return response.status === 200;
  };
}

/** The environment for a child server: ours, minus what would point it elsewhere. */
export function childEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'PORT', 'HOST', 'DATA_DIR', 'NODE_OPTIONS']) delete env[name];
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}
