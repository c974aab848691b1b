import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { BusinessCalendar } from '../../entities/business-calendar.entity';
import { TicketPriority, Weekday } from '../../entities/enums';
import { toGlobalId } from '../../ids';
import type { StoredSlaPolicy } from '../../repositories/sla/business-calendar.repository';
import { DEFAULT_WARNING_MINUTES } from '../../services/sla/sla-policy';
import type { SlaReportRow } from '../../services/sla/sla-report.service';
import { NodeInterface } from './node.type';
import { DateScalar, DateTimeScalar } from './scalars';

@ObjectType('WorkingHours', { description: 'A period of work on one weekday, in the calendar\'s local time.', simpleResolvers: true })
export class WorkingHoursView {
  @Field(() => Weekday, { description: 'The day.' })
  weekday!: Weekday;

  @Field(() => String, { description: 'When work starts, `HH:MM`.' })
  start!: string;

  @Field(() => String, { description: 'When work ends, `HH:MM` (`24:00` for midnight).' })
  end!: string;
}

@InputType('WorkingHoursInput', { description: 'A period of work on one weekday, in the calendar\'s local time.' })
export class WorkingHoursInput {
  @Field(() => Weekday, { description: 'The day.' })
  weekday!: Weekday;

  @Field(() => String, { description: 'When work starts, `HH:MM` (00:00-23:59).' })
  start!: string;

  @Field(() => String, { description: 'When work ends, `HH:MM`, later than start (`24:00` for midnight).' })
  end!: string;
}

@InputType('BusinessCalendarInput', { description: 'A business calendar, written whole.' })
export class BusinessCalendarInput {
  @Field(() => String, { description: 'A name, unique among calendars (1-100 characters).' })
  name!: string;

  @Field(() => String, { description: 'An IANA time zone, e.g. `Europe/Berlin`: hours and holidays are local to it, daylight saving included.' })
  timeZone!: string;

  @Field(() => [WorkingHoursInput], { description: 'The working periods of the week (1-50; several per day allowed, not overlapping).' })
  hours!: WorkingHoursInput[];

  @Field(() => [DateScalar], { nullable: true, description: 'Local dates on which nobody works (at most 1000).' })
  holidays?: string[] | null;
}

@ObjectType('BusinessCalendar', {
  implements: NodeInterface,
  description: 'When a support team works. SLA policies that use it count only these hours.',
  simpleResolvers: true,
})
export class BusinessCalendarView implements NodeInterface {
  readonly __typename = 'BusinessCalendar';

  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => String, { description: 'Its IANA time zone.' })
  timeZone!: string;

  @Field(() => [WorkingHoursView], { description: 'The working periods of the week, Monday first.' })
  hours!: WorkingHoursView[];

  @Field(() => [DateScalar], { description: 'Local dates on which nobody works, in order.' })
  holidays!: string[];

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;

  static from(calendar: BusinessCalendar): BusinessCalendarView {
    return Object.assign(new BusinessCalendarView(), {
      id: toGlobalId('BusinessCalendar', calendar.id),
      name: calendar.name,
      timeZone: calendar.timeZone,
      hours: calendar.hours,
      holidays: calendar.holidays,
      createdAt: calendar.createdAt,
      updatedAt: calendar.updatedAt,
    });
  }
}

@ObjectType('SlaPolicy', { description: 'What the tickets of one priority are held to.', simpleResolvers: true })
export class SlaPolicyView {
  @Field(() => TicketPriority, { description: 'The priority.' })
  priority!: TicketPriority;

  @Field(() => BusinessCalendarView, { nullable: true, description: 'The calendar its clock counts in; null: every hour counts.' })
  calendar!: BusinessCalendarView | null;

  @Field(() => Float, { nullable: true, description: 'Time to the first public answer by staff, in the calendar\'s working minutes; null: no such target.' })
  firstResponseMinutes!: number | null;

  @Field(() => Float, { description: 'Time to resolution, in the calendar\'s working minutes (`SLA_<PRIORITY>_HOURS` until a policy is set).' })
  resolutionMinutes!: number;

  @Field(() => Int, { description: 'How many minutes before a due date SLA_WARNING comes.' })
  warningMinutes!: number;

  /** From a policy and the calendars it may name. */
  static from(policy: StoredSlaPolicy, calendars: readonly BusinessCalendar[]): SlaPolicyView {
    const calendar = calendars.find((c) => c.id === policy.calendarId);
    return Object.assign(new SlaPolicyView(), {
      priority: policy.priority,
      calendar: calendar ? BusinessCalendarView.from(calendar) : null,
      firstResponseMinutes: policy.firstResponseMinutes,
      resolutionMinutes: policy.resolutionMinutes,
      warningMinutes: policy.warningMinutes,
    });
  }
}

@InputType('SlaPolicyInput', { description: 'The SLA policy of one priority, written whole.' })
export class SlaPolicyInput {
  @Field(() => TicketPriority, { description: 'The priority it is for.' })
  priority!: TicketPriority;

  @Field(() => ID, { nullable: true, description: 'The business calendar its clock counts in; omitted or null: every hour counts.' })
  calendarId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Working minutes to the first public answer by staff (1-600000); omitted: no such target.' })
  firstResponseMinutes?: number | null;

  @Field(() => Int, { description: 'Working minutes to resolution (1-600000).' })
  resolutionMinutes!: number;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_WARNING_MINUTES, description: 'Minutes before a due date that SLA_WARNING comes (0-600000).' })
  warningMinutes?: number | null;
}

@ObjectType('SlaReportRow', { description: 'How well SLAs were kept for one group of tickets.', simpleResolvers: true })
export class SlaReportRowView {
  @Field(() => String, { description: 'The group: a priority, a category, or an assignee (empty for unassigned tickets).' })
  key!: string;

  @Field(() => Int, { description: 'Resolved with every due date kept.' })
  met!: number;

  @Field(() => Int, { description: 'A due date (first response or resolution) passed before it was met; resolved or not.' })
  breached!: number;

  @Field(() => Int, { description: 'Not resolved, no due date passed yet.' })
  open!: number;

  @Field(() => Float, { nullable: true, description: 'met / (met + breached); null when neither.' })
  metShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median wall-clock minutes from creation to the first public comment by staff; null when none was answered.' })
  medianFirstResponseMinutes!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median wall-clock minutes from creation to resolution; null when none was resolved.' })
  medianResolutionMinutes!: number | null;

  static from(row: SlaReportRow): SlaReportRowView {
    return Object.assign(new SlaReportRowView(), row);
  }
}
