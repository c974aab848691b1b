import { describe, expect, test } from 'vitest';
import { Role } from '../src/entities/enums';
import { newId, toGlobalId } from '../src/ids';
import {
  CreateCustomerLogDocument, CustomerLogsDocument, CustomerLogSummaryDocument, TrendingIssuesDocument, UpdateCustomerLogDocument,
} from './gql/graphql';
import { useTestApi } from './helpers/harness';

const api = useTestApi();
const HOUR = 3_600_000;
const STATUSES = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'] as const;

interface Template {
  count: number;
  title: string;
  description: string;
  category: string | null;
  priority: string;
  logType: string;
}

/**
 * Known data: 100 logs within the last 23 hours and 100 logs 30 hours ago. Word counts per log are
 * known by construction (each template's lexemes are distinct within it).
 */
const RECENT: Template[] = [
  { count: 50, title: 'Password reset failing', description: 'Reset link expired.', category: 'account', priority: 'HIGH', logType: 'SUPPORT' },
  { count: 20, title: 'Refunds missing', description: 'Requested twice.', category: 'billing', priority: 'MEDIUM', logType: 'COMPLAINT' },
  { count: 10, title: 'Refund missing', description: 'Requested twice.', category: 'Billing', priority: 'MEDIUM', logType: 'INQUIRY' },
  { count: 20, title: 'Checkout errors', description: 'Checkout shows errors.', category: null, priority: 'URGENT', logType: 'SUPPORT' },
];
const OLDER: Template = { count: 100, title: 'Printer offline', description: 'The printer is offline again.', category: 'hardware', priority: 'LOW', logType: 'SUPPORT' };

async function insertDataSet(userId: string): Promise<void> {
  const now = Date.now();
  const rows: Record<string, unknown>[] = [];
  let i = 0;
  for (const template of RECENT) {
    for (let n = 0; n < template.count; n++, i++) {
      rows.push({
        id: newId(), user_id: userId, title: template.title, description: template.description, log_type: template.logType,
        status: STATUSES[i % 4], priority: template.priority, category: template.category,
        created_at: new Date(now - ((i % 23) + 0.25) * HOUR),
      });
    }
  }
  for (let n = 0; n < OLDER.count; n++) {
    rows.push({
      id: newId(), user_id: userId, title: OLDER.title, description: OLDER.description, log_type: OLDER.logType,
      status: 'OPEN', priority: OLDER.priority, category: OLDER.category, created_at: new Date(now - 30 * HOUR),
    });
  }
  // One statement: the statement trigger counts all rows at once.
  await api.orm.em.getKnex()('customer_logs').insert(rows);
}

