import type { TicketText } from './classifier';

/** How text becomes a sparse vector; stored in the model file so training and serving agree. */
export interface FeatureConfig {
  /** Number of hash buckets is 2^hashBits. */
  hashBits: number;
  /** Character n-grams of each word (padded with spaces) from this length ... */
  charMin: number;
  /** ... to this length. */
  charMax: number;
  /** Weight of the word block (unigrams + bigrams) after its own L2 normalisation. */
  wordWeight: number;
  /** Weight of the character block after its own L2 normalisation. */
  charWeight: number;
  /** Only the first characters of a long ticket are read: the request is stated early, and cost stays bounded. */
  maxChars: number;
  /**
   * Buckets seen in fewer training texts than this get no weight (IDF 0). A feature the training
   * never saw carries no evidence, and left in it would only dilute the normalised vector: a long
   * ticket full of unfamiliar product names would drift toward the class priors. Training only;
   * absent in older model files, which behave as 0.
   */
  minDf?: number;
  /** Averaged pre-trained word vectors as a dense block after the hashed buckets; absent: none. */
  wordVectors?: WordVectorConfig;
}

/** The dense block of word vectors (see word-vectors.ts). */
export interface WordVectorConfig {
  /** The block is the weighted mean of the words' vectors times this; 0 turns the block off. */
  weight: number;
  /** The `a` of smooth inverse frequency: how little frequent words count in the average. */
  smoothing: number;
  /** Digest and width of the table the model was trained with; training fills them in. */
  digest?: string;
  dimensions?: number;
}

export const DEFAULT_FEATURE_CONFIG: Readonly<FeatureConfig> = Object.freeze({
  hashBits: 18,
  charMin: 4,
  charMax: 4,
  wordWeight: 1,
  charWeight: 0.7,
  maxChars: 4000,
  minDf: 1,
  wordVectors: Object.freeze({ weight: 0.25, smoothing: 1e-4 }),
});

/** A bucket's feature came from a word (and its character n-grams) or from a bigram of two words. */
export const ORIGIN_BIGRAM = 0x4000_0000;

/** Counts of hashed features of one text, before IDF weighting and normalisation. */
export interface RawFeatures {
  /** Bucket indices, each once. */
  indices: Int32Array;
  /** Count of each bucket. */
  counts: Float32Array;
  /** 1 for the word block, 0 for the character block. */
  isWord: Uint8Array;
  /** Token index the bucket came from first (| ORIGIN_BIGRAM for bigrams); used to explain a result. */
  origins: Int32Array;
  /** The text's tokens, lower-cased, digits folded to 0. */
  tokens: string[];
}

/** A weighted sparse vector (indices unique). */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

// Distinct seeds keep the three feature families apart in the shared bucket space.
const SEED_WORD = 0x811c9dc5;
const SEED_CHAR = 0x01000193 ^ 0x9e3779b9;
const SEED_SUBJECT = 0x2545f491;

const FNV_PRIME = 0x01000193;

