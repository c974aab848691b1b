import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { query } from '../src/db/sql';
import { systemContext } from '../src/services/shared/service-context';
import { SlaMonitorService } from '../src/services/sla/sla-monitor.service';
import {
  AddCommentDocument, BusinessCalendarsDocument, CalendarNodeDocument, CreateBusinessCalendarDocument, CreateWebhookDocument,
  DeleteBusinessCalendarDocument, LoginDocument, SetSlaPolicyDocument, SetUserRoleDocument, SetTicketStatusDocument, SlaCreateTicketDocument, SlaPoliciesDocument,
  SlaBreachedTicketsDocument, SlaReportDocument, SlaTicketDocument, SlaUpdateTicketDocument, TicketEventsDocument, UpdateBusinessCalendarDocument,
  type BusinessCalendarInput,
} from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { startTestServer, TEST_PASSWORD } from './helpers/harness';
import { register, request, run, wsClient } from './helpers/http-client';
import { Receiver } from './helpers/receiver';
import { nextValues, waitForListeners } from './helpers/subscriptions';
import { waitFor } from './helpers/wait';

// Protocol test for the webhook part: a receiver started by the test gets the SLA events.

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: string;
let agent: string;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await Receiver.start();
  server = await startTestServer({ RATE_LIMIT_USER_PER_MINUTE: '100000' });
  admin = (await register(server.url, 'admin')).accessToken;
  const agentUser = await register(server.url, 'agent');
  await run(server.url, SetUserRoleDocument, { userId: agentUser.user.id, role: 'AGENT' }, admin);
  agent = (await run(server.url, LoginDocument, { usernameOrEmail: 'agent', password: TEST_PASSWORD })).login.accessToken;
});
// Each test starts from the configured targets.
beforeEach(async () => {
  await query(server.deps.orm.em.fork(), 'delete from sla_policies');
});
afterAll(async () => {
  await server?.close();
  await receiver?.close();
});

const MINUTE = 60_000;
const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const;
const officeHours = weekdays.map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));

/** Sends an operation expected to fail; returns its first error. */
async function failure<R, V>(document: TypedDocumentNode<R, V>, variables: V, token = admin) {
  return (await request(server.url, document, variables, token)).errors![0]!;
}

describe('business calendars', () => {
  test('are created, listed, fetched, rewritten and deleted by an admin; hours come back in week order, holidays sorted once', async () => {
    const input: BusinessCalendarInput = {
      name: 'Berlin office',
      timeZone: 'Europe/Berlin',
      hours: [{ weekday: 'TUESDAY', start: '13:00', end: '17:00' }, { weekday: 'MONDAY', start: '09:00', end: '17:00' }, { weekday: 'TUESDAY', start: '09:00', end: '12:00' }],
      holidays: ['2026-12-26', '2026-12-25', '2026-12-26'],
    };
    const created = (await run(server.url, CreateBusinessCalendarDocument, { input }, admin)).createBusinessCalendar;
    expect(created).toEqual({
      id: expect.stringMatching(/^cal_/),
      name: 'Berlin office',
      timeZone: 'Europe/Berlin',
      hours: [{ weekday: 'MONDAY', start: '09:00', end: '17:00' }, { weekday: 'TUESDAY', start: '09:00', end: '12:00' }, { weekday: 'TUESDAY', start: '13:00', end: '17:00' }],
      holidays: ['2026-12-25', '2026-12-26'],
    });
    expect((await run(server.url, BusinessCalendarsDocument, {}, agent)).businessCalendars.map((c) => c.name)).toContain('Berlin office');
    expect((await run(server.url, CalendarNodeDocument, { id: created.id }, agent)).node).toEqual({ id: created.id, name: 'Berlin office' });

    expect(await failure(CreateBusinessCalendarDocument, { input })).toMatchObject({
      message: 'A business calendar named "Berlin office" exists already', extensions: { code: 'CONFLICT' },
    });

    const updated = (await run(server.url, UpdateBusinessCalendarDocument, {
      id: created.id, input: { name: 'Berlin office (winter)', timeZone: 'Europe/Berlin', hours: officeHours, holidays: [] },
    }, admin)).updateBusinessCalendar;
    expect(updated).toMatchObject({ name: 'Berlin office (winter)', hours: officeHours, holidays: [] });

    // In use by a policy: refused until the policy counts in another calendar (here: every hour).
    await run(server.url, SetSlaPolicyDocument, { input: { priority: 'MEDIUM', calendarId: created.id, resolutionMinutes: 480 } }, admin);
    expect(await failure(DeleteBusinessCalendarDocument, { id: created.id })).toMatchObject({
      message: 'The SLA policies of MEDIUM use this calendar; give them another first', extensions: { code: 'CONFLICT' },
    });
    await run(server.url, SetSlaPolicyDocument, { input: { priority: 'MEDIUM', resolutionMinutes: 1440 } }, admin);
    expect((await run(server.url, DeleteBusinessCalendarDocument, { id: created.id }, admin)).deleteBusinessCalendar).toBe(created.id);
    expect((await failure(CalendarNodeDocument, { id: created.id }, agent)).extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  test('bad calendars are refused with every problem named at once', async () => {
    const error = await failure(CreateBusinessCalendarDocument, {
      input: {
        name: ' ',
        timeZone: 'Mars/Olympus_Mons',
        hours: [{ weekday: 'MONDAY', start: '9:00', end: '17:00' }, { weekday: 'TUESDAY', start: '17:00', end: '09:00' }, { weekday: 'WEDNESDAY', start: '09:00', end: '24:01' }],
      },
    });
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'name', message: 'must be 1-100 characters long (got 0)' },
        { field: 'timeZone', message: 'must be an IANA time zone such as Europe/Berlin' },
        { field: 'hours[0].start', message: 'must be a time HH:MM from 00:00 to 23:59' },
        { field: 'hours[1].end', message: 'must be later than start' },
        { field: 'hours[2].end', message: 'must be a time HH:MM from 00:01 to 24:00' },
      ],
    });
    const overlap = await failure(CreateBusinessCalendarDocument, {
      input: { name: 'overlap', timeZone: 'UTC', hours: [{ weekday: 'MONDAY', start: '09:00', end: '13:00' }, { weekday: 'MONDAY', start: '12:00', end: '17:00' }] },
    });
    expect(overlap.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'hours', message: 'periods on MONDAY overlap' }] });
  });
});

