import OpenAI from 'openai';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { ConcurrencyLimiter } from './concurrency-limiter';
import { withOpenAiRetries } from './openai-retry';

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

export interface OpenAiClientOptions {
  apiKey: string;
  /** Any OpenAI-compatible server, e.g. `http://localhost:11434/v1` (Ollama) or an Azure `/openai/v1/` URL. */
  baseURL?: string;
  /** Per request, in milliseconds. */
  timeoutMs: number;
  /**
   * Retries done by the SDK itself. Callers with their own retry policy (the classifier) pass 0;
   * a streaming chat may leave them to the SDK, which only retries before the first byte.
   */
  maxRetries: number;
  logger?: Logger;
}

/**
 * The one place an OpenAI client is built, shared by the classifier and the chat assistant.
 * Every setting is passed explicitly because the SDK otherwise falls back to reading
 * OPENAI_* variables from the environment, and only src/config.ts may do that.
 */
export function createOpenAiClient(options: OpenAiClientOptions): OpenAI {
  const logger = options.logger?.child({ component: 'openai-sdk' });
  return new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? OPENAI_DEFAULT_BASE_URL,
    organization: null,
    project: null,
    adminAPIKey: null,
    webhookSecret: null,
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
    logLevel: logger ? 'warn' : 'off',
    // The SDK logs `(message, ...details)`; pino wants the details first.
    logger: logger && {
      error: (message, ...details) => logger.error({ details }, message),
      warn: (message, ...details) => logger.warn({ details }, message),
      info: (message, ...details) => logger.info({ details }, message),
      debug: (message, ...details) => logger.debug({ details }, message),
    },
  });
}

type OpenAiSettings = NonNullable<Config['openai']>;
const sharedClients = new WeakMap<OpenAiSettings, { client: OpenAI; limiter: ConcurrencyLimiter }>();

/** One client and concurrency limit per configuration, shared by every single-shot completion of the process (ticket drafts, file summaries). */
function sharedOpenAiClient(settings: OpenAiSettings, logger: Logger): { client: OpenAI; limiter: ConcurrencyLimiter } {
  let entry = sharedClients.get(settings);
  if (!entry) {
    entry = {
      // Retries and timeouts are withOpenAiRetries'; the SDK's timeout is only a backstop behind them.
      client: createOpenAiClient({ ...settings, timeoutMs: settings.timeoutMs + 1_000, maxRetries: 0, logger }),
      limiter: new ConcurrencyLimiter(settings.maxConcurrency),
    };
    sharedClients.set(settings, entry);
  }
  return entry;
}

/**
 * One chat completion of the configured model whose answer must follow a strict JSON schema
 * (named `name`): the answer's text, for the caller to check (servers that only claim structured
 * output send anything). Throws when the server fails for good.
 */
export async function structuredCompletion(
  settings: OpenAiSettings,
  logger: Logger,
  request: { name: string; schema: Record<string, unknown>; messages: ChatCompletionMessageParam[] },
): Promise<string | null | undefined> {
  const { client, limiter } = sharedOpenAiClient(settings, logger);
  const completion = await limiter.run(() =>
    withOpenAiRetries(
      (signal) =>
        client.chat.completions.create(
          {
            model: settings.model,
            messages: request.messages,
            response_format: { type: 'json_schema', json_schema: { name: request.name, strict: true, schema: request.schema } },
          },
          { signal },
        ),
      { timeoutMs: settings.timeoutMs, maxRetries: settings.maxRetries, logger },
    ),
  );
  return completion.choices?.[0]?.message?.content;
}
