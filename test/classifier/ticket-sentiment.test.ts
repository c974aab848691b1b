import { describe, expect, it } from 'vitest';
import { Sentiment } from '../../src/entities/enums';
import { TicketSentimentAnalyzer } from '../../src/services/classifier/ticket-sentiment';

describe('TicketSentimentAnalyzer', () => {
  const analyzer = new TicketSentimentAnalyzer();

  it.each([
    ['Dear Support, I hope this message finds you well. I was charged twice and need a refund. Thank you for your assistance. Best regards', Sentiment.NEUTRAL],
    ['The export fails with error 500 when I click save.', Sentiment.NEUTRAL],
    ['This is the third time I write and nobody answers. Absolutely unacceptable, worst service ever.', Sentiment.NEGATIVE],
    ['I am so frustrated, the app is useless.', Sentiment.NEGATIVE],
    ['Love the new dashboard, amazing work! A dark mode would be great too.', Sentiment.POSITIVE],
    ['', Sentiment.NEUTRAL],
  ])('%s', (text, expected) => {
    expect(analyzer.analyze(text).sentiment).toBe(expected);
  });
});
