import { EntityRepository } from '@mikro-orm/postgresql';
import { query } from '../../db/sql';
import type { CustomerLog } from '../../entities/customer-log.entity';
import { LogStatus, TicketPriority, type LogType } from '../../entities/enums';
import { encodeCursor, pageOf, timeKeyset } from '../shared/keyset';
import type { Page, PageRequest } from '../shared/page';
import { column, Table, type RecordOf } from '../shared/table';

/** The `customer_logs` table, declared once; `CustomerLogRecord` and the row mapper derive from it. */
export const CUSTOMER_LOGS = new Table('customer_logs', {
  id: column<string>('id', 'uuid'),
  userId: column<string>('user_id', 'uuid'),
  title: column<string>('title', 'text'),
  description: column<string>('description', 'text'),
  logType: column<LogType>('log_type', 'text'),
  status: column<LogStatus>('status', 'text'),
  priority: column<TicketPriority>('priority', 'text'),
  category: column<string | null>('category', 'text'),
  createdAt: column<Date>('created_at', 'timestamptz'),
  updatedAt: column<Date | null>('updated_at', 'timestamptz'),
  resolvedAt: column<Date | null>('resolved_at', 'timestamptz'),
});

export interface CustomerLogRecord extends RecordOf<typeof CUSTOMER_LOGS.spec> {}

export interface BreakdownRecord {
  key: string;
  count: number;
}

export interface CustomerLogSummaryRecord {
  timeframeHours: number;
  totalLogs: number;
  statusBreakdown: BreakdownRecord[];
  categoryBreakdown: BreakdownRecord[];
  priorityBreakdown: BreakdownRecord[];
}

export interface TrendingIssueRecord {
  /** The word form customers used most for the lexeme. */
  issue: string;
  /** The Snowball stem the logs were counted by. */
  stem: string;
  /** Logs in the window that mention it. */
  count: number;
}

const COLUMNS = CUSTOMER_LOGS.select();
/** What a new log's row holds; `updated_at` and `resolved_at` start empty. */
const NEW_LOG_PROPERTIES = ['id', 'userId', 'title', 'description', 'logType', 'status', 'priority', 'category', 'createdAt'] as const;
const logFromRow = (row: Record<string, unknown>): CustomerLogRecord => CUSTOMER_LOGS.fromRow(row);

/** Whose logs: one user's or everyone's. */
export type LogScope = { all: true } | { userId: string };

export interface LogQuery {
  status?: LogStatus | null;
  /** Case-insensitive. */
  category?: string | null;
  priority?: TicketPriority | null;
  logType?: LogType | null;
  /** Created at or after this time. */
  since: Date;
}

export interface LogChanges {
  title?: string;
  description?: string;
  status?: LogStatus;
  priority?: TicketPriority;
  /** null clears the category; undefined keeps it. */
  category?: string | null;
}

/** The key the category breakdown uses for logs without a category. */
export const NO_CATEGORY = 'uncategorized';

