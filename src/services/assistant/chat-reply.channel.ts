import type { Channel } from '../../pubsub';

/** A piece of an assistant reply as it is written; the last one has `done` and the whole `content`. */
export interface ChatReplyChunk {
  conversationId: string;
  messageId: string;
  delta: string;
  done: boolean;
  /** The complete reply, on the final chunk only. */
  content: string | null;
}

/** One topic per conversation, so a subscriber hears only the conversation it watches. */
export function chatReplyChannel(conversationId: string): Channel<ChatReplyChunk> {
  return {
    topic: `chat-reply:${conversationId}`,
    encode: (chunk) => JSON.stringify(chunk),
    decode: (text) => JSON.parse(text) as ChatReplyChunk,
  };
}
