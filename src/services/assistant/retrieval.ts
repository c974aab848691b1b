import { MessageRole } from '../../entities/enums';
import type { MessageRecord } from '../../repositories/assistant/conversation.repository';
import type { FaqRepository } from '../../repositories/assistant/faq.repository';
import type { FaqVectorIndex } from './faq-vector-index';
import { hybridSearch, type RankedHit } from './hybrid-search';

/** Entries the assistant reads per question. */
const HITS = 10;

/**
 * Where the combined score (hybrid-search.ts) puts a question: at or above `answer`, and ahead of
 * the next entry by `margin`, the best entry answers it; from `suggest` (or when two entries are
 * about as close) the assistant is not sure and offers the two closest; below, the question is
 * off-topic and declined. Chosen on the tune half of `test/fixtures/assistant-paraphrases.json`
 * (`npm run eval:assistant -- --tune` searches them; the holdout half only measures): `suggest`
 * where the tune rows' right entries begin (0.2) and above all off-topic questions but two that
 * speak of phones and Sunday opening hours, which no threshold tells from support questions.
 */
export const THRESHOLDS: Thresholds = { answer: 0.24, suggest: 0.2, margin: 0.02 };

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

export interface Retrieval {
  /** How sure the best entry answers the message. */
  confidence: Confidence;
  /** `answer`: the best entry and any as good; `suggest`: the closest two; `none`: empty. */
  entries: RankedHit[];
  /** Every entry read, best first (for the model, which judges them itself). */
  ranked: RankedHit[];
  /** The message was read as a follow-up of the previous question. */
  followUp: boolean;
  /** What was searched: the message, or for a follow-up the previous question and the message. */
  searchText: string;
}

/**
 * Finds the knowledge-base entries that answer `message`, reading the conversation's earlier
 * messages to resolve follow-ups (the previous question widens the search; the message counts most).
 */
export async function retrieve(
  faqs: FaqRepository,
  message: string,
  history: readonly MessageRecord[],
  index?: FaqVectorIndex,
): Promise<Retrieval> {
  const previousQuestion = [...history].reverse().find((m) => m.role === MessageRole.USER);
  const followUp = previousQuestion !== undefined && isFollowUp(message);
  const searchText = followUp ? `${previousQuestion.content}\n${message}` : message;
  const ranked = await hybridSearch(faqs, { text: searchText, focus: message, first: HITS, snippets: false }, index);
  const confidence = confidenceOf(ranked);
  const entries = confidence === 'answer' ? ranked.slice(0, 1) : confidence === 'suggest' ? ranked.slice(0, SUGGESTIONS) : [];
  return { confidence, entries, ranked, followUp, searchText };
}

export function confidenceOf(ranked: readonly RankedHit[], thresholds: Thresholds = THRESHOLDS): Confidence {
  const best = ranked[0]?.score ?? 0;
  const next = ranked[1]?.score ?? 0;
  if (best >= thresholds.answer && best - next >= thresholds.margin) return 'answer';
  return best >= thresholds.suggest ? 'suggest' : 'none';
}

function isFollowUp(message: string): boolean {
  return FOLLOW_UP_START.test(message) || FOLLOW_UP_REFERENCE.test(message);
}
