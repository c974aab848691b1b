import type { Level, Sentiment, TicketCategory, TicketPriority } from '../../entities/enums';

/** The text a classifier reads. */
export interface TicketText {
  subject: string;
  description: string;
}

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

export interface ClassifyOptions {
  signal?: AbortSignal;
  /**
   * Demand the LLM's answer: SERVICE_UNAVAILABLE instead of the embedded model's when the LLM is
   * not configured or fails. Acted on by FallbackClassifier, the classifier the app is given.
   */
  llmOnly?: boolean;
}

export interface Classifier {
  /** Name and version, as results report it in `model`. */
  readonly model: string;
  classify(ticket: TicketText, options?: ClassifyOptions): Promise<ClassificationResult>;
}