export class CustomerLogRepository extends EntityRepository<CustomerLog> {
  async insertRecord(log: CustomerLogRecord): Promise<CustomerLogRecord> {
    const insert = CUSTOMER_LOGS.insertOf(log, NEW_LOG_PROPERTIES);
    const [row] = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `insert into customer_logs (${insert.columns}) values (${insert.placeholders}) returning ${COLUMNS}`,
      insert.values,
    );
    return logFromRow(row!);
  }

  /**
   * Applies changes in one statement, within the scope: `resolvedAt` is set on entering RESOLVED
   * or CLOSED (kept if already set) and cleared on leaving them. Undefined when the log is not in scope.
   */
  async change(id: string, scope: LogScope, changes: LogChanges, now: Date): Promise<CustomerLogRecord | undefined> {
    const status = changes.status ?? null;
    const [row] = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `update customer_logs set
         title = coalesce(?, title),
         description = coalesce(?, description),
         priority = coalesce(?, priority),
         category = case when ? then ? else category end,
         status = coalesce(?, status),
         resolved_at = case when coalesce(?, status) in ('RESOLVED', 'CLOSED') then coalesce(resolved_at, ?) else null end,
         updated_at = ?
       where id = ? ${'userId' in scope ? 'and user_id = ?' : ''}
       returning ${COLUMNS}`,
      [
        changes.title ?? null, changes.description ?? null, changes.priority ?? null,
        changes.category !== undefined, changes.category ?? null,
        status, status, now, now, id, ...('userId' in scope ? [scope.userId] : []),
      ],
    );
    return row && logFromRow(row);
  }

  async findRecords(ids: readonly string[]): Promise<CustomerLogRecord[]> {
    const rows = await query<Record<string, unknown>>(this.getEntityManager(), `select ${COLUMNS} from customer_logs where id = any(?::uuid[])`, [ids]);
    return rows.map(logFromRow);
  }

  /** Newest first. */
  async findPage(filter: LogQuery, scope: LogScope, request: PageRequest): Promise<Page<CustomerLogRecord>> {
    const { conditions, bindings } = whereClause(filter, scope);
    const keyset = timeKeyset(request, 'created_at', 'desc');
    if (keyset.condition) conditions.push(keyset.condition);
    bindings.push(...keyset.bindings, request.size + 1);
    const rows = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `select ${COLUMNS} from customer_logs where ${conditions.join(' and ')} order by ${keyset.orderBy} limit ?`,
      bindings,
    );
    return pageOf(rows.map(logFromRow), request);
  }

  async countMatching(filter: LogQuery, scope: LogScope): Promise<number> {
    const { conditions, bindings } = whereClause(filter, scope);
    const [row] = await query<{ count: string }>(
      this.getEntityManager(),
      `select count(*) as count from customer_logs where ${conditions.join(' and ')}`,
      bindings,
    );
    return Number(row!.count);
  }

  /**
   * Totals by status, category and priority in one pass (grouping sets). Status and priority list
   * every value, zeros included, in the enum's order; categories only those present, most first.
   */
  async summary(since: Date, scope: LogScope, timeframeHours: number): Promise<CustomerLogSummaryRecord> {
    const { conditions, bindings } = whereClause({ since }, scope);
    const rows = await query<{ dimension: 'status' | 'category' | 'priority' | 'total'; key: string | null; count: string }>(
      this.getEntityManager(),
      `select case grouping(status, category, priority)
                when 3 then 'status' when 5 then 'category' when 6 then 'priority' else 'total' end as dimension,
              coalesce(status, category, priority) as key, count(*) as count
       from customer_logs where ${conditions.join(' and ')}
       group by grouping sets ((status), (category), (priority), ())`,
      bindings,
    );
    const counts = { status: new Map<string, number>(), category: new Map<string, number>(), priority: new Map<string, number>() };
    let totalLogs = 0;
    for (const row of rows) {
      if (row.dimension === 'total') totalLogs = Number(row.count);
      else counts[row.dimension].set(row.key ?? NO_CATEGORY, Number(row.count));
    }
    const complete = (values: string[], found: Map<string, number>): BreakdownRecord[] =>
      values.map((key) => ({ key, count: found.get(key) ?? 0 }));
    return {
      timeframeHours,
      totalLogs,
      statusBreakdown: complete(Object.values(LogStatus), counts.status),
      priorityBreakdown: complete(Object.values(TicketPriority), counts.priority),
      categoryBreakdown: [...counts.category]
        .map(([key, count]) => ({ key, count }))
        .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    };
  }

  /**
   * The lexemes most logs mention from `fromHour` (a UTC hour) on, summed from the hourly counts
   * the triggers keep; each shown as the word form customers used most.
   */
  async trending(fromHour: Date, limit: number): Promise<TrendingIssueRecord[]> {
    const rows = await query<{ lexeme: string; word: string; count: number }>(
      this.getEntityManager(),
      `select lexeme, (array_agg(word order by count desc, word))[1] as word, sum(count)::int as count
       from (
         select lexeme, word, sum(count) as count from customer_log_terms where hour >= ? group by lexeme, word
       ) w
       group by lexeme
       having sum(count) > 0
       order by sum(count) desc, lexeme
       limit ?`,
      [fromHour, limit],
    );
    return rows.map((row) => ({ issue: row.word, stem: row.lexeme, count: row.count }));
  }
}

export function customerLogCursor(log: CustomerLogRecord): string {
  return encodeCursor([log.createdAt.toISOString(), log.id]);
}

function whereClause(filter: LogQuery, scope: LogScope): { conditions: string[]; bindings: unknown[] } {
  const conditions: string[] = ['created_at >= ?'];
  const bindings: unknown[] = [filter.since];
  const add = (sql: string, value: unknown): void => {
    conditions.push(sql);
    bindings.push(value);
  };
  if ('userId' in scope) add('user_id = ?', scope.userId);
  if (filter.status) add('status = ?', filter.status);
  if (filter.priority) add('priority = ?', filter.priority);
  if (filter.logType) add('log_type = ?', filter.logType);
  if (filter.category?.trim()) add('lower(category) = lower(?)', filter.category.trim());
  return { conditions, bindings };
}
