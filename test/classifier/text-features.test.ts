import { describe, expect, it } from 'vitest';
import { parseCategory } from '../../src/services/classifier/corpus-loader';
import { cleanTicketText, DEFAULT_FEATURE_CONFIG, FeatureExtractor, tokenize } from '../../src/services/classifier/text-features';

describe('tokenize', () => {
  it('lower-cases, joins contractions and folds digit runs to 0', () => {
    expect(tokenize("I can't pay order #12345 (€19.99) — Café’s")).toEqual(['i', 'cant', 'pay', 'order', '0', '0', '0', 'cafés']);
  });

  it('ignores text past the limit', () => {
    expect(tokenize('one two three four', 8)).toEqual(['one', 'two']);
  });
});

describe('cleanTicketText', () => {
  it('drops HTML tags, escaped line breaks and placeholders, and decodes entities', () => {
    expect(cleanTicketText('Dear team,\\n\\nMy <b>invoice</b> &amp; account <acc_num>')).toBe('Dear team,  My  invoice  & account  ');
    expect(cleanTicketText('3 < 4 and 5 > 2')).toBe('3 < 4 and 5 > 2');
  });
});

describe('FeatureExtractor', () => {
  it('gives the same buckets for the same text and counts repeated words', () => {
    const extractor = new FeatureExtractor(DEFAULT_FEATURE_CONFIG);
    const a = extractor.extract({ subject: '', description: 'refund refund' });
    const b = extractor.extract({ subject: '', description: 'refund refund' });
    expect(Array.from(a.indices)).toEqual(Array.from(b.indices));
    expect(a.tokens).toEqual(['refund', 'refund']);
    expect(Math.max(...a.counts)).toBe(2);
    expect(extractor.extract({ subject: '', description: '' }).indices.length).toBe(0);
  });
});

describe('parseCategory', () => {
  it.each([
    ['billing_question', 'BILLING_QUESTION'],
    ['Technical Issue', 'TECHNICAL_ISSUE'],
    ['feature-request', 'FEATURE_REQUEST'],
    ['billing', 'BILLING_QUESTION'],
    ['bug', 'BUG_REPORT'],
    ['weather', undefined],
  ])('%s', (raw, expected) => {
    expect(parseCategory(raw)).toBe(expected);
  });
});
