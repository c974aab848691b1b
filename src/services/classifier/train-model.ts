import { createHash } from 'node:crypto';
import { TicketCategory } from '../../entities/enums';
import { CATEGORIES, classificationReport, type ScoredPrediction } from './classification-metrics';
import type { LabeledExample } from './corpus-loader';
import { naiveBayesLogRatios, scoreInto, softmaxInPlace, trainSoftmaxSgd, type LinearWeights } from './linear-model';
import {
  encodeFloat32,
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  modelDigest,
  type ModelEvaluation,
  type ModelFile,
  type TrainingParameters,
} from './model-file';
import { fitTemperature } from './temperature-calibration';
import { computeIdf, DEFAULT_FEATURE_CONFIG, FeatureExtractor, weightFeatures, withDenseBlock, type FeatureConfig, type RawFeatures } from './text-features';
import { TicketSentimentAnalyzer } from './ticket-sentiment';
import { judgeUrgencyImpact } from './urgency-impact';
import { WordVectors } from './word-vectors';

export interface TrainOptions extends Partial<TrainingParameters> {
  /** Recorded in the model; pass a fixed value (e.g. the corpus date) for byte-identical rebuilds. */
  trainedAt: string;
  features?: Partial<FeatureConfig>;
  /** The word-vector table, when the features use one; default: the shipped table. */
  wordVectors?: WordVectors;
}

export const DEFAULT_TRAINING: Readonly<TrainingParameters> = Object.freeze({
  seed: 20_260_101,
  epochs: 5,
  learningRate: 0.5,
  l2: 5e-5,
  classWeight: 'balanced',
  folds: 3,
  naiveBayesPrior: 0.3,
  naiveBayesAlpha: 1,
  // The corpus gives every category a fair share of scenarios, and balanced weights train as if
  // each were a sixth of all tickets; in support queues feature requests are a few in a hundred.
  deploymentPriors: Object.freeze({ [TicketCategory.FEATURE_REQUEST]: 0.05 }),
});

