import { describe, expect, test } from 'vitest';
import { Weekday } from '../src/entities/enums';
import { CalendarClock } from '../src/services/sla/business-clock';

const WEEKDAYS = [Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY];
const office = new CalendarClock({
  timeZone: 'Europe/Berlin',
  hours: WEEKDAYS.map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
  holidays: ['2026-12-25'],
});
const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);

describe('business clock (Intl time zones)', () => {
  test('counts only working hours: a Friday afternoon target ends on Monday morning, local time', () => {
    // Friday 16:00 in Berlin (CET, UTC+1) plus two working hours: one on Friday, one on Monday.
    expect(office.add(at('2026-12-18T15:00:00Z'), 2 * HOUR).toISOString()).toBe('2026-12-21T09:00:00.000Z');
    expect(office.between(at('2026-12-18T15:00:00Z'), at('2026-12-21T09:00:00Z'))).toBe(2 * HOUR);
    expect(office.between(at('2026-12-21T09:00:00Z'), at('2026-12-18T15:00:00Z'))).toBe(-2 * HOUR);
    // Starting at night: the clock starts when work does.
    expect(office.add(at('2026-12-16T22:00:00Z'), HOUR).toISOString()).toBe('2026-12-17T09:00:00.000Z');
  });

  test('skips holidays', () => {
    // Thursday 24 December 16:00 local, Friday 25 a holiday, then the weekend.
    expect(office.add(at('2026-12-24T15:00:00Z'), 2 * HOUR).toISOString()).toBe('2026-12-28T09:00:00.000Z');
  });

  test('follows daylight saving time: 09:00 local moves from 08:00 to 07:00 UTC across the spring change', () => {
    // Friday 27 March 2026 16:00 CET (UTC+1); Monday 30 March is CEST (UTC+2).
    expect(office.add(at('2026-03-27T15:00:00Z'), 2 * HOUR).toISOString()).toBe('2026-03-30T08:00:00.000Z');
    // And back in autumn: Friday 23 October 16:00 CEST, Monday 26 October CET.
    expect(office.add(at('2026-10-23T14:00:00Z'), 2 * HOUR).toISOString()).toBe('2026-10-26T09:00:00.000Z');
  });

  test('a whole-day calendar counts the 23- and 25-hour days of the changes as they are', () => {
    const always = new CalendarClock({
      timeZone: 'Europe/Berlin',
      hours: Object.values(Weekday).map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
      holidays: [],
    });
    expect(always.between(at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z'))).toBe(23 * HOUR);
    expect(always.between(at('2026-10-24T22:00:00Z'), at('2026-10-25T23:00:00Z'))).toBe(25 * HOUR);
    expect(always.add(at('2026-03-28T23:00:00Z'), 24 * HOUR).toISOString()).toBe('2026-03-29T23:00:00.000Z');
  });

  test('several periods a day, in a zone without DST and a half-hour offset', () => {
    const split = new CalendarClock({
      timeZone: 'Asia/Kolkata',
      hours: [{ weekday: Weekday.MONDAY, start: '09:00', end: '12:00' }, { weekday: Weekday.MONDAY, start: '13:00', end: '18:00' }],
      holidays: [],
    });
    // Monday 7 December 2026 11:00 IST (05:30 UTC) plus 2 h: 1 h before lunch, 1 h after.
    expect(split.add(at('2026-12-07T05:30:00Z'), 2 * HOUR).toISOString()).toBe('2026-12-07T08:30:00.000Z');
    // Past Monday's end: the next Monday.
    expect(split.add(at('2026-12-07T05:30:00Z'), 7 * HOUR).toISOString()).toBe('2026-12-14T04:30:00.000Z');
  });
});
