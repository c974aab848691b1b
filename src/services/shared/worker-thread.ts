import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * A worker thread running one of the project's TypeScript files: the sources load through tsx's
 * require hook, as the API itself runs. For CPU-heavy work that would otherwise stall every request.
 */
export function startWorkerThread(file: string, workerData?: unknown, resourceLimits?: ResourceLimits): Worker {
  const bootstrap = `require('tsx/cjs/api').register(); require(${JSON.stringify(file)});`;
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits });
}

/**
 * Runs a worker file that answers once (its first message) and ends. An error, an exit without an
 * answer, or no answer within `timeoutMs` (the thread is then stopped) rejects.
 */
export function runInWorkerThread<T>(file: string, workerData: unknown, timeoutMs = 10 * 60_000, resourceLimits?: ResourceLimits): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = startWorkerThread(file, workerData, resourceLimits);
    const timer = setTimeout(() => {
      reject(new Error(`the worker thread ${file} gave no answer within ${timeoutMs} ms`));
      void worker.terminate();
    }, timeoutMs);
    worker.once('message', (answer: T) => {
      clearTimeout(timer);
      resolve(answer);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // After an answer this rejects nothing: a promise settles once.
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the worker thread ${file} exited with code ${code} without an answer`));
    });
  });
}
