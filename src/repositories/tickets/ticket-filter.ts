import type { TicketCategory, TicketPriority, TicketStatus } from '../../entities/enums';
import { slaBreached, slaBreachedSql } from './sla-breach';
import type { TicketRecord } from './ticket.table';

/** Conditions a ticket list is filtered by; every one given must hold. */
export interface TicketQuery {
  status?: TicketStatus[] | null;
  priority?: TicketPriority[] | null;
  category?: TicketCategory[] | null;
  assignedTo?: string | null;
  customerEmail?: string | null;
  /** Tickets carrying all of these tags. */
  tags?: string[] | null;
  /** English full-text search over subject, description and the text of the ticket's files (web-search syntax). */
  search?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  /** The client's own key of an imported row (`issue_key`). */
  externalKey?: string | null;
  /** Whether either SLA clock is breached (see sla-breach.ts). */
  slaBreached?: boolean | null;
  /** Tickets of one classification job (not a client filter: jobs list their own tickets). */
  classificationJobId?: string;
}

/** Which tickets a caller sees: all, one customer's, or one integration token's. */
export type TicketScope = { all: true } | { ownerId: string } | { createdByTokenId: string };

export function inScope(scope: TicketScope, ticket: Pick<TicketRecord, 'ownerId' | 'createdByTokenId'>): boolean {
  if ('ownerId' in scope) return ticket.ownerId === scope.ownerId;
  if ('createdByTokenId' in scope) return ticket.createdByTokenId === scope.createdByTokenId;
  return true;
}

interface Condition<K extends keyof TicketQuery> {
  /** Whether the filter's value asks for anything. */
  given(value: NonNullable<TicketQuery[K]>): boolean;
  /** SQL with one `?` for the value. */
  sql: string;
  /** The same condition on a ticket in memory; absent where only PostgreSQL can tell (full-text search). */
  matches?(ticket: TicketRecord, value: NonNullable<TicketQuery[K]>): boolean;
}

const nonEmpty = (value: readonly unknown[]): boolean => value.length > 0;
const always = (): boolean => true;

/**
 * Each filter field once, as SQL and as the in-memory test that live events are matched with,
 * so the two cannot drift apart.
 */
const CONDITIONS: { [K in keyof Required<TicketQuery>]: Condition<K> } = {
  status: { given: nonEmpty, sql: 'status = any(?::text[])', matches: (t, v) => v.includes(t.status) },
  priority: { given: nonEmpty, sql: 'priority = any(?::text[])', matches: (t, v) => v.includes(t.priority) },
  category: { given: nonEmpty, sql: 'category = any(?::text[])', matches: (t, v) => v.includes(t.category) },
  assignedTo: { given: (v) => v !== '', sql: 'assigned_to = ?', matches: (t, v) => t.assignedTo === v },
  customerEmail: {
    given: (v) => v !== '',
    sql: 'lower(customer_email) = lower(?)',
    matches: (t, v) => t.customer.email.toLowerCase() === v.toLowerCase(),
  },
  tags: { given: nonEmpty, sql: 'tags @> ?::text[]', matches: (t, v) => v.every((tag) => t.tags.includes(tag)) },
  search: { given: (v) => v.trim() !== '', sql: `search @@ websearch_to_tsquery('english', ?)` },
  externalKey: { given: (v) => v !== '', sql: 'external_key = ?', matches: (t, v) => t.externalKey === v },
  slaBreached: { given: always, sql: `${slaBreachedSql('now()')} = ?`, matches: (t, v) => slaBreached(t) === v },
  classificationJobId: { given: (v) => v !== '', sql: 'classification_job_id = ?' },
  createdAfter: { given: always, sql: 'created_at >= ?', matches: (t, v) => t.createdAt >= v },
  createdBefore: { given: always, sql: 'created_at < ?', matches: (t, v) => t.createdAt < v },
};

/** Ids of tickets with an attachment whose text matches the search (one `?`); with `publicOnly`, internal attachments do not count. */
export function attachmentsMatching(publicOnly: boolean): string {
  return `select a.ticket_id from attachments a where a.search @@ websearch_to_tsquery('english', ?)${publicOnly ? ' and not a.is_internal' : ''}`;
}

const ENTRIES = Object.entries(CONDITIONS) as [keyof TicketQuery, Condition<keyof TicketQuery>][];

/** The SQL conditions (and their bindings) of a scope and a filter; every one must hold. */
export function ticketWhere(filter: TicketQuery, scope: TicketScope): { conditions: string[]; bindings: unknown[] } {
  const conditions: string[] = [];
  const bindings: unknown[] = [];
  if ('ownerId' in scope) {
    conditions.push('owner_id = ?');
    bindings.push(scope.ownerId);
  }
  if ('createdByTokenId' in scope) {
    conditions.push('created_by_token_id = ?');
    bindings.push(scope.createdByTokenId);
  }
  for (const [field, condition] of ENTRIES) {
    const value = filter[field];
    if (value === undefined || value === null || !condition.given(value as never)) continue;
    if (field === 'search') {
      // The text of the ticket's files counts too; a customer's search does not reach internal ones.
      conditions.push(`(${condition.sql} or id in (${attachmentsMatching('ownerId' in scope)}))`);
      bindings.push(value);
    } else {
      conditions.push(condition.sql);
    }
    bindings.push(value);
  }
  return { conditions, bindings };
}

/**
 * Whether a ticket passes a filter, as `ticketWhere` would decide. Full-text search is left to the
 * caller: it needs PostgreSQL's stemming (see `TicketRepository.textMatches`).
 */
export function ticketMatches(ticket: TicketRecord, filter: TicketQuery): boolean {
  for (const [field, condition] of ENTRIES) {
    const value = filter[field];
    if (value === undefined || value === null || !condition.matches || !condition.given(value as never)) continue;
    if (!condition.matches(ticket, value as never)) return false;
  }
  return true;
}
