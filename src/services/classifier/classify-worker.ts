import { parentPort } from 'node:worker_threads';
import type { ClassificationResult } from '../../entities/classification.value';
import type { TicketText } from './classifier';
import { EmbeddedClassifier } from './embedded-classifier';
import type { ModelFile } from './model-file';

// Classifies batches of a job on a thread of its own, so that the API's event loop stays free.

export type ClassifyWorkerRequest =
  | { type: 'load'; path: string }
  | { type: 'load'; model: string }
  | { type: 'classify'; id: number; tickets: TicketText[] };

export type ClassifyWorkerReply = { id: number; results: ClassificationResult[] } | { id: number; error: string };

let classifier: EmbeddedClassifier | undefined;

parentPort!.on('message', (request: ClassifyWorkerRequest) => {
  if (request.type === 'load') {
    classifier = 'path' in request ? EmbeddedClassifier.load(request.path) : EmbeddedClassifier.fromModel(JSON.parse(request.model) as ModelFile);
    return;
  }
  try {
    if (!classifier) throw new Error('no model loaded');
    const model = classifier;
    parentPort!.postMessage({ id: request.id, results: request.tickets.map((ticket) => model.classifySync(ticket)) } satisfies ClassifyWorkerReply);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies ClassifyWorkerReply);
  }
});
