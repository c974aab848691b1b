import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

export interface NpmProcess {
  readonly child: ChildProcess;
  /** Everything the process wrote so far, stdout and stderr. */
  output(): string;
  /** Resolves once `text` has been written; fails after `timeoutMs`. */
  logged(text: string, timeoutMs?: number): Promise<void>;
  /** npm's exit code once it has exited (null when a signal ended it). */
  exited(): Promise<number | null>;
}

/**
 * `npm start` or `npm run worker` as an operator runs them, in a process group of its own (so the
 * test can signal npm alone, or the whole group as a terminal's Ctrl+C does), with only PATH,
 * HOME and `env` in its environment.
 */
export function npmRun(script: 'start' | 'worker', env: Record<string, string>): NpmProcess {
  const child = spawn('npm', script === 'start' ? ['start'] : ['run', script], {
    cwd: path.resolve(__dirname, '..', '..'),
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? os.tmpdir(), ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  const onData = (chunk: Buffer): void => {
    output += chunk.toString();
    for (const waiter of waiters) if (output.includes(waiter.text)) waiter.resolve();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    logged: (text, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        if (output.includes(text)) resolve();
        waiters.push({ text, resolve });
        setTimeout(() => reject(new Error(`"${text}" not logged in ${timeoutMs / 1000} s:\n${output}`)), timeoutMs).unref();
      }),
    exited: () => exit,
  };
}
