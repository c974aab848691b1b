import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TicketCategory } from '../../src/entities/enums';
import { cosine, SentenceEncoder, SentenceModelError, SHIPPED_SENTENCE_MODEL, SMOOTHING } from '../../src/services/assistant/sentence-encoder';
import { loadCorpus, type LabeledExample } from '../../src/services/classifier/corpus-loader';
import { WordVectors } from '../../src/services/classifier/word-vectors';

/** A small table, words in (frequency) order: the first ones are frequent and count little. */
function table(entries: [string, number[]][]): WordVectors {
  return WordVectors.fromBytes(WordVectors.encode(entries.map(([w]) => w), Float32Array.from(entries.flatMap(([, v]) => v)), 3, 'test'));
}

const FILLER = Array.from({ length: 40 }, (_, i): [string, number[]] => [`filler${String.fromCharCode(97 + (i % 26))}${i}`, [0.1, 0.1, 0.1]]);
const VECTORS = table([
  ...FILLER,
  ['refund', [1, 0, 0]],
  ['reimbursement', [0.2, 0.9, 0]],
  ['money', [0.6, 0.4, 0]],
  ['password', [0, 0, 1]],
  ['forgot', [0, 0.3, 0.9]],
  ['lasagna', [0.5, -0.5, 0.5]],
]);

const example = (group: string, description: string): LabeledExample => ({ subject: '', description, category: TicketCategory.OTHER, group });
const CORPUS = [
  ...Array.from({ length: 4 }, () => example('refund', 'refund reimbursement money')),
  ...Array.from({ length: 4 }, () => example('password', 'forgot password')),
];

describe('SentenceEncoder', () => {
  const encoder = new SentenceEncoder(VECTORS, SentenceEncoder.build(VECTORS, CORPUS));

  it('learns from the corpus which words mean the same: words of one scenario share a profile, others none', () => {
    const refund = encoder.encode('refund');
    expect(cosine(refund.corpus, encoder.encode('reimbursement').corpus)).toBeCloseTo(1, 3);
    expect(cosine(refund.corpus, encoder.encode('forgot password').corpus)).toBe(0);
    // GloVe's own view of the two words is much further apart.
    expect(cosine(refund.glove, encoder.encode('reimbursement').glove)).toBeLessThan(0.5);
  });

  it('shortens the corpus vector by the share of words the corpus does not know, and encodes stop words as nothing', () => {
    const plain = encoder.encode('refund').corpus!;
    const diluted = encoder.encode('refund lasagna').corpus!;
    expect(Math.sqrt(cosine(plain, plain))).toBeCloseTo(1, 5);
    const weight = (word: string) => VECTORS.weightOf(VECTORS.row(word), SMOOTHING);
    expect(Math.sqrt(cosine(diluted, diluted))).toBeCloseTo(weight('refund') / (weight('refund') + weight('lasagna')), 5);
    expect(encoder.encode('how do I do it?')).toEqual({ glove: null, corpus: null, concepts: null, conceptCoverage: 0 });
  });

  it('refuses a model built with other word vectors or of another version, naming what to do', () => {
    const file = SentenceEncoder.build(VECTORS, CORPUS);
    expect(() => new SentenceEncoder(WordVectors.shipped(), file)).toThrow(
      new SentenceModelError(`sentence model was built with word vectors ${VECTORS.digest}, not ${WordVectors.shipped().digest}: rebuild it`),
    );
    expect(() => new SentenceEncoder(VECTORS, { ...file, version: 'other@0' })).toThrow(/sentence model is other@0, expected sif-glove\+corpus-ppmi@1/);
    expect(() => SentenceEncoder.read('/nonexistent/model.json', VECTORS)).toThrow(/cannot read sentence model \/nonexistent\/model.json/);
  });

  it('the shipped model is the one the corpus and the shipped vectors build (npm run build:sentence-model)', () => {
    const built = SentenceEncoder.build(WordVectors.shipped(), loadCorpus(path.resolve(__dirname, '../../corpus')));
    expect(`${JSON.stringify(built)}\n`).toBe(readFileSync(SHIPPED_SENTENCE_MODEL, 'utf8'));
  });
});
