import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { BusinessCalendar, type WorkingHours } from '../../entities/business-calendar.entity';
import { Role, TicketPriority, Weekday } from '../../entities/enums';
import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../errors';
import { toGlobalId } from '../../ids';
import type { StoredSlaPolicy } from '../../repositories/sla/business-calendar.repository';
import { requireRole } from '../identity/policy';
import type { ServiceContext } from '../shared/service-context';
import { checkText } from '../tickets/ticket-validation';
import { isTimeZone, minutesOf } from './business-clock';

export const CALENDAR_LIMITS = { name: { min: 1, max: 100 }, hours: 50, holidays: 1000 } as const;
/** Targets up to 10,000 hours, as the configured ones. */
export const MAX_TARGET_MINUTES = 600_000;

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export interface CalendarFields {
  name: string;
  timeZone: string;
  hours: WorkingHours[];
  holidays: string[];
}

export interface SlaPolicyFields {
  priority: TicketPriority;
  calendarId: string | null;
  firstResponseMinutes: number | null;
  resolutionMinutes: number;
  warningMinutes: number;
}

const STAFF = [Role.ADMIN, Role.AGENT];

/**
 * Business calendars (time zone, working hours per weekday, holidays) and the SLA policy of each
 * priority that counts its clock in one. Staff read them; admins change them. A change applies to
 * due dates computed from then on (new tickets, priority changes, the end of a wait).
 */
export class BusinessCalendarService {
  constructor(private readonly ctx: ServiceContext) {}

  async list(): Promise<BusinessCalendar[]> {
    requireRole(this.ctx.viewer, STAFF, 'see business calendars');
    return this.ctx.em.find(BusinessCalendar, {}, { orderBy: { name: 'asc', id: 'asc' } });
  }

  async get(id: string): Promise<BusinessCalendar> {
    requireRole(this.ctx.viewer, STAFF, 'see business calendars');
    const calendar = await this.ctx.em.findOne(BusinessCalendar, id);
    if (!calendar) throw calendarNotFound(id);
    return calendar;
  }

  async create(input: CalendarFields): Promise<BusinessCalendar> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'create business calendars');
    const calendar = new BusinessCalendar(checkCalendar(input));
    await this.save(calendar);
    return calendar;
  }

  async update(id: string, input: CalendarFields): Promise<BusinessCalendar> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'change business calendars');
    const fields = checkCalendar(input);
    const calendar = await this.ctx.em.findOne(BusinessCalendar, id);
    if (!calendar) throw calendarNotFound(id);
    Object.assign(calendar, fields, { updatedAt: new Date() });
    await this.save(calendar);
    await this.ctx.sla.changed();
    return calendar;
  }

  /** Deletes a calendar no policy uses. */
  async delete(id: string): Promise<void> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'delete business calendars');
    const calendar = await this.ctx.em.findOne(BusinessCalendar, id);
    if (!calendar) throw calendarNotFound(id);
    const users = await this.ctx.em.getRepository(BusinessCalendar).prioritiesUsing(id);
    if (users.length) throw new ConflictError(`The SLA policies of ${users.join(', ')} use this calendar; give them another first`);
    await this.ctx.em.remove(calendar).flush();
    await this.ctx.sla.changed();
  }

  /** Every priority's policy: stored, or the configured default. */
  async policies(): Promise<StoredSlaPolicy[]> {
    requireRole(this.ctx.viewer, STAFF, 'see SLA policies');
    return this.ctx.sla.policies(this.ctx.em);
  }

  async setPolicy(input: SlaPolicyFields): Promise<StoredSlaPolicy> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'change SLA policies');
    const errors: FieldError[] = [];
    const minutes = (value: number | null, field: string, min: number): void => {
      if (value !== null && (value < min || value > MAX_TARGET_MINUTES)) errors.push({ field, message: `must be from ${min} to ${MAX_TARGET_MINUTES} minutes` });
    };
    minutes(input.firstResponseMinutes, 'firstResponseMinutes', 1);
    minutes(input.resolutionMinutes, 'resolutionMinutes', 1);
    minutes(input.warningMinutes, 'warningMinutes', 0);
    if (errors.length) throw new ValidationError(errors);
    if (input.calendarId !== null && !(await this.ctx.em.findOne(BusinessCalendar, input.calendarId))) throw calendarNotFound(input.calendarId);
    await this.ctx.em.getRepository(BusinessCalendar).savePolicy(input, new Date());
    await this.ctx.sla.changed();
    return (await this.ctx.sla.policies(this.ctx.em)).find((policy) => policy.priority === input.priority)!;
  }

  private async save(calendar: BusinessCalendar): Promise<void> {
    try {
      await this.ctx.em.persist(calendar).flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError(`A business calendar named "${calendar.name}" exists already`);
      throw error;
    }
  }
}

/** Valid fields, or every problem at once. Hours sorted, holidays sorted and unique. */
function checkCalendar(input: CalendarFields): CalendarFields {
  const errors: FieldError[] = [];
  const name = checkText(input.name, 'name', CALENDAR_LIMITS.name, errors);
  if (!isTimeZone(input.timeZone)) errors.push({ field: 'timeZone', message: 'must be an IANA time zone such as Europe/Berlin' });
  if (input.hours.length === 0 || input.hours.length > CALENDAR_LIMITS.hours) {
    errors.push({ field: 'hours', message: `must hold 1-${CALENDAR_LIMITS.hours} working periods` });
  }
  input.hours.forEach(({ start, end }, i) => {
    if (!TIME.test(start)) errors.push({ field: `hours[${i}].start`, message: 'must be a time HH:MM from 00:00 to 23:59' });
    if (!TIME.test(end)) errors.push({ field: `hours[${i}].end`, message: 'must be a time HH:MM from 00:01 to 24:00' });
    else if (TIME.test(start) && minutesOf(end) <= minutesOf(start)) errors.push({ field: `hours[${i}].end`, message: 'must be later than start' });
  });
  if (input.hours.some(({ start }) => start === '24:00')) errors.push({ field: 'hours', message: 'a period cannot start at 24:00' });
  const weekdays = Object.values(Weekday);
  const hours = [...input.hours].sort((a, b) => weekdays.indexOf(a.weekday) - weekdays.indexOf(b.weekday) || minutesOf(a.start) - minutesOf(b.start));
  if (!errors.length) {
    const overlapping = hours.find((period, i) => hours.some((other, j) => j !== i && other.weekday === period.weekday
      && minutesOf(other.start) < minutesOf(period.end) && minutesOf(period.start) < minutesOf(other.end)));
    if (overlapping) errors.push({ field: 'hours', message: `periods on ${overlapping.weekday} overlap` });
  }
  if (input.holidays.length > CALENDAR_LIMITS.holidays) errors.push({ field: 'holidays', message: `must hold at most ${CALENDAR_LIMITS.holidays} dates` });
  if (errors.length) throw new ValidationError(errors);
  return {
    name,
    timeZone: input.timeZone,
    hours: hours.map(({ weekday, start, end }) => ({ weekday, start, end })),
    holidays: [...new Set(input.holidays)].sort(),
  };
}

function calendarNotFound(id: string): NotFoundError {
  return new NotFoundError('BusinessCalendar', toGlobalId('BusinessCalendar', id));
}
