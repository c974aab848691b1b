import { afterAll, beforeAll, expect, test } from 'vitest';
import { query } from '../src/db/sql';
import { systemContext } from '../src/services/shared/service-context';
import { SlaMonitorService } from '../src/services/sla/sla-monitor.service';
import { CreateTicketDocument, TicketClassificationDocument, TicketEventsDocument, TicketHistoryDocument } from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { startTestServer } from './helpers/harness';
import { register, run, wsClient } from './helpers/http-client';
import { nextValues, waitForListeners } from './helpers/subscriptions';

let server: Awaited<ReturnType<typeof startTestServer>>;
let agent: string;

beforeAll(async () => {
  // No workers: the monitor's rounds below are the only ones.
  server = await startTestServer({ JOBS_IN_PROCESS: 'false' });
  agent = (await register(server.url, 'admin')).accessToken;
});
afterAll(async () => server?.close());

/** Moves a ticket's SLA due date into the past, as time would. */
async function overdue(globalId: string, minutes: number): Promise<void> {
  await query(server.deps.orm.em.fork(), `update tickets set sla_due_at = now() - make_interval(mins => ?) where id = ?`, [
    minutes, globalId.replace(/^tkt_/, ''),
  ]);
}

test('an overdue open ticket gets one SLA_BREACHED entry and event; paused and resolved ones get none', async () => {
  const create = async (status?: 'WAITING_CUSTOMER' | 'RESOLVED') =>
    (await run(server.url, CreateTicketDocument, { input: ticketInput({ status }) }, agent)).createTicket.id;
  const [open, waiting, resolved] = [await create(), await create('WAITING_CUSTOMER'), await create('RESOLVED')];
  for (const id of [open, waiting, resolved]) await overdue(id, 5);

  const client = wsClient(server.url, agent);
  try {
    const events = nextValues(client, TicketEventsDocument, {}, 1);
    await waitForListeners(server.deps.pubsub, 1);
    const monitor = new SlaMonitorService(systemContext(server.deps));
    const announced = await monitor.announceAlerts();
    const [event] = (await events.values).map((value) => value.ticketEvents);
    expect(event).toMatchObject({ type: 'SLA_BREACHED', ticketId: open, actor: null, changes: [{ field: 'slaBreachedAt', oldValue: null }] });
    expect(announced).toBe(1);
    expect(await monitor.announceAlerts()).toBe(0);
  } finally {
    await client.dispose();
  }

  const history = (await run(server.url, TicketHistoryDocument, { id: open }, agent)).ticket!.history.edges.map((e) => e.node.type);
  expect(history).toEqual(['CREATED', 'SLA_BREACHED']);
  for (const id of [waiting, resolved]) {
    expect((await run(server.url, TicketHistoryDocument, { id }, agent)).ticket!.history.edges.map((e) => e.node.type)).toEqual(['CREATED']);
  }
  expect((await run(server.url, TicketClassificationDocument, { id: open }, agent)).ticket!.slaBreached).toBe(true);
});
