import { toFile } from 'openai';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { createOpenAiClient } from '../shared/openai-client';

/** Transcription takes longer than a chat answer: a minute of speech per few seconds, and the file must travel. */
const MIN_TIMEOUT_MS = 120_000;

/**
 * The speech in a recording, from the configured OpenAI-compatible `/audio/transcriptions`
 * endpoint (OpenAI's Whisper API, or a local Whisper server). Undefined without OPENAI_API_KEY.
 */
export async function transcribe(
  config: Config,
  logger: Logger,
  file: { bytes: Buffer; fileName: string; contentType: string },
): Promise<string | undefined> {
  const openai = config.openai;
  if (!openai) return undefined;
  const client = createOpenAiClient({
    apiKey: openai.apiKey,
    baseURL: openai.baseURL,
    timeoutMs: Math.max(openai.timeoutMs, MIN_TIMEOUT_MS),
    maxRetries: openai.maxRetries,
    logger,
  });
  const transcription = await client.audio.transcriptions.create({
    file: await toFile(file.bytes, file.fileName, { type: file.contentType }),
    model: openai.transcriptionModel,
    response_format: 'json',
  });
  return transcription.text;
}
