import path from 'node:path';

/**
 * The small labelled corpus tests retrain the classifier on (CLASSIFIER_CORPUS_DIR in
 * `testConfig`): every 80th row of corpus/tickets.csv, made by test/fixtures/make-classifier-corpus.ts.
 * Training on the full corpus takes tens of seconds; on this, well under one.
 */
export const FIXTURE_CORPUS_DIR = path.resolve(__dirname, '../fixtures/classifier-corpus');

/** Rows of the fixture corpus: a model retrained on it with n corrections has trainingSize FIXTURE_CORPUS_ROWS + n. */
export const FIXTURE_CORPUS_ROWS = 295;
