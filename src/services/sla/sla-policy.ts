import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import { TicketPriority, TicketStatus } from '../../entities/enums';
import { BusinessCalendar } from '../../entities/business-calendar.entity';
import type { Logger } from '../../logger';
import type { PubSub } from '../../pubsub';
import type { StoredSlaPolicy } from '../../repositories/sla/business-calendar.repository';
import { InstanceCache } from '../shared/instance-cache';
import { ALWAYS_OPEN, CalendarClock, type BusinessClock } from './business-clock';

const MINUTE_MS = 60_000;

/** Minutes before a due date that SLA_WARNING comes, for priorities without a stored policy. */
export const DEFAULT_WARNING_MINUTES = 30;

/** The SLA fields of a ticket, as the rules below change them. */
export interface SlaState {
  priority: TicketPriority;
  status: TicketStatus;
  createdAt: Date;
  slaDueAt: Date | null;
  slaPausedAt: Date | null;
  firstResponseDueAt: Date | null;
}

export type SlaDates = Pick<SlaState, 'slaDueAt' | 'slaPausedAt' | 'firstResponseDueAt'>;

/** What one priority's tickets are held to, and the clock that counts their time. */
export interface SlaTargets {
  clock: BusinessClock;
  firstResponseMs: number | null;
  resolutionMs: number;
}

/**
 * The SLA rules in force: due dates are the creation time plus the priority's target counted in
 * its calendar's open time (every hour without a calendar), plus the open time the ticket spent
 * waiting for the customer. A priority change recomputes them with the new targets.
 */
export class SlaRules {
  constructor(private readonly targets: Readonly<Record<TicketPriority, SlaTargets>>) {}

  /** The SLA of a new ticket. */
  initial(priority: TicketPriority, status: TicketStatus, createdAt: Date): SlaDates {
    return { ...this.dueDates(priority, createdAt, 0), slaPausedAt: status === TicketStatus.WAITING_CUSTOMER ? createdAt : null };
  }

  /** The SLA after a change of priority and/or status at `now`. */
  next(before: SlaState, after: Pick<SlaState, 'priority' | 'status'>, now: Date): SlaDates {
    const { clock, resolutionMs } = this.targets[before.priority];
    // The open time spent waiting so far is what the due date holds beyond the target.
    let pausedMs = before.slaDueAt ? Math.max(0, clock.between(before.createdAt, before.slaDueAt) - resolutionMs) : 0;
    let pausedAt = before.slaPausedAt;
    let moved = after.priority !== before.priority;
    const waiting = after.status === TicketStatus.WAITING_CUSTOMER;
    if (waiting && !pausedAt) pausedAt = now;
    if (!waiting && pausedAt) {
      pausedMs += clock.between(pausedAt, now);
      pausedAt = null;
      moved = true;
    }
    if (!moved || before.slaDueAt === null) return { slaDueAt: before.slaDueAt, firstResponseDueAt: before.firstResponseDueAt, slaPausedAt: pausedAt };
    return { ...this.dueDates(after.priority, before.createdAt, pausedMs), slaPausedAt: pausedAt };
  }

  private dueDates(priority: TicketPriority, createdAt: Date, pausedMs: number): Pick<SlaDates, 'slaDueAt' | 'firstResponseDueAt'> {
    const { clock, resolutionMs, firstResponseMs } = this.targets[priority];
    return {
      slaDueAt: clock.add(createdAt, resolutionMs + pausedMs),
      firstResponseDueAt: firstResponseMs === null ? null : clock.add(createdAt, firstResponseMs + pausedMs),
    };
  }
}

/**
 * SLA policies per priority: those an admin stored (with a business calendar and targets for first
 * response and resolution), else the configured resolution targets (`SLA_<PRIORITY>_HOURS`).
 */
export class SlaPolicy {
  private readonly inForce = new InstanceCache<SlaRules>('sla-policies');

  constructor(
    private readonly hours: Config['slaHours'],
    private readonly pubsub: PubSub,
    private readonly logger: Logger,
  ) {}

  /** Every priority's policy: stored, or the configured default (every hour, no first-response target). */
  async policies(em: EntityManager): Promise<StoredSlaPolicy[]> {
    const stored = new Map((await em.getRepository(BusinessCalendar).policies()).map((policy) => [policy.priority, policy]));
    return Object.values(TicketPriority).map((priority) => stored.get(priority) ?? this.fallback(priority));
  }

  /** The rules in force now: read in one statement, at most every few seconds (every ticket written needs them). */
  rules(em: EntityManager): Promise<SlaRules> {
    return this.inForce.get(this.pubsub, async () => rulesOf(await this.policies(em)));
  }

  /** After a policy or a calendar changed: every instance reads the rules again. */
  changed(): Promise<void> {
    return this.inForce.changed(this.pubsub, this.logger);
  }

  private fallback(priority: TicketPriority): StoredSlaPolicy {
    return fallbackPolicy(this.hours, priority);
  }
}

/** The configured targets alone, as if no policy were stored. */
export function configuredSlaRules(hours: Config['slaHours']): SlaRules {
  return rulesOf(Object.values(TicketPriority).map((priority) => fallbackPolicy(hours, priority)));
}

function fallbackPolicy(hours: Config['slaHours'], priority: TicketPriority): StoredSlaPolicy {
  return {
    priority,
    calendarId: null,
    calendar: null,
    firstResponseMinutes: null,
    resolutionMinutes: hours[priority] * 60,
    warningMinutes: DEFAULT_WARNING_MINUTES,
  };
}

function rulesOf(policies: readonly StoredSlaPolicy[]): SlaRules {
  return new SlaRules(Object.fromEntries(policies.map((policy) => [policy.priority, targetsOf(policy)])) as Record<TicketPriority, SlaTargets>);
}

function targetsOf(policy: Pick<StoredSlaPolicy, 'calendar' | 'firstResponseMinutes' | 'resolutionMinutes'>): SlaTargets {
  return {
    clock: policy.calendar ? new CalendarClock(policy.calendar) : ALWAYS_OPEN,
    firstResponseMs: policy.firstResponseMinutes === null ? null : policy.firstResponseMinutes * MINUTE_MS,
    resolutionMs: policy.resolutionMinutes * MINUTE_MS,
  };
}
