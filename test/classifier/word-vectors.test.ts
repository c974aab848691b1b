import { describe, expect, it } from 'vitest';
import { TicketCategory } from '../../src/entities/enums';
import type { LabeledExample } from '../../src/services/classifier/corpus-loader';
import { EmbeddedClassifier } from '../../src/services/classifier/embedded-classifier';
import { scoreInto } from '../../src/services/classifier/linear-model';
import { decodeModel, ModelFileError } from '../../src/services/classifier/model-file';
import { seededRandom } from '../../src/services/classifier/seeded-random';
import { DEFAULT_FEATURE_CONFIG, withDenseBlock } from '../../src/services/classifier/text-features';
import { trainModel } from '../../src/services/classifier/train-model';
import { WordVectors, WordVectorScorer, WordVectorsError } from '../../src/services/classifier/word-vectors';

/** A table from plain arrays, in the given (frequency) order. */
function table(entries: [string, number[]][]): WordVectors {
  const dims = entries[0]![1].length;
  return WordVectors.fromBytes(
    WordVectors.encode(
      entries.map(([w]) => w),
      Float32Array.from(entries.flatMap(([, v]) => v)),
      dims,
      'test',
    ),
  );
}

describe('WordVectors', () => {
  it('reads back what it wrote, each value within half a quantisation step', () => {
    const vectors = table([
      ['refund', [0.5, -1.27, 0.01]],
      ['login', [2, 0, -2]],
    ]);
    expect([vectors.size, vectors.dimensions, vectors.source]).toEqual([2, 3, 'test']);
    expect([vectors.row('refund'), vectors.row('login'), vectors.row('unknown')]).toEqual([0, 1, -1]);
    expect(vectors.digest).toMatch(/^[0-9a-f]{16}$/);
    // One word: the weighted mean is the word's vector itself (times the scale, here 1).
    const out = new Float32Array(3);
    vectors.embed(['refund'], 1, 1, out);
    const step = 1.27 / 127;
    [0.5, -1.27, 0.01].forEach((v, d) => expect(Math.abs(out[d]! - v)).toBeLessThanOrEqual(step / 2 + 1e-7));
  });

  it('finds every word of a large table at its own row, and no other word', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}x`);
    const vectors = table(words.map((w, i) => [w, [i, 1]]));
    expect(words.every((w, i) => vectors.row(w) === i)).toBe(true);
    expect(Array.from({ length: 5000 }, (_, i) => vectors.row(`w${i.toString(36)}y`)).filter((r) => r !== -1)).toEqual([]);
    expect(() => table([['same', [1]], ['same', [2]]])).toThrow(/lists "same" twice/);
  });

  it('refuses bytes that are not a table, saying why', () => {
    const bytes = WordVectors.encode(['a'], Float32Array.from([1, 2]), 2, 'test');
    expect(() => WordVectors.fromBytes(Buffer.from('not a table at all'))).toThrow(new WordVectorsError('not a word-vector table (bad magic)'));
    expect(() => WordVectors.fromBytes(bytes.subarray(0, bytes.length - 1))).toThrow(new WordVectorsError('word-vector table is truncated'));
    expect(() => WordVectors.read('/nonexistent/word-vectors.bin')).toThrow(/cannot read word-vector table \/nonexistent\/word-vectors.bin/);
  });

  it('weighs words by smooth inverse frequency of their rank, and drops those under a tenth', () => {
    const vectors = table([['x', [1]]]);
    // a / (a + 0.1 / rank): rank 10,000 with a = 1e-4 gives 1e-4 / 1.1e-4.
    expect(vectors.weightOf(9_999, 1e-4)).toBeCloseTo(1 / 1.1, 12);
    expect(vectors.weightOf(999, 1e-4)).toBeCloseTo(0.5, 12);
    expect(vectors.weightOf(10, 1e-4)).toBe(0); // 1e-4 / (1e-4 + 0.1 / 11) < 0.1
  });

  it('embeds a text as the weighted mean of its known words times the scale', () => {
    const vectors = table([
      ['alpha', [1, 0]],
      ['beta', [0, 1]],
    ]);
    const out = new Float32Array(2);
    // smoothing 1: weights 1 / 1.1 for row 0 and 1 / 1.05 for row 1.
    const [wa, wb] = [1 / 1.1, 1 / 1.05];
    const factor = vectors.embed(['alpha', 'gamma', 'beta', 'alpha'], 1, 2, out);
    expect(factor).toBeCloseTo(2 / (2 * wa + wb), 6);
    expect(out[0]).toBeCloseTo((2 * (2 * wa)) / (2 * wa + wb), 6);
    expect(out[1]).toBeCloseTo((2 * wb) / (2 * wa + wb), 6);
    expect(vectors.embed(['gamma'], 1, 2, out)).toBe(0);
    expect(Array.from(out)).toEqual([0, 0]);
  });
});

describe('WordVectorScorer', () => {
  it('scores a text word by word exactly as the model scores the embedded block', () => {
    const random = seededRandom(7);
    const dims = 5;
    const words = ['invoice', 'refund', 'password', 'printer', 'crash', 'slow'];
    const vectors = table(words.map((w) => [w, Array.from({ length: dims }, () => random() * 2 - 1)]));
    const config = { ...DEFAULT_FEATURE_CONFIG, hashBits: 8 };
    const k = 6;
    const hashDimension = 1 << config.hashBits;
    const weights = Float32Array.from({ length: (hashDimension + dims) * k }, () => random() - 0.5);
    const model = { classCount: k, dimension: hashDimension + dims, weights, bias: new Float64Array(k) };
    const tokens = ['my', 'invoice', 'shows', 'a', 'refund', 'and', 'the', 'printer', 'is', 'slow', 'invoice'];

    const dense = new Float32Array(dims);
    vectors.embed(tokens, 1, 0.25, dense);
    const empty = { indices: new Int32Array(0), values: new Float32Array(0) };
    const expected = scoreInto(model, withDenseBlock(empty, dense, config), new Float64Array(k));

    const actual = new Float64Array(k);
    new WordVectorScorer(vectors, weights, hashDimension, k).addScores(tokens, 1, 0.25, actual);
    for (let c = 0; c < k; c++) expect(actual[c]).toBeCloseTo(expected[c]!, 5);
  });
});

describe('a model with word vectors', () => {
  // "bill" and "login" share no character n-gram with "invoice" and "password": only their vectors
  // say they mean the same.
  const vectors = table([
    ['invoice', [1, 0, 0]],
    ['bill', [0.9, 0.1, 0]],
    ['password', [0, 1, 0]],
    ['login', [0.1, 0.9, 0]],
    ['dark', [0, 0, 1]],
  ]);
  const examples: LabeledExample[] = [
    ...Array.from({ length: 6 }, (_, i) => ({ subject: '', description: `wrong invoice ${i}`, category: TicketCategory.BILLING_QUESTION })),
    ...Array.from({ length: 6 }, (_, i) => ({ subject: '', description: `forgot password ${i}`, category: TicketCategory.ACCOUNT_ACCESS })),
    ...Array.from({ length: 6 }, (_, i) => ({ subject: '', description: `add dark mode ${i}`, category: TicketCategory.FEATURE_REQUEST })),
  ];
  const options = { trainedAt: 't', folds: 0, epochs: 10, features: { wordVectors: { weight: 1, smoothing: 1 } } };

  it('understands a word the training never saw through its vector, and names it as a keyword', () => {
    const withVectors = EmbeddedClassifier.fromModel(trainModel(examples, { ...options, wordVectors: vectors }), vectors);
    const without = EmbeddedClassifier.fromModel(trainModel(examples, { ...options, features: { wordVectors: { weight: 0, smoothing: 1 } } }));
    const bill = withVectors.classifySync({ subject: '', description: 'bill' });
    expect(bill.category).toBe(TicketCategory.BILLING_QUESTION);
    expect(bill.keywords).toEqual(['bill']);
    expect(withVectors.classifySync({ subject: '', description: 'login' }).category).toBe(TicketCategory.ACCOUNT_ACCESS);
    const billing = (c: EmbeddedClassifier): number => {
      const { classes, probabilities } = c.probabilities({ subject: '', description: 'bill' });
      return probabilities[classes.indexOf(TicketCategory.BILLING_QUESTION)]!;
    };
    expect(billing(withVectors)).toBeGreaterThan(billing(without) + 0.2);
  });

  it('records the table it was trained with, and refuses to run with another', () => {
    const model = trainModel(examples, { ...options, wordVectors: vectors });
    expect(model.features.wordVectors).toEqual({ weight: 1, smoothing: 1, digest: vectors.digest, dimensions: 3 });
    const other = table([['invoice', [0, 0, 1]]]);
    expect(() => EmbeddedClassifier.fromModel(model, other)).toThrow(
      new ModelFileError(`the model was trained with word-vector table ${vectors.digest}, but the table at hand is ${other.digest}`),
    );
    expect(() => decodeModel({ ...model, features: { ...model.features, wordVectors: { weight: 1, smoothing: 1 } } })).toThrow(/wordVectors needs a digest/);
  });

  it('leaves the block out when its weight is 0, and such a model still reads as format version 1', () => {
    const model = trainModel(examples, { ...options, features: { wordVectors: { weight: 0, smoothing: 1 } } });
    expect(model.features.wordVectors).toBeUndefined();
    const v1 = { ...model, formatVersion: 1 };
    expect(EmbeddedClassifier.fromModel(v1).classifySync({ subject: '', description: 'wrong invoice' }).category).toBe(TicketCategory.BILLING_QUESTION);
  });
});
