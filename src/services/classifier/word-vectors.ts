import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config';
import { avalanche, hashString } from './text-features';

// Pre-trained word vectors give the model what its own corpus cannot: that "invoice" and "receipt",
// or "laptop" and "notebook", mean nearly the same. A ticket's words are averaged into one dense
// vector, a block of features beside the hashed n-grams, so a word the corpus never used still
// counts through the words it is close to. The table is a file beside the model (see
// `models/WORD-VECTORS.md`): the most frequent words of GloVe, quantised to one byte per value.

const MAGIC = 'TGWVEC01';

const SEED_SLOT = 0x811c9dc5;
const SEED_FINGERPRINT = 0x2545f491;

/** FNV-1a with the murmur3 finaliser: two seeds give two independent hashes of a word. */
function hashWord(word: string, seed: number): number {
  return avalanche(hashString(seed, word));
}

/** Where the table ships; every model that uses word vectors names its digest. */
export const SHIPPED_WORD_VECTORS = path.join(PROJECT_ROOT, 'models', 'word-vectors.bin');

export class WordVectorsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WordVectorsError';
  }
}

interface Header {
  dimensions: number;
  words: number;
  source: string;
}

/**
 * A read-only table of word vectors, rows in descending frequency of the corpus the vectors were
 * trained on. Values are int8 with one float scale per word (about 0.4% error, far below what
 * separates words).
 */
export class WordVectors {
  readonly dimensions: number;
  readonly size: number;
  readonly source: string;
  /** SHA-256 of the file (hex, 16 characters): a model trained on this table records it. */
  readonly digest: string;
  /**
   * Open-addressing index of the words: per slot, a 32-bit fingerprint (a second hash) and the row
   * (-1: empty). A lookup reads one compact array instead of a Map and its key strings scattered
   * over the heap, which the classifier's other tables keep pushing out of cache: a Map here cost
   * 13% of classification time. A word not in the table passes for one that is with odds of
   * about one in four billion.
   */
  private readonly slots: Int32Array;
  private readonly slotMask: number;
  private readonly scales: Float32Array;
  private readonly values: Int8Array;
  /** Scratch of `embed`, in double precision. */
  private readonly sum: Float64Array;

  private constructor(bytes: Buffer) {
    this.digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new WordVectorsError('not a word-vector table (bad magic)');
    let offset = MAGIC.length;
    const section = (): Buffer => {
      if (offset + 4 > bytes.length) throw new WordVectorsError('word-vector table is truncated');
      const length = bytes.readUInt32LE(offset);
      const start = offset + 4;
      offset = start + length;
      if (offset > bytes.length) throw new WordVectorsError('word-vector table is truncated');
      return bytes.subarray(start, offset);
    };
    let header: Header;
    try {
      header = JSON.parse(section().toString('utf8')) as Header;
    } catch {
      throw new WordVectorsError('word-vector table header is not JSON');
    }
    const words = section().toString('utf8').split('\n');
    const scales = section();
    const values = section();
    const { dimensions, words: size } = header;
    if (!Number.isInteger(dimensions) || dimensions <= 0 || words.length !== size || scales.length !== size * 4 || values.length !== size * dimensions) {
      throw new WordVectorsError(`word-vector table sections do not match its header (${size} words x ${dimensions})`);
    }
    this.dimensions = dimensions;
    this.size = size;
    this.source = header.source;
    let capacity = 1024;
    while (capacity < size * 2.5) capacity *= 2;
    this.slotMask = capacity - 1;
    this.slots = new Int32Array(capacity * 2).fill(-1);
    words.forEach((word, row) => {
      const fingerprint = hashWord(word, SEED_FINGERPRINT) | 0;
      let slot = hashWord(word, SEED_SLOT) & this.slotMask;
      // The probe for a free slot passes every slot a lookup of this word would stop at.
      for (; this.slots[slot * 2 + 1] !== -1; slot = (slot + 1) & this.slotMask) {
        if (this.slots[slot * 2] === fingerprint) throw new WordVectorsError(`word-vector table lists "${word}" twice, or two of its words share both hashes`);
      }
      this.slots[slot * 2] = fingerprint;
      this.slots[slot * 2 + 1] = row;
    });
    // Copies: a Buffer may start at any offset of a shared pool, a Float32Array may not.
    this.scales = new Float32Array(size);
    new Uint8Array(this.scales.buffer).set(scales);
    this.values = Int8Array.from(new Int8Array(values.buffer, values.byteOffset, values.length));
    this.sum = new Float64Array(dimensions);
  }

