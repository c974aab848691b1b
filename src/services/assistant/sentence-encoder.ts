import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config';
import type { LabeledExample } from '../classifier/corpus-loader';
import { tokenize } from '../classifier/text-features';
import { WordVectors } from '../classifier/word-vectors';
import { MODEL_CALLS } from '../ai-status/model-calls';
import { STOP_WORDS } from './stop-words';
import { readConcepts } from './support-lexicon';

// Sentence vectors for meaning, from three sources the project has:
//
// 1. The shipped GloVe words averaged with smooth-inverse-frequency weights, minus the component
//    every sentence shares (Arora, Liang and Ma 2017). A plain average is dominated by what all
//    questions have in common ("how do I ... my ..."), so two unrelated questions look alike; with
//    frequent words weighed down and the common direction removed, "I forgot my password" lands
//    near "How do I reset my password?" and far from "What is the capital of Australia?".
// 2. What the project's own corpus teaches: its tickets come in scenarios, each a kind of request
//    written many ways, so words that turn up in the same scenarios mean the same in support
//    requests ("reimbursement" and "refund", "locked" and "blocked"), whatever GloVe's news text
//    says. Each word gets its positive pointwise mutual information with every scenario; a
//    sentence is the weighted sum of its words' profiles.
// 3. What support staff know: a hand-written lexicon of the ways customers say the same thing
//    (support-lexicon.ts), for the paraphrases neither GloVe nor the corpus connect.
//
// The corpus part and the common component are built once from the corpus (`npm run
// build:sentence-model`) into `models/sentence-model.json`, so serving reads no corpus.

export const SHIPPED_SENTENCE_MODEL = path.join(PROJECT_ROOT, 'models', 'sentence-model.json');
export const SENTENCE_MODEL_VERSION = 'sif-glove+corpus-ppmi@1';

/** The `a` of smooth inverse frequency: the smaller, the less frequent words count. */
export const SMOOTHING = 3e-4;
/** A corpus word must appear in this many tickets to get a profile. */
const MIN_DOCUMENT_FREQUENCY = 3;
/** Corpus texts the common component is estimated from (every n-th), and the characters read of each. */
const COMPONENT_SAMPLE_STEP = 20;
const COMPONENT_TEXT_CHARS = 300;

/** The file `build` writes. */
export interface SentenceModelFile {
  version: string;
  /** GloVe table digest the common component was computed with. */
  wordVectorsDigest: string;
  smoothing: number;
  commonComponent: number[];
  /** Number of corpus scenarios: the width of a profile. */
  scenarios: number;
  /** Per word, its profile as [scenario, value, scenario, value, ...] (unit length). */
  profiles: Record<string, number[]>;
}

/** A text's three vectors (GloVe and concepts of unit length, corpus at most), each null when it knows none of the text's words. */
export interface SentenceVectors {
  glove: Float32Array | null;
  corpus: Float32Array | null;
  /** The support concepts it expresses (support-lexicon.ts). */
  concepts: Float32Array | null;
  /** The share of its words those concepts cover, 0-1. */
  conceptCoverage: number;
}

export class SentenceModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SentenceModelError';
  }
}

export class SentenceEncoder {
  readonly version = SENTENCE_MODEL_VERSION;
  private readonly commonComponent: Float32Array;
  private readonly profiles: Map<string, { indices: Uint16Array; values: Float32Array }>;
  readonly scenarios: number;
  /** Width of the GloVe vector. */
  readonly dimensions: number;
  private readonly scratch: Float32Array;

  constructor(
    private readonly vectors: WordVectors,
    file: SentenceModelFile,
  ) {
    if (file.version !== SENTENCE_MODEL_VERSION) throw new SentenceModelError(`sentence model is ${file.version}, expected ${SENTENCE_MODEL_VERSION}`);
    if (file.wordVectorsDigest !== vectors.digest) {
      throw new SentenceModelError(`sentence model was built with word vectors ${file.wordVectorsDigest}, not ${vectors.digest}: rebuild it`);
    }
    this.commonComponent = Float32Array.from(file.commonComponent);
    this.scenarios = file.scenarios;
    this.profiles = new Map();
    for (const [word, pairs] of Object.entries(file.profiles)) {
      const indices = new Uint16Array(pairs.length / 2);
      const values = new Float32Array(pairs.length / 2);
      for (let i = 0; i < indices.length; i++) {
        indices[i] = pairs[2 * i]!;
        values[i] = pairs[2 * i + 1]!;
      }
      this.profiles.set(word, { indices, values });
    }
    this.dimensions = vectors.dimensions;
    this.scratch = new Float32Array(vectors.dimensions);
  }

  private static shippedEncoder: SentenceEncoder | undefined;

  /** The model in `models/`, read once per process. */
  static shipped(): SentenceEncoder {
    SentenceEncoder.shippedEncoder ??= SentenceEncoder.read(SHIPPED_SENTENCE_MODEL, WordVectors.shipped());
    return SentenceEncoder.shippedEncoder;
  }

