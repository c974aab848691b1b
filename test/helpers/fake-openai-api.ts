import { afterAll, beforeAll } from 'vitest';
import { FakeOpenAiServer } from './fake-openai-server';
import { useTestApi, type TestApi } from './harness';

/**
 * A fake OpenAI-compatible server for the file or `describe` block this is called in (listening
 * before its tests, closed after them), and the API pointed at it: a test model, no retries, and
 * `timeoutMs` for each call.
 */
export function useFakeOpenAiApi(timeoutMs = 1000): { fake: FakeOpenAiServer; api: TestApi } {
  const fake = FakeOpenAiServer.unstarted();
  beforeAll(() => fake.listen());
  afterAll(() => fake.close());
  const api = useTestApi(() => ({
    OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'gpt-test', OPENAI_TIMEOUT_MS: String(timeoutMs), OPENAI_MAX_RETRIES: '0',
  }));
  return { fake, api };
}