describe('SLA policies', () => {
  test('list every priority: the configured targets (every hour, no first-response target) until an admin sets one', async () => {
    await run(server.url, SetSlaPolicyDocument, { input: { priority: 'MEDIUM', firstResponseMinutes: 60, resolutionMinutes: 480 } }, admin);
    expect((await run(server.url, SlaPoliciesDocument, {}, agent)).slaPolicies).toEqual([
      { priority: 'URGENT', calendar: null, firstResponseMinutes: null, resolutionMinutes: 60, warningMinutes: 30 },
      { priority: 'HIGH', calendar: null, firstResponseMinutes: null, resolutionMinutes: 240, warningMinutes: 30 },
      { priority: 'MEDIUM', calendar: null, firstResponseMinutes: 60, resolutionMinutes: 480, warningMinutes: 30 },
      { priority: 'LOW', calendar: null, firstResponseMinutes: null, resolutionMinutes: 4320, warningMinutes: 30 },
    ]);
    expect(await failure(SetSlaPolicyDocument, { input: { priority: 'LOW', calendarId: 'cal_00000000-0000-7000-8000-000000000000', resolutionMinutes: 60 } }))
      .toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect((await failure(SetSlaPolicyDocument, { input: { priority: 'LOW', resolutionMinutes: 0, firstResponseMinutes: 0, warningMinutes: -1 } })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'firstResponseMinutes', message: 'must be from 1 to 600000 minutes' },
        { field: 'resolutionMinutes', message: 'must be from 1 to 600000 minutes' },
        { field: 'warningMinutes', message: 'must be from 0 to 600000 minutes' },
      ],
    });
  });

  test('due dates count only the calendar\'s open time: holidays, waiting for the customer, a priority change, the first public staff answer', async () => {
    // A calendar open all day every day in India (UTC+05:30, no DST), closed today and tomorrow (local dates).
    const localDate = (days: number) => new Date(Date.now() + 5.5 * 60 * MINUTE + days * 1440 * MINUTE).toISOString().slice(0, 10);
    const calendar = (await run(server.url, CreateBusinessCalendarDocument, {
      input: {
        name: 'Bengaluru, closed two days',
        timeZone: 'Asia/Kolkata',
        hours: (['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const).map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
        holidays: [localDate(0), localDate(1)],
      },
    }, admin)).createBusinessCalendar;
    const high = (await run(server.url, SetSlaPolicyDocument, {
      input: { priority: 'HIGH', calendarId: calendar.id, firstResponseMinutes: 30, resolutionMinutes: 120, warningMinutes: 15 },
    }, admin)).setSlaPolicy;
    expect(high).toEqual({ priority: 'HIGH', calendar: { name: 'Bengaluru, closed two days' }, firstResponseMinutes: 30, resolutionMinutes: 120, warningMinutes: 15 });
    await run(server.url, SetSlaPolicyDocument, { input: { priority: 'LOW', calendarId: calendar.id, resolutionMinutes: 600 } }, admin);

    // The clock starts when the calendar opens: midnight, local time, the day after tomorrow.
    const opens = Date.parse(`${localDate(2)}T00:00:00Z`) - 5.5 * 60 * MINUTE;
    const ticket = (await run(server.url, SlaCreateTicketDocument, { input: ticketInput({ priority: 'HIGH', category: 'BUG_REPORT' }) }, agent)).createTicket;
    expect(ticket.slaDueAt).toBe(new Date(opens + 120 * MINUTE).toISOString());
    expect(ticket.firstResponseDueAt).toBe(new Date(opens + 30 * MINUTE).toISOString());

    // Waiting for the customer while the calendar is closed costs no open time: the due date stays exactly.
    await run(server.url, SetTicketStatusDocument, { id: ticket.id, status: 'WAITING_CUSTOMER' }, agent);
    const resumed = (await run(server.url, SetTicketStatusDocument, { id: ticket.id, status: 'IN_PROGRESS' }, agent)).setTicketStatus;
    expect(resumed.slaDueAt).toBe(ticket.slaDueAt);

    // LOW: the new target from the same start; LOW sets no first-response target.
    const low = (await run(server.url, SlaUpdateTicketDocument, { id: ticket.id, input: { priority: 'LOW' } }, agent)).updateTicket;
    expect(low.slaDueAt).toBe(new Date(opens + 600 * MINUTE).toISOString());
    expect(low.firstResponseDueAt).toBeNull();
    const history = (await run(server.url, SlaTicketDocument, { id: ticket.id }, agent)).ticket!.history.edges.map((e) => e.node);
    expect(history.at(-1)!.changes).toEqual(expect.arrayContaining([
      { field: 'slaDueAt', oldValue: ticket.slaDueAt, newValue: low.slaDueAt },
      { field: 'firstResponseDueAt', oldValue: ticket.firstResponseDueAt, newValue: null },
    ]));

    // First response: the first public comment by staff; an internal note is not one.
    await run(server.url, AddCommentDocument, { ticketId: ticket.id, content: 'Internal: looking into it', isInternal: true }, agent);
    expect((await run(server.url, SlaTicketDocument, { id: ticket.id }, agent)).ticket!.firstRespondedAt).toBeNull();
    const answer = (await run(server.url, AddCommentDocument, { ticketId: ticket.id, content: 'We are on it.' }, agent)).addComment;
    await run(server.url, AddCommentDocument, { ticketId: ticket.id, content: 'A second answer.' }, agent);
    expect((await run(server.url, SlaTicketDocument, { id: ticket.id }, agent)).ticket!.firstRespondedAt).toBe(answer.createdAt);
  });
});

