import { describe, expect, test } from 'vitest';
import { ServiceUnavailableError } from '../../src/errors';
import type { TicketText } from '../../src/services/classifier/classifier';
import { FallbackClassifier } from '../../src/services/classifier/fallback-classifier';
import { captureLogger } from '../helpers/capture-logger';
import { FailingClassifier, KeywordStandInClassifier } from '../helpers/stand-in-classifiers';
import { failureOf } from '../helpers/wait';

const TICKET: TicketText = { subject: 'Invoice is wrong', description: 'We were charged twice on the last invoice.' };

const STAND_IN_RESULT = {
  category: 'BILLING_QUESTION',
  priority: 'LOW',
  urgency: 'LOW',
  impact: 'LOW',
  sentiment: 'NEUTRAL',
  confidence: 0.5,
  reasoning: 'Mentions billing words.',
  keywords: ['invoice'],
  model: 'keyword-stand-in@1',
  tokensUsed: 0,
};

describe('FallbackClassifier', () => {
  test('names the primary as its model, or the fallback when there is no primary', () => {
    const fallback = new KeywordStandInClassifier();
    const primary = new FailingClassifier('openai:gpt-test', new Error('down'));

    expect(new FallbackClassifier({ primary, fallback }).model).toBe('openai:gpt-test');
    expect(new FallbackClassifier({ primary: undefined, fallback }).model).toBe('keyword-stand-in@1');
  });

  test('when the primary fails, the fallback answers and a warning names both models', async () => {
    const { logger, lines } = captureLogger('debug');
    const primary = new FailingClassifier('openai:gpt-test', new Error('connection reset'));
    const fallback = new KeywordStandInClassifier();

    const result = await new FallbackClassifier({ primary, fallback, logger }).classify(TICKET);

    expect(result).toEqual(STAND_IN_RESULT);
    expect([primary.calls, fallback.calls]).toEqual([1, 1]);
    expect(lines).toEqual([
      {
        level: 40,
        time: expect.any(Number),
        err: expect.objectContaining({ type: 'Error', message: 'connection reset' }),
        model: 'openai:gpt-test',
        fallback: 'keyword-stand-in@1',
        msg: 'LLM classification failed; the fallback classifier answers',
      },
    ]);
  });

  test('llmOnly: a failing primary gives SERVICE_UNAVAILABLE with the failure as cause', async () => {
    const failure = new Error('connection reset');
    const primary = new FailingClassifier('openai:gpt-test', failure);
    const fallback = new KeywordStandInClassifier();

    const error = await failureOf(new FallbackClassifier({ primary, fallback }).classify(TICKET, { llmOnly: true }));

    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toBe('LLM classification (openai:gpt-test) is unavailable right now; try again later');
    expect(error.cause).toBe(failure);
    expect(fallback.calls).toBe(0);
  });

  test('without a primary, the fallback answers, and llmOnly is SERVICE_UNAVAILABLE', async () => {
    const fallback = new KeywordStandInClassifier();
    const classifier = new FallbackClassifier({ primary: undefined, fallback });

    expect(await classifier.classify(TICKET)).toEqual(STAND_IN_RESULT);
    const error = await failureOf(classifier.classify(TICKET, { llmOnly: true }));
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toBe('LLM classification is not configured on this server');
    expect(fallback.calls).toBe(1);
  });

  test('a cancelled caller gets the abort, not a fallback answer', async () => {
    const controller = new AbortController();
    const reason = new Error('request closed');
    controller.abort(reason);
    const primary = new FailingClassifier('openai:gpt-test', new Error('unused'));
    const fallback = new KeywordStandInClassifier();

    const error = await failureOf(new FallbackClassifier({ primary, fallback }).classify(TICKET, { signal: controller.signal }));

    expect(error).toBe(reason);
    expect(fallback.calls).toBe(0);
  });
});
