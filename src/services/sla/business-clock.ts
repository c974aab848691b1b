import type { CalendarRules } from '../../entities/business-calendar.entity';
import { Weekday } from '../../entities/enums';

/** Counts time the way an SLA does: only the time its calendar is open. */
export interface BusinessClock {
  /** The instant at which `ms` of open time have passed since `from`. */
  add(from: Date, ms: number): Date;
  /** Open time from `from` to `to` (negative when `to` comes first). */
  between(from: Date, to: Date): number;
}

/** A policy without a calendar counts every hour. */
export const ALWAYS_OPEN: BusinessClock = {
  add: (from, ms) => new Date(from.getTime() + Math.max(0, ms)),
  between: (from, to) => to.getTime() - from.getTime(),
};

/** Weekdays in the order of `Date.getUTCDay()`. */
const WEEKDAYS: readonly Weekday[] = [
  Weekday.SUNDAY, Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY, Weekday.SATURDAY,
];
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Whether Intl knows the time zone (IANA names such as `Europe/Berlin`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local wall-clock time of an instant, as if it were UTC (whole seconds). */
function wallClock(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) parts[part.type] = Number(part.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/**
 * The instant of a local wall-clock time (given as if it were UTC). Two passes find the offset in
 * force at that moment, across DST changes; a time skipped by a spring-forward lands just after it.
 */
function instantOf(local: number, timeZone: string): number {
  const first = local - (wallClock(local, timeZone) - local);
  const offset = wallClock(first, timeZone) - first;
  return local - offset;
}

/** Minutes since midnight of `HH:MM`. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Counts time in a calendar's working hours, in its time zone, skipping its holidays. */
export class CalendarClock implements BusinessClock {
  private readonly byWeekday = new Map<Weekday, [number, number][]>();
  private readonly holidays: ReadonlySet<string>;

  constructor(private readonly rules: CalendarRules) {
    for (const { weekday, start, end } of rules.hours) {
      const list = this.byWeekday.get(weekday) ?? [];
      list.push([minutesOf(start), minutesOf(end)]);
      this.byWeekday.set(weekday, list.sort((a, b) => a[0] - b[0]));
    }
    this.holidays = new Set(rules.holidays);
  }

  add(from: Date, ms: number): Date {
    let remaining = ms;
    if (remaining <= 0 || this.byWeekday.size === 0) return from;
    for (let day = this.localDay(from.getTime()); ; day += DAY_MS) {
      for (const [start, end] of this.openOn(day)) {
        const begin = Math.max(start, from.getTime());
        if (end <= begin) continue;
        if (remaining <= end - begin) return new Date(begin + remaining);
        remaining -= end - begin;
      }
    }
  }

  between(from: Date, to: Date): number {
    if (to < from) return -this.between(to, from);
    let open = 0;
    for (let day = this.localDay(from.getTime()); day <= this.localDay(to.getTime()); day += DAY_MS) {
      for (const [start, end] of this.openOn(day)) {
        open += Math.max(0, Math.min(end, to.getTime()) - Math.max(start, from.getTime()));
      }
    }
    return open;
  }

  /** Midnight of the instant's local date, as if it were UTC. */
  private localDay(instant: number): number {
    const local = wallClock(instant, this.rules.timeZone);
    return local - (local % DAY_MS);
  }

  /** The open intervals of a local date (midnight as if UTC), as instants. */
  private openOn(day: number): [number, number][] {
    if (this.holidays.has(new Date(day).toISOString().slice(0, 10))) return [];
    const hours = this.byWeekday.get(WEEKDAYS[new Date(day).getUTCDay()]!) ?? [];
    return hours.map(([start, end]) => [
      instantOf(day + start * 60_000, this.rules.timeZone),
      instantOf(day + end * 60_000, this.rules.timeZone),
    ]);
  }
}
