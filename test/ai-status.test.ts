import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Role } from '../src/entities/enums';
import { AiStatusDocument, ClassifyTextDocument, SendMessageDocument, type AiStatusQuery } from './gql/graphql';
import { useFakeOpenAiApi } from './helpers/fake-openai-api';
import { completionReply, errorReply } from './helpers/fake-openai-server';
import { useTestApi, type TestApi } from './helpers/harness';

const TEXT = { subject: 'Printer', description: 'The office printer prints nothing since this morning.' };
const CLASSIFICATION = {
  reasoning: 'Nobody can print.', category: 'TECHNICAL_ISSUE', urgency: 'HIGH', impact: 'HIGH', sentiment: 'NEGATIVE', confidence: 0.9, keywords: ['printer'],
};

type ModelStatus = AiStatusQuery['aiStatus'][number];

async function statusOf(api: TestApi): Promise<Record<ModelStatus['kind'], ModelStatus>> {
  const { aiStatus } = await api.run(AiStatusDocument, {});
  expect(aiStatus.map((m) => m.kind)).toEqual(['EMBEDDED_CLASSIFIER', 'SENTENCE_VECTORS', 'OCR', 'LLM']);
  return Object.fromEntries(aiStatus.map((m) => [m.kind, m])) as Record<ModelStatus['kind'], ModelStatus>;
}

// Protocol test: the LLM is a local server speaking OpenAI's protocol, up, failing, then gone.
describe('aiStatus with an OpenAI-compatible model', () => {
  const { fake, api } = useFakeOpenAiApi(2000);

  test('the LLM up: reachable, each call counted with its latency; a failing call is its last error, the embedded model answering', async () => {
    const before = await statusOf(api);
    expect(before.LLM).toMatchObject({ version: 'openai:gpt-test', configured: true, loaded: null, reachable: true, probeError: null });
    expect(fake.requests.at(-1)).toMatchObject({ method: 'GET', url: '/v1/models' });
    expect(fake.requests.at(-1)!.headers.authorization).toBe('Bearer sk-test');
    expect(before.EMBEDDED_CLASSIFIER).toMatchObject({ version: expect.stringMatching(/^embedded-linear@/), configured: true, loaded: true, reachable: null });

    fake.reply(completionReply(CLASSIFICATION, undefined, { delayMs: 300 }));
    expect((await api.run(ClassifyTextDocument, TEXT)).classifyText.model).toBe('openai:gpt-test');
    const up = await statusOf(api);
    expect(up.LLM).toMatchObject({ calls: before.LLM.calls + 1, failures: before.LLM.failures, lastError: null, lastErrorAt: null });
    // The one call took at least the server's 300 ms: it is the slowest of the recent calls.
    expect(up.LLM.p95Ms).toBeGreaterThanOrEqual(300);
    expect(up.LLM.p50Ms).toBeGreaterThan(0);
    expect(up.LLM.p50Ms).toBeLessThanOrEqual(up.LLM.p95Ms!);
    expect(up.EMBEDDED_CLASSIFIER.calls).toBe(before.EMBEDDED_CLASSIFIER.calls);

    fake.reply(errorReply(500, 'server_error'));
    expect((await api.run(ClassifyTextDocument, TEXT)).classifyText.model).toMatch(/^embedded-linear@/);
    const failed = await statusOf(api);
    expect(failed.LLM).toMatchObject({ calls: up.LLM.calls + 1, failures: up.LLM.failures + 1, reachable: true, lastError: 'server error (HTTP 500) (1 attempt)' });
    expect(failed.LLM.lastErrorAt).toBe(failed.LLM.lastCallAt);
    expect(failed.EMBEDDED_CLASSIFIER).toMatchObject({ calls: up.EMBEDDED_CLASSIFIER.calls + 1, failures: 0, lastError: null });
    expect(failed.EMBEDDED_CLASSIFIER.p50Ms).toBeGreaterThan(0);
  });

  test('the streamed chat\'s answers are LLM calls too: each counted from its request to its last chunk, a broken stream the last error', async () => {
    const before = await statusOf(api);
    // Four pauses of 150 ms between the server's chunks: the call lasts at least 600 ms.
    fake.reply({ stream: ['Restart ', 'the printer ', 'with its power button.'], chunkDelayMs: 150 });
    const streamed = (await api.run(SendMessageDocument, { message: 'How do I restart the printer?' })).sendMessage;
    expect(streamed).toMatchObject({ response: 'Restart the printer with its power button.', model: 'openai:gpt-test', fallback: false });
    const up = await statusOf(api);
    expect(up.LLM).toMatchObject({ calls: before.LLM.calls + 1, failures: before.LLM.failures });
    expect(up.LLM.p95Ms).toBeGreaterThanOrEqual(600);

    fake.reply({ stream: ['Restart ', 'the printer'], breakAfter: 1 });
    const broken = (await api.run(SendMessageDocument, { message: 'How do I restart the printer?' })).sendMessage;
    expect(broken.fallback).toBe(true);
    const failed = await statusOf(api);
    expect(failed.LLM).toMatchObject({ calls: up.LLM.calls + 1, failures: up.LLM.failures + 1, lastError: 'the model\'s answer failed: terminated' });
    expect(failed.LLM.lastErrorAt).toBe(failed.LLM.lastCallAt);
  });

  test('only staff see it', async () => {
    const customer = await api.user(Role.CUSTOMER, 'cora');
    const refused = await api.execute(AiStatusDocument, {}, customer);
    expect(refused.errors![0]).toMatchObject({ message: 'Only admin or agent users may see the AI models\' status', extensions: { code: 'FORBIDDEN' } });
  });
});

describe('aiStatus with the LLM down', () => {
  let port: number;
  beforeAll(async () => {
    // A port nothing listens on any more.
    const server = http.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
    await new Promise((resolve) => server.close(resolve));
  });
  const api = useTestApi(() => ({
    OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`, OPENAI_MODEL: 'gpt-test', OPENAI_TIMEOUT_MS: '2000', OPENAI_MAX_RETRIES: '0',
  }));

  test('unreachable, with why; classification goes on with the embedded model and the failure is the last error', async () => {
    const before = await statusOf(api);
    expect(before.LLM).toMatchObject({ version: 'openai:gpt-test', configured: true, reachable: false, probeError: 'Connection error.' });
    expect((await api.run(ClassifyTextDocument, TEXT)).classifyText.model).toMatch(/^embedded-linear@/);
    const after = await statusOf(api);
    expect(after.LLM).toMatchObject({ calls: before.LLM.calls + 1, failures: before.LLM.failures + 1, reachable: false, lastError: 'server unreachable (1 attempt)' });
  });
});

describe('aiStatus without an LLM', () => {
  const api = useTestApi();

  test('the LLM is not configured; the sentence vectors load at their first use', async () => {
    const status = await statusOf(api);
    expect(status.LLM).toMatchObject({ version: null, configured: false, loaded: null, reachable: null, probeError: null });
    expect(status.SENTENCE_VECTORS).toMatchObject({ version: expect.any(String), configured: true });
    expect(status.OCR).toMatchObject({ version: expect.stringMatching(/^tesseract\.js@\d+\.\d+\.\d+ eng$/), configured: true, loaded: false });
  });
});
