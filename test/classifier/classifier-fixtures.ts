import path from 'node:path';
import { loadCorpus, type LabeledExample } from '../../src/services/classifier/corpus-loader';
import { EmbeddedClassifier } from '../../src/services/classifier/embedded-classifier';
import { trainModel } from '../../src/services/classifier/train-model';
import type { ModelFile } from '../../src/services/classifier/model-file';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const CORPUS_DIR = path.join(REPO_ROOT, 'corpus');
export const SHIPPED_MODEL = path.join(REPO_ROOT, 'models', 'classifier.json');

/** Every n-th corpus example: enough to learn the categories, quick enough for a unit test. */
export function corpusSample(every: number): LabeledExample[] {
  return loadCorpus(CORPUS_DIR).filter((_, i) => i % every === 0);
}

let small: { model: ModelFile; classifier: EmbeddedClassifier } | undefined;

/** A model trained once per test file on a tenth of the corpus, without cross-validation. */
export function smallClassifier(): { model: ModelFile; classifier: EmbeddedClassifier } {
  if (!small) {
    const model = trainModel(corpusSample(10), { trainedAt: '2026-01-01T00:00:00.000Z', folds: 0, epochs: 6 });
    small = { model, classifier: EmbeddedClassifier.fromModel(model) };
  }
  return small;
}
