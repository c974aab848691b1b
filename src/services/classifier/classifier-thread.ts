import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { ClassificationResult } from '../../entities/classification.value';
import type { Logger } from '../../logger';
import { startWorkerThread } from '../shared/worker-thread';
import type { TicketText } from './classifier';
import type { ClassifyWorkerReply, ClassifyWorkerRequest } from './classify-worker';

/** Where the thread's model comes from: the shipped file, or a retrained model's JSON. */
export type ModelSource = { path: string } | { model: string };

/**
 * The embedded model on a worker thread, for batches (a job's chunks): classifying thousands of
 * tickets takes seconds of CPU, which would otherwise stall every request of the instance. The
 * thread starts on first use and follows the model the host activates.
 */
export class ClassifierThread {
  private worker?: Worker;
  private source?: ModelSource;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve(results: ClassificationResult[]): void; reject(error: Error): void }>();

  constructor(private readonly logger: Logger) {}

  use(source: ModelSource): void {
    this.source = source;
    this.worker?.postMessage({ type: 'load', ...source } satisfies ClassifyWorkerRequest);
  }

  classify(tickets: TicketText[]): Promise<ClassificationResult[]> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ type: 'classify', id, tickets } satisfies ClassifyWorkerRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    if (!this.source) throw new Error('no model to classify with');
    const worker = startWorkerThread(path.join(__dirname, 'classify-worker.ts'));
    worker.unref();
    worker.on('message', (reply: ClassifyWorkerReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.results);
    });
    const fail = (error: Error): void => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', (error) => {
      this.logger.error({ err: error }, 'the classifier thread failed');
      fail(error);
    });
    worker.on('exit', (code) => fail(new Error(`the classifier thread exited with code ${code}`)));
    worker.postMessage({ type: 'load', ...this.source } satisfies ClassifyWorkerRequest);
    this.worker = worker;
    return worker;
  }
}
