import { Level, Sentiment, TicketCategory } from '../../entities/enums';

/** What the model must answer; priority is deliberately absent, it comes from the matrix. */
export interface LlmAnswer {
  reasoning: string;
  category: TicketCategory;
  urgency: Level;
  impact: Level;
  sentiment: Sentiment;
  confidence: number;
  keywords: string[];
}

export const LLM_ANSWER_SCHEMA_NAME = 'ticket_classification';

const CATEGORIES = Object.values(TicketCategory);
const LEVELS = Object.values(Level);
const SENTIMENTS = Object.values(Sentiment);
const MAX_KEYWORDS = 8;
const MAX_KEYWORD_LENGTH = 60;
const MAX_REASONING_LENGTH = 600;

/**
 * The JSON schema sent as `response_format` (strict). It keeps to the subset every structured-output
 * engine accepts (OpenAI strict mode, vLLM, Ollama): no numeric ranges or length limits, which
 * parseLlmAnswer checks instead. `reasoning` comes first so the model explains before it decides.
 */
export const LLM_ANSWER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['reasoning', 'category', 'urgency', 'impact', 'sentiment', 'confidence', 'keywords'],
  properties: {
    reasoning: { type: 'string', description: 'One short sentence: which signals in the ticket decided the result.' },
    category: { type: 'string', enum: CATEGORIES },
    urgency: { type: 'string', enum: LEVELS, description: 'How soon the customer needs help.' },
    impact: { type: 'string', enum: LEVELS, description: 'How many people or how much business is affected.' },
    sentiment: { type: 'string', enum: SENTIMENTS },
    confidence: { type: 'number', description: 'Probability from 0 to 1 that the category is right.' },
    keywords: {
      type: 'array',
      items: { type: 'string' },
      description: `Up to ${MAX_KEYWORDS} words or short phrases from the ticket that decided the result, most important first.`,
    },
  },
} as const;

/** The model's answer broke the schema; it must never be stored. */
export class InvalidLlmAnswerError extends Error {
  constructor(
    readonly problems: string[],
    /** Tokens spent on the rejected answer, so that cost is still accounted for. */
    readonly tokensUsed: number,
  ) {
    super(`The model's answer does not match the classification schema: ${problems.join('; ')}`);
    this.name = 'InvalidLlmAnswerError';
  }
}

/**
 * Checks the model's message content against the schema by hand: servers that only claim
 * OpenAI compatibility may ignore `strict`, and an answer is never trusted because it parsed.
 * Keywords are tidied (trimmed, deduplicated, capped); every other deviation rejects the answer.
 */
export function parseLlmAnswer(content: string | null | undefined, tokensUsed: number): LlmAnswer {
  if (typeof content !== 'string' || content.trim() === '') throw new InvalidLlmAnswerError(['the answer is empty'], tokensUsed);
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    throw new InvalidLlmAnswerError([`the answer is not JSON: ${preview(content)}`], tokensUsed);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidLlmAnswerError(['the answer is not a JSON object'], tokensUsed);
  }
  const answer = value as Record<string, unknown>;
  const problems: string[] = [];
  const allowed = new Set<string>(LLM_ANSWER_SCHEMA.required);
  for (const key of Object.keys(answer)) if (!allowed.has(key)) problems.push(`unexpected field ${key}`);

  const oneOf = <T extends string>(field: string, values: readonly T[]): T => {
    const got = answer[field];
    if (typeof got !== 'string' || !(values as readonly string[]).includes(got)) {
      problems.push(`${field} must be one of ${values.join(', ')}, got ${JSON.stringify(got)}`);
    }
    return got as T;
  };
  const category = oneOf('category', CATEGORIES);
  const urgency = oneOf('urgency', LEVELS);
  const impact = oneOf('impact', LEVELS);
  const sentiment = oneOf('sentiment', SENTIMENTS);

  const confidence = answer.confidence;
  if (typeof confidence !== 'number' || !Number.isFinite(confidence) || confidence < 0 || confidence > 1) {
    problems.push(`confidence must be a number from 0 to 1, got ${JSON.stringify(confidence)}`);
  }

  const reasoning = typeof answer.reasoning === 'string' ? answer.reasoning.trim() : '';
  if (reasoning === '') problems.push('reasoning must be a non-empty string');

  const keywords = answer.keywords;
  if (!Array.isArray(keywords) || !keywords.every((k) => typeof k === 'string')) {
    problems.push('keywords must be an array of strings');
  }

  if (problems.length > 0) throw new InvalidLlmAnswerError(problems, tokensUsed);
  return {
    reasoning: clip(reasoning, MAX_REASONING_LENGTH),
    category,
    urgency,
    impact,
    sentiment,
    confidence: confidence as number,
    keywords: tidyKeywords(keywords as string[]),
  };
}

function tidyKeywords(keywords: string[]): string[] {
  const seen = new Set<string>();
  const tidy: string[] = [];
  for (const raw of keywords) {
    const keyword = clip(raw.trim().replace(/\s+/g, ' '), MAX_KEYWORD_LENGTH);
    const key = keyword.toLowerCase();
    if (keyword === '' || seen.has(key)) continue;
    seen.add(key);
    tidy.push(keyword);
    if (tidy.length === MAX_KEYWORDS) break;
  }
  return tidy;
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function preview(content: string): string {
  return JSON.stringify(clip(content, 80));
}
