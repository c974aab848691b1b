import { CustomerLog } from '../../entities/customer-log.entity';
import { LogStatus, Role, TicketPriority, type LogType } from '../../entities/enums';
import { ForbiddenError, NotFoundError, ValidationError, type FieldError } from '../../errors';
import { newId, toGlobalId } from '../../ids';
import type { CustomerLogRecord, CustomerLogSummaryRecord, LogChanges, LogQuery, LogScope, TrendingIssueRecord } from '../../repositories/customer-logs/customer-log.repository';
import type { Page, PageRequest } from '../../repositories/shared/page';
import { conversationViewer } from '../assistant/conversation.service';
import { isStaff, requireRole } from '../identity/policy';
import { IdempotencyService } from '../shared/idempotency.service';
import type { ServiceContext } from '../shared/service-context';
import { checkText } from '../tickets/ticket-validation';

export const LOG_LIMITS = {
  title: { min: 1, max: 200 },
  description: { min: 1, max: 5_000 },
  category: 100,
  /** A year. */
  maxHours: 8_760,
  maxTrending: 100,
} as const;

export const DEFAULT_LOG_HOURS = 24;
export const DEFAULT_TRENDING_ISSUES = 10;

export interface NewLogInput {
  title: string;
  description: string;
  logType: LogType;
  priority?: TicketPriority | null;
  category?: string | null;
}

export interface LogChangesInput {
  title?: string | null;
  description?: string | null;
  status?: LogStatus | null;
  priority?: TicketPriority | null;
  /** An empty string clears the category. */
  category?: string | null;
}

export interface LogFilterInput {
  status?: LogStatus | null;
  category?: string | null;
  priority?: TicketPriority | null;
  logType?: LogType | null;
  /** Logs created in the last `hours` hours; 24 when omitted. */
  hours?: number | null;
}

/**
 * Customer logs: what customers report, with summaries and trends. Users see and change their own
 * logs, agents and admins all of them; integration tokens are refused. Trends are for admins.
 */
export class CustomerLogService {
  constructor(private readonly ctx: ServiceContext) {}

  private get logs() {
    return this.ctx.em.getRepository(CustomerLog);
  }

  /** Writes a log; with an Idempotency-Key, a repeat of the same log returns the first. */
  create(input: NewLogInput, idempotencyKey?: string): Promise<CustomerLogRecord> {
    return new IdempotencyService(this.ctx).create(idempotencyKey, 'createCustomerLog', input, {
      create: () => this.insert(input),
      idOf: (log) => log.id,
      read: (id) => this.get(id),
    });
  }

  private async insert(input: NewLogInput): Promise<CustomerLogRecord> {
    const viewer = conversationViewer(this.ctx.viewer);
    if (viewer.kind !== 'user') throw new ForbiddenError('Customer logs belong to users; the system cannot write one');
    const errors: FieldError[] = [];
    const record: CustomerLogRecord = {
      id: newId(),
      userId: viewer.userId,
      title: checkText(input.title, 'title', LOG_LIMITS.title, errors),
      description: checkText(input.description, 'description', LOG_LIMITS.description, errors),
      logType: input.logType,
      status: LogStatus.OPEN,
      priority: input.priority ?? TicketPriority.MEDIUM,
      category: category(input.category, errors),
      createdAt: new Date(),
      updatedAt: null,
      resolvedAt: null,
    };
    if (errors.length) throw new ValidationError(errors);
    return this.logs.insertRecord(record);
  }

  async update(id: string, input: LogChangesInput): Promise<CustomerLogRecord> {
    const scope = this.scope();
    const errors: FieldError[] = [];
    const changes: LogChanges = {};
    if (input.title != null) changes.title = checkText(input.title, 'title', LOG_LIMITS.title, errors);
    if (input.description != null) changes.description = checkText(input.description, 'description', LOG_LIMITS.description, errors);
    if (input.status != null) changes.status = input.status;
    if (input.priority != null) changes.priority = input.priority;
    if (input.category != null) changes.category = category(input.category, errors);
    if (errors.length) throw new ValidationError(errors);
    const updated = await this.logs.change(id, scope, changes, new Date());
    if (!updated) throw logNotFound(id);
    return updated;
  }

  async get(id: string): Promise<CustomerLogRecord> {
    const scope = this.scope();
    const [log] = await this.logs.findRecords([id]);
    if (!log || ('userId' in scope && log.userId !== scope.userId)) throw logNotFound(id);
    return log;
  }

  list(filter: LogFilterInput, request: PageRequest): Promise<Page<CustomerLogRecord>> {
    return this.logs.findPage(this.query(filter), this.scope(), request);
  }

  count(filter: LogFilterInput): Promise<number> {
    return this.logs.countMatching(this.query(filter), this.scope());
  }

  /** Totals by status, category and priority of the logs created in the last `hours` hours. */
  summary(hours: number): Promise<CustomerLogSummaryRecord> {
    const scope = this.scope();
    return this.logs.summary(since(checkHours(hours)), scope, hours);
  }

  /**
   * The words most logs mention (stemmed, stop words left out), counted in whole UTC hours: the
   * window starts at the top of the hour that was `hours` hours ago. Admins only.
   */
  trending(hours: number, limit: number): Promise<TrendingIssueRecord[]> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'see trending issues');
    checkHours(hours);
    if (!Number.isInteger(limit) || limit < 1 || limit > LOG_LIMITS.maxTrending) {
      throw new ValidationError([{ field: 'limit', message: `must be from 1 to ${LOG_LIMITS.maxTrending}` }]);
    }
    const from = since(hours);
    from.setUTCMinutes(0, 0, 0);
    return this.logs.trending(from, limit);
  }

  private query(filter: LogFilterInput): LogQuery {
    return { ...filter, since: since(checkHours(filter.hours ?? DEFAULT_LOG_HOURS)) };
  }

  private scope(): LogScope {
    const viewer = conversationViewer(this.ctx.viewer);
    return isStaff(viewer) || viewer.kind !== 'user' ? { all: true } : { userId: viewer.userId };
  }
}

function checkHours(hours: number): number {
  if (!Number.isInteger(hours) || hours < 1 || hours > LOG_LIMITS.maxHours) {
    throw new ValidationError([{ field: 'hours', message: `must be from 1 to ${LOG_LIMITS.maxHours}` }]);
  }
  return hours;
}

function since(hours: number): Date {
  return new Date(Date.now() - hours * 3_600_000);
}

/** Trimmed; empty means none. */
function category(raw: string | null | undefined, errors: FieldError[]): string | null {
  const value = raw?.trim() ?? '';
  if (value.length > LOG_LIMITS.category) errors.push({ field: 'category', message: `must be at most ${LOG_LIMITS.category} characters` });
  return value === '' ? null : value;
}

function logNotFound(id: string): NotFoundError {
  return new NotFoundError('CustomerLog', toGlobalId('CustomerLog', id));
}
