// Protocol tests: the classifier talks HTTP to a local server speaking OpenAI chat completions.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ServiceUnavailableError } from '../../src/errors';
import { CLASSIFICATION_SYSTEM_PROMPT } from '../../src/services/classifier/classification-prompt';
import type { TicketText } from '../../src/services/classifier/classifier';
import { FallbackClassifier } from '../../src/services/classifier/fallback-classifier';
import { InvalidLlmAnswerError } from '../../src/services/classifier/llm-answer';
import { LlmClassifier, type LlmClassifierOptions } from '../../src/services/classifier/llm-classifier';
import { OpenAiRequestError } from '../../src/services/shared/openai-retry';
import { captureLogger } from '../helpers/capture-logger';
import { FakeOpenAiServer, completionReply, errorReply } from '../helpers/fake-openai-server';
import { KeywordStandInClassifier } from '../helpers/stand-in-classifiers';
import { failureOf } from '../helpers/wait';

const TICKET: TicketText = {
  subject: 'Checkout is down',
  description: 'Every customer gets an error at checkout since 9:00, we are losing sales.',
};

const ANSWER = {
  reasoning: 'Checkout fails for every customer, so sales are lost right now.',
  category: 'TECHNICAL_ISSUE',
  urgency: 'HIGH',
  impact: 'MEDIUM',
  sentiment: 'NEGATIVE',
  confidence: 0.92,
  keywords: ['checkout', 'every customer', 'losing sales'],
};

const CATEGORY_ENUM = ['ACCOUNT_ACCESS', 'TECHNICAL_ISSUE', 'BILLING_QUESTION', 'FEATURE_REQUEST', 'BUG_REPORT', 'OTHER'];

/** What the keyword stand-in answers for TICKET. */
const STAND_IN_RESULT = {
  category: 'TECHNICAL_ISSUE',
  priority: 'URGENT',
  urgency: 'HIGH',
  impact: 'HIGH',
  sentiment: 'NEUTRAL',
  confidence: 0.5,
  reasoning: 'Mentions an outage.',
  keywords: ['down'],
  model: 'keyword-stand-in@1',
  tokensUsed: 0,
};

let server: FakeOpenAiServer;

beforeEach(async () => {
  server = await FakeOpenAiServer.start();
});

afterEach(async () => {
  await server.close();
});

function llm(options: Partial<LlmClassifierOptions> = {}): LlmClassifier {
  return new LlmClassifier({
    apiKey: 'test-key',
    baseURL: server.baseURL,
    model: 'gpt-test',
    timeoutMs: 2_000,
    maxRetries: 2,
    maxConcurrency: 4,
    ...options,
  });
}

function gapMs(): number {
  return server.requests[1]!.receivedAt - server.requests[0]!.receivedAt;
}

