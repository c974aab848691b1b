import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { TicketCategory } from '../../entities/enums';
import type { ClassificationReport } from './classification-metrics';
import type { FeatureConfig } from './text-features';

export const MODEL_FORMAT = 'ticketgraph/embedded-linear';
/**
 * Bump when the file layout or the meaning of a field changes; loaders refuse versions they do not
 * know. Version 2 added the word-vector block (`features.wordVectors`); version 1 files, which
 * have none, still load.
 */
export const MODEL_FORMAT_VERSION = 2;
const READABLE_VERSIONS = new Set([1, 2]);

/** How the training run measured itself on examples it did not train on (shown by `classifierInfo`). */
export interface ModelEvaluation {
  /** e.g. "4-fold cross-validation grouped by scenario". */
  method: string;
  folds: number;
  report: ClassificationReport;
  /** Accuracy of urgency and impact judged by the signal rules, where the corpus labels them. */
  urgencyAccuracy: number | null;
  impactAccuracy: number | null;
  sentimentAccuracy: number | null;
}

/** Hyper-parameters of a training run, resolved (no defaults left implicit). */
export interface TrainingParameters {
  seed: number;
  epochs: number;
  learningRate: number;
  l2: number;
  classWeight: 'balanced' | 'none';
  folds: number;
  /**
   * Scale of the naive Bayes log-count ratios the regression starts from and is regularised toward
   * (NB-LR); 0 trains plain logistic regression. Absent in older model files, which mean 0.
   */
  naiveBayesPrior: number;
  /** Add-alpha smoothing of those naive Bayes counts. */
  naiveBayesAlpha: number;
  /**
   * The share of each category expected among the tickets the model will see, where it differs
   * from the even share that balanced class weights train for; the categories not named share
   * what is left evenly. Applied as a shift of the final biases. Absent in older model files.
   */
  deploymentPriors?: Partial<Record<TicketCategory, number>>;
}

/** The versioned model file: JSON, with the numeric arrays as base64 of little-endian float32. */
export interface ModelFile {
  format: typeof MODEL_FORMAT;
  formatVersion: number;
  /** `<formatVersion>.<content digest>`: the same corpus and parameters give the same version. */
  version: string;
  trainedAt: string;
  trainingSize: number;
  /** Examples per category in the training data. */
  classCounts: Record<string, number>;
  /** SHA-256 of the training examples, so a model can be traced to its corpus. */
  corpusDigest: string;
  classes: TicketCategory[];
  features: FeatureConfig;
  training: TrainingParameters;
  /** Divides the logits before the softmax (temperature scaling). */
  temperature: number;
  evaluation: ModelEvaluation | null;
  bias: number[];
  idf: string;
  weights: string;
}

/** The decoded arrays of a model file. */
export interface DecodedModel {
  file: ModelFile;
  idf: Float32Array;
  weights: Float32Array;
  bias: Float64Array;
}

export class ModelFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelFileError';
  }
}

function assertLittleEndian(): void {
  // Typed arrays use the machine's byte order; every platform Node 20 ships for is little-endian.
  if (os.endianness() !== 'LE') throw new ModelFileError('model files are little-endian; this machine is big-endian');
}

export function encodeFloat32(values: Float32Array): string {
  assertLittleEndian();
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

export function decodeFloat32(base64: string, expectedLength: number, field: string): Float32Array {
  assertLittleEndian();
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.byteLength !== expectedLength * 4) {
    throw new ModelFileError(`model field "${field}" has ${bytes.byteLength / 4} values, expected ${expectedLength}`);
  }
  // Copy into an aligned buffer: a Buffer may start at any byte offset of its pool.
  const out = new Float32Array(expectedLength);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/** Digest of everything that decides predictions, used as the model version. */
export function modelDigest(parts: Pick<ModelFile, 'classes' | 'features' | 'temperature' | 'bias' | 'idf' | 'weights'>): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ classes: parts.classes, features: parts.features, temperature: parts.temperature, bias: parts.bias }));
  hash.update(parts.idf);
  hash.update(parts.weights);
  return hash.digest('hex').slice(0, 12);
}

const CATEGORY_SET = new Set<string>(Object.values(TicketCategory));

/** Checks a parsed model file and decodes its arrays; a wrong file fails here, not on the first ticket. */
export function decodeModel(value: unknown): DecodedModel {
  if (typeof value !== 'object' || value === null) throw new ModelFileError('model file is not a JSON object');
  const file = value as ModelFile;
  if (file.format !== MODEL_FORMAT) throw new ModelFileError(`not a ${MODEL_FORMAT} model (format: ${String(file.format)})`);
  if (!READABLE_VERSIONS.has(file.formatVersion)) {
    throw new ModelFileError(`model format version ${String(file.formatVersion)} is not supported (expected 1 to ${MODEL_FORMAT_VERSION})`);
  }
  if (!Array.isArray(file.classes) || file.classes.length < 2 || file.classes.some((c) => !CATEGORY_SET.has(c))) {
    throw new ModelFileError('model classes must be TicketCategory values');
  }
  const bits = file.features?.hashBits;
  if (!Number.isInteger(bits) || bits < 8 || bits > 24) throw new ModelFileError('model features.hashBits must be an integer in 8..24');
  if (!(file.temperature > 0)) throw new ModelFileError('model temperature must be positive');
  const vectors = file.features.wordVectors;
  if (vectors && (typeof vectors.digest !== 'string' || !Number.isInteger(vectors.dimensions) || !(vectors.dimensions! > 0) || !(vectors.weight > 0) || !(vectors.smoothing > 0))) {
    throw new ModelFileError('model features.wordVectors needs a digest, a positive integer dimensions, a positive weight and a positive smoothing');
  }
  const hashDimension = 1 << bits;
  const dimension = hashDimension + (vectors?.dimensions ?? 0);
  const k = file.classes.length;
  if (!Array.isArray(file.bias) || file.bias.length !== k) throw new ModelFileError(`model bias must have ${k} values`);
  return {
    file,
    idf: decodeFloat32(file.idf, hashDimension, 'idf'),
    weights: decodeFloat32(file.weights, dimension * k, 'weights'),
    bias: Float64Array.from(file.bias),
  };
}

export function readModelFile(path: string): ModelFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ModelFileError(`cannot read model file ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as ModelFile;
  } catch (error) {
    throw new ModelFileError(`model file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Stable serialisation: the same model gives the same bytes. */
export function serializeModel(model: ModelFile): string {
  return `${JSON.stringify(model)}\n`;
}
