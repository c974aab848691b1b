/**
 * Builds `models/sentence-model.json`, the assistant's sentence model (see
 * `src/services/assistant/sentence-encoder.ts`), from the project's corpus and the shipped word
 * vectors. Rebuild it after regenerating the corpus or the word vectors:
 *
 *   npm run build:sentence-model [-- --corpus corpus --out models/sentence-model.json]
 *
 * The same corpus and vectors give the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { loadCorpus } from '../src/services/classifier/corpus-loader';
import { WordVectors } from '../src/services/classifier/word-vectors';
import { SentenceEncoder, SHIPPED_SENTENCE_MODEL } from '../src/services/assistant/sentence-encoder';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const corpusDir = option('--corpus', 'corpus');
const out = option('--out', SHIPPED_SENTENCE_MODEL);
const model = SentenceEncoder.build(WordVectors.shipped(), loadCorpus(corpusDir));
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(`${out}: ${Object.keys(model.profiles).length} words over ${model.scenarios} scenarios`);
