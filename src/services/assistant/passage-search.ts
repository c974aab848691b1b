import type { EntityManager } from '@mikro-orm/postgresql';
import { rankTexts } from '../../repositories/shared/text-rank';
import { textMeaning } from './faq-vector-index';
import type { Passage } from './file-passages';
import { combinedScore, followUpMeaning, type HybridQuery } from './hybrid-search';
import type { SentenceEncoder, SentenceVectors } from './sentence-encoder';

/** A passage with its combined score (0-1) and the two parts it was made of, as a ranked FAQ entry has. */
export interface RankedPassage {
  passage: Passage;
  score: number;
  semantic: number;
  lexical: number;
}

/**
 * Passages ranked as knowledge-base entries are (hybrid-search.ts): PostgreSQL's full-text score
 * of their words and their sentence vectors' meaning, combined with the same weight, so that a
 * passage and an entry compare on one scale. Best first.
 */
export async function rankPassages(em: EntityManager, encoder: SentenceEncoder, search: HybridQuery, passages: readonly Passage[]): Promise<RankedPassage[]> {
  if (passages.length === 0) return [];
  const latest = encoder.encode(search.focus ?? search.text);
  const context = search.focus !== undefined && search.focus !== search.text ? encoder.encode(search.text) : undefined;
  const words = await rankTexts(em, search, passages.map((p) => p.text));
  const ranked = passages.map((passage, i): RankedPassage => {
    const vectors = vectorsOf(encoder, passage.text);
    const now = textMeaning(latest, vectors);
    const semantic = context ? followUpMeaning(now, textMeaning(context, vectors)) : now;
    const lexical = Math.min(1, words.get(i) ?? 0);
    return { passage, score: combinedScore(semantic, lexical), semantic, lexical };
  });
  ranked.sort((a, b) => b.score - a.score || b.semantic - a.semantic);
  return ranked.slice(0, search.first);
}

/**
 * Passages' vectors kept per encoder, the least recently used dropped first: a conversation asks
 * about the same files again and again, and encoding 300 passages costs tens of milliseconds.
 * About 2 KB each.
 */
const CACHED_PASSAGES = 2_000;
const cache = new WeakMap<SentenceEncoder, Map<string, SentenceVectors>>();

function vectorsOf(encoder: SentenceEncoder, text: string): SentenceVectors {
  let known = cache.get(encoder);
  if (!known) cache.set(encoder, (known = new Map()));
  let vectors = known.get(text);
  if (vectors) known.delete(text);
  else vectors = encoder.encode(text);
  known.set(text, vectors);
  if (known.size > CACHED_PASSAGES) known.delete(known.keys().next().value!);
  return vectors;
}
