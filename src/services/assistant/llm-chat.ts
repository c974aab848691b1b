import type OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { MODEL_CALLS } from '../ai-status/model-calls';
import { ConcurrencyLimiter } from '../shared/concurrency-limiter';
import { createOpenAiClient } from '../shared/openai-client';

export interface StreamedReply {
  content: string;
  /** As the server reported it (`stream_options.include_usage`); undefined when it did not. */
  tokensUsed: number | undefined;
}

/** The model failed before finishing; `partial` is what it had sent (and was streamed) by then. */
export class ChatStreamError extends Error {
  constructor(
    message: string,
    readonly partial: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ChatStreamError';
  }
}

type OpenAiSettings = NonNullable<Config['openai']>;

/**
 * Streams chat completions from an OpenAI-compatible server. The SDK retries a request that
 * fails before its first byte (`maxRetries`); once tokens flow, a failure is final, since they
 * were already shown. A stream idle for `timeoutMs` is aborted; one that ends without a finish
 * reason counts as broken.
 */
export class LlmChat {
  readonly model: string;
  private readonly client: OpenAI;
  private readonly limiter: ConcurrencyLimiter;

  constructor(
    private readonly settings: OpenAiSettings,
    private readonly logger?: Logger,
  ) {
    this.model = `openai:${settings.model}`;
    this.client = createOpenAiClient({ ...settings, logger });
    this.limiter = new ConcurrencyLimiter(settings.maxConcurrency);
  }

  stream(messages: ChatCompletionMessageParam[], onDelta: (delta: string) => Promise<void>): Promise<StreamedReply> {
    // Counted in aiStatus like the other LLM calls, from the request to the stream's last chunk.
    return this.limiter.run(() => MODEL_CALLS.llm.time(() => this.streamOnce(messages, onDelta)));
  }

  private async streamOnce(messages: ChatCompletionMessageParam[], onDelta: (delta: string) => Promise<void>): Promise<StreamedReply> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const idle = () => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(new Error(`no data for ${this.settings.timeoutMs} ms`)), this.settings.timeoutMs);
    };
    let content = '';
    let tokensUsed: number | undefined;
    let finished = false;
    try {
      idle();
      const stream = await this.client.chat.completions.create(
        { model: this.settings.model, messages, stream: true, stream_options: { include_usage: true } },
        { signal: controller.signal },
      );
      for await (const chunk of stream) {
        idle();
        const choice = chunk.choices?.[0];
        const delta = choice?.delta?.content;
        if (delta) {
          content += delta;
          await onDelta(delta);
        }
        if (choice?.finish_reason) finished = true;
        if (chunk.usage) tokensUsed = chunk.usage.total_tokens;
      }
    } catch (error) {
      const reason = controller.signal.aborted ? (controller.signal.reason as Error).message : (error as Error).message;
      throw new ChatStreamError(`the model's answer failed: ${reason}`, content, { cause: error });
    } finally {
      clearTimeout(timer);
    }
    if (!finished) throw new ChatStreamError('the model\'s answer ended before it was finished', content);
    return { content, tokensUsed };
  }
}

/** One client and concurrency limit per configuration, shared by every request of the process. */
const chats = new WeakMap<OpenAiSettings, LlmChat>();

export function llmChatFor(config: Config, logger: Logger): LlmChat | undefined {
  if (!config.openai) return undefined;
  let chat = chats.get(config.openai);
  if (!chat) {
    chat = new LlmChat(config.openai, logger);
    chats.set(config.openai, chat);
  }
  return chat;
}