describe('LlmClassifier (protocol test)', () => {
  test('a valid answer becomes a result with the priority from the matrix and the tokens used', async () => {
    server.reply(completionReply(ANSWER));

    const result = await llm().classify(TICKET);

    expect(result).toEqual({
      category: 'TECHNICAL_ISSUE',
      priority: 'HIGH', // urgency HIGH x impact MEDIUM
      urgency: 'HIGH',
      impact: 'MEDIUM',
      sentiment: 'NEGATIVE',
      confidence: 0.92,
      reasoning: 'Checkout fails for every customer, so sales are lost right now.',
      keywords: ['checkout', 'every customer', 'losing sales'],
      model: 'openai:gpt-test',
      tokensUsed: 321,
    });
    expect(llm().model).toBe('openai:gpt-test');
  });

  test.each([
    ['HIGH', 'HIGH', 'URGENT'],
    ['LOW', 'HIGH', 'MEDIUM'],
    ['MEDIUM', 'LOW', 'LOW'],
  ])('urgency %s and impact %s give priority %s', async (urgency, impact, priority) => {
    server.reply(completionReply({ ...ANSWER, urgency, impact }));

    const result = await llm().classify(TICKET);

    expect([result.urgency, result.impact, result.priority]).toEqual([urgency, impact, priority]);
  });

  test('the request carries the strict JSON schema with our enums, the prompt and the API key', async () => {
    server.reply(completionReply(ANSWER));

    await llm().classify(TICKET);

    expect(server.requests).toHaveLength(1);
    const [{ body, headers }] = server.requests as [(typeof server.requests)[0]];
    expect(headers.authorization).toBe('Bearer test-key');
    expect(body.model).toBe('gpt-test');
    expect(body.stream).toBeUndefined();
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema.name).toBe('ticket_classification');
    expect(body.response_format.json_schema.strict).toBe(true);
    const { schema } = body.response_format.json_schema;
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['reasoning', 'category', 'urgency', 'impact', 'sentiment', 'confidence', 'keywords']);
    expect(Object.keys(schema.properties)).toEqual(schema.required); // no priority: the matrix decides it
    expect(schema.properties.category).toEqual({ type: 'string', enum: CATEGORY_ENUM });
    expect(schema.properties.urgency.enum).toEqual(['HIGH', 'MEDIUM', 'LOW']);
    expect(schema.properties.impact.enum).toEqual(['HIGH', 'MEDIUM', 'LOW']);
    expect(schema.properties.sentiment).toEqual({ type: 'string', enum: ['POSITIVE', 'NEUTRAL', 'NEGATIVE'] });
    expect(schema.properties.confidence.type).toBe('number');
    expect(schema.properties.reasoning.type).toBe('string');
    expect(schema.properties.keywords.type).toBe('array');
    expect(schema.properties.keywords.items).toEqual({ type: 'string' });
    expect(body.messages).toEqual([
      { role: 'system', content: CLASSIFICATION_SYSTEM_PROMPT },
      {
        role: 'user',
        content: 'Subject: Checkout is down\n\nDescription:\nEvery customer gets an error at checkout since 9:00, we are losing sales.',
      },
    ]);
  });

  test('a very long description is cut in the middle, keeping its start and end and whole characters', async () => {
    server.reply(completionReply(ANSWER), completionReply(ANSWER));
    const classifier = llm();

    await classifier.classify({ subject: 'Logs\nattached', description: 'H'.repeat(3000) + 'M'.repeat(2000) + 'T'.repeat(1000) });
    await classifier.classify({ subject: 'Emoji', description: '😀'.repeat(5000) });

    expect(server.requests[0]!.body.messages[1].content).toBe(
      `Subject: Logs attached\n\nDescription:\n${'H'.repeat(3000)}\n[… 2000 characters omitted …]\n${'T'.repeat(1000)}`,
    );
    expect(server.requests[1]!.body.messages[1].content).toBe(
      `Subject: Emoji\n\nDescription:\n${'😀'.repeat(3000)}\n[… 1000 characters omitted …]\n${'😀'.repeat(1000)}`,
    );
  });

  test('keywords are trimmed, deduplicated and capped at eight', async () => {
    const keywords = ['  Checkout ', 'checkout', '', 'every   customer', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    server.reply(completionReply({ ...ANSWER, keywords }));

    const result = await llm().classify(TICKET);

    expect(result.keywords).toEqual(['Checkout', 'every customer', 'a', 'b', 'c', 'd', 'e', 'f']);
  });

  describe('retries', () => {
    test('a 429 with Retry-After: 1 is retried after one second and then succeeds', async () => {
      const { logger, lines } = captureLogger('warn');
      server.reply(errorReply(429, 'rate_limit_exceeded', { 'retry-after': '1' }), completionReply(ANSWER));

      const result = await llm({ logger }).classify(TICKET);

      expect(result.category).toBe('TECHNICAL_ISSUE');
      expect(result.tokensUsed).toBe(321);
      expect(server.requests).toHaveLength(2);
      expect(gapMs()).toBeGreaterThanOrEqual(900);
      expect(gapMs()).toBeLessThan(1_500);
      expect(lines).toEqual([
        {
          level: 40,
          time: expect.any(Number),
          attempt: 1,
          delayMs: 1000,
          reason: 'RATE_LIMITED',
          status: 429,
          msg: 'OpenAI request failed; retrying',
        },
      ]);
    });

    test('retry-after-ms wins over Retry-After', async () => {
      server.reply(errorReply(429, 'rate_limit_exceeded', { 'retry-after-ms': '150', 'retry-after': '30' }), completionReply(ANSWER));

      await llm().classify(TICKET);

      expect(server.requests).toHaveLength(2);
      expect(gapMs()).toBeGreaterThanOrEqual(140);
      expect(gapMs()).toBeLessThan(1_000);
    });

    test('Retry-After as an HTTP date is honoured', async () => {
      // HTTP dates have whole seconds, so this asks for a pause of 1 to 2 seconds.
      const at = new Date(Date.now() + 2_000).toUTCString();
      server.reply(errorReply(503, 'overloaded', { 'retry-after': at }), completionReply(ANSWER));

      await llm().classify(TICKET);

      expect(server.requests).toHaveLength(2);
      expect(gapMs()).toBeGreaterThanOrEqual(900);
      expect(gapMs()).toBeLessThan(2_500);
    });

    test('a 5xx without Retry-After is retried after an exponential backoff with jitter (250-500 ms first)', async () => {
      server.reply(errorReply(503, 'server_error'), completionReply(ANSWER));

      await llm({ maxRetries: 1 }).classify(TICKET);

      expect(server.requests).toHaveLength(2);
      expect(gapMs()).toBeGreaterThanOrEqual(240);
      expect(gapMs()).toBeLessThan(900);
    });

    test('after maxRetries retries it gives up with a typed error', async () => {
      const limited = errorReply(429, 'rate_limit_exceeded', { 'retry-after-ms': '20' });
      server.reply(limited, limited, limited, completionReply(ANSWER));

      const error = await failureOf(llm({ maxRetries: 2 }).classify(TICKET));

      expect(error).toBeInstanceOf(OpenAiRequestError);
      expect(error).toMatchObject({ reason: 'RATE_LIMITED', status: 429, attempts: 3 });
      expect(error.message).toBe('rate limited (HTTP 429, rate_limit_exceeded) (3 attempts)');
      expect(server.requests).toHaveLength(3);
    });

    test.each([
      ['a rejected key (401)', errorReply(401, 'invalid_api_key'), 'REJECTED', 401, 'request rejected (HTTP 401) (1 attempt)'],
      [
        'an exhausted quota (429 insufficient_quota)',
        errorReply(429, 'insufficient_quota'),
        'RATE_LIMITED',
        429,
        'rate limited (HTTP 429, insufficient_quota) (1 attempt)',
      ],
      [
        'a Retry-After beyond one minute',
        errorReply(429, 'rate_limit_exceeded', { 'retry-after': '120' }),
        'RATE_LIMITED',
        429,
        'rate limited (HTTP 429, rate_limit_exceeded) (1 attempt)',
      ],
      [
        'a 5xx with x-should-retry: false',
        errorReply(500, 'server_error', { 'x-should-retry': 'false' }),
        'SERVER_ERROR',
        500,
        'server error (HTTP 500) (1 attempt)',
      ],
    ])('%s is not retried', async (_name, reply, reason, status, message) => {
      server.reply(reply, completionReply(ANSWER));
      const startedAt = performance.now();

      const error = await failureOf(llm({ maxRetries: 2 }).classify(TICKET));

      expect(error).toBeInstanceOf(OpenAiRequestError);
      expect(error).toMatchObject({ reason, status, attempts: 1, message });
      expect(server.requests).toHaveLength(1);
      expect(performance.now() - startedAt).toBeLessThan(500);
    });

    test('an unreachable server is retried, then reported as UNREACHABLE', async () => {
      const closed = http.createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const { port } = closed.address() as AddressInfo;
      await new Promise((resolve) => closed.close(resolve));

      const error = await failureOf(llm({ baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 1 }).classify(TICKET));

      expect(error).toBeInstanceOf(OpenAiRequestError);
      expect(error).toMatchObject({ reason: 'UNREACHABLE', status: undefined, attempts: 2, message: 'server unreachable (2 attempts)' });
    });
  });

  describe('timeouts', () => {
    test('a server that never answers times out after timeoutMs', async () => {
      server.otherwise = { hang: true };
      const startedAt = performance.now();

      const error = await failureOf(llm({ timeoutMs: 300, maxRetries: 0 }).classify(TICKET));

      const elapsed = performance.now() - startedAt;
      expect(error).toBeInstanceOf(OpenAiRequestError);
      expect(error).toMatchObject({ reason: 'TIMEOUT', status: undefined, attempts: 1, message: 'no answer within 300 ms (1 attempt)' });
      expect(elapsed).toBeGreaterThanOrEqual(290);
      expect(server.requests).toHaveLength(1);
    });

    test('the timeout also covers a body that never arrives after the headers', async () => {
      server.otherwise = { hang: 'after-headers' };
      const startedAt = performance.now();

      const error = await failureOf(llm({ timeoutMs: 300, maxRetries: 0 }).classify(TICKET));

      expect(error).toBeInstanceOf(OpenAiRequestError);
      expect(error).toMatchObject({ reason: 'TIMEOUT', attempts: 1 });
      expect(performance.now() - startedAt).toBeLessThan(800);
    });

    test('a timed-out attempt counts as a failure and is retried', async () => {
      server.reply({ hang: true }, completionReply(ANSWER));

      const result = await llm({ timeoutMs: 300, maxRetries: 1 }).classify(TICKET);

      expect(result.model).toBe('openai:gpt-test');
      expect(server.requests).toHaveLength(2);
      expect(gapMs()).toBeGreaterThanOrEqual(300 + 240);
    });

    test("the caller's abort stops the request at once, without retries", async () => {
      server.otherwise = { hang: true };
      const controller = new AbortController();
      const reason = new Error('caller gave up');
      setTimeout(() => controller.abort(reason), 100);
      const startedAt = performance.now();

      const error = await failureOf(llm({ timeoutMs: 5_000, maxRetries: 2 }).classify(TICKET, { signal: controller.signal }));

      expect(error).toBe(reason);
      expect(performance.now() - startedAt).toBeLessThan(1_000);
      expect(server.requests).toHaveLength(1);
    });
  });

  describe('answers outside the schema are rejected', () => {
    test('an unknown category ("SHOPPING") throws and is not retried', async () => {
      server.reply(completionReply({ ...ANSWER, category: 'SHOPPING' }), completionReply(ANSWER));

      const error = await failureOf(llm().classify(TICKET));

      expect(error).toBeInstanceOf(InvalidLlmAnswerError);
      expect(error.problems).toEqual([`category must be one of ${CATEGORY_ENUM.join(', ')}, got "SHOPPING"`]);
      expect(error.tokensUsed).toBe(321);
      expect(server.requests).toHaveLength(1);
    });

    test('content that is not JSON throws', async () => {
      server.reply(completionReply('I think this is a billing question.'));

      const error = await failureOf(llm().classify(TICKET));

      expect(error).toBeInstanceOf(InvalidLlmAnswerError);
      expect(error.problems).toEqual(['the answer is not JSON: "I think this is a billing question."']);
    });

    test.each([
      ['a lower-case level', { ...ANSWER, urgency: 'high' }, ['urgency must be one of HIGH, MEDIUM, LOW, got "high"']],
      ['a confidence above 1', { ...ANSWER, confidence: 1.5 }, ['confidence must be a number from 0 to 1, got 1.5']],
      ['a confidence as a string', { ...ANSWER, confidence: '0.9' }, ['confidence must be a number from 0 to 1, got "0.9"']],
      [
        'a missing field',
        { ...ANSWER, sentiment: undefined },
        ['sentiment must be one of POSITIVE, NEUTRAL, NEGATIVE, got undefined'],
      ],
      ['an extra field (a priority of its own)', { ...ANSWER, priority: 'LOW' }, ['unexpected field priority']],
      ['keywords that are not strings', { ...ANSWER, keywords: ['ok', 3] }, ['keywords must be an array of strings']],
      ['a blank reasoning', { ...ANSWER, reasoning: '  ' }, ['reasoning must be a non-empty string']],
      ['a JSON array', [ANSWER], ['the answer is not a JSON object']],
      ['an empty content', '', ['the answer is empty']],
    ])('%s', async (_name, content, problems) => {
      server.reply(completionReply(content));

      const error = await failureOf(llm().classify(TICKET));

      expect(error).toBeInstanceOf(InvalidLlmAnswerError);
      expect(error.problems).toEqual(problems);
    });

    test('an answer cut off at the token limit throws', async () => {
      server.reply(completionReply('{"reasoning": "Checkout fails', undefined, { finishReason: 'length' }));

      const error = await failureOf(llm().classify(TICKET));

      expect(error).toBeInstanceOf(InvalidLlmAnswerError);
      expect(error.problems).toEqual(['the answer was cut off at the token limit']);
    });

    test('a refusal throws', async () => {
      const reply = completionReply(null);
      if ('body' in reply) {
        (reply.body as any).choices[0].message = { role: 'assistant', content: null, refusal: 'I cannot help with that.' };
      }
      server.reply(reply);

      const error = await failureOf(llm().classify(TICKET));

      expect(error).toBeInstanceOf(InvalidLlmAnswerError);
      expect(error.problems).toEqual(['the model refused: I cannot help with that.']);
    });
  });

  test('with maxConcurrency 2, six parallel classifications never put more than 2 requests in flight', async () => {
    server.otherwise = completionReply(ANSWER, undefined, { delayMs: 100 });
    const classifier = llm({ maxConcurrency: 2 });

    const results = await Promise.all(Array.from({ length: 6 }, () => classifier.classify(TICKET)));

    expect(results.map((r) => r.model)).toEqual(Array(6).fill('openai:gpt-test'));
    expect(server.requests).toHaveLength(6);
    expect(server.maxInFlight).toBe(2);
  });
});

