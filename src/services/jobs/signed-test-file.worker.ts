import { parentPort, workerData } from 'node:worker_threads';
import { buildSignedTestFile, type SignedTestFileRequest } from './signed-test-file';

// Builds one large test file on a thread of its own, so that the API's event loop stays free.

parentPort!.postMessage(buildSignedTestFile(workerData as SignedTestFileRequest));
