import { ArrayType, Entity, EntityRepositoryType, Property } from '@mikro-orm/core';
import { BusinessCalendarRepository } from '../repositories/sla/business-calendar.repository';
import { BaseEntity } from './base.entity';
import type { Weekday } from './enums';

/** Working hours on one weekday, as local wall-clock times `HH:MM` (end may be `24:00`). */
export interface WorkingHours {
  weekday: Weekday;
  start: string;
  end: string;
}

/** A business calendar's rules: an IANA time zone, working hours per weekday and holidays (`YYYY-MM-DD`). */
export interface CalendarRules {
  timeZone: string;
  hours: readonly WorkingHours[];
  holidays: readonly string[];
}

/** When a support team works: SLA clocks of the policies that use it count only these hours. */
@Entity({ tableName: 'business_calendars', repository: () => BusinessCalendarRepository })
export class BusinessCalendar extends BaseEntity {
  [EntityRepositoryType]?: BusinessCalendarRepository;

  @Property({ type: 'text' })
  name: string;

  /** An IANA time zone, e.g. `Europe/Berlin`: hours and holidays are local to it. */
  @Property({ type: 'text' })
  timeZone: string;

  @Property({ type: 'json' })
  hours: WorkingHours[];

  /** Local dates, `YYYY-MM-DD`, on which nobody works. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  holidays: string[];

  constructor(fields: { name: string; timeZone: string; hours: WorkingHours[]; holidays: string[] }) {
    super();
    this.name = fields.name;
    this.timeZone = fields.timeZone;
    this.hours = fields.hours;
    this.holidays = fields.holidays;
  }
}