test('SLA_WARNING then SLA_BREACHED for first response and resolution, once each, over subscriptions and webhooks', async () => {
  await run(server.url, SetSlaPolicyDocument, { input: { priority: 'URGENT', firstResponseMinutes: 5, resolutionMinutes: 10, warningMinutes: 2 } }, admin);
  await run(server.url, CreateWebhookDocument, { input: { url: receiver.url('/sla'), events: ['SLA_WARNING', 'SLA_BREACHED'] } }, admin);
  const ticket = (await run(server.url, SlaCreateTicketDocument, { input: ticketInput({ priority: 'URGENT', category: 'TECHNICAL_ISSUE' }) }, agent)).createTicket;
  const created = Date.parse(ticket.createdAt);
  expect(ticket.firstResponseDueAt).toBe(new Date(created + 5 * MINUTE).toISOString());

  const client = wsClient(server.url, agent);
  try {
    const events = nextValues(client, TicketEventsDocument, { ticketId: ticket.id }, 4);
    await waitForListeners(server.deps.pubsub, 1);
    const monitor = new SlaMonitorService(systemContext(server.deps));
    const round = (minutes: number) => monitor.announceAlerts(new Date(created + minutes * MINUTE));
    await round(1); // nothing is close yet
    await round(4); // first response due in 1 minute: a warning
    await round(4.5); // not again
    await round(6); // first response overdue
    await round(9); // resolution due in 1 minute
    await round(11); // resolution overdue
    await round(12); // nothing left
    const received = (await events.values).map(({ ticketEvents: e }) => [e.type, e.changes.map((c) => c.field)]);
    expect(received).toEqual([
      ['SLA_WARNING', ['firstResponseWarnedAt']],
      ['SLA_BREACHED', ['firstResponseBreachedAt']],
      ['SLA_WARNING', ['slaWarnedAt']],
      ['SLA_BREACHED', ['slaBreachedAt']],
    ]);
  } finally {
    await client.dispose();
  }
  const history = (await run(server.url, SlaTicketDocument, { id: ticket.id }, agent)).ticket!;
  expect(history.history.edges.map((e) => e.node.type)).toEqual(['CREATED', 'SLA_WARNING', 'SLA_BREACHED', 'SLA_WARNING', 'SLA_BREACHED']);
  expect(history).toMatchObject({ slaBreached: true, firstResponseBreached: true, resolutionBreached: true });

  // Deliveries run in parallel: compared in a fixed order.
  const bodies = () => receiver.received.map((r) => JSON.parse(r.body) as { event: string; data: { ticketId: string; changes: { field: string }[] } });
  const hooks = await waitFor(async () => bodies().filter((b) => b.data.ticketId === ticket.id), (list) => list.length >= 4);
  expect(hooks.map((b) => `${b.event} ${b.data.changes[0]!.field}`).sort()).toEqual([
    'ticket.sla_breached firstResponseBreachedAt', 'ticket.sla_breached slaBreachedAt', 'ticket.sla_warning firstResponseWarnedAt', 'ticket.sla_warning slaWarnedAt',
  ]);
});

