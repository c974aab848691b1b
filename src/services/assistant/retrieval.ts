import { MessageRole } from '../../entities/enums';
import type { MessageRecord } from '../../repositories/assistant/conversation.repository';
import type { FaqHit, FaqRepository } from '../../repositories/assistant/faq.repository';

/** Entries the assistant reads per question. */
const HITS = 10;
/** Share of the question's words an entry must contain to count as an answer. */
const MIN_COVERAGE = 0.5;
/** Words an entry must share with a question of several words. */
const MIN_MATCHED = 2;

/**
 * Words that make a message lean on the one before: "and how long does that take?", "what if it
 * fails?". Such a message is searched together with the previous question.
 */
const FOLLOW_UP_START = /^\s*(and|also|but|so|then|ok(ay)?|what about|how about|what if|why|and if)\b/i;
const FOLLOW_UP_REFERENCE = /\b(it|its|that|this|those|these|they|them|there|one)\b/i;

export interface Retrieval {
  /** The entries that answer the question, best first (empty when none does). */
  answers: FaqHit[];
  /** The best entry found when none answers well enough, to suggest. */
  closest: FaqHit | undefined;
  /** The message was read as a follow-up of the previous question. */
  followUp: boolean;
  /** What was searched: the message, or for a follow-up the previous question and the message. */
  searchText: string;
}

/**
 * Finds the knowledge-base entries that answer `message`, reading the conversation's earlier
 * messages to resolve follow-ups: the previous question's words widen the search, the message's
 * own words decide the ranking, and the earlier question's words break ties.
 */
export async function retrieve(faqs: FaqRepository, message: string, history: readonly MessageRecord[]): Promise<Retrieval> {
  const previousQuestion = [...history].reverse().find((m) => m.role === MessageRole.USER);
  const followUp = previousQuestion !== undefined && isFollowUp(message);
  const searchText = followUp ? `${previousQuestion.content}\n${message}` : message;
  const hits = await faqs.search({ text: searchText, focus: message, first: HITS, snippets: false });

  // The message's own words first; among equals, the entry that also fits the earlier question.
  const ranked = [...hits].sort((a, b) => b.focusMatched - a.focusMatched || b.matchedTerms - a.matchedTerms || b.score - a.score);
  const answers = ranked.filter((hit) => answersWell(hit, followUp));
  return { answers, closest: answers.length ? undefined : ranked[0], followUp, searchText };
}

function isFollowUp(message: string): boolean {
  return FOLLOW_UP_START.test(message) || FOLLOW_UP_REFERENCE.test(message);
}

/**
 * At least half of the message's own words, and two of them when it has two or more, appear in
 * the entry; a follow-up made only of stop words ("and that?") is judged by the whole search text.
 */
function answersWell(hit: FaqHit, followUp: boolean): boolean {
  if (hit.focusTerms > 0) return covers(hit.focusMatched, hit.focusTerms);
  return followUp && covers(hit.matchedTerms, hit.queryTerms);
}

function covers(matched: number, terms: number): boolean {
  return terms > 0 && matched / terms >= MIN_COVERAGE && matched >= Math.min(MIN_MATCHED, terms);
}