describe('customer logs', () => {
  test('create and update: OPEN at first, updatedAt null until changed, resolvedAt follows the status', async () => {
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const created = (await api.run(CreateCustomerLogDocument, {
      input: { title: ' Export broken ', description: 'The CSV export fails.', logType: 'SUPPORT', category: 'data' },
    }, ann)).createCustomerLog;
    expect(created).toMatchObject({
      title: 'Export broken', description: 'The CSV export fails.', logType: 'SUPPORT', status: 'OPEN', priority: 'MEDIUM',
      category: 'data', updatedAt: null, resolvedAt: null, user: { username: 'ann' },
    });
    const resolved = (await api.run(UpdateCustomerLogDocument, { id: created.id, input: { status: 'RESOLVED', priority: 'LOW' } }, ann)).updateCustomerLog;
    expect(resolved).toMatchObject({ status: 'RESOLVED', priority: 'LOW', title: 'Export broken', category: 'data' });
    expect(resolved.updatedAt).not.toBeNull();
    expect(resolved.resolvedAt).toBe(resolved.updatedAt);
    const closed = (await api.run(UpdateCustomerLogDocument, { id: created.id, input: { status: 'CLOSED' } }, ann)).updateCustomerLog;
    expect(closed.resolvedAt).toBe(resolved.resolvedAt);
    const reopened = (await api.run(UpdateCustomerLogDocument, { id: created.id, input: { status: 'OPEN', category: '' } }, ann)).updateCustomerLog;
    expect(reopened).toMatchObject({ status: 'OPEN', resolvedAt: null, category: null });

    const invalid = await api.execute(CreateCustomerLogDocument, { input: { title: '', description: '', logType: 'FEEDBACK', category: 'x'.repeat(101) } }, ann);
    expect(invalid.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'title', message: 'must be 1-200 characters long (got 0)' },
        { field: 'description', message: 'must be 1-5000 characters long (got 0)' },
        { field: 'category', message: 'must be at most 100 characters' },
      ],
    });
  });

  test('users see and edit their own logs; agents and admins see and edit all', async () => {
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const bob = await api.user(Role.CUSTOMER, 'bob');
    const agent = await api.user(Role.AGENT, 'alice');
    const log = (viewer: typeof ann, title: string) =>
      api.run(CreateCustomerLogDocument, { input: { title, description: 'details', logType: 'INQUIRY' } }, viewer);
    const annsLog = (await log(ann, 'ann 1')).createCustomerLog;
    await log(ann, 'ann 2');
    await log(bob, 'bob 1');
    const titles = async (viewer: typeof ann) => (await api.run(CustomerLogsDocument, {}, viewer)).customerLogs.edges.map((e) => e.node.title);
    expect(await titles(ann)).toEqual(['ann 2', 'ann 1']);
    expect(await titles(bob)).toEqual(['bob 1']);
    expect(await titles(agent)).toEqual(['bob 1', 'ann 2', 'ann 1']);

    expect((await api.execute(UpdateCustomerLogDocument, { id: annsLog.id, input: { title: 'mine now' } }, bob)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await api.run(UpdateCustomerLogDocument, { id: annsLog.id, input: { status: 'IN_PROGRESS' } }, agent)).updateCustomerLog.status).toBe('IN_PROGRESS');
    expect((await api.run(CustomerLogSummaryDocument, {}, bob)).customerLogSummary.totalLogs).toBe(1);
    expect((await api.run(CustomerLogSummaryDocument, {}, agent)).customerLogSummary.totalLogs).toBe(3);
    const unknown = toGlobalId('CustomerLog', newId());
    expect((await api.execute(UpdateCustomerLogDocument, { id: unknown, input: {} }, agent)).errors![0]).toMatchObject({
      message: `CustomerLog ${unknown} was not found`, extensions: { code: 'NOT_FOUND' },
    });
  });

  test('filters by status, category, priority, type and hours (24 by default), newest first, a page at a time', async () => {
    const ann = await api.user(Role.CUSTOMER, 'ann');
    await insertDataSet(ann.userId);
    const count = async (filter: Record<string, unknown>) => (await api.run(CustomerLogsDocument, { filter, first: 1 }, ann)).customerLogs.totalCount;
    expect(await count({})).toBe(100);
    expect(await count({ hours: 48 })).toBe(200);
    expect(await count({ hours: 1 })).toBe(5);
    expect(await count({ category: 'BILLING' })).toBe(30);
    expect(await count({ priority: 'URGENT' })).toBe(20);
    expect(await count({ logType: 'COMPLAINT' })).toBe(20);
    expect(await count({ status: 'OPEN', category: 'account' })).toBe(13);
    expect(await count({ status: 'OPEN', hours: 48 })).toBe(125);

    const seen: string[] = [];
    let after: string | null | undefined;
    do {
      const page = (await api.run(CustomerLogsDocument, { filter: { priority: 'URGENT' }, first: 7, after }, ann)).customerLogs;
      seen.push(...page.edges.map((e) => e.node.createdAt));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(20);
    expect([...seen].sort().reverse()).toEqual(seen);
    const invalid = await api.execute(CustomerLogsDocument, { filter: { hours: 0 } }, ann);
    expect(invalid.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'hours', message: 'must be from 1 to 8760' }] });
  });

  test('the summary breaks a window down by status, category and priority', async () => {
    const agent = await api.user(Role.AGENT);
    await insertDataSet(agent.userId);
    expect((await api.run(CustomerLogSummaryDocument, {}, agent)).customerLogSummary).toEqual({
      timeframeHours: 24,
      totalLogs: 100,
      statusBreakdown: [{ key: 'OPEN', count: 25 }, { key: 'IN_PROGRESS', count: 25 }, { key: 'RESOLVED', count: 25 }, { key: 'CLOSED', count: 25 }],
      categoryBreakdown: [{ key: 'account', count: 50 }, { key: 'billing', count: 20 }, { key: 'uncategorized', count: 20 }, { key: 'Billing', count: 10 }],
      priorityBreakdown: [{ key: 'URGENT', count: 20 }, { key: 'HIGH', count: 50 }, { key: 'MEDIUM', count: 30 }, { key: 'LOW', count: 0 }],
    });
    expect((await api.run(CustomerLogSummaryDocument, { hours: 48 }, agent)).customerLogSummary).toEqual({
      timeframeHours: 48,
      totalLogs: 200,
      statusBreakdown: [{ key: 'OPEN', count: 125 }, { key: 'IN_PROGRESS', count: 25 }, { key: 'RESOLVED', count: 25 }, { key: 'CLOSED', count: 25 }],
      categoryBreakdown: [
        { key: 'hardware', count: 100 }, { key: 'account', count: 50 }, { key: 'billing', count: 20 }, { key: 'uncategorized', count: 20 },
        { key: 'Billing', count: 10 },
      ],
      priorityBreakdown: [{ key: 'URGENT', count: 20 }, { key: 'HIGH', count: 50 }, { key: 'MEDIUM', count: 30 }, { key: 'LOW', count: 100 }],
    });
  });

  test('trending issues: stemmed words without stop words, most logs first, shown as customers wrote them; admins only', async () => {
    const admin = await api.user(Role.ADMIN);
    const agent = await api.user(Role.AGENT);
    await insertDataSet(admin.userId);
    expect((await api.run(TrendingIssuesDocument, { limit: 8 }, admin)).trendingIssues).toEqual([
      { issue: 'expired', stem: 'expir', count: 50 },
      { issue: 'failing', stem: 'fail', count: 50 },
      { issue: 'link', stem: 'link', count: 50 },
      { issue: 'password', stem: 'password', count: 50 },
      { issue: 'reset', stem: 'reset', count: 50 },
      { issue: 'missing', stem: 'miss', count: 30 },
      // 20 logs wrote "Refunds", 10 "Refund".
      { issue: 'refunds', stem: 'refund', count: 30 },
      { issue: 'requested', stem: 'request', count: 30 },
    ]);
    // 30 hours ago is outside 24 hours but inside 48; "the", "is" and "again" are stop words.
    expect((await api.run(TrendingIssuesDocument, { hours: 48, limit: 3 }, admin)).trendingIssues).toEqual([
      { issue: 'offline', stem: 'offlin', count: 100 },
      { issue: 'printer', stem: 'printer', count: 100 },
      { issue: 'expired', stem: 'expir', count: 50 },
    ]);
    expect((await api.execute(TrendingIssuesDocument, {}, agent)).errors![0]!.extensions).toEqual({ code: 'FORBIDDEN' });
  });

  test('trend counts follow changes to a log\'s text, in the same transaction', async () => {
    const admin = await api.user(Role.ADMIN);
    const customer = await api.user(Role.CUSTOMER);
    const trending = async () => (await api.run(TrendingIssuesDocument, { limit: 10 }, admin)).trendingIssues.map((t) => `${t.issue} ${t.count}`);
    const { id } = (await api.run(CreateCustomerLogDocument, { input: { title: 'Invoice wrong', description: 'The invoices show the wrong VAT.', logType: 'COMPLAINT' } }, customer)).createCustomerLog;
    await api.run(CreateCustomerLogDocument, { input: { title: 'Invoice late', description: 'No invoice this month.', logType: 'INQUIRY' } }, customer);
    expect(await trending()).toEqual(['invoice 2', 'late 1', 'month 1', 'show 1', 'vat 1', 'wrong 1']);

    // A status change leaves the counts alone; a new text replaces the old one's words.
    await api.run(UpdateCustomerLogDocument, { id, input: { status: 'RESOLVED' } }, customer);
    await api.run(UpdateCustomerLogDocument, { id, input: { title: 'Login broken', description: 'Cannot log in.' } }, customer);
    expect(await trending()).toEqual(['broken 1', 'cannot 1', 'invoice 1', 'late 1', 'log 1', 'login 1', 'month 1']);
  });
});
