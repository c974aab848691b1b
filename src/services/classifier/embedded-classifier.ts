import type { ClassificationResult } from '../../entities/classification.value';
import { Level, TicketCategory } from '../../entities/enums';
import type { Classifier, ClassifyOptions, TicketText } from './classifier';
import { scoreInto, softmaxInPlace, type LinearWeights } from './linear-model';
import { decodeModel, ModelFileError, readModelFile, type ModelEvaluation, type ModelFile } from './model-file';
import { priorityFor } from './priority-matrix';
import {
  cleanTicketText, FeatureExtractor, ORIGIN_BIGRAM, weightFeatures, type FeatureConfig, type RawFeatures, type SparseVector,
} from './text-features';
import { TicketSentimentAnalyzer } from './ticket-sentiment';
import { judgeUrgencyImpact, type UrgencyImpact } from './urgency-impact';
import { WordVectors, WordVectorScorer } from './word-vectors';
import { MODEL_CALLS } from '../ai-status/model-calls';

/** What the API shows about the loaded model (`classifierInfo`). */
export interface EmbeddedClassifierInfo {
  model: string;
  version: string;
  trainedAt: string;
  trainingSize: number;
  classCounts: Record<string, number>;
  corpusDigest: string;
  temperature: number;
  evaluation: ModelEvaluation | null;
}

const CATEGORY_NAMES: Record<TicketCategory, string> = {
  [TicketCategory.ACCOUNT_ACCESS]: 'Account access',
  [TicketCategory.TECHNICAL_ISSUE]: 'Technical issue',
  [TicketCategory.BILLING_QUESTION]: 'Billing question',
  [TicketCategory.FEATURE_REQUEST]: 'Feature request',
  [TicketCategory.BUG_REPORT]: 'Bug report',
  [TicketCategory.OTHER]: 'Other request',
};

/** Words too common to explain anything; they still count as features. */
const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as is are was were be been being am do does did doing have has had ' +
    'i me my mine we us our you your he she it its they them their this that these those there here what which who whom whose ' +
    'when where why how can could would should will shall may might must not no so than too very just also only about into over ' +
    'after before again up down out off then once all any some such own same other both each few more most 0 hi hello dear thanks ' +
    'thank please regards team support customer hey im ive id youre its dont cant wont isnt arent doesnt didnt get got one ' +
    'would like want need know let help writing reaching hope message well since every says say said wanted possible still yet ' +
    'already even though although because while during through until today yesterday tomorrow now time times last next first ' +
    'way thing things something anything nothing really much many lot ok okay able make made go going went see use used using ' +
    'try tried trying tell told ask asked give take come find found am pm etc via per one two three minute minutes hour hours ' +
    'day days week weeks month months year years'
  ).split(' '),
);

const MAX_KEYWORDS = 5;

interface Candidate {
  text: string;
  score: number;
  tokens: number[];
}

/**
 * The embedded, offline ticket classifier: a linear model over hashed word and character n-grams
 * and averaged word vectors (category and calibrated confidence), explicit urgency and impact cues
 * (priority through the matrix) and a lexicon sentiment. Loads in under 100 milliseconds and needs
 * no network.
 */
export class EmbeddedClassifier implements Classifier {
  readonly model: string;
  private readonly extractor: FeatureExtractor;
  private readonly config: FeatureConfig;
  private readonly weights: LinearWeights;
  private readonly idf: Float32Array;
  private readonly classes: TicketCategory[];
  private readonly temperature: number;
  private readonly sentiment = new TicketSentimentAnalyzer();
  private readonly logits: Float64Array;
  /** The weighted vector of the ticket being classified, kept for the explanation. */
  private lastVector: SparseVector | null = null;
  private readonly file: ModelFile;
  private readonly wordVectors: WordVectorScorer | null;

  private constructor(file: ModelFile, vectors?: WordVectors) {
    const decoded = decodeModel(file);
    this.file = file;
    this.config = file.features;
    this.extractor = new FeatureExtractor(file.features);
    this.classes = file.classes;
    this.idf = decoded.idf;
    this.temperature = file.temperature;
    const wanted = file.features.wordVectors;
    const table = wanted ? (vectors ?? WordVectors.shipped()) : null;
    if (wanted && table && (table.digest !== wanted.digest || table.dimensions !== wanted.dimensions)) {
      throw new ModelFileError(`the model was trained with word-vector table ${wanted.digest ?? '?'}, but the table at hand is ${table.digest}`);
    }
    const dimension = this.extractor.dimension + (table?.dimensions ?? 0);
    this.weights = { classCount: file.classes.length, dimension, weights: decoded.weights, bias: decoded.bias };
    this.wordVectors = table ? new WordVectorScorer(table, decoded.weights, this.extractor.dimension, file.classes.length) : null;
    this.logits = new Float64Array(file.classes.length);
    this.model = `embedded-linear@${file.version}`;
  }

