import type { EntityManager } from '@mikro-orm/postgresql';
import { rankTexts } from '../../repositories/shared/text-rank';
import { textMeaning } from './faq-vector-index';
import type { Passage } from './file-passages';
import { bestFirst, combinedScore, followUpMeaning, readQuery, type HybridQuery, type QueryReading, type Scored } from './hybrid-search';
import { namedShare } from './identifiers';
import type { SentenceEncoder, SentenceVectors } from './sentence-encoder';

/** A passage with its combined score (0-1) and the parts it was made of, as a ranked FAQ entry has. */
export interface RankedPassage extends Scored {
  passage: Passage;
  lexical: number;
}

/**
 * Passages ranked per question: each is ranked afresh (full text and meaning), so this bounds the
 * cost of a question over many files.
 */
export const RANKED_PASSAGES = 300;

/**
 * Passages ranked as knowledge-base entries are (hybrid-search.ts): PostgreSQL's full-text score
 * of their words, their sentence vectors' meaning and the question's identifiers they hold,
 * combined with the same weights, so that a passage and an entry compare on one scale. At most
 * `RANKED_PASSAGES` are read: those naming an identifier the question names, then the others in
 * the order given. Best first.
 */
export async function rankPassages(
  em: EntityManager,
  encoder: SentenceEncoder,
  search: HybridQuery,
  passages: readonly Passage[],
  reading?: QueryReading,
): Promise<RankedPassage[]> {
  if (passages.length === 0) return [];
  const { latest, context, asked } = reading ?? readQuery(encoder, search);
  const candidates = passages.map((passage) => ({ passage, named: namedShare(asked, passage.text) }));
  const read = [...candidates.filter((c) => c.named > 0), ...candidates.filter((c) => c.named === 0)].slice(0, RANKED_PASSAGES);
  const words = await rankTexts(em, search, read.map((p) => p.passage.text));
  const ranked = read.map(({ passage, named }, i): RankedPassage => {
    const vectors = vectorsOf(encoder, passage.text);
    const now = textMeaning(latest, vectors);
    const semantic = context ? followUpMeaning(now, textMeaning(context, vectors)) : now;
    const lexical = Math.min(1, words.get(i) ?? 0);
    return { passage, score: combinedScore(semantic, lexical, named), semantic, lexical, named };
  });
  ranked.sort(bestFirst);
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
