import type OpenAI from 'openai';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import type { ClassificationResult } from '../../entities/classification.value';
import type { Logger } from '../../logger';
import { ConcurrencyLimiter } from '../shared/concurrency-limiter';
import { createOpenAiClient } from '../shared/openai-client';
import { withOpenAiRetries } from '../shared/openai-retry';
import { classificationMessages } from './classification-prompt';
import type { Classifier, ClassifyOptions, TicketText } from './classifier';
import { InvalidLlmAnswerError, LLM_ANSWER_SCHEMA, LLM_ANSWER_SCHEMA_NAME, parseLlmAnswer } from './llm-answer';
import { priorityFor } from './priority-matrix';

export interface LlmClassifierOptions {
  apiKey: string;
  /** An OpenAI-compatible server; the SDK's default (api.openai.com) when absent. */
  baseURL?: string;
  /** Model name as the server knows it, e.g. `gpt-4o-mini` or `llama3.1:8b`. */
  model: string;
  /** Per request attempt. */
  timeoutMs: number;
  /** Retries after the first attempt, on timeouts, network errors, 408, 429 and 5xx. */
  maxRetries: number;
  /** Requests in flight at once from this instance; the others queue. */
  maxConcurrency: number;
  logger?: Logger;
}

/**
 * Classifies through chat completions with structured output (a strict JSON schema whose enums are
 * our taxonomy). Results report `model` as `openai:<model>`: the protocol, then the configured
 * name, whichever server (OpenAI, Azure, Ollama, vLLM) serves it. Throws OpenAiRequestError when
 * the server fails for good and InvalidLlmAnswerError when its answer breaks the schema.
 */
export class LlmClassifier implements Classifier {
  readonly model: string;
  private readonly client: OpenAI;
  private readonly limiter: ConcurrencyLimiter;

  constructor(private readonly options: LlmClassifierOptions) {
    this.model = `openai:${options.model}`;
    // Retries and timeouts are ours (withOpenAiRetries): the SDK's retries are off, and its timeout,
    // which stops waiting at the headers, is only a backstop behind ours, which covers the body too.
    this.client = createOpenAiClient({ ...options, timeoutMs: options.timeoutMs + 1_000, maxRetries: 0 });
    this.limiter = new ConcurrencyLimiter(options.maxConcurrency);
  }

  /** Lists the server's models: down when it cannot be reached, refuses the key, or fails (5xx). */
  async ping(signal: AbortSignal): Promise<void> {
    try {
      await this.client.models.list({ signal, maxRetries: 0 });
    } catch (error) {
      const status = (error as { status?: unknown }).status;
      if (typeof status === 'number' && status < 500 && status !== 401 && status !== 403) return;
      throw new Error(typeof status === 'number' ? `the LLM server answered HTTP ${status}` : 'the LLM server cannot be reached', { cause: error });
    }
  }

  async classify(ticket: TicketText, options: ClassifyOptions = {}): Promise<ClassificationResult> {
    const { signal } = options;
    const startedAt = performance.now();
    // The slot is held through retries and backoff, so a rate-limited server sees no more pressure.
    const completion = await this.limiter.run(
      () =>
        withOpenAiRetries(
          (attemptSignal) =>
            this.client.chat.completions.create(
              {
                model: this.options.model,
                messages: classificationMessages(ticket),
                response_format: {
                  type: 'json_schema',
                  json_schema: { name: LLM_ANSWER_SCHEMA_NAME, strict: true, schema: LLM_ANSWER_SCHEMA },
                },
              },
              { signal: attemptSignal },
            ),
          { timeoutMs: this.options.timeoutMs, maxRetries: this.options.maxRetries, signal, logger: this.options.logger },
        ),
      signal,
    );

    const tokensUsed = completion.usage?.total_tokens ?? 0;
    const answer = parseLlmAnswer(answerContent(completion, tokensUsed), tokensUsed);
    const durationMs = Math.round(performance.now() - startedAt);
    this.options.logger?.debug(
      { model: this.model, servedBy: completion.model, tokensUsed, durationMs },
      'ticket classified by the LLM',
    );
    return {
      category: answer.category,
      priority: priorityFor(answer.urgency, answer.impact),
      urgency: answer.urgency,
      impact: answer.impact,
      sentiment: answer.sentiment,
      confidence: answer.confidence,
      reasoning: answer.reasoning,
      keywords: answer.keywords,
      model: this.model,
      tokensUsed,
    };
  }
}

/** The message content, when the completion finished normally with one. */
function answerContent(completion: ChatCompletion, tokensUsed: number): string | null {
  // Servers that only resemble OpenAI's may send no choices array at all.
  const choice = Array.isArray(completion.choices) ? completion.choices[0] : undefined;
  if (!choice) throw new InvalidLlmAnswerError(['the answer has no choices'], tokensUsed);
  if (choice.message?.refusal) throw new InvalidLlmAnswerError([`the model refused: ${choice.message.refusal}`], tokensUsed);
  if (choice.finish_reason === 'length') {
    throw new InvalidLlmAnswerError(['the answer was cut off at the token limit'], tokensUsed);
  }
  return choice.message?.content;
}