  /**
   * Reads and checks a model file (e.g. `models/classifier.json`); throws ModelFileError when it is
   * unusable. A model with a word-vector block uses the shipped table unless given another.
   */
  static load(file: string, vectors?: WordVectors): EmbeddedClassifier {
    return new EmbeddedClassifier(readModelFile(file), vectors);
  }

  /** From a model in memory, e.g. just returned by `trainModel`. */
  static fromModel(model: ModelFile, vectors?: WordVectors): EmbeddedClassifier {
    return new EmbeddedClassifier(model, vectors);
  }

  get info(): EmbeddedClassifierInfo {
    const f = this.file;
    return {
      model: this.model,
      version: f.version,
      trainedAt: f.trainedAt,
      trainingSize: f.trainingSize,
      classCounts: f.classCounts,
      corpusDigest: f.corpusDigest,
      temperature: f.temperature,
      evaluation: f.evaluation,
    };
  }

  classify(ticket: TicketText, options?: ClassifyOptions): Promise<ClassificationResult> {
    if (options?.signal?.aborted) return Promise.reject(options.signal.reason ?? new Error('classification aborted'));
    try {
      return Promise.resolve(MODEL_CALLS.embeddedClassifier.time(() => this.classifySync(ticket)));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Class probabilities (calibrated) in `classes` order; exposed for evaluation. */
  probabilities(ticket: TicketText): { classes: TicketCategory[]; probabilities: number[] } {
    const raw = this.extractor.extract(ticket);
    const p = this.score(raw);
    return { classes: [...this.classes], probabilities: Array.from(p) };
  }

  classifySync(ticket: TicketText): ClassificationResult {
    const subject = typeof ticket?.subject === 'string' ? ticket.subject : '';
    const description = typeof ticket?.description === 'string' ? ticket.description : '';
    const raw = this.extractor.extract({ subject, description });
    const p = this.score(raw);
    let best = 0;
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
    const category = this.classes[best]!;
    // Nothing to read (empty, emoji only): the model's prior is all there is, so say "other".
    const empty = raw.tokens.length === 0;
    const finalCategory = empty ? TicketCategory.OTHER : category;
    // A linear model is never certain; 0.999 keeps that visible after rounding.
    const confidence = empty ? Math.min(p[this.classes.indexOf(TicketCategory.OTHER)] ?? 0, 0.3) : Math.min(p[best]!, 0.999);
    let runnerUp: { category: TicketCategory; probability: number } | null = null;
    if (!empty && p[best]! < 0.6) {
      let second = best === 0 ? 1 : 0;
      for (let c = 0; c < p.length; c++) if (c !== best && p[c]! > p[second]!) second = c;
      runnerUp = { category: this.classes[second]!, probability: p[second]! };
    }
    const keywords = empty ? [] : this.keywords(raw, this.lastVector!, best);
    const cleanSubject = cleanTicketText(subject.slice(0, 1000));
    const cleanDescription = cleanTicketText(description.slice(0, this.config.maxChars * 2));
    const signals = judgeUrgencyImpact(cleanSubject, cleanDescription, finalCategory, this.config.maxChars);
    const sentiment = this.sentiment.analyze(`${cleanSubject}\n${cleanDescription}`, this.config.maxChars).sentiment;
    return {
      category: finalCategory,
      priority: priorityFor(signals.urgency, signals.impact),
      urgency: signals.urgency,
      impact: signals.impact,
      sentiment,
      confidence: Math.round(confidence * 10_000) / 10_000,
      reasoning: reasoningSentence(finalCategory, keywords, signals, empty, runnerUp),
      keywords,
      model: this.model,
      tokensUsed: 0,
    };
  }

  private score(raw: RawFeatures): Float64Array {
    const x = weightFeatures(raw, this.idf, this.config);
    this.lastVector = x;
    scoreInto(this.weights, x, this.logits);
    if (this.wordVectors) {
      const { smoothing, weight } = this.config.wordVectors!;
      this.wordVectors.addScores(raw.tokens, smoothing, weight, this.logits);
    }
    return softmaxInPlace(this.logits, this.temperature);
  }

  /**
   * The features that pushed most toward the chosen class, relative to the other classes, as
   * words or two-word phrases of the ticket: character n-grams count toward the word they came from.
   */
  private keywords(raw: RawFeatures, x: SparseVector, target: number): string[] {
    const k = this.classes.length;
    const w = this.weights.weights;
    const wordScore = new Float64Array(raw.tokens.length);
    const bigramScore = new Float64Array(raw.tokens.length);
    for (let n = 0; n < x.indices.length; n++) {
      const base = x.indices[n]! * k;
      let others = 0;
      for (let c = 0; c < k; c++) if (c !== target) others += w[base + c]!;
      const contribution = x.values[n]! * (w[base + target]! - others / (k - 1));
      const origin = raw.origins[n]!;
      if (origin & ORIGIN_BIGRAM) bigramScore[origin & ~ORIGIN_BIGRAM]! += contribution;
      else wordScore[origin]! += contribution;
    }
    this.wordVectors?.addShares(target, wordScore);
    const tokens = raw.tokens;
    const useful = (t: number): boolean => !STOPWORDS.has(tokens[t]!) && tokens[t]!.length > 1;
    const byText = new Map<string, Candidate>();
    const consider = (c: Candidate): void => {
      const seen = byText.get(c.text);
      if (!seen || seen.score < c.score) byText.set(c.text, c);
    };
    for (let t = 0; t < tokens.length; t++) {
      if (useful(t) && wordScore[t]! > 0) consider({ text: tokens[t]!, score: wordScore[t]!, tokens: [t] });
      const u = t + 1;
      if (u < tokens.length && bigramScore[t]! > 0 && useful(t) && useful(u)) {
        // A phrase is shown only when the pair itself carries weight, not just its words.
        const phrase = bigramScore[t]! + Math.max(0, wordScore[t]!) + Math.max(0, wordScore[u]!);
        if (bigramScore[t]! > 0.25 * Math.max(wordScore[t]!, wordScore[u]!)) consider({ text: `${tokens[t]} ${tokens[u]}`, score: phrase, tokens: [t, u] });
      }
    }
    const ranked = [...byText.values()].sort((a, b) => b.score - a.score || (a.text < b.text ? -1 : 1));
    const chosen: Candidate[] = [];
    const used = new Set<string>();
    for (const c of ranked) {
      const words = c.text.split(' ');
      if (words.some((wd) => used.has(wd))) continue;
      chosen.push(c);
      for (const wd of words) used.add(wd);
      if (chosen.length === MAX_KEYWORDS) break;
    }
    return chosen.map((c) => c.text);
  }
}

function quoteList(items: readonly string[]): string {
  const quoted = items.map((s) => `'${s}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

const IMPACT_DEFAULT: Record<Level, string> = {
  [Level.LOW]: 'one customer',
  [Level.MEDIUM]: 'a group of users',
  [Level.HIGH]: 'many users',
};

function reasoningSentence(
  category: TicketCategory,
  keywords: readonly string[],
  signals: UrgencyImpact,
  empty: boolean,
  runnerUp: { category: TicketCategory; probability: number } | null,
): string {
  // A close call names the runner-up, so an agent knows where to look first if it is wrong.
  const name = runnerUp
    ? `${CATEGORY_NAMES[category]} (ahead of ${CATEGORY_NAMES[runnerUp.category].toLowerCase()} at ${Math.round(runnerUp.probability * 100)}%)`
    : CATEGORY_NAMES[category];
  const head = empty
    ? `${name}: the ticket has no words to read`
    : keywords.length > 0
      ? `${name}: ${quoteList(keywords.slice(0, 3))} weighed most`
      : `${name}: no single word stood out`;
  const urgency =
    signals.urgencyCues.length > 0
      ? `urgency ${signals.urgency} from '${signals.urgencyCues[0]}'`
      : `urgency ${signals.urgency} (${signals.urgency === Level.LOW ? 'no time pressure stated' : 'a problem, no deadline stated'})`;
  const impact = signals.impactCues.length > 0 ? `impact ${signals.impact} from '${signals.impactCues[0]}'` : `impact ${signals.impact} (${IMPACT_DEFAULT[signals.impact]})`;
  return `${head}; ${urgency}, ${impact}.`;
}
