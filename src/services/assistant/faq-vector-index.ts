import type { FaqRepository } from '../../repositories/assistant/faq.repository';
import { SentenceEncoder, type SentenceVectors } from './sentence-encoder';

/** How much each comparison counts in an entry's meaning score (their sum is the score's maximum). */
export const SEMANTIC_WEIGHTS = {
  /** GloVe vector of the question against the entry's question ... */
  gloveQuestion: 0.5,
  /** ... and against its question and answer together. */
  gloveEntry: 0.5,
  /** The corpus vector of the question against the entry's question ... */
  corpusQuestion: 1,
  /** ... and against its question and answer. */
  corpusEntry: 1,
} as const;
const SEMANTIC_MAX = SEMANTIC_WEIGHTS.gloveQuestion + SEMANTIC_WEIGHTS.gloveEntry + SEMANTIC_WEIGHTS.corpusQuestion + SEMANTIC_WEIGHTS.corpusEntry;

/**
 * The meaning score (0-1) of a text that has no question of its own, a passage of a file: it
 * stands for both the entry's question and the entry, so it is weighed as an entry would be.
 */
export function textMeaning(query: SentenceVectors, text: SentenceVectors): number {
  const w = SEMANTIC_WEIGHTS;
  const glove = query.glove && text.glove ? dotOf(query.glove, text.glove) : 0;
  const corpus = query.corpus && text.corpus ? dotOf(query.corpus, text.corpus) : 0;
  return Math.max(0, ((w.gloveQuestion + w.gloveEntry) * glove + (w.corpusQuestion + w.corpusEntry) * corpus) / SEMANTIC_MAX);
}

function dotOf(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += a[d]! * b[d]!;
  return sum;
}

interface IndexedEntry {
  id: string;
  /** The entry's last change, as the database wrote it. */
  version: string;
  /**
   * The entry's weighted vectors, GloVe then corpus: a question's score is one dot product with
   * its own vectors laid out the same way, since (w1 a + w2 b) . q = w1 (a . q) + w2 (b . q).
   */
  combined: Float32Array;
}

export interface SemanticMatch {
  id: string;
  /** From 0 to 1: the weighted cosines over their weights' sum. */
  semantic: number;
}

/**
 * The knowledge base's sentence vectors, kept in the process and brought up to date from the
 * table's revision (one row, counted by a trigger) before each search: an entry is encoded again
 * only when it changed, so every API instance sees every edit at its next question. Scoring is
 * one pass over one flat array.
 */
export class FaqVectorIndex {
  private revision: string | undefined;
  private entries: IndexedEntry[] = [];
  private matrix = new Float32Array(0);
  /** Row of each entry in `matrix`. */
  private positions = new Map<string, number>();
  private readonly width: number;

  constructor(readonly encoder: SentenceEncoder) {
    this.width = encoder.dimensions + encoder.scenarios;
  }

  /** The `first` entries closest in meaning to the query, best first (ties by id). */
  async match(faqs: FaqRepository, query: SentenceVectors, first: number): Promise<SemanticMatch[]> {
    await this.refresh(faqs);
    const q = this.queryVector(query);
    if (!q) return [];
    const { width, matrix } = this;
    const best: SemanticMatch[] = [];
    for (let e = 0; e < this.entries.length; e++) {
      let sum = 0;
      const base = e * width;
      for (let d = 0; d < width; d++) sum += matrix[base + d]! * q[d]!;
      const semantic = sum / SEMANTIC_MAX;
      if (best.length === first && semantic <= best[first - 1]!.semantic) continue;
      const id = this.entries[e]!.id;
      let at = best.length;
      while (at > 0 && (best[at - 1]!.semantic < semantic || (best[at - 1]!.semantic === semantic && best[at - 1]!.id > id))) at--;
      best.splice(at, 0, { id, semantic });
      if (best.length > first) best.pop();
    }
    return best;
  }

  /** The meaning scores of given entries (as the index stood at the last `match`); unknown ids are left out. */
  scores(query: SentenceVectors, ids: readonly string[]): Map<string, number> {
    const scores = new Map<string, number>();
    const q = this.queryVector(query);
    for (const id of ids) {
      const at = this.positions.get(id);
      if (at === undefined) continue;
      let sum = 0;
      if (q) for (let d = 0, base = at * this.width; d < this.width; d++) sum += this.matrix[base + d]! * q[d]!;
      scores.set(id, sum / SEMANTIC_MAX);
    }
    return scores;
  }

  /** The query's vectors side by side, as the entries' are laid out; null when it has neither. */
  private queryVector(query: SentenceVectors): Float32Array | null {
    if (!query.glove && !query.corpus) return null;
    const out = new Float32Array(this.width);
    if (query.glove) out.set(query.glove, 0);
    if (query.corpus) out.set(query.corpus, this.encoder.dimensions);
    return out;
  }

  private combined(question: SentenceVectors, entry: SentenceVectors): Float32Array {
    const w = SEMANTIC_WEIGHTS;
    const out = new Float32Array(this.width);
    const add = (v: Float32Array | null, weight: number, offset: number) => {
      if (v) for (let d = 0; d < v.length; d++) out[offset + d] = out[offset + d]! + weight * v[d]!;
    };
    add(question.glove, w.gloveQuestion, 0);
    add(entry.glove, w.gloveEntry, 0);
    add(question.corpus, w.corpusQuestion, this.encoder.dimensions);
    add(entry.corpus, w.corpusEntry, this.encoder.dimensions);
    return out;
  }

  private async refresh(faqs: FaqRepository): Promise<void> {
    const revision = await faqs.revision();
    if (revision === this.revision) return;
    const known = new Map(this.entries.map((e) => [e.id, e]));
    const rows = await faqs.texts();
    const entries = rows.map((row): IndexedEntry => {
      const kept = known.get(row.id);
      if (kept && kept.version === row.version) return kept;
      const combined = this.combined(this.encoder.encode(row.question), this.encoder.encode(`${row.question}\n${row.answer}`));
      return { id: row.id, version: row.version, combined };
    });
    const matrix = new Float32Array(entries.length * this.width);
    entries.forEach((entry, i) => matrix.set(entry.combined, i * this.width));
    this.entries = entries;
    this.matrix = matrix;
    this.positions = new Map(entries.map((entry, i) => [entry.id, i]));
    this.revision = revision;
  }
}

let shared: FaqVectorIndex | undefined;

/** The process's index over the shipped sentence model, made at the first question. */
export function sharedFaqVectorIndex(): FaqVectorIndex {
  shared ??= new FaqVectorIndex(SentenceEncoder.shipped());
  return shared;
}