function foldOf(example: LabeledExample, index: number, folds: number): number {
  // FNV-1a of the group name: stable across runs and independent of the example order.
  const key = example.group ?? `#${index}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % folds;
}

function sampleWeights(labels: readonly number[], weights: readonly number[], classCount: number, mode: TrainingParameters['classWeight']): number[] {
  if (mode === 'none') return [...weights];
  const totals = new Array<number>(classCount).fill(0);
  labels.forEach((y, i) => {
    totals[y]! += weights[i]!;
  });
  const present = totals.filter((c) => c > 0).length;
  const sum = totals.reduce((s, c) => s + c, 0);
  return labels.map((y, i) => (weights[i]! * sum) / (present * totals[y]!));
}

interface FittedPart {
  idf: Float32Array;
  model: LinearWeights;
}

/** The training texts' features: hashed counts and, when the model uses word vectors, their dense blocks. */
interface Texts {
  raw: readonly RawFeatures[];
  dense: readonly Float32Array[] | null;
}

function fit(texts: Texts, labels: readonly number[], weights: readonly number[], config: FeatureConfig, params: TrainingParameters, hashDimension: number): FittedPart {
  const { raw, dense } = texts;
  const idf = computeIdf(raw, hashDimension, config.minDf ?? 0);
  const dimension = hashDimension + (dense?.[0]?.length ?? 0);
  const sw = sampleWeights(labels, weights, CATEGORIES.length, params.classWeight);
  const sparse = raw.map((r) => weightFeatures(r, idf, config));
  let prior: Float32Array | undefined;
  if (params.naiveBayesPrior > 0) {
    // Naive Bayes reads features as counts, which the dense block's signed values are not: its prior stays 0.
    const counts = naiveBayesLogRatios(sparse, labels, sw, CATEGORIES.length, hashDimension, params.naiveBayesAlpha);
    prior = new Float32Array(dimension * CATEGORIES.length);
    for (let j = 0; j < counts.length; j++) prior[j] = counts[j]! * params.naiveBayesPrior;
  }
  const xs = sparse.map((x, i) => withDenseBlock(x, dense?.[i] ?? null, config));
  const model = trainSoftmaxSgd(xs, labels, sw, CATEGORIES.length, dimension, params, prior);
  return { idf, model };
}

const select = <T>(items: readonly T[], indices: readonly number[]): T[] => indices.map((i) => items[i]!);

function levelAccuracy(pairs: [string | undefined, string][]): number | null {
  const labelled = pairs.filter(([a]) => a !== undefined);
  if (labelled.length === 0) return null;
  return Math.round((labelled.filter(([a, b]) => a === b).length / labelled.length) * 10_000) / 10_000;
}

function corpusDigest(examples: readonly LabeledExample[]): string {
  const hash = createHash('sha256');
  for (const e of examples) hash.update(`${e.category}\u0000${e.subject}\u0000${e.description}\u0000${e.weight ?? 1}\u0001`);
  return hash.digest('hex');
}

/**
 * Per category, the log of the share expected in use over the share the training assumed (even
 * under balanced weights, the weighted share otherwise): added to a logit, it turns the model's
 * odds into those of the tickets it will see (prior correction).
 */
function priorShift(params: TrainingParameters, labels: readonly number[], weights: readonly number[]): number[] {
  const named = params.deploymentPriors ?? {};
  const K = CATEGORIES.length;
  const given = CATEGORIES.map((c) => named[c]);
  for (const [c, share] of Object.entries(named)) {
    if (!CATEGORIES.includes(c as TicketCategory)) throw new Error(`deploymentPriors names an unknown category ${c}`);
    if (typeof share !== 'number' || !(share > 0 && share < 1)) throw new Error(`deploymentPriors.${c} must be a share between 0 and 1, got ${String(share)}`);
  }
  const namedTotal = given.reduce<number>((sum, share) => sum + (share ?? 0), 0);
  const unnamed = given.filter((share) => share === undefined).length;
  if (namedTotal >= 1 || (unnamed === 0 && Math.abs(namedTotal - 1) > 1e-6)) throw new Error(`deploymentPriors must leave a share for every category (they add up to ${namedTotal})`);
  const trained = new Array<number>(K).fill(0);
  if (params.classWeight === 'balanced') trained.fill(1 / K);
  else {
    const total = weights.reduce((sum, w) => sum + w, 0);
    labels.forEach((y, i) => (trained[y]! += weights[i]! / total));
  }
  return given.map((share, c) => Math.log((share ?? (1 - namedTotal) / unnamed) / trained[c]!));
}

/**
 * Trains the embedded classifier: hashed TF-IDF word and character n-grams, softmax regression by
 * seeded SGD, temperature scaling fitted on grouped cross-validation, and a final fit on all
 * examples. Pure and deterministic: the same examples and options give the same model file.
 */
export function trainModel(examples: readonly LabeledExample[], options: TrainOptions): ModelFile {
  if (examples.length < CATEGORIES.length) throw new Error(`need at least ${CATEGORIES.length} examples to train, got ${examples.length}`);
  const params: TrainingParameters = {
    seed: options.seed ?? DEFAULT_TRAINING.seed,
    epochs: options.epochs ?? DEFAULT_TRAINING.epochs,
    learningRate: options.learningRate ?? DEFAULT_TRAINING.learningRate,
    l2: options.l2 ?? DEFAULT_TRAINING.l2,
    classWeight: options.classWeight ?? DEFAULT_TRAINING.classWeight,
    folds: options.folds ?? DEFAULT_TRAINING.folds,
    naiveBayesPrior: options.naiveBayesPrior ?? DEFAULT_TRAINING.naiveBayesPrior,
    naiveBayesAlpha: options.naiveBayesAlpha ?? DEFAULT_TRAINING.naiveBayesAlpha,
    deploymentPriors: options.deploymentPriors ?? DEFAULT_TRAINING.deploymentPriors,
  };
  const config: FeatureConfig = { ...DEFAULT_FEATURE_CONFIG, ...options.features };
  const vectorConfig = { ...DEFAULT_FEATURE_CONFIG.wordVectors!, ...options.features?.wordVectors };
  const vectors = vectorConfig.weight > 0 ? (options.wordVectors ?? WordVectors.shipped()) : null;
  if (vectors) config.wordVectors = { weight: vectorConfig.weight, smoothing: vectorConfig.smoothing, digest: vectors.digest, dimensions: vectors.dimensions };
  else delete config.wordVectors;
  const extractor = new FeatureExtractor(config);
  const dimension = extractor.dimension;
  const classIndex = new Map<TicketCategory, number>(CATEGORIES.map((c, i) => [c, i]));
  const labels = examples.map((e) => {
    const y = classIndex.get(e.category);
    if (y === undefined) throw new Error(`unknown category ${String(e.category)}`);
    return y;
  });
  const raw = examples.map((e) => extractor.extract(e));
  const texts: Texts = {
    raw,
    dense: vectors
      ? raw.map((r) => {
          const out = new Float32Array(vectors.dimensions);
          vectors.embed(r.tokens, vectorConfig.smoothing, vectorConfig.weight, out);
          return out;
        })
      : null,
  };
  const weights = examples.map((e) => (e.weight !== undefined && Number.isFinite(e.weight) && e.weight > 0 ? e.weight : 1));

  let temperature = 1;
  let evaluation: ModelEvaluation | null = null;
  const folds = params.folds;
  if (folds >= 2) {
    const foldIds = examples.map((e, i) => foldOf(e, i, folds));
    const logits: Float64Array[] = new Array(examples.length);
    for (let f = 0; f < folds; f++) {
      const trainIdx = foldIds.flatMap((id, i) => (id === f ? [] : [i]));
      const testIdx = foldIds.flatMap((id, i) => (id === f ? [i] : []));
      if (trainIdx.length === 0 || testIdx.length === 0) continue;
      const part = fit(
        { raw: select(raw, trainIdx), dense: texts.dense && select(texts.dense, trainIdx) },
        select(labels, trainIdx),
        select(weights, trainIdx),
        config,
        { ...params, seed: params.seed + f + 1 },
        dimension,
      );
      for (const i of testIdx) {
        const x = withDenseBlock(weightFeatures(raw[i]!, part.idf, config), texts.dense?.[i] ?? null, config);
        logits[i] = Float64Array.from(scoreInto(part.model, x, new Float64Array(CATEGORIES.length)));
      }
    }
    const scored = logits.flatMap((l, i) => (l ? [i] : []));
    temperature = fitTemperature(
      scored.map((i) => logits[i]!),
      scored.map((i) => labels[i]!),
    );
    const sentiment = new TicketSentimentAnalyzer();
    const predictions: ScoredPrediction[] = [];
    const urgencyPairs: [string | undefined, string][] = [];
    const impactPairs: [string | undefined, string][] = [];
    const sentimentPairs: [string | undefined, string][] = [];
    for (const i of scored) {
      const p = softmaxInPlace(Float64Array.from(logits[i]!), temperature);
      let best = 0;
      for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
      const e = examples[i]!;
      predictions.push({ actual: e.category, predicted: CATEGORIES[best]!, confidence: p[best]! });
      const ui = judgeUrgencyImpact(e.subject, e.description, CATEGORIES[best]!);
      urgencyPairs.push([e.urgency, ui.urgency]);
      impactPairs.push([e.impact, ui.impact]);
      if (e.sentiment) sentimentPairs.push([e.sentiment, sentiment.analyze(`${e.subject}\n${e.description}`).sentiment]);
    }
    evaluation = {
      method: `${folds}-fold cross-validation, folds grouped by scenario so held-out requests are of kinds not trained on`,
      folds,
      report: classificationReport(predictions, CATEGORIES),
      urgencyAccuracy: levelAccuracy(urgencyPairs),
      impactAccuracy: levelAccuracy(impactPairs),
      sentimentAccuracy: levelAccuracy(sentimentPairs),
    };
  }

  const final = fit(texts, labels, weights, config, params, dimension);
  const classCounts: Record<string, number> = {};
  for (const c of CATEGORIES) classCounts[c] = 0;
  for (const e of examples) classCounts[e.category]!++;
  const shift = priorShift(params, labels, weights);
  const body = {
    classes: [...CATEGORIES],
    features: config,
    temperature,
    // Logits are divided by the temperature before the softmax: the shift is scaled to survive it.
    bias: Array.from(final.model.bias, (b, c) => Math.fround(b + shift[c]! * temperature)),
    idf: encodeFloat32(final.idf),
    weights: encodeFloat32(final.model.weights),
  };
  return {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    version: `${MODEL_FORMAT_VERSION}.${modelDigest(body)}`,
    trainedAt: options.trainedAt,
    trainingSize: examples.length,
    classCounts,
    corpusDigest: corpusDigest(examples),
    classes: body.classes,
    features: body.features,
    training: params,
    temperature: body.temperature,
    evaluation,
    bias: body.bias,
    idf: body.idf,
    weights: body.weights,
  };
}
