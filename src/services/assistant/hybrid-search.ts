import type { FaqHit, FaqRecord, FaqRepository } from '../../repositories/assistant/faq.repository';
import { sharedFaqVectorIndex, type FaqVectorIndex } from './faq-vector-index';
import { askedIdentifiers, namedShare } from './identifiers';
import type { SentenceEncoder, SentenceVectors } from './sentence-encoder';

/**
 * How much the lexical ranking (PostgreSQL full text: share of the question's words an entry
 * contains, and cover density) counts beside meaning, which counts 1. Chosen with the thresholds
 * in retrieval.ts, on the same sets (`npm run eval:assistant -- --tune`).
 */
export const LEXICAL_WEIGHT = 0.2;
/**
 * Added to the score of a source holding every identifier the question names (a share of it for
 * some of them): among near-identical lines of a file, the one naming the asked invoice or error
 * code differs by one token, which meaning and words barely feel. Large enough that such a source
 * is answered from ahead of the next by the confidence margin (retrieval.ts).
 */
export const IDENTIFIER_BONUS = 0.3;
/** Entries each ranking contributes before the two are combined. */
const CANDIDATES = 20;
/** Meaning an entry sharing no word with the question needs to be a candidate at all. */
const WORDLESS_MIN_SEMANTIC = 0.25;
const SNIPPET_CHARS = 200;

/** An entry with its combined score (0-1) and the two parts it was made of. */
export interface RankedHit extends FaqHit {
  /** Meaning: the sentence vectors' weighted cosines, 0-1. */
  semantic: number;
  /** Words: the full-text score, 0-1 (0 when the entry shares no word with the question). */
  lexical: number;
  /** Share (0-1) of the question's identifiers (identifiers.ts) the entry holds. */
  named: number;
}

/** What a ranked source is compared on. */
export interface Scored {
  score: number;
  semantic: number;
  named: number;
}

export interface HybridQuery {
  /** The text whose words find entries (for a follow-up, with the earlier question). */
  text: string;
  /** The latest message, when `text` holds more than it. */
  focus?: string;
  first: number;
  /** Snippets of the answers (the assistant reads whole answers and needs none). */
  snippets?: boolean;
}

/** What a search asks, read once for the entries and the passages it is ranked against. */
export interface QueryReading {
  /** The latest message's sentence vectors. */
  latest: SentenceVectors;
  /** For a follow-up, those of the whole search text (the earlier question with it). */
  context?: SentenceVectors;
  /** The identifiers it names (identifiers.ts). */
  asked: Set<string>;
}

export function readQuery(encoder: SentenceEncoder, search: HybridQuery): QueryReading {
  const latest = encoder.encode(search.focus ?? search.text);
  const asked = askedIdentifiers(search);
  return search.focus !== undefined && search.focus !== search.text ? { latest, context: encoder.encode(search.text), asked } : { latest, asked };
}

/**
 * Knowledge-base entries by words and by meaning: the best entries of PostgreSQL's full-text
 * ranking and of the sentence vectors, each scored by both and ranked by their weighted sum. A
 * question sharing no word with its entry ("Can I get my money back?" for "How do I request a
 * refund?") is found by meaning; one whose words are exact but rare is found by the words.
 */
export async function hybridSearch(
  faqs: FaqRepository,
  search: HybridQuery,
  index: FaqVectorIndex = sharedFaqVectorIndex(),
  { latest, context, asked }: QueryReading = readQuery(index.encoder, search),
): Promise<RankedHit[]> {
  const [lexicalHits, nearest] = await Promise.all([
    faqs.search({ text: search.text, focus: search.focus, first: CANDIDATES, snippets: search.snippets }),
    index.match(faqs, latest, CANDIDATES),
  ]);
  const lexicalById = new Map(lexicalHits.map((hit) => [hit.faq.id, hit]));
  const ids = [...new Set([...lexicalById.keys(), ...nearest.map((m) => m.id)])];
  const semanticById = meaning(index, latest, context, ids);
  const missing = nearest.map((m) => m.id).filter((id) => !lexicalById.has(id) && (semanticById.get(id) ?? 0) >= WORDLESS_MIN_SEMANTIC);
  const records = new Map((missing.length ? await faqs.findRecords(missing) : []).map((faq) => [faq.id, faq]));

  const ranked: RankedHit[] = [];
  const add = (hit: FaqHit) => {
    const semantic = Math.max(0, semanticById.get(hit.faq.id) ?? 0);
    const lexical = Math.min(1, hit.score);
    const named = namedShare(asked, `${hit.faq.question}\n${hit.faq.answer}`);
    ranked.push({ ...hit, score: combinedScore(semantic, lexical, named), semantic, lexical, named });
  };
  lexicalHits.forEach(add);
  for (const id of missing) {
    const faq = records.get(id);
    if (faq) add(wordlessHit(faq, search.snippets !== false));
  }
  ranked.sort((a, b) => bestFirst(a, b) || (a.faq.id < b.faq.id ? -1 : 1));
  return ranked.slice(0, search.first);
}

/**
 * Meaning, words and the share of the question's identifiers held in one score (0-1), rounded as
 * shown to clients (`lexicalWeight` other than LEXICAL_WEIGHT: the eval's search for it).
 */
export function combinedScore(semantic: number, lexical: number, named = 0, lexicalWeight = LEXICAL_WEIGHT): number {
  const words = (semantic + lexicalWeight * lexical) / (1 + lexicalWeight);
  return Math.round(Math.min(1, words + IDENTIFIER_BONUS * named) * 10_000) / 10_000;
}

/**
 * Best first: the source holding more of the question's identifiers (a bonus alone could leave a
 * line naming the asked invoice behind one that merely reads closer), then the higher score, then
 * the closer meaning.
 */
export function bestFirst(a: Scored, b: Scored): number {
  return b.named - a.named || b.score - a.score || b.semantic - a.semantic;
}

/** For a follow-up the latest message counts most, the earlier question after it. */
export function followUpMeaning(latest: number, earlier: number): number {
  return 0.6 * latest + 0.4 * earlier;
}

/** Meaning scores of the candidates. */
function meaning(index: FaqVectorIndex, latest: SentenceVectors, context: SentenceVectors | undefined, ids: readonly string[]): Map<string, number> {
  const scores = index.scores(latest, ids);
  if (!context) return scores;
  const earlier = index.scores(context, ids);
  return new Map([...scores].map(([id, score]) => [id, followUpMeaning(score, earlier.get(id) ?? 0)]));
}

/** An entry found by meaning alone: no word matched, its snippet is the answer's beginning. */
function wordlessHit(faq: FaqRecord, snippets: boolean): FaqHit {
  const snippet = !snippets ? '' : faq.answer.length <= SNIPPET_CHARS ? faq.answer : `${faq.answer.slice(0, SNIPPET_CHARS).replace(/\s+\S*$/, '')} …`;
  return { faq, score: 0, snippet, matchedTerms: 0, queryTerms: 0, focusMatched: 0, focusTerms: 0 };
}