  static read(file: string): WordVectors {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new WordVectorsError(`cannot read word-vector table ${file}: ${(error as Error).message}`);
    }
    return WordVectors.fromBytes(bytes);
  }

  /** A table from the bytes `encode` wrote; throws WordVectorsError when they are not one. */
  static fromBytes(bytes: Buffer): WordVectors {
    return new WordVectors(bytes);
  }

  private static shippedTable: WordVectors | undefined;

  /** The table in `models/`, read once per process (a worker thread reads its own). */
  static shipped(): WordVectors {
    WordVectors.shippedTable ??= WordVectors.read(SHIPPED_WORD_VECTORS);
    return WordVectors.shippedTable;
  }

  /** Writes a table: `words` in descending frequency, `vectors` row after row. */
  static encode(words: readonly string[], vectors: Float32Array, dimensions: number, source: string): Buffer {
    if (vectors.length !== words.length * dimensions) throw new WordVectorsError('vectors do not match the words');
    if (words.some((w) => w.length === 0 || w.includes('\n'))) throw new WordVectorsError('a word is empty or holds a line break');
    const scales = new Float32Array(words.length);
    const values = new Int8Array(words.length * dimensions);
    for (let r = 0; r < words.length; r++) {
      let max = 0;
      for (let d = 0; d < dimensions; d++) max = Math.max(max, Math.abs(vectors[r * dimensions + d]!));
      const scale = max / 127 || 1;
      scales[r] = scale;
      for (let d = 0; d < dimensions; d++) values[r * dimensions + d] = Math.round(vectors[r * dimensions + d]! / scale);
    }
    const header: Header = { dimensions, words: words.length, source };
    const section = (body: Buffer): Buffer[] => {
      const length = Buffer.alloc(4);
      length.writeUInt32LE(body.length);
      return [length, body];
    };
    return Buffer.concat([
      Buffer.from(MAGIC, 'latin1'),
      ...section(Buffer.from(JSON.stringify(header), 'utf8')),
      ...section(Buffer.from(words.join('\n'), 'utf8')),
      ...section(Buffer.from(scales.buffer)),
      ...section(Buffer.from(values.buffer)),
    ]);
  }

  /** The row of a word, or -1. */
  row(word: string): number {
    const fingerprint = hashWord(word, SEED_FINGERPRINT) | 0;
    const slots = this.slots;
    for (let slot = hashWord(word, SEED_SLOT) & this.slotMask; ; slot = (slot + 1) & this.slotMask) {
      const row = slots[slot * 2 + 1]!;
      if (row === -1 || slots[slot * 2] === fingerprint) return row;
    }
  }

  /**
   * How much a word counts in the average: smooth inverse frequency (Arora et al. 2017),
   * a / (a + p), with p estimated from the row's frequency rank by Zipf's law (p = 0.1 / rank).
   * "invoice" counts nearly 1; a word under a tenth ("the", "of", "was") counts 0, which spares
   * the cost of adding a third of a ticket's words for almost nothing.
   */
  weightOf(row: number, smoothing: number): number {
    const weight = smoothing / (smoothing + 0.1 / (row + 1));
    return weight < 0.1 ? 0 : weight;
  }

  /**
   * The weighted mean of the tokens' vectors into `out`, times `scale`. Returns the factor each
   * weighted vector was multiplied by (`scale` over the sum of the weights; 0 when no token counts
   * and `out` is all zeros).
   */
  embed(tokens: readonly string[], smoothing: number, scale: number, out: Float32Array): number {
    const dims = this.dimensions;
    const values = this.values;
    const sum = this.sum;
    sum.fill(0);
    let total = 0;
    for (let t = 0; t < tokens.length; t++) {
      const r = this.row(tokens[t]!);
      if (r < 0) continue;
      const weight = this.weightOf(r, smoothing);
      if (weight === 0) continue;
      total += weight;
      const w = weight * this.scales[r]!;
      const base = r * dims;
      for (let d = 0; d < dims; d++) sum[d] += w * values[base + d]!;
    }
    if (total === 0) {
      out.fill(0);
      return 0;
    }
    const factor = scale / total;
    for (let d = 0; d < dims; d++) out[d] = sum[d]! * factor;
    return factor;
  }

  /** The dot product of a row's (unweighted) vector with `direction`. */
  dot(row: number, direction: Float64Array): number {
    const dims = this.dimensions;
    const base = row * dims;
    let sum = 0;
    for (let d = 0; d < dims; d++) sum += this.values[base + d]! * direction[d]!;
    return sum * this.scales[row]!;
  }
}