test('slaBreached is either clock: a late first answer alone breaches the SLA; each clock has its own field; the filter follows the same rule', async () => {
  const tag = 'either-clock';
  const create = async (subject: string) =>
    (await run(server.url, SlaCreateTicketDocument, { input: ticketInput({ subject, tags: [tag], priority: 'HIGH', category: 'BUG_REPORT' }) }, agent)).createTicket.id;
  const ago = (minutes: number | null) => (minutes === null ? null : new Date(Date.now() - minutes * MINUTE));
  /** Sets a ticket's clocks as time would have: minutes ago (negative: to come). */
  const clocks = async (id: string, fields: { firstResponseDue: number | null; firstResponded: number | null; resolutionDue: number; resolved?: number }) => {
    await query(server.deps.orm.em.fork(), 'update tickets set first_response_due_at = ?, first_responded_at = ?, sla_due_at = ?, resolved_at = ?, status = ? where id = ?', [
      ago(fields.firstResponseDue), ago(fields.firstResponded), ago(fields.resolutionDue), ago(fields.resolved ?? null), fields.resolved === undefined ? 'IN_PROGRESS' : 'RESOLVED',
      id.replace(/^tkt_/, ''),
    ]);
  };
  const unanswered = await create('Unanswered');
  await clocks(unanswered, { firstResponseDue: 60, firstResponded: null, resolutionDue: -600 });
  await clocks(await create('Overdue'), { firstResponseDue: null, firstResponded: null, resolutionDue: 60 });
  const inTime = await create('Answered in time');
  await clocks(inTime, { firstResponseDue: 60, firstResponded: 90, resolutionDue: -600 });
  await clocks(await create('Answered late, resolved in time'), { firstResponseDue: 120, firstResponded: 90, resolutionDue: 10, resolved: 30 });
  await clocks(await create('Not due yet'), { firstResponseDue: -30, firstResponded: null, resolutionDue: -600 });

  const list = async (slaBreached?: boolean) =>
    (await run(server.url, SlaBreachedTicketsDocument, { filter: { tags: [tag], slaBreached } }, agent)).tickets.edges.map((e) => e.node);
  expect(await list()).toEqual([
    { subject: 'Unanswered', slaBreached: true, firstResponseBreached: true, resolutionBreached: false },
    { subject: 'Overdue', slaBreached: true, firstResponseBreached: false, resolutionBreached: true },
    { subject: 'Answered in time', slaBreached: false, firstResponseBreached: false, resolutionBreached: false },
    { subject: 'Answered late, resolved in time', slaBreached: true, firstResponseBreached: true, resolutionBreached: false },
    { subject: 'Not due yet', slaBreached: false, firstResponseBreached: false, resolutionBreached: false },
  ]);
  expect((await list(true)).map((t) => t.subject)).toEqual(['Unanswered', 'Overdue', 'Answered late, resolved in time']);
  expect((await list(false)).map((t) => t.subject)).toEqual(['Answered in time', 'Not due yet']);

  // Live events are filtered by the same rule: an internal note on a ticket in time is not sent, one on a breached ticket is.
  const client = wsClient(server.url, agent);
  try {
    const events = nextValues(client, TicketEventsDocument, { filter: { tags: [tag], slaBreached: true } }, 1);
    await waitForListeners(server.deps.pubsub, 1);
    await run(server.url, AddCommentDocument, { ticketId: inTime, content: 'Internal: in time.', isInternal: true }, agent);
    await run(server.url, AddCommentDocument, { ticketId: unanswered, content: 'Internal: late.', isInternal: true }, agent);
    expect((await events.values).map(({ ticketEvents: e }) => [e.type, e.ticketId])).toEqual([['COMMENT_ADDED', unanswered]]);
  } finally {
    await client.dispose();
  }
});

