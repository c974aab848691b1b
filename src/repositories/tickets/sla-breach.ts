import { TICKETS, type TicketProperty, type TicketRecord } from './ticket.table';

type ClockProperty = Extract<TicketProperty, 'slaDueAt' | 'slaBreachedAt' | 'resolvedAt' | 'slaPausedAt' | 'firstResponseDueAt' | 'firstResponseBreachedAt' | 'firstRespondedAt'>;

/**
 * The two SLA clocks of a ticket and what stops each. A clock is breached once its breach was
 * announced, or once its due date passed before the first of its stops happened (before now, while
 * none has). Declared once: the SQL (ticket filters, the SLA report) and the test in memory
 * (GraphQL fields, live events, webhooks) derive from it, so they cannot drift apart.
 */
const CLOCKS = {
  resolution: { due: 'slaDueAt', breached: 'slaBreachedAt', stops: ['resolvedAt', 'slaPausedAt'] },
  firstResponse: { due: 'firstResponseDueAt', breached: 'firstResponseBreachedAt', stops: ['firstRespondedAt', 'resolvedAt', 'slaPausedAt'] },
} as const satisfies Record<string, { due: ClockProperty; breached: ClockProperty; stops: readonly ClockProperty[] }>;

export type SlaClock = keyof typeof CLOCKS;

/** The properties a clock's breach is told from. */
export function clockProperties(clock: SlaClock): ClockProperty[] {
  const { due, breached, stops } = CLOCKS[clock];
  return [due, breached, ...stops];
}

export type SlaFields = Partial<Pick<TicketRecord, ClockProperty>>;

/** Whether one clock is breached at `now`. */
export function clockBreached(ticket: SlaFields, clock: SlaClock, now = Date.now()): boolean {
  const { due, breached, stops } = CLOCKS[clock];
  if (ticket[breached]) return true;
  const dueAt = ticket[due];
  if (!dueAt) return false;
  const stoppedAt = stops.map((stop) => ticket[stop]).find((at) => at);
  return (stoppedAt?.getTime() ?? now) > dueAt.getTime();
}

/** Breached: either clock (first response or resolution) is. */
export function slaBreached(ticket: SlaFields, now = Date.now()): boolean {
  return clockBreached(ticket, 'resolution', now) || clockBreached(ticket, 'firstResponse', now);
}

const columnOf = (property: TicketProperty): string => TICKETS.columns([property])[0]!;

/** `clockBreached` in SQL over `tickets`; `now` is the SQL of the current time. */
function clockBreachedSql(clock: SlaClock, now: string): string {
  const { due, breached, stops } = CLOCKS[clock];
  return `(${columnOf(breached)} is not null or coalesce(coalesce(${[...stops.map(columnOf), now].join(', ')}) > ${columnOf(due)}, false))`;
}

/** `slaBreached` in SQL over `tickets`; `now` is the SQL of the current time (it appears twice, once per clock). */
export function slaBreachedSql(now: string): string {
  return `(${clockBreachedSql('resolution', now)} or ${clockBreachedSql('firstResponse', now)})`;
}
