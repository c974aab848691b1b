import { expect, test } from 'vitest';
import { Role } from '../src/entities/enums';
import { AddCommentDocument, ConnectIntegrationDocument, CreateTicketDocument, IntegrationsDocument } from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { FakePlatform } from './helpers/fake-platform';
import { useTestApi } from './helpers/harness';
import { waitFor } from './helpers/wait';

// A burst of ticket events to two Teams integrations: one slow (every answer takes 30 ms), one
// failing (503 for its first seconds and first calls, then well). Nothing may be lost or duplicated, and the
// failing one's breaker must open and close again. Prints the figures the issue asks for. The
// suite sends 200 events; `BURST_EVENTS=1000 npx vitest run test/integrations-burst.test.ts` the
// issue's 1,000 (about two minutes on two shared cores).

const api = useTestApi({
  DELIVERY_RETRY_LIMIT: '8',
  DELIVERY_RETRY_DELAY_SECONDS: '1',
  INTEGRATION_BREAKER_THRESHOLD: '5',
  INTEGRATION_BREAKER_COOLDOWN_SECONDS: '2',
});

const EVENTS = Number(process.env.BURST_EVENTS ?? 200);
const TICKETS = 20;

test('a burst of events to a slow and a failing integration: all delivered once each, the breaker opened and closed', { timeout: 600_000 }, async () => {
  const slow = await FakePlatform.start();
  const failing = await FakePlatform.start();
  try {
    const taken = { slow: new Map<string, number>(), failing: new Map<string, number>() };
    const count = (map: Map<string, number>, text: string) => map.set(text, (map.get(text) ?? 0) + 1);
    slow.handle = (request) => {
      count(taken.slow, request.json.attachments[0].content.body[1].text);
      return { status: 200, body: '1', delayMs: 30 };
    };
    // Failing for the first three seconds of the burst, and for its first calls however slowly they
    // come (a loaded machine queues few events in three seconds): enough to open the breaker.
    let healthyAt = Number.POSITIVE_INFINITY;
    let refused = 0;
    const REFUSE_AT_LEAST = 10;
    failing.handle = (request) => {
      if (Date.now() < healthyAt || refused < REFUSE_AT_LEAST) {
        refused++;
        return { status: 503, body: 'Service Unavailable' };
      }
      count(taken.failing, request.json.attachments[0].content.body[1].text);
      return { status: 200, body: '1' };
    };
    const admin = await api.user(Role.ADMIN, 'admin');
    for (const [name, platform] of [['slow', slow], ['failing', failing]] as const) {
      await api.run(ConnectIntegrationDocument, { input: { platform: 'TEAMS', name, settings: { webhookUrl: platform.url('/hook') }, events: ['COMMENT_ADDED'] } }, admin);
    }
    const tickets = [];
    for (let i = 0; i < TICKETS; i++) tickets.push((await api.run(CreateTicketDocument, { input: ticketInput() }, admin)).createTicket.id);

    const started = Date.now();
    healthyAt = started + 3000;
    let statuses = new Set<string>();
    const watch = setInterval(() => {
      void api.run(IntegrationsDocument, {}, admin).then(({ integrations }) => {
        statuses = new Set([...statuses, ...integrations.filter((i) => i.name === 'failing').map((i) => i.status)]);
      }, () => undefined);
    }, 200);
    for (let i = 0; i < EVENTS; i++) await api.run(AddCommentDocument, { ticketId: tickets[i % TICKETS]!, content: `Burst comment ${i}` }, admin);
    const queuedMs = Date.now() - started;

    const final = await waitFor(
      async () => (await api.run(IntegrationsDocument, { first: 1 }, admin)).integrations,
      (integrations) => taken.slow.size === EVENTS && taken.failing.size === EVENTS && integrations.every((i) => i.status === 'ACTIVE'),
      500_000, 250,
    );
    const deliveredMs = Date.now() - started;
    clearInterval(watch);
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const rows = (await api.orm.em.getKnex().raw<{ rows: { name: string; status: string; n: string; attempts: string; max: number }[] }>(
      `select i.name, d.status, count(*) as n, sum(d.attempts) as attempts, max(d.attempts) as max
       from webhook_deliveries d join integrations i on i.id = d.integration_id group by i.name, d.status order by i.name`,
    )).rows;
    console.log(JSON.stringify({
      events: EVENTS, queuedMs, deliveredMs, refusedWhileFailing: refused, failingStatusesSeen: [...statuses].sort(), deliveryLog: rows,
      duplicates: { slow: [...taken.slow.values()].filter((n) => n > 1).length, failing: [...taken.failing.values()].filter((n) => n > 1).length },
    }));

    expect(final.map((i) => [i.name, i.status, i.consecutiveFailures])).toEqual([['failing', 'ACTIVE', 0], ['slow', 'ACTIVE', 0]]);
    expect([...statuses]).toContain('FAILING');
    for (const map of [taken.slow, taken.failing]) {
      expect(map.size).toBe(EVENTS);
      expect([...map.values()].every((n) => n === 1)).toBe(true);
    }
    expect(rows.map((r) => [r.name, r.status, Number(r.n)])).toEqual([['failing', 'DELIVERED', EVENTS], ['slow', 'DELIVERED', EVENTS]]);
    // The open breaker held the calls: far fewer refused calls than events.
    expect(refused).toBeLessThan(EVENTS / 10);
  } finally {
    await slow.close();
    await failing.close();
  }
});