describe('FallbackClassifier over LlmClassifier (protocol test)', () => {
  test('when the server never answers, the embedded stand-in answers after timeoutMs and a warning is logged', async () => {
    server.otherwise = { hang: true };
    const { logger, lines } = captureLogger('warn');
    const fallback = new KeywordStandInClassifier();
    const classifier = new FallbackClassifier({ primary: llm({ timeoutMs: 300, maxRetries: 0 }), fallback, logger });
    const startedAt = performance.now();

    const result = await classifier.classify(TICKET);

    const elapsed = performance.now() - startedAt;
    expect(result).toEqual(STAND_IN_RESULT);
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 40,
      msg: 'LLM classification failed; the fallback classifier answers',
      model: 'openai:gpt-test',
      fallback: 'keyword-stand-in@1',
      err: { type: 'OpenAiRequestError', message: 'no answer within 300 ms (1 attempt)', reason: 'TIMEOUT' },
    });
  });

  test('an invalid answer is never returned: the stand-in answers instead', async () => {
    server.reply(completionReply({ ...ANSWER, category: 'SHOPPING' }));
    const fallback = new KeywordStandInClassifier();

    const result = await new FallbackClassifier({ primary: llm(), fallback }).classify(TICKET);

    expect(result).toEqual(STAND_IN_RESULT);
    expect(fallback.calls).toBe(1);
  });

  test('a valid answer is the LLM result and the stand-in is not asked', async () => {
    server.reply(completionReply(ANSWER));
    const fallback = new KeywordStandInClassifier();

    const result = await new FallbackClassifier({ primary: llm(), fallback }).classify(TICKET, { llmOnly: true });

    expect(result.model).toBe('openai:gpt-test');
    expect(result.priority).toBe('HIGH');
    expect(fallback.calls).toBe(0);
  });

  test.each([
    ['the server never answers', { hang: true } as const],
    ['the answer is invalid', completionReply('not json')],
    ['the server fails', errorReply(500, 'server_error')],
  ])('llmOnly: when %s, SERVICE_UNAVAILABLE and no fallback', async (_name, reply) => {
    server.reply(reply);
    const fallback = new KeywordStandInClassifier();
    const classifier = new FallbackClassifier({ primary: llm({ timeoutMs: 300, maxRetries: 0 }), fallback });

    const error = await failureOf(classifier.classify(TICKET, { llmOnly: true }));

    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toBe('LLM classification (openai:gpt-test) is unavailable right now; try again later');
    expect(fallback.calls).toBe(0);
  });
});
