import { EntityRepository } from '@mikro-orm/postgresql';
import { query } from '../../db/sql';
import type { BusinessCalendar, CalendarRules } from '../../entities/business-calendar.entity';
import type { SlaReportGrouping, TicketPriority } from '../../entities/enums';
import { slaBreachedSql } from '../tickets/sla-breach';

/** A priority's stored SLA policy, with its calendar's rules. */
export interface StoredSlaPolicy {
  priority: TicketPriority;
  calendarId: string | null;
  calendar: CalendarRules | null;
  firstResponseMinutes: number | null;
  resolutionMinutes: number;
  warningMinutes: number;
}

export type SlaPolicyChange = Omit<StoredSlaPolicy, 'calendar'>;

/** One group of `slaReport`. */
export interface SlaReportRecord {
  key: string;
  met: number;
  breached: number;
  open: number;
  medianFirstResponseMinutes: number | null;
  medianResolutionMinutes: number | null;
}

/** The column a report groups by; tickets without an assignee form the group with the empty key. */
const GROUP_COLUMNS: Readonly<Record<SlaReportGrouping, string>> = {
  PRIORITY: 'priority',
  ASSIGNEE: `coalesce(assigned_to, '')`,
  CATEGORY: 'category',
};

/** Business calendars, and the SLA policies (one per priority) that use them. */
export class BusinessCalendarRepository extends EntityRepository<BusinessCalendar> {
  /** Every stored policy with its calendar, in one statement. */
  async policies(): Promise<StoredSlaPolicy[]> {
    const rows = await query<{
      priority: TicketPriority; calendar_id: string | null; first_response_minutes: number | null; resolution_minutes: number;
      warning_minutes: number; time_zone: string | null; hours: CalendarRules['hours'] | null; holidays: string[] | null;
    }>(
      this.getEntityManager(),
      `select p.priority, p.calendar_id, p.first_response_minutes, p.resolution_minutes, p.warning_minutes, c.time_zone, c.hours, c.holidays
       from sla_policies p left join business_calendars c on c.id = p.calendar_id`,
    );
    return rows.map((row) => ({
      priority: row.priority,
      calendarId: row.calendar_id,
      calendar: row.time_zone === null ? null : { timeZone: row.time_zone, hours: row.hours!, holidays: row.holidays! },
      firstResponseMinutes: row.first_response_minutes,
      resolutionMinutes: row.resolution_minutes,
      warningMinutes: row.warning_minutes,
    }));
  }

  async savePolicy(policy: SlaPolicyChange, now: Date): Promise<void> {
    await query(
      this.getEntityManager(),
      `insert into sla_policies (priority, calendar_id, first_response_minutes, resolution_minutes, warning_minutes, updated_at)
       values (?, ?, ?, ?, ?, ?)
       on conflict (priority) do update set calendar_id = excluded.calendar_id, first_response_minutes = excluded.first_response_minutes,
         resolution_minutes = excluded.resolution_minutes, warning_minutes = excluded.warning_minutes, updated_at = excluded.updated_at`,
      [policy.priority, policy.calendarId, policy.firstResponseMinutes, policy.resolutionMinutes, policy.warningMinutes, now],
    );
  }

  /** The priorities whose policy uses the calendar. */
  async prioritiesUsing(calendarId: string): Promise<TicketPriority[]> {
    const rows = await query<{ priority: TicketPriority }>(
      this.getEntityManager(),
      'select priority from sla_policies where calendar_id = ? order by priority',
      [calendarId],
    );
    return rows.map((row) => row.priority);
  }

  /**
   * SLA outcomes of the tickets created in [from, to), per group. A ticket breached when either
   * clock is (`slaBreached`: announced, or as the dates show); met when resolved without a breach;
   * open otherwise. Medians are wall-clock minutes from creation to the first public staff answer
   * and to resolution, of the tickets that have them.
   */
  async report(from: Date, to: Date, groupBy: SlaReportGrouping, now: Date): Promise<SlaReportRecord[]> {
    const rows = await query<{
      key: string; met: string; breached: string; open: string; first_response: number | null; resolution: number | null;
    }>(
      this.getEntityManager(),
      `with outcome as (
         select ${GROUP_COLUMNS[groupBy]} as key, created_at, resolved_at, first_responded_at,
           ${slaBreachedSql('?::timestamptz')} as breached
         from tickets where created_at >= ? and created_at < ?)
       select key,
         count(*) filter (where not breached and resolved_at is not null) as met,
         count(*) filter (where breached) as breached,
         count(*) filter (where not breached and resolved_at is null) as open,
         percentile_cont(0.5) within group (order by extract(epoch from first_responded_at - created_at) / 60) as first_response,
         percentile_cont(0.5) within group (order by extract(epoch from resolved_at - created_at) / 60) as resolution
       from outcome group by key order by key`,
      [now, now, from, to],
    );
    return rows.map((row) => ({
      key: row.key,
      met: Number(row.met),
      breached: Number(row.breached),
      open: Number(row.open),
      medianFirstResponseMinutes: row.first_response,
      medianResolutionMinutes: row.resolution,
    }));
  }
}
