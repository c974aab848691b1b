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
  /** With PORT=0: the API's base URL (`http://127.0.0.1:<port>`) once it is ready. */
  ready(): Promise<string>;
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
  const logged = (text: string, timeoutMs = 30_000): Promise<void> =>
    new Promise((resolve, reject) => {
      if (output.includes(text)) resolve();
      waiters.push({ text, resolve });
      setTimeout(() => reject(new Error(`"${text}" not logged in ${timeoutMs / 1000} s:\n${output}`)), timeoutMs).unref();
    });
  return {
    child,
    output: () => output,
    logged,
    exited: () => exit,
    async ready() {
      await Promise.race([
        logged('"msg":"ticketgraph API ready"'),
        exit.then((code) => Promise.reject(new Error(`npm exited (${code}) before the API was ready:\n${output}`))),
      ]);
      return `http://127.0.0.1:${/"url":"http:\/\/localhost:(\d+)\/graphql"/.exec(output)![1]}`;
    },
  };
}