  static read(file: string, vectors: WordVectors): SentenceEncoder {
    let parsed: SentenceModelFile;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8')) as SentenceModelFile;
    } catch (error) {
      throw new SentenceModelError(`cannot read sentence model ${file}: ${(error as Error).message}`);
    }
    return new SentenceEncoder(vectors, parsed);
  }

  /** Builds the model file from a corpus of scenario-labelled examples. */
  static build(vectors: WordVectors, corpus: readonly LabeledExample[]): SentenceModelFile {
    const scenarioIndex = new Map<string, number>();
    for (const example of corpus) if (example.group && !scenarioIndex.has(example.group)) scenarioIndex.set(example.group, scenarioIndex.size);
    const scenarios = scenarioIndex.size;
    if (scenarios === 0) throw new SentenceModelError('the corpus has no scenarios');
    const counts = new Map<string, Float64Array>();
    const perScenario = new Float64Array(scenarios);
    let total = 0;
    for (const example of corpus) {
      const scenario = example.group === undefined ? undefined : scenarioIndex.get(example.group);
      if (scenario === undefined) continue;
      for (const word of new Set(tokenize(`${example.subject} ${example.description}`))) {
        let row = counts.get(word);
        if (!row) counts.set(word, (row = new Float64Array(scenarios)));
        row[scenario]!++;
        perScenario[scenario]!++;
        total++;
      }
    }
    const profiles: Record<string, number[]> = {};
    for (const word of [...counts.keys()].sort()) {
      const row = counts.get(word)!;
      let frequency = 0;
      for (const n of row) frequency += n;
      if (frequency < MIN_DOCUMENT_FREQUENCY) continue;
      const pairs: number[] = [];
      let norm = 0;
      for (let s = 0; s < scenarios; s++) {
        if (row[s] === 0) continue;
        const pmi = Math.log((row[s]! * total) / (frequency * perScenario[s]!));
        if (pmi <= 0) continue;
        pairs.push(s, pmi);
        norm += pmi * pmi;
      }
      if (norm === 0) continue;
      norm = Math.sqrt(norm);
      for (let i = 1; i < pairs.length; i += 2) pairs[i] = Math.round((pairs[i]! / norm) * 1000) / 1000;
      profiles[word] = pairs;
    }
    const sample = corpus
      .filter((_, i) => i % COMPONENT_SAMPLE_STEP === 0)
      .map((e) => `${e.subject} ${e.description}`.slice(0, COMPONENT_TEXT_CHARS));
    const commonComponent = Array.from(firstComponent(vectors, sample), (v) => Math.round(v * 1e6) / 1e6);
    return { version: SENTENCE_MODEL_VERSION, wordVectorsDigest: vectors.digest, smoothing: SMOOTHING, commonComponent, scenarios, profiles };
  }

  /** `coverage` false: the concepts' coverage is not measured (1), as for a knowledge-base entry. */
  encode(text: string, coverage = true): SentenceVectors {
    return MODEL_CALLS.sentenceVectors.time(() => {
      const tokens = contentWords(text);
      const concepts = readConcepts(text, coverage);
      return { glove: this.glove(tokens), corpus: this.corpus(tokens), concepts: concepts.vector, conceptCoverage: concepts.coverage };
    });
  }

  /** Whether the shipped model is in memory yet (it loads at its first use). */
  static get shippedLoaded(): boolean {
    return SentenceEncoder.shippedEncoder !== undefined;
  }

  private glove(tokens: readonly string[]): Float32Array | null {
    if (this.vectors.embed(tokens, SMOOTHING, 1, this.scratch) === 0) return null;
    const out = Float32Array.from(this.scratch);
    const projection = dot(out, this.commonComponent);
    for (let d = 0; d < out.length; d++) out[d] = out[d]! - projection * this.commonComponent[d]!;
    return normalised(out);
  }

  /**
   * The corpus vector, shortened by the share of the text's weight the corpus knows: a question
   * about lasagna or the weather, whose telling words support requests never use, is judged only
   * by the few that remain ("recommend", "good") and should count little.
   */
  private corpus(tokens: readonly string[]): Float32Array | null {
    const out = new Float32Array(this.scenarios);
    let known = 0;
    let total = 0;
    for (const token of tokens) {
      const row = this.vectors.row(token);
      // A word GloVe does not know (a product name, "2fa") counts fully.
      const weight = row >= 0 ? this.vectors.weightOf(row, SMOOTHING) : 1;
      if (weight === 0) continue;
      const profile = this.profiles.get(token);
      if (!profile && row < 0) continue;
      total += weight;
      if (!profile) continue;
      known += weight;
      for (let i = 0; i < profile.indices.length; i++) out[profile.indices[i]!]! += weight * profile.values[i]!;
    }
    const unit = known > 0 ? normalised(out) : null;
    if (!unit) return null;
    const coverage = known / total;
    for (let d = 0; d < unit.length; d++) unit[d] = unit[d]! * coverage;
    return unit;
  }
}

/** The first principal component of the texts' SIF-weighted mean vectors, by power iteration. */
function firstComponent(vectors: WordVectors, texts: readonly string[]): Float32Array {
  const dims = vectors.dimensions;
  const rows: Float32Array[] = [];
  for (const text of texts) {
    const row = new Float32Array(dims);
    if (vectors.embed(contentWords(text), SMOOTHING, 1, row) !== 0) rows.push(row);
  }
  let direction = new Float64Array(dims).fill(1 / Math.sqrt(dims));
  for (let iteration = 0; iteration < 100; iteration++) {
    const next = new Float64Array(dims);
    for (const row of rows) {
      const p = dot(row, direction);
      for (let d = 0; d < dims; d++) next[d] = next[d]! + p * row[d]!;
    }
    const norm = Math.sqrt(dot(next, next)) || 1;
    for (let d = 0; d < dims; d++) next[d] = next[d]! / norm;
    direction = next;
  }
  return Float32Array.from(direction);
}

function contentWords(text: string): string[] {
  return tokenize(text).filter((token) => !STOP_WORDS.has(token));
}

function normalised(v: Float32Array): Float32Array | null {
  const norm = Math.sqrt(dot(v, v));
  if (norm === 0) return null;
  for (let d = 0; d < v.length; d++) v[d] = v[d]! / norm;
  return v;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += a[d]! * b[d]!;
  return sum;
}

/** Cosine of two unit vectors, 0 when either is missing. */
export function cosine(a: Float32Array | null, b: Float32Array | null): number {
  return a && b ? dot(a, b) : 0;
}
