import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface ApiProcess {
  readonly child: ChildProcess;
  /** The API's base URL (`http://127.0.0.1:<port>`), once it logged that it is ready. */
  readonly ready: Promise<string>;
  /** What it wrote to stdout and stderr so far. */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code once the process has drained and exited. */
  stop(): Promise<number | null>;
}

/**
 * The API as a process of its own, started as `npm start` starts it (`node --import tsx src/main.ts`)
 * with the given environment (PATH and HOME added), on any free port of 127.0.0.1. `preload` are
 * `--require` modules.
 */
export function startApiProcess(env: Record<string, string>, options: { preload?: string[] } = {}): ApiProcess {
  const args = [...(options.preload ?? []).flatMap((file) => ['--require', file]), '--import', 'tsx', 'src/main.ts'];
  const child = spawn(process.execPath, args, {
    cwd: path.resolve(__dirname, '../..'),
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = /"url":"http:\/\/localhost:(\d+)\/graphql"[^\n]*"msg":"ticketgraph API ready"/.exec(output)?.[1];
      if (url) resolve(`http://127.0.0.1:${url}`);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`the API exited (${code}) before it was ready:\n${output}`)));
  });
  return {
    child,
    ready,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