test('slaReport: met, breached and open per group, the share met and median minutes, counted in SQL', async () => {
  const create = async (assignedTo: string | null, priority: 'HIGH' | 'LOW' | 'MEDIUM') =>
    (await run(server.url, SlaCreateTicketDocument, { input: ticketInput({ priority, category: 'BILLING_QUESTION' }) }, agent)).createTicket.id;
  const start = Date.parse('2026-01-05T09:00:00Z');
  const at = (minutes: number | null) => (minutes === null ? null : new Date(start + minutes * MINUTE));
  /** Puts a ticket at a fixed place in January, as time would have. */
  const place = async (id: string, fields: { assignedTo: string | null; firstResponse: number | null; resolved: number | null; due: number; firstResponseDue?: number; createdAt?: Date }) => {
    await query(server.deps.orm.em.fork(), `update tickets set created_at = ?, assigned_to = ?, first_responded_at = ?, resolved_at = ?, status = ?,
        sla_due_at = ?, first_response_due_at = ? where id = ?`, [
      fields.createdAt ?? at(0), fields.assignedTo, at(fields.firstResponse), at(fields.resolved), fields.resolved === null ? 'IN_PROGRESS' : 'RESOLVED',
      at(fields.due), at(fields.firstResponseDue ?? null), id.replace(/^tkt_/, ''),
    ]);
  };
  await place(await create('ana', 'HIGH'), { assignedTo: 'ana', firstResponse: 30, resolved: 120, due: 240 }); // met
  await place(await create('ana', 'HIGH'), { assignedTo: 'ana', firstResponse: 90, resolved: null, due: 240 }); // open, overdue: breached
  await place(await create('ben', 'LOW'), { assignedTo: 'ben', firstResponse: null, resolved: null, due: 60 * 24 * 365 * 70 }); // open
  await place(await create('ben', 'LOW'), { assignedTo: 'ben', firstResponse: null, resolved: 300, due: 60 }); // resolved late: breached
  await place(await create(null, 'MEDIUM'), { assignedTo: null, firstResponse: null, resolved: 240, due: 1440, firstResponseDue: 60 }); // no answer in time: breached
  await place(await create('ana', 'HIGH'), { assignedTo: 'ana', firstResponse: 1, resolved: 2, due: 240, createdAt: new Date('2026-02-10T00:00:00Z') }); // outside

  const window = { from: '2026-01-05T00:00:00Z', to: '2026-01-06T00:00:00Z' };
  expect((await run(server.url, SlaReportDocument, { ...window, groupBy: 'ASSIGNEE' }, agent)).slaReport).toEqual([
    { key: '', met: 0, breached: 1, open: 0, metShare: 0, medianFirstResponseMinutes: null, medianResolutionMinutes: 240 },
    { key: 'ana', met: 1, breached: 1, open: 0, metShare: 0.5, medianFirstResponseMinutes: 60, medianResolutionMinutes: 120 },
    { key: 'ben', met: 0, breached: 1, open: 1, metShare: 0, medianFirstResponseMinutes: null, medianResolutionMinutes: 300 },
  ]);
  expect((await run(server.url, SlaReportDocument, { ...window, groupBy: 'PRIORITY' }, agent)).slaReport.map((row) => [row.key, row.met, row.breached, row.open]))
    .toEqual([['HIGH', 1, 1, 0], ['LOW', 0, 1, 1], ['MEDIUM', 0, 1, 0]]);
  expect((await run(server.url, SlaReportDocument, { ...window, groupBy: 'CATEGORY' }, agent)).slaReport).toEqual([
    { key: 'BILLING_QUESTION', met: 1, breached: 3, open: 1, metShare: 0.25, medianFirstResponseMinutes: 60, medianResolutionMinutes: 240 },
  ]);
  expect((await failure(SlaReportDocument, { from: window.to, to: window.from, groupBy: 'PRIORITY' }, agent)).extensions).toEqual({
    code: 'BAD_USER_INPUT', fields: [{ field: 'to', message: 'must be later than from' }],
  });
});
