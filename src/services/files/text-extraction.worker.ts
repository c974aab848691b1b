import { parentPort, workerData } from 'node:worker_threads';
import { extractText, type ExtractionRequest } from './text-extraction';

// Reads one file's text on a thread of its own, with its own memory limit, so that a hostile file
// can neither stall the API's event loop nor exhaust its heap.

void extractText(workerData as ExtractionRequest).then(
  (extracted) => parentPort!.postMessage(extracted),
  (error: unknown) => parentPort!.postMessage({ ok: false, error: `The file could not be read: ${(error as Error).message}` }),
);