/**
 * A model's word-vector block, scored word by word. The block is a weighted mean of word vectors
 * and the model is linear in it, so its score for a class is the same weighted mean of each word's
 * own score (its vector times the block's weights): six numbers a word instead of a hundred,
 * worked out the first time the word is met.
 */
export class WordVectorScorer {
  private readonly scores: Float32Array;
  private readonly known: Uint8Array;
  private readonly sum: Float64Array;
  // The words the last addScores counted: token index, where its scores are, its weight; and the scale of the mean.
  private countedToken = new Int32Array(0);
  private countedAt = new Int32Array(0);
  private countedWeight = new Float64Array(0);
  private counted = 0;
  private factor = 0;

  /** `weights` is the model's feature-major weight matrix, whose rows from `offset` on belong to the block. */
  constructor(
    readonly vectors: WordVectors,
    private readonly weights: Float32Array,
    private readonly offset: number,
    private readonly classCount: number,
  ) {
    this.scores = new Float32Array(vectors.size * classCount);
    this.known = new Uint8Array(vectors.size);
    this.sum = new Float64Array(classCount);
  }

  /** Where a word's class scores (its vector times the block's weights) start in `scores`. */
  private scoresAt(row: number): number {
    const k = this.classCount;
    const at = row * k;
    if (this.known[row] === 0) {
      const direction = new Float64Array(this.vectors.dimensions);
      for (let c = 0; c < k; c++) {
        for (let d = 0; d < direction.length; d++) direction[d] = this.weights[(this.offset + d) * k + c]!;
        this.scores[at + c] = this.vectors.dot(row, direction);
      }
      this.known[row] = 1;
    }
    return at;
  }

  /**
   * Adds the block's scores for the tokens, as `WordVectors.embed` with the same arguments would
   * make it, to `logits`. Remembers which words counted, for `addShares`.
   */
  addScores(tokens: readonly string[], smoothing: number, scale: number, logits: Float64Array): void {
    const k = this.classCount;
    const scores = this.scores;
    const sum = this.sum;
    sum.fill(0);
    this.counted = 0;
    if (this.countedToken.length < tokens.length) this.grow(tokens.length);
    let total = 0;
    for (let t = 0; t < tokens.length; t++) {
      const row = this.vectors.row(tokens[t]!);
      const weight = row >= 0 ? this.vectors.weightOf(row, smoothing) : 0;
      if (weight === 0) continue;
      total += weight;
      const at = this.scoresAt(row);
      for (let c = 0; c < k; c++) sum[c]! += weight * scores[at + c]!;
      this.countedToken[this.counted] = t;
      this.countedAt[this.counted] = at;
      this.countedWeight[this.counted] = weight;
      this.counted++;
    }
    this.factor = total === 0 ? 0 : scale / total;
    for (let c = 0; c < k; c++) logits[c]! += sum[c]! * this.factor;
  }

  /**
   * What each word of the last `addScores` added to class `target` over the mean of the others,
   * into `into` (by token index): the block's push splits exactly into one share per word.
   */
  addShares(target: number, into: Float64Array): void {
    const k = this.classCount;
    const scores = this.scores;
    for (let i = 0; i < this.counted; i++) {
      const at = this.countedAt[i]!;
      let others = 0;
      for (let c = 0; c < k; c++) if (c !== target) others += scores[at + c]!;
      into[this.countedToken[i]!]! += this.factor * this.countedWeight[i]! * (scores[at + target]! - others / (k - 1));
    }
  }

  private grow(length: number): void {
    this.countedToken = new Int32Array(length);
    this.countedAt = new Int32Array(length);
    this.countedWeight = new Float64Array(length);
  }
}
