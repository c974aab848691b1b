import { parentPort, workerData } from 'node:worker_threads';
import { loadCorpus, type LabeledExample } from './corpus-loader';
import { serializeModel } from './model-file';
import { trainModel } from './train-model';

// Training takes seconds of CPU: it runs here, in a worker thread, so the API keeps answering.

interface Job {
  corpusDir: string;
  corrections: LabeledExample[];
  trainedAt: string;
}

const job = workerData as Job;
const model = trainModel([...loadCorpus(job.corpusDir), ...job.corrections], { trainedAt: job.trainedAt });
parentPort!.postMessage(serializeModel(model));
