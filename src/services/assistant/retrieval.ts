import { MessageRole } from '../../entities/enums';
import type { MessageRecord } from '../../repositories/assistant/conversation.repository';
import type { FaqHit, FaqRepository } from '../../repositories/assistant/faq.repository';
import { sharedFaqVectorIndex, type FaqVectorIndex } from './faq-vector-index';
import type { Passage } from './file-passages';
import { bestFirst, hybridSearch, readQuery, type RankedHit } from './hybrid-search';
import { rankPassages, type RankedPassage } from './passage-search';

/** Entries the assistant reads per question. */
const HITS = 10;

/**
 * Where the combined score (hybrid-search.ts) puts a question: at or above `answer`, and ahead of
 * the next entry by `margin`, the best entry answers it; from `suggest` (or when two entries are
 * about as close) the assistant is not sure and offers the two closest; below, the question is
 * off-topic and declined. Chosen on seven help centres at once, each counting the same (the tune
 * half of `test/fixtures/assistant-paraphrases.json`, and all of the shop, provider, SaaS, travel,
 * streaming and smart-home sets; `npm run eval:assistant -- --set ... --set ... --tune`), so that
 * they hold for help centres whose words the support concepts barely know as well as for those they
 * know well; the campus and food-delivery sets, written blind, only measure. `suggest` equals
 * `answer`: the assistant offers two entries only when the best two are about as close.
 */
export const THRESHOLDS: Thresholds = { answer: 0.19, suggest: 0.19, margin: 0.06 };

export interface Thresholds {
  answer: number;
  suggest: number;
  margin: number;
}
/** Entries offered when the assistant is not sure. */
const SUGGESTIONS = 2;

/**
 * Words that make a message lean on the one before: "and how long does that take?", "what if it
 * fails?". Such a message is searched together with the previous question.
 */
const FOLLOW_UP_START = /^\s*(and|also|but|so|then|ok(ay)?|what about|how about|what if|why|and if)\b/i;
const FOLLOW_UP_REFERENCE = /\b(it|its|that|this|those|these|they|them|there|one)\b/i;

export type Confidence = 'answer' | 'suggest' | 'none';

/** What an answer may come from: a knowledge-base entry, or a passage of a file the asker may see. */
export type RankedSource = RankedHit | RankedPassage;

export function isPassage(source: FaqHit | RankedPassage): source is RankedPassage {
  return 'passage' in source;
}

export interface Retrieval {
  /** How sure the best source answers the message. */
  confidence: Confidence;
  /** `answer`: the best source; `suggest`: the closest two; `none`: empty. */
  entries: RankedSource[];
  /** Every FAQ entry read, best first. */
  ranked: RankedHit[];
  /** Every source read, best first: the FAQ entries and each file's best passage (for the model, which judges them itself). */
  sources: RankedSource[];
  /** The message was read as a follow-up of the previous question. */
  followUp: boolean;
  /** What was searched: the message, or for a follow-up the previous question and the message. */
  searchText: string;
}

/**
 * Finds the knowledge-base entries, and the passages of the given files, that answer `message`,
 * reading the conversation's earlier messages to resolve follow-ups (the previous question widens
 * the search; the message counts most). Entries and passages are ranked on one scale; a file
 * competes with its best passage only, so that two passages of one file saying much the same do
 * not make the assistant unsure which source answers.
 */
export async function retrieve(
  faqs: FaqRepository,
  message: string,
  history: readonly MessageRecord[],
  index: FaqVectorIndex = sharedFaqVectorIndex(),
  passages: readonly Passage[] = [],
): Promise<Retrieval> {
  const previousQuestion = [...history].reverse().find((m) => m.role === MessageRole.USER);
  const followUp = previousQuestion !== undefined && isFollowUp(message);
  const searchText = followUp ? `${previousQuestion.content}\n${message}` : message;
  const search = { text: searchText, focus: message, first: HITS, snippets: false };
  const reading = readQuery(index.encoder, search);
  const [ranked, passageHits] = await Promise.all([
    hybridSearch(faqs, search, index, reading),
    rankPassages(faqs.getEntityManager(), index.encoder, { ...search, first: passages.length }, passages, reading),
  ]);
  const seen = new Set<string>();
  const bestOfEachFile = passageHits.filter((hit) => !seen.has(hit.passage.attachmentId) && seen.add(hit.passage.attachmentId));
  const sources = [...ranked, ...bestOfEachFile].sort(bestFirst).slice(0, HITS);
  const confidence = confidenceOf(sources);
  const entries = confidence === 'answer' ? sources.slice(0, 1) : confidence === 'suggest' ? sources.slice(0, SUGGESTIONS) : [];
  return { confidence, entries, ranked, sources, followUp, searchText };
}

export function confidenceOf(ranked: readonly { score: number }[], thresholds: Thresholds = THRESHOLDS): Confidence {
  const best = ranked[0]?.score ?? 0;
  const next = ranked[1]?.score ?? 0;
  if (best >= thresholds.answer && best - next >= thresholds.margin) return 'answer';
  return best >= thresholds.suggest ? 'suggest' : 'none';
}

function isFollowUp(message: string): boolean {
  return FOLLOW_UP_START.test(message) || FOLLOW_UP_REFERENCE.test(message);
}
