import type { ClassificationResult } from '../../src/entities/classification.value';
import { Level, Sentiment, TicketCategory } from '../../src/entities/enums';
import type { Classifier, ClassifyOptions, TicketText } from '../../src/services/classifier/classifier';
import { priorityFor } from '../../src/services/classifier/priority-matrix';

/**
 * Plays the embedded classifier (written separately) where FallbackClassifier needs a collaborator:
 * a real, deterministic Classifier that looks for a few words. Tests only.
 */
export class KeywordStandInClassifier implements Classifier {
  readonly model = 'keyword-stand-in@1';
  calls = 0;

  async classify(ticket: TicketText, options: ClassifyOptions = {}): Promise<ClassificationResult> {
    options.signal?.throwIfAborted();
    this.calls += 1;
    const text = `${ticket.subject} ${ticket.description}`.toLowerCase();
    const billing = /invoice|refund|charge/.test(text);
    const down = /down|outage/.test(text);
    const urgency = down ? Level.HIGH : Level.LOW;
    const impact = down ? Level.HIGH : Level.LOW;
    return {
      category: billing ? TicketCategory.BILLING_QUESTION : down ? TicketCategory.TECHNICAL_ISSUE : TicketCategory.OTHER,
      priority: priorityFor(urgency, impact),
      urgency,
      impact,
      sentiment: Sentiment.NEUTRAL,
      confidence: 0.5,
      reasoning: billing ? 'Mentions billing words.' : down ? 'Mentions an outage.' : 'No known words.',
      keywords: billing ? ['invoice'] : down ? ['down'] : [],
      model: this.model,
      tokensUsed: 0,
    };
  }
}

/** A primary that always fails with `error`, counting how often it was asked. */
export class FailingClassifier implements Classifier {
  calls = 0;

  constructor(
    readonly model: string,
    private readonly error: Error,
  ) {}

  async classify(_ticket: TicketText, options: ClassifyOptions = {}): Promise<ClassificationResult> {
    this.calls += 1;
    options.signal?.throwIfAborted();
    throw this.error;
  }
}
