import type { FaqRepository } from '../../repositories/assistant/faq.repository';
import { cosine, SentenceEncoder, type SentenceVectors } from './sentence-encoder';
import { CONCEPT_COUNT } from './support-lexicon';

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
  /** The support concepts of the question against the entry's question ... */
  conceptQuestion: 3,
  /** ... and against its question and answer. */
  conceptEntry: 1,
} as const;
const SEMANTIC_MAX = Object.values(SEMANTIC_WEIGHTS).reduce((sum, weight) => sum + weight, 0);

/**
 * The meaning score (0-1) of a text that has no question of its own, a passage of a file: it
 * stands for both the entry's question and the entry, so it is weighed as an entry would be.
 */
export function textMeaning(query: SentenceVectors, text: SentenceVectors): number {
  const w = SEMANTIC_WEIGHTS;
  const meaning = (w.gloveQuestion + w.gloveEntry) * cosine(query.glove, text.glove) + (w.corpusQuestion + w.corpusEntry) * cosine(query.corpus, text.corpus);
  return Math.max(0, meaning / SEMANTIC_MAX);
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

/** A query laid out as the entries' rows, with the places where it is not zero. */
interface QueryVector {
  values: Float32Array;
  places: Uint16Array;
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
  /** Where the concept vector starts in a row: after GloVe and the corpus. */
  private readonly conceptOffset: number;
  /** Per concept, the inverse of how many entries express it: log(1 + entries / (1 + those)). */
  private conceptRarity: Float32Array = new Float32Array(CONCEPT_COUNT).fill(1);

  constructor(readonly encoder: SentenceEncoder) {
    this.conceptOffset = encoder.dimensions + encoder.scenarios;
    this.width = this.conceptOffset + CONCEPT_COUNT;
  }

  /** The `first` entries closest in meaning to the query, best first (ties by id). */
  async match(faqs: FaqRepository, query: SentenceVectors, first: number): Promise<SemanticMatch[]> {
    await this.refresh(faqs);
    const q = this.queryVector(query);
    if (!q) return [];
    const best: SemanticMatch[] = [];
    for (let e = 0; e < this.entries.length; e++) {
      const semantic = this.dotRow(e, q) / SEMANTIC_MAX;
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
      scores.set(id, q ? this.dotRow(at, q) / SEMANTIC_MAX : 0);
    }
    return scores;
  }

  /**
   * An entry's row times the query, over the query's non-zero places only: the corpus and concept
   * parts of a question are mostly zeros, and this pass runs over every entry at every question.
   */
  private dotRow(entry: number, q: QueryVector): number {
    const { matrix } = this;
    const base = entry * this.width;
    let sum = 0;
    for (let k = 0; k < q.places.length; k++) {
      const d = q.places[k]!;
      sum += matrix[base + d]! * q.values[d]!;
    }
    return sum;
  }

  /** The query's vectors side by side, as the entries' are laid out; null when it has none. */
  private queryVector(query: SentenceVectors): QueryVector | null {
    if (!query.glove && !query.corpus && !query.concepts) return null;
    const out = new Float32Array(this.width);
    if (query.glove) out.set(query.glove, 0);
    if (query.corpus) out.set(query.corpus, this.encoder.dimensions);
    if (query.concepts) {
      // A concept few entries share tells them apart ("charged twice"), one most share does not
      // ("card"); and a question's concepts count as far as they cover its words (an entry's always
      // fully: its answer says much else).
      const weighted = query.concepts.map((v, i) => v * this.conceptRarity[i]!);
      const scale = (Math.sqrt(query.conceptCoverage) * Math.hypot(...query.concepts)) / (Math.hypot(...weighted) || 1);
      for (let i = 0; i < weighted.length; i++) out[this.conceptOffset + i] = weighted[i]! * scale;
    }
    const places: number[] = [];
    for (let d = 0; d < out.length; d++) if (out[d] !== 0) places.push(d);
    return { values: out, places: Uint16Array.from(places) };
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
    add(question.concepts, w.conceptQuestion, this.conceptOffset);
    add(entry.concepts, w.conceptEntry, this.conceptOffset);
    return out;
  }

  private rarity(matrix: Float32Array, entries: number): Float32Array {
    const withConcept = new Uint32Array(CONCEPT_COUNT);
    for (let e = 0; e < entries; e++) {
      const base = e * this.width + this.conceptOffset;
      for (let i = 0; i < CONCEPT_COUNT; i++) if (matrix[base + i]! > 0) withConcept[i]!++;
    }
    return Float32Array.from(withConcept, (n) => Math.log(1 + entries / (1 + n)));
  }

  private async refresh(faqs: FaqRepository): Promise<void> {
    const revision = await faqs.revision();
    if (revision === this.revision) return;
    const known = new Map(this.entries.map((e) => [e.id, e]));
    const rows = await faqs.texts();
    const entries = rows.map((row): IndexedEntry => {
      const kept = known.get(row.id);
      if (kept && kept.version === row.version) return kept;
      const combined = this.combined(this.encoder.encode(row.question, false), this.encoder.encode(`${row.question}\n${row.answer}`, false));
      return { id: row.id, version: row.version, combined };
    });
    const matrix = new Float32Array(entries.length * this.width);
    entries.forEach((entry, i) => matrix.set(entry.combined, i * this.width));
    this.entries = entries;
    this.matrix = matrix;
    this.conceptRarity = this.rarity(matrix, entries.length);
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
