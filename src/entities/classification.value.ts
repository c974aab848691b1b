import type { Level, Sentiment, TicketCategory, TicketPriority } from './enums';

/** Everything a classification yields (DESIGN.md, "Classification"). */
export interface ClassificationResult {
  category: TicketCategory;
  priority: TicketPriority;
  urgency: Level;
  impact: Level;
  sentiment: Sentiment;
  /** Calibrated probability (0-1) that `category` is right. */
  confidence: number;
  /** One sentence a person can read: which signals decided the result. */
  reasoning: string;
  /** The features that contributed most, most important first. */
  keywords: string[];
  /** Name and version of the model that answered, e.g. `embedded-linear@3` or `openai:gpt-4o-mini`. */
  model: string;
  /** Tokens the model used (prompt + completion); 0 for the embedded model. */
  tokensUsed: number;
}

/** What the classifier concluded, as stored with the ticket (a JSON column). */
export interface ClassificationRecord extends ClassificationResult {
  /** ISO-8601: stored as JSON. */
  classifiedAt: string;
}

/** The ticket fields a classification sets, unless a person set them. */
export type ClassifiedField = 'category' | 'priority';