/** The murmur3 finaliser: spreads every input bit over the whole 32-bit hash, cheaply. */
export function avalanche(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A bigram's hash from the hashes of its two words. */
function mix(a: number, b: number): number {
  return avalanche((Math.imul(a, 0x9e3779b1) ^ b) >>> 0);
}

/** FNV-1a of a string from `seed`. */
export function hashString(seed: number, s: string): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

const ENTITIES: Record<string, string> = { amp: '&', nbsp: ' ', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/**
 * Tickets arrive as pasted HTML, as JSON-escaped strings with literal "\n", and with anonymised
 * placeholders such as "<name>"; none of that is the customer's words.
 */
export function cleanTicketText(text: string): string {
  if (text.indexOf('<') === -1 && text.indexOf('&') === -1 && text.indexOf('\\') === -1) return text;
  return text
    .replace(/\\[nrt]/g, ' ')
    .replace(/<\/?[a-z_][^<>]{0,200}>/gi, ' ')
    .replace(/&(amp|nbsp|lt|gt|quot|apos|#39);/g, (_, e: string) => ENTITIES[e] ?? ' ');
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x370 && code <= 0x52f);
}

/**
 * Lower-cased word tokens. Apostrophes inside words are dropped ("can't" -> "cant") and every run
 * of digits becomes "0", so order numbers and amounts do not each become a feature of their own.
 * Placeholders such as `<acc_num>` read as their inner words.
 */
export function tokenize(text: string, maxChars: number = Number.POSITIVE_INFINITY): string[] {
  const s = (text.length > maxChars ? text.slice(0, maxChars) : text).toLowerCase();
  const tokens: string[] = [];
  let inWord = false;
  let inDigits = false;
  let start = 0;
  let head = '';
  const endWord = (end: number): void => {
    const word = head + s.slice(start, end);
    if (word.length <= 40) tokens.push(word);
    inWord = false;
    head = '';
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (inWord) endWord(i);
      if (!inDigits) tokens.push('0');
      inDigits = true;
      continue;
    }
    inDigits = false;
    if (isLetter(c)) {
      if (!inWord) {
        inWord = true;
        start = i;
      }
      continue;
    }
    if (inWord && (c === 39 || c === 0x2019) && i + 1 < s.length && isLetter(s.charCodeAt(i + 1))) {
      // "can't" and "don’t" become "cant" and "dont".
      head += s.slice(start, i);
      start = i + 1;
      continue;
    }
    if (inWord) endWord(i);
  }
  if (inWord) endWord(s.length);
  return tokens;
}

/**
 * Extracts hashed word unigrams, word bigrams, subject unigrams and character n-grams. It reuses
 * internal buffers, so one extractor serves one caller at a time (JavaScript runs a synchronous
 * call to the end, so that holds within a process).
 */
export class FeatureExtractor {
  readonly dimension: number;
  private readonly mask: number;
  private readonly scratch: Float32Array;
  private readonly firstOrigin: Int32Array;
  private readonly touched: Int32Array;
  private readonly touchedWord: Uint8Array;
  private touchedCount = 0;

  constructor(readonly config: FeatureConfig) {
    this.dimension = 1 << config.hashBits;
    this.mask = this.dimension - 1;
    this.scratch = new Float32Array(this.dimension);
    this.firstOrigin = new Int32Array(this.dimension);
    this.touched = new Int32Array(65_536);
    this.touchedWord = new Uint8Array(65_536);
  }

  private add(hash: number, isWord: number, origin: number): void {
    const bucket = hash & this.mask;
    if (this.scratch[bucket] === 0) {
      if (this.touchedCount === this.touched.length) return; // cap reached: ignore the rest
      this.touched[this.touchedCount] = bucket;
      this.touchedWord[this.touchedCount] = isWord;
      this.touchedCount++;
      this.firstOrigin[bucket] = origin;
    }
    this.scratch[bucket] += 1;
  }

  extract(ticket: TicketText): RawFeatures {
    const { maxChars, charMin, charMax } = this.config;
    const subject = typeof ticket.subject === 'string' ? cleanTicketText(ticket.subject.slice(0, 1000)) : '';
    const description = typeof ticket.description === 'string' ? cleanTicketText(ticket.description.slice(0, maxChars * 2)) : '';
    const subjectTokens = tokenize(subject, 300);
    const bodyTokens = tokenize(description, maxChars);
    const tokens = subjectTokens.length > 0 ? [...subjectTokens, ...bodyTokens] : bodyTokens;
    this.touchedCount = 0;

    const wordHashes = new Array<number>(tokens.length);
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      const h = hashString(SEED_WORD, token);
      wordHashes[t] = h;
      this.add(h, 1, t);
      if (t < subjectTokens.length) this.add(hashString(SEED_SUBJECT, token), 1, t);
      // Character n-grams of the word padded with spaces, hashed incrementally per start position.
      if (token === '0') continue;
      const padded = ` ${token} `;
      const n = padded.length;
      for (let i = 0; i < n; i++) {
        let h2 = SEED_CHAR;
        const end = Math.min(n, i + charMax);
        for (let j = i; j < end; j++) {
          h2 ^= padded.charCodeAt(j);
          h2 = Math.imul(h2, FNV_PRIME);
          if (j - i + 1 >= charMin) this.add(h2 >>> 0, 0, t);
        }
      }
    }
    // Bigrams do not cross from the subject into the description.
    for (let t = 1; t < tokens.length; t++) {
      if (t === subjectTokens.length) continue;
      this.add(mix(wordHashes[t - 1]!, wordHashes[t]!), 1, (t - 1) | ORIGIN_BIGRAM);
    }

    const n = this.touchedCount;
    const indices = new Int32Array(n);
    const counts = new Float32Array(n);
    const isWord = new Uint8Array(n);
    const origins = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const bucket = this.touched[k]!;
      indices[k] = bucket;
      counts[k] = this.scratch[bucket]!;
      isWord[k] = this.touchedWord[k]!;
      origins[k] = this.firstOrigin[bucket]!;
      this.scratch[bucket] = 0;
    }
    return { indices, counts, isWord, origins, tokens };
  }
}

/**
 * TF-IDF weighting with sublinear term frequency; the word and character blocks are normalised
 * separately so long words do not drown the word features, then weighted.
 */
export function weightFeatures(raw: RawFeatures, idf: Float32Array, config: FeatureConfig): SparseVector {
  const n = raw.indices.length;
  const values = new Float32Array(n);
  let wordNorm = 0;
  let charNorm = 0;
  for (let k = 0; k < n; k++) {
    const v = (1 + Math.log(raw.counts[k]!)) * idf[raw.indices[k]!]!;
    values[k] = v;
    if (raw.isWord[k] === 1) wordNorm += v * v;
    else charNorm += v * v;
  }
  const wordScale = wordNorm > 0 ? config.wordWeight / Math.sqrt(wordNorm) : 0;
  const charScale = charNorm > 0 ? config.charWeight / Math.sqrt(charNorm) : 0;
  for (let k = 0; k < n; k++) values[k]! *= raw.isWord[k] === 1 ? wordScale : charScale;
  return { indices: raw.indices, values };
}

/** The weighted hashed features followed by the dense word-vector block (when there is one), from bucket `2^hashBits` on. */
export function withDenseBlock(sparse: SparseVector, dense: Float32Array | null, config: FeatureConfig): SparseVector {
  if (dense === null) return sparse;
  const n = sparse.indices.length;
  const indices = new Int32Array(n + dense.length);
  const values = new Float32Array(n + dense.length);
  indices.set(sparse.indices);
  values.set(sparse.values);
  values.set(dense, n);
  const offset = 1 << config.hashBits;
  for (let d = 0; d < dense.length; d++) indices[n + d] = offset + d;
  return { indices, values };
}

/**
 * Smoothed inverse document frequency per bucket, from the raw features of the training texts;
 * buckets found in fewer than `minDf` texts get 0, so they neither score nor dilute.
 */
export function computeIdf(docs: readonly RawFeatures[], dimension: number, minDf = 0): Float32Array {
  const df = new Float64Array(dimension);
  for (const doc of docs) for (let k = 0; k < doc.indices.length; k++) df[doc.indices[k]!]! += 1;
  const idf = new Float32Array(dimension);
  const n = docs.length;
  for (let i = 0; i < dimension; i++) idf[i] = df[i]! < minDf ? 0 : Math.log((n + 1) / (df[i]! + 1)) + 1;
  return idf;
}
