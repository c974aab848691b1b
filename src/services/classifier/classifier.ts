import type { ClassificationResult } from '../../entities/classification.value';

/** The text a classifier reads. */
export interface TicketText {
  subject: string;
  description: string;
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
