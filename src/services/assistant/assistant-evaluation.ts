import type { FaqRepository } from '../../repositories/assistant/faq.repository';
import type { FaqVectorIndex } from './faq-vector-index';
import { bestFirst, combinedScore, LEXICAL_WEIGHT, type RankedHit } from './hybrid-search';
import { confidenceOf, retrieve, THRESHOLDS, type Thresholds } from './retrieval';

/**
 * A paraphrase set: questions in other words for a help centre's entries, and questions it does
 * not cover. `faqs` is the help centre asked, when it is not the starter one.
 */
export interface ParaphraseSet {
  /** A set written blind to measure: weights and thresholds are never chosen on it. */
  measureOnly?: boolean;
  faqs?: { question: string; answer: string; category: string }[];
  paraphrases: { set: string; faq: string; question: string }[];
  offTopic: { set: string; question: string }[];
}

export interface AssistantFigures {
  paraphrases: number;
  /** Search ranked the right entry first. */
  searchFirst: number;
  /** The assistant answered from the right entry (confident, cited first). */
  answeredRight: number;
  /** The assistant cited the right entry first, answering or offering it. */
  citedFirst: number;
  /** The assistant answered from a wrong entry. */
  answeredWrong: number;
  offTopic: number;
  /** Off-topic questions declined (no entry answered or offered). */
  declined: number;
  /** Paraphrases whose right entry search did not rank first: question, wanted, found. */
  misses: { question: string; wanted: string; found: string; score: number }[];
  /** Off-topic questions answered or offered an entry: question, entry, score. */
  notDeclined: { question: string; found: string; score: number }[];
}

export interface Asked {
  question: string;
  wanted: string | null;
  ranked: RankedHit[];
}

/**
 * Asks every question of the set the way sendMessage does (a new conversation, the embedded
 * assistant), against the knowledge base in `faqs`, and counts per subset (`tune`, `holdout`)
 * and for all.
 */
export async function evaluateAssistant(faqs: FaqRepository, set: ParaphraseSet, index?: FaqVectorIndex): Promise<Record<string, AssistantFigures>> {
  const asked = await askAll(faqs, set, index);
  const figures: Record<string, AssistantFigures> = {};
  for (const [subset, rows] of asked) figures[subset] = figuresOf(rows);
  figures.all = figuresOf([...asked.values()].flat());
  return figures;
}

/** Every question's ranked entries, by subset. */
export async function askAll(faqs: FaqRepository, set: ParaphraseSet, index?: FaqVectorIndex): Promise<Map<string, Asked[]>> {
  const asked = new Map<string, Asked[]>();
  const questions = [
    ...set.paraphrases.map((p) => ({ subset: p.set, question: p.question, wanted: p.faq as string | null })),
    ...set.offTopic.map((o) => ({ subset: o.set, question: o.question, wanted: null })),
  ];
  for (const { subset, question, wanted } of questions) {
    const retrieval = await retrieve(faqs, question, [], index);
    const list = asked.get(subset) ?? [];
    list.push({ question, wanted, ranked: retrieval.ranked });
    asked.set(subset, list);
  }
  return asked;
}

/** The figures of asked questions under a lexical weight and thresholds (the eval's search for them re-scores without asking again). */
export function figuresOf(rows: readonly Asked[], lexicalWeight: number = LEXICAL_WEIGHT, thresholds: Thresholds = THRESHOLDS): AssistantFigures {
  const figures: AssistantFigures = { paraphrases: 0, searchFirst: 0, answeredRight: 0, citedFirst: 0, answeredWrong: 0, offTopic: 0, declined: 0, misses: [], notDeclined: [] };
  for (const row of rows) {
    const ranked = rescored(row.ranked, lexicalWeight);
    const confidence = confidenceOf(ranked, thresholds);
    const first = ranked[0]?.faq.question;
    if (row.wanted === null) {
      figures.offTopic++;
      if (confidence === 'none') figures.declined++;
      else figures.notDeclined.push({ question: row.question, found: first!, score: ranked[0]!.score });
      continue;
    }
    figures.paraphrases++;
    const right = first === row.wanted;
    if (right) figures.searchFirst++;
    else figures.misses.push({ question: row.question, wanted: row.wanted, found: first ?? '(nothing)', score: ranked[0]?.score ?? 0 });
    if (right && confidence !== 'none') figures.citedFirst++;
    if (confidence === 'answer') {
      if (right) figures.answeredRight++;
      else figures.answeredWrong++;
    }
  }
  return figures;
}

function rescored(ranked: readonly RankedHit[], lexicalWeight: number): RankedHit[] {
  if (lexicalWeight === LEXICAL_WEIGHT) return [...ranked];
  return ranked
    .map((hit) => ({ ...hit, score: combinedScore(hit.semantic, hit.lexical, hit.named, lexicalWeight) }))
    .sort(bestFirst);
}
