import type { ClassificationResult } from '../../entities/classification.value';
import { ServiceUnavailableError } from '../../errors';
import type { Logger } from '../../logger';
import type { Classifier, ClassifyOptions, TicketText } from './classifier';

export interface FallbackClassifierOptions {
  /** The preferred classifier (the LLM); undefined when none is configured. */
  primary: Classifier | undefined;
  /** Answers whenever the primary cannot (the embedded model). */
  fallback: Classifier;
  logger?: Logger;
}

/**
 * Asks the primary classifier and, when it fails, the fallback; the result's `model` says which
 * one answered. With `llmOnly` the fallback is never asked and a failure is SERVICE_UNAVAILABLE.
 * `model` names the primary when there is one, as that is the answer callers normally get.
 */
export class FallbackClassifier implements Classifier {
  readonly model: string;

  constructor(private readonly options: FallbackClassifierOptions) {
    this.model = options.primary?.model ?? options.fallback.model;
  }

  async classify(ticket: TicketText, options: ClassifyOptions = {}): Promise<ClassificationResult> {
    const { primary, fallback, logger } = this.options;
    const { llmOnly = false, signal } = options;
    if (!primary) {
      if (llmOnly) throw new ServiceUnavailableError('LLM classification is not configured on this server');
      return fallback.classify(ticket, { signal });
    }
    try {
      return await primary.classify(ticket, { signal });
    } catch (error) {
      // A cancelled caller wants no answer at all, not the fallback's.
      if (signal?.aborted) throw error;
      if (llmOnly) {
        logger?.warn({ err: error, model: primary.model }, 'LLM classification failed and the fallback was not allowed');
        throw Object.assign(
          new ServiceUnavailableError(`LLM classification (${primary.model}) is unavailable right now; try again later`),
          { cause: error },
        );
      }
      logger?.warn(
        { err: error, model: primary.model, fallback: fallback.model },
        'LLM classification failed; the fallback classifier answers',
      );
      return fallback.classify(ticket, { signal });
    }
  }
}
