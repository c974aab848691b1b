import { seededRandom, shuffleInPlace } from './seeded-random';
import type { SparseVector } from './text-features';

/** Multinomial logistic regression over hashed features: weights are feature-major (`w[f * k + c]`). */
export interface LinearWeights {
  classCount: number;
  dimension: number;
  weights: Float32Array;
  bias: Float64Array;
}

export interface SgdOptions {
  epochs: number;
  /** Initial learning rate; it decays as eta0 / (1 + eta0 * l2 * t) (Bottou's schedule for L2-regularised SGD). */
  learningRate: number;
  /** L2 penalty per example. */
  l2: number;
  /** Seed of the shuffling order, so the same data gives the same model. */
  seed: number;
}

/**
 * One-vs-rest log-count ratios of multinomial naive Bayes over the weighted vectors (the "NB" of
 * NB-LR): for each feature and class, log P(feature | class) - log P(feature | other classes),
 * with add-`alpha` smoothing, centred over the classes (only differences between classes score).
 * Feature-major like the regression's weights.
 */
export function naiveBayesLogRatios(
  xs: readonly SparseVector[],
  ys: readonly number[],
  sampleWeights: readonly number[],
  classCount: number,
  dimension: number,
  alpha: number,
): Float32Array {
  const k = classCount;
  const counts = new Float64Array(dimension * k);
  const classTotals = new Float64Array(k);
  const featureTotals = new Float64Array(dimension);
  const active = new Uint8Array(dimension);
  xs.forEach((x, i) => {
    const y = ys[i]!;
    const sw = sampleWeights[i]!;
    for (let n = 0; n < x.indices.length; n++) {
      const v = x.values[n]! * sw;
      if (v === 0) continue;
      const f = x.indices[n]!;
      counts[f * k + y]! += v;
      featureTotals[f]! += v;
      classTotals[y]! += v;
      active[f] = 1;
    }
  });
  const vocabulary = active.reduce((s, a) => s + a, 0);
  const total = classTotals.reduce((s, t) => s + t, 0);
  const ratios = new Float32Array(dimension * k);
  const r = new Float64Array(k);
  for (let f = 0; f < dimension; f++) {
    if (active[f] === 0) continue;
    let mean = 0;
    for (let c = 0; c < k; c++) {
      const inClass = counts[f * k + c]!;
      const outside = featureTotals[f]! - inClass;
      r[c] =
        Math.log((inClass + alpha) / (classTotals[c]! + alpha * vocabulary)) -
        Math.log((outside + alpha) / (total - classTotals[c]! + alpha * vocabulary));
      mean += r[c]! / k;
    }
    for (let c = 0; c < k; c++) ratios[f * k + c] = r[c]! - mean;
  }
  return ratios;
}

/** Raw class scores (logits) of one vector; `out` is reused to spare allocations on the hot path. */
export function scoreInto(model: LinearWeights, x: SparseVector, out: Float64Array): Float64Array {
  const k = model.classCount;
  const w = model.weights;
  for (let c = 0; c < k; c++) out[c] = model.bias[c]!;
  const { indices, values } = x;
  for (let n = 0; n < indices.length; n++) {
    const v = values[n]!;
    if (v === 0) continue;
    const base = indices[n]! * k;
    for (let c = 0; c < k; c++) out[c]! += v * w[base + c]!;
  }
  return out;
}

/** Softmax of logits divided by a temperature, in place. */
export function softmaxInPlace(logits: Float64Array, temperature = 1): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < logits.length; c++) max = Math.max(max, logits[c]! / temperature);
  let sum = 0;
  for (let c = 0; c < logits.length; c++) {
    const e = Math.exp(logits[c]! / temperature - max);
    logits[c] = e;
    sum += e;
  }
  for (let c = 0; c < logits.length; c++) logits[c]! /= sum;
  return logits;
}

/**
 * Plain SGD on the softmax loss with L2 weight decay, applied lazily through one scale factor so an
 * update costs only the example's non-zero features. Deterministic: the order comes from the seed.
 * With a `prior` (feature-major, like the weights) the model's weights are prior + learned part,
 * and the decay pulls them toward the prior instead of toward zero.
 */
export function trainSoftmaxSgd(
  xs: readonly SparseVector[],
  ys: readonly number[],
  sampleWeights: readonly number[],
  classCount: number,
  dimension: number,
  options: SgdOptions,
  prior?: Float32Array,
): LinearWeights {
  const k = classCount;
  const v = new Float64Array(dimension * k);
  const bias = new Float64Array(k);
  let scale = 1;
  const random = seededRandom(options.seed);
  const order = xs.map((_, i) => i);
  const z = new Float64Array(k);
  let t = 0;
  const { learningRate: eta0, l2 } = options;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const i of order) {
      const x = xs[i]!;
      const eta = eta0 / (1 + eta0 * l2 * t);
      t++;
      for (let c = 0; c < k; c++) z[c] = 0;
      for (let n = 0; n < x.indices.length; n++) {
        const base = x.indices[n]! * k;
        const val = x.values[n]!;
        for (let c = 0; c < k; c++) z[c]! += val * v[base + c]!;
      }
      for (let c = 0; c < k; c++) z[c] = z[c]! * scale + bias[c]!;
      if (prior) {
        for (let n = 0; n < x.indices.length; n++) {
          const base = x.indices[n]! * k;
          const val = x.values[n]!;
          for (let c = 0; c < k; c++) z[c]! += val * prior[base + c]!;
        }
      }
      softmaxInPlace(z);
      const y = ys[i]!;
      const sw = sampleWeights[i]!;
      scale *= 1 - eta * l2;
      const step = (eta * sw) / scale;
      for (let n = 0; n < x.indices.length; n++) {
        const base = x.indices[n]! * k;
        const val = x.values[n]! * step;
        for (let c = 0; c < k; c++) v[base + c]! -= val * (z[c]! - (c === y ? 1 : 0));
      }
      // The bias is not regularised and learns more slowly, so rare classes do not swing it.
      for (let c = 0; c < k; c++) bias[c]! -= eta * 0.1 * sw * (z[c]! - (c === y ? 1 : 0));
      if (scale < 1e-6) {
        for (let j = 0; j < v.length; j++) v[j]! *= scale;
        scale = 1;
      }
    }
  }
  const weights = new Float32Array(dimension * k);
  for (let j = 0; j < v.length; j++) weights[j] = v[j]! * scale + (prior ? prior[j]! : 0);
  return { classCount: k, dimension, weights, bias };
}
