import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { SlaReportGrouping } from '../entities/enums';
import { BusinessCalendarService, type CalendarFields } from '../services/sla/business-calendar.service';
import { DEFAULT_WARNING_MINUTES } from '../services/sla/sla-policy';
import { SlaReportService } from '../services/sla/sla-report.service';
import { dbIdOf } from './node-id';
import { DateTimeScalar } from './types/scalars';
import { BusinessCalendarInput, BusinessCalendarView, SlaPolicyInput, SlaPolicyView, SlaReportRowView } from './types/sla.type';

function calendarFields(input: BusinessCalendarInput): CalendarFields {
  return { name: input.name, timeZone: input.timeZone, hours: input.hours, holidays: input.holidays ?? [] };
}

@Resolver()
export class SlaResolver {
  @Query(() => [BusinessCalendarView], { description: 'Business calendars, by name (agents and admins).' })
  async businessCalendars(@Ctx() ctx: Context): Promise<BusinessCalendarView[]> {
    return (await new BusinessCalendarService(ctx).list()).map(BusinessCalendarView.from);
  }

  @Mutation(() => BusinessCalendarView, { description: 'Creates a business calendar (admins); attach it to priorities with setSlaPolicy.' })
  async createBusinessCalendar(
    @Arg('input', () => BusinessCalendarInput, { description: 'The calendar.' }) input: BusinessCalendarInput,
    @Ctx() ctx: Context,
  ): Promise<BusinessCalendarView> {
    return BusinessCalendarView.from(await new BusinessCalendarService(ctx).create(calendarFields(input)));
  }

  @Mutation(() => BusinessCalendarView, {
    description: 'Rewrites a business calendar (admins). Due dates computed from then on use it; those already set stay.',
  })
  async updateBusinessCalendar(
    @Arg('id', () => ID, { description: 'Global id of the calendar.' }) id: string,
    @Arg('input', () => BusinessCalendarInput, { description: 'The calendar as it should be.' }) input: BusinessCalendarInput,
    @Ctx() ctx: Context,
  ): Promise<BusinessCalendarView> {
    return BusinessCalendarView.from(await new BusinessCalendarService(ctx).update(dbIdOf(id, 'BusinessCalendar'), calendarFields(input)));
  }

  @Mutation(() => ID, { description: 'Deletes a business calendar no SLA policy uses (admins); returns its id.' })
  async deleteBusinessCalendar(@Arg('id', () => ID, { description: 'Global id of the calendar.' }) id: string, @Ctx() ctx: Context): Promise<string> {
    await new BusinessCalendarService(ctx).delete(dbIdOf(id, 'BusinessCalendar'));
    return id;
  }

  @Query(() => [SlaPolicyView], { description: 'The SLA policy of each priority, URGENT first (agents and admins).' })
  async slaPolicies(@Ctx() ctx: Context): Promise<SlaPolicyView[]> {
    const service = new BusinessCalendarService(ctx);
    const [policies, calendars] = await Promise.all([service.policies(), service.list()]);
    return policies.map((policy) => SlaPolicyView.from(policy, calendars));
  }

  @Mutation(() => SlaPolicyView, {
    description: 'Sets the SLA policy of a priority (admins): its calendar and targets. Due dates computed from then on use it; those already set stay.',
  })
  async setSlaPolicy(@Arg('input', () => SlaPolicyInput, { description: 'The policy.' }) input: SlaPolicyInput, @Ctx() ctx: Context): Promise<SlaPolicyView> {
    const service = new BusinessCalendarService(ctx);
    const calendarId = input.calendarId ? dbIdOf(input.calendarId, 'BusinessCalendar') : null;
    const policy = await service.setPolicy({
      priority: input.priority,
      calendarId,
      firstResponseMinutes: input.firstResponseMinutes ?? null,
      resolutionMinutes: input.resolutionMinutes,
      warningMinutes: input.warningMinutes ?? DEFAULT_WARNING_MINUTES,
    });
    return SlaPolicyView.from(policy, calendarId ? [await service.get(calendarId)] : []);
  }

  @Query(() => [SlaReportRowView], {
    description:
      'How well SLAs were kept for the tickets created from `from` up to `to` (at most 366 days), per group, by key (agents and admins). Counted in the database.',
  })
  async slaReport(
    @Arg('from', () => DateTimeScalar, { description: 'Start of the window (inclusive).' }) from: Date,
    @Arg('to', () => DateTimeScalar, { description: 'End of the window (exclusive).' }) to: Date,
    @Arg('groupBy', () => SlaReportGrouping, { description: 'What to group by.' }) groupBy: SlaReportGrouping,
    @Ctx() ctx: Context,
  ): Promise<SlaReportRowView[]> {
    return (await new SlaReportService(ctx).report(from, to, groupBy)).map(SlaReportRowView.from);
  }
}
