import { describe, expect, it } from 'vitest';
import { Level, TicketCategory } from '../../src/entities/enums';
import { judgeUrgencyImpact } from '../../src/services/classifier/urgency-impact';

const judge = (text: string, category = TicketCategory.TECHNICAL_ISSUE) => {
  const r = judgeUrgencyImpact('', text, category);
  return [r.urgency, r.impact];
};

describe('judgeUrgencyImpact', () => {
  it.each([
    ['The site is down for all users and our deadline is today.', [Level.HIGH, Level.HIGH]],
    ['Outage: nobody in the company can log in.', [Level.HIGH, Level.HIGH]],
    ['Someone made unauthorized payments with my card.', [Level.HIGH, Level.LOW]],
    ['We are losing sales every hour the checkout fails.', [Level.HIGH, Level.HIGH]],
    ['Please fix this by Friday, several colleagues are affected.', [Level.MEDIUM, Level.MEDIUM]],
    ['The export is broken.', [Level.MEDIUM, Level.LOW]],
    ['Not urgent, but the export button is broken for our team.', [Level.LOW, Level.MEDIUM]],
    ['Whenever you get a chance: the export only fails for me.', [Level.LOW, Level.LOW]],
    ['All 80 employees are affected by the printer problem.', [Level.MEDIUM, Level.HIGH]],
    ['Nobody has answered my emails about the printer.', [Level.MEDIUM, Level.LOW]],
    ['I lost my card on the bus.', [Level.HIGH, Level.LOW]],
    ['The same transaction shows up twice on my statement.', [Level.MEDIUM, Level.LOW]],
  ])('%s', (text, expected) => {
    expect(judge(text)).toEqual(expected);
  });

  it('gives a feature wish LOW urgency and a plain question LOW urgency', () => {
    expect(judge('It would be great to have a dark mode.', TicketCategory.FEATURE_REQUEST)).toEqual([Level.LOW, Level.LOW]);
    expect(judge('What are your opening hours?', TicketCategory.OTHER)).toEqual([Level.LOW, Level.LOW]);
  });

  it('does not let "not urgent" count as urgent', () => {
    const r = judgeUrgencyImpact('', 'This is not urgent at all.', TicketCategory.OTHER);
    expect(r.urgency).toBe(Level.LOW);
    expect(r.urgencyCues).toEqual(['is not urgent']);
  });
});
