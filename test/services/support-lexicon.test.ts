import { describe, expect, it } from 'vitest';
import { conceptNames, readConcepts } from '../../src/services/assistant/support-lexicon';

describe('the support lexicon', () => {
  it('reads the same concepts from different phrasings, with or without apostrophes', () => {
    expect(conceptNames('I forgot my password')).toEqual(['password', 'forgotten']);
    expect(conceptNames("I can't remember my login details")).toEqual(['password', 'forgotten', 'sign-in']);
    expect(conceptNames('I cant remember my login details')).toEqual(['password', 'forgotten', 'sign-in']);
    expect(conceptNames('Can I get my money back?')).toEqual(['refund']);
    expect(conceptNames("I'd like to be reimbursed")).toEqual(['refund']);
    expect(conceptNames('You billed me double')).toEqual(['charge', 'double-charge']);
    expect(conceptNames('How do I turn on two-step verification?')).toEqual(['second-factor']);
    expect(conceptNames('What is the capital of Australia?')).toEqual([]);
  });

  it('phrases with a gap take up to three words between their parts', () => {
    expect(conceptNames('I typed the wrong password five times')).toContain('locked-out');
    expect(conceptNames('I typed the wrong password on many different occasions, five times')).not.toContain('locked-out');
  });

  it('measures the share of a question\'s words its concepts cover; an entry read without it counts fully', () => {
    expect(readConcepts('I forgot my password').coverage).toBe(1);
    // "change" covers one of "change", "car", "tyre".
    expect(readConcepts('How do I change a car tyre?').coverage).toBeCloseTo(1 / 3, 5);
    expect(readConcepts('How do I change a car tyre?', false).coverage).toBe(1);
    expect(readConcepts('Who painted the Mona Lisa?')).toEqual({ vector: null, coverage: 0 });
  });

  it('a generic concept alone makes a short vector; several make one of unit length', () => {
    const length = (text: string) => Math.hypot(...readConcepts(text).vector!);
    expect(length('How do I change a car tyre?')).toBeCloseTo(0.5, 5);
    expect(length('I forgot my password')).toBeCloseTo(1, 5);
  });
});
