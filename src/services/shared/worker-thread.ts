import { Worker } from 'node:worker_threads';

/**
 * A worker thread running one of the project's TypeScript files: the sources load through tsx's
 * require hook, as the API itself runs. For CPU-heavy work that would otherwise stall every request.
 */
export function startWorkerThread(file: string, workerData?: unknown): Worker {
  const bootstrap = `require('tsx/cjs/api').register(); require(${JSON.stringify(file)});`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** Runs a worker file that answers once (its first message) and ends; an error or a failed exit rejects. */
export function runInWorkerThread<T>(file: string, workerData: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = startWorkerThread(file, workerData);
    worker.once('message', (answer: T) => resolve(answer));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the worker thread ${file} exited with code ${code}`));
    });
  });
}
