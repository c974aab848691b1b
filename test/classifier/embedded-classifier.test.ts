import { describe, expect, it } from 'vitest';
import { Level, Sentiment, TicketCategory, TicketPriority } from '../../src/entities/enums';
import { EmbeddedClassifier } from '../../src/services/classifier/embedded-classifier';
import { priorityFor } from '../../src/services/classifier/priority-matrix';
import { SHIPPED_MODEL, smallClassifier } from './classifier-fixtures';

const CATEGORIES = new Set<string>(Object.values(TicketCategory));
const PRIORITIES = new Set<string>(Object.values(TicketPriority));
const LEVELS = new Set<string>(Object.values(Level));
const SENTIMENTS = new Set<string>(Object.values(Sentiment));

const TICKETS = [
  { subject: 'Charged twice', description: 'I was charged twice for my subscription this month, please refund one payment.' },
  { subject: '', description: 'I forgot my password and the reset email never arrives.' },
  { subject: 'Dark mode', description: 'It would be great if the app had a dark mode.' },
  { subject: 'Crash', description: 'The app crashes every time I open the calendar view since version 4.2.' },
  { subject: 'Printer offline', description: 'Our office printer shows offline on every computer.' },
  { subject: 'Where is my order?', description: 'My parcel has not arrived yet, can you check the tracking?' },
  { subject: '', description: '' },
  { subject: '🙂🙂🙂', description: '🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥' },
  { subject: '!!!', description: '??? ... --- ###' },
  { subject: 'Long', description: 'The export is broken again. '.repeat(1900) },
  { subject: 'x'.repeat(5000), description: 'asdkjh qwpoeiru zmxncb '.repeat(50) },
];

describe('EmbeddedClassifier', () => {
  const { classifier, model } = smallClassifier();

  it('names itself after the model file version and uses no tokens', () => {
    const result = classifier.classifySync(TICKETS[0]!);
    expect(classifier.model).toBe(`embedded-linear@${model.version}`);
    expect(result.model).toBe(classifier.model);
    expect(result.tokensUsed).toBe(0);
  });

  it('keeps every output within the taxonomy, priority from the matrix, confidence in [0, 1]', () => {
    for (const ticket of TICKETS) {
      const r = classifier.classifySync(ticket);
      expect(CATEGORIES.has(r.category)).toBe(true);
      expect(PRIORITIES.has(r.priority)).toBe(true);
      expect(LEVELS.has(r.urgency) && LEVELS.has(r.impact)).toBe(true);
      expect(SENTIMENTS.has(r.sentiment)).toBe(true);
      expect(r.priority).toBe(priorityFor(r.urgency, r.impact));
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.reasoning).toMatch(/^[^.]+\.$/s);
    }
  });

  it('explains a normal ticket with keywords taken from its text', () => {
    for (const ticket of TICKETS.slice(0, 6)) {
      const r = classifier.classifySync(ticket);
      expect(r.keywords.length).toBeGreaterThan(0);
      const text = `${ticket.subject} ${ticket.description}`.toLowerCase();
      for (const k of r.keywords) expect(text).toContain(k);
      expect(r.reasoning).toContain(`'${r.keywords[0]}'`);
    }
  });

  it('handles empty, emoji-only and garbage input without throwing', () => {
    const empty = classifier.classifySync({ subject: '', description: '' });
    expect(empty.category).toBe(TicketCategory.OTHER);
    expect(empty.keywords).toEqual([]);
    expect(empty.confidence).toBeLessThanOrEqual(0.3);
    expect(empty.reasoning).toBe('Other request: the ticket has no words to read; urgency LOW (no time pressure stated), impact LOW (one customer).');
    const emoji = classifier.classifySync(TICKETS[7]!);
    expect(emoji.category).toBe(TicketCategory.OTHER);
    const huge = classifier.classifySync({ subject: 'Big', description: 'word '.repeat(10_240) });
    expect(CATEGORIES.has(huge.category)).toBe(true);
    // Not strings at all, as a careless caller might pass.
    const odd = classifier.classifySync({ subject: null, description: 42 } as unknown as { subject: string; description: string });
    expect(odd.category).toBe(TicketCategory.OTHER);
  });

  it('classify() resolves to the same result as classifySync() and honours an aborted signal', async () => {
    await expect(classifier.classify(TICKETS[1]!)).resolves.toEqual(classifier.classifySync(TICKETS[1]!));
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(classifier.classify(TICKETS[1]!, { signal: controller.signal })).rejects.toThrow('stop');
  });
});

describe('the shipped model', () => {
  const classifier = EmbeddedClassifier.load(SHIPPED_MODEL);

  it('loads with its training figures for classifierInfo', () => {
    const info = classifier.info;
    expect(info.model).toBe(classifier.model);
    expect(info.trainingSize).toBeGreaterThan(5000);
    expect(info.evaluation?.report.accuracy).toBeGreaterThan(0.6);
  });

  it.each([
    ['Charged twice', 'I was charged twice for my subscription this month, please refund one of the payments.', TicketCategory.BILLING_QUESTION],
    ['', 'I forgot my password and the reset email never arrives.', TicketCategory.ACCOUNT_ACCESS],
    ['Feature idea', 'It would be great if the app had a dark mode.', TicketCategory.FEATURE_REQUEST],
    ['App crashes', 'The app crashes every time I open the calendar view since the last update.', TicketCategory.BUG_REPORT],
    ['Printer offline', 'Our office printer shows as offline on every computer although it is switched on.', TicketCategory.TECHNICAL_ISSUE],
    ['Where is my order?', 'I ordered a jacket two weeks ago and it still has not arrived.', TicketCategory.OTHER],
  ])('classifies "%s %s" as %s', (subject, description, category) => {
    const r = classifier.classifySync({ subject, description });
    expect(r.category).toBe(category);
    expect(r.confidence).toBeGreaterThan(0.5);
  });

  it('gives an outage for all users with a deadline HIGH urgency, HIGH impact and URGENT priority', () => {
    const r = classifier.classifySync({
      subject: 'Platform down',
      description: 'Your platform is down for all users in our company and we have a client deadline today. Please fix it immediately.',
    });
    expect([r.urgency, r.impact, r.priority]).toEqual([Level.HIGH, Level.HIGH, TicketPriority.URGENT]);
    expect(r.reasoning).toMatch(/urgency HIGH from '.+', impact HIGH from '.+'\.$/);
  });

  it('gives a feature wish LOW urgency', () => {
    const r = classifier.classifySync({ subject: 'Suggestion', description: 'It would be nice to export reports to Excel at some point.' });
    expect(r.category).toBe(TicketCategory.FEATURE_REQUEST);
    expect(r.urgency).toBe(Level.LOW);
    expect(r.priority).toBe(TicketPriority.LOW);
  });
});
