import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Role } from '../src/entities/enums';
import {
  ClassificationJobDocument, ClassifyTicketDocument, CreateRoutingRuleDocument, ImportTicketsDocument, TicketsDocument, CreateTicketDocument, CreateWebhookDocument, DeactivateUserDocument,
  DeleteRoutingRuleDocument, RoutingRuleNodeDocument, RoutingRulesDocument, SetUserRoleDocument, TicketEventsDocument,
  TicketHistoryDocument, UpdateRoutingRuleDocument, UpdateTicketDocument, type CreateRoutingRuleInput, type CreateTicketInput,
} from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { startTestServer, useTestApi } from './helpers/harness';
import { register, request, run, upload, wsClient } from './helpers/http-client';
import { Receiver } from './helpers/receiver';
import { nextValues, waitForListeners } from './helpers/subscriptions';
import { waitFor } from './helpers/wait';

/** A ticket the classifier decides (no priority given), so routing applies. */
function classifiedInput(overrides: Partial<CreateTicketInput> = {}): CreateTicketInput {
  return ticketInput({ priority: null, ...overrides });
}

describe('routing rules', () => {
  const api = useTestApi();

  async function admin() {
    return api.user(Role.ADMIN);
  }

  /** Agents by name, with their global ids. */
  async function agents(...names: string[]) {
    return Promise.all(names.map(async (name) => {
      const viewer = await api.user(Role.AGENT, name);
      return { ...viewer, id: `usr_${viewer.userId}` };
    }));
  }

  async function rule(input: CreateRoutingRuleInput) {
    return (await api.run(CreateRoutingRuleDocument, { input }, await admin())).createRoutingRule;
  }

  async function create(input: CreateTicketInput) {
    return (await api.run(CreateTicketDocument, { input })).createTicket;
  }

  test('admins create, list in order, move, change and delete rules; positions stay 1..n', async () => {
    const boss = await admin();
    const [ann, bob] = await agents('ann', 'bob');
    const first = (await api.run(CreateRoutingRuleDocument, { input: { name: 'Billing', categories: ['BILLING_QUESTION'], agentIds: [ann!.id] } }, boss)).createRoutingRule;
    const second = (await api.run(CreateRoutingRuleDocument, {
      input: { name: 'Outages', priorities: ['URGENT', 'URGENT'], sources: ['EMAIL'], tags: ['vip'], words: ['down', 'not working'], pattern: 'error [0-9]+', agentIds: [ann!.id, bob!.id] },
    }, boss)).createRoutingRule;
    expect(second).toEqual({
      id: expect.stringMatching(/^rtr_/),
      name: 'Outages',
      position: 2,
      categories: [],
      priorities: ['URGENT'],
      sources: ['EMAIL'],
      tags: ['vip'],
      words: ['down', 'not working'],
      pattern: 'error [0-9]+',
      active: true,
      agents: [{ username: 'ann', isActive: true }, { username: 'bob', isActive: true }],
    });
    const top = (await api.run(CreateRoutingRuleDocument, { input: { name: 'Catch-all', agentIds: [bob!.id], position: 1 } }, boss)).createRoutingRule;
    const order = async () => (await api.run(RoutingRulesDocument, {}, boss)).routingRules.map((r) => `${r.position} ${r.name}`);
    expect(await order()).toEqual(['1 Catch-all', '2 Billing', '3 Outages']);

    await api.run(UpdateRoutingRuleDocument, { id: top.id, input: { position: 3 } }, boss);
    expect(await order()).toEqual(['1 Billing', '2 Outages', '3 Catch-all']);
    await api.run(UpdateRoutingRuleDocument, { id: second.id, input: { position: 1, name: 'Outages by mail', pattern: '', words: [], active: false } }, boss);
    expect(await order()).toEqual(['1 Outages by mail', '2 Billing', '3 Catch-all']);
    const { routingRules } = await api.run(RoutingRulesDocument, {}, boss);
    expect(routingRules[0]).toMatchObject({ pattern: null, words: [], active: false, priorities: ['URGENT'] });

    expect((await api.run(DeleteRoutingRuleDocument, { id: first.id }, boss)).deleteRoutingRule).toBe(first.id);
    expect(await order()).toEqual(['1 Outages by mail', '2 Catch-all']);
    expect((await api.run(RoutingRuleNodeDocument, { id: top.id }, boss)).node).toEqual({ id: top.id, name: 'Catch-all' });
    const gone = await api.execute(UpdateRoutingRuleDocument, { id: first.id, input: { name: 'x' } }, boss);
    expect(gone.errors![0]!.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(gone.errors![0]!.message).toBe(`RoutingRule ${first.id} was not found`);
  });

  test('bad rules are refused with every problem named at once', async () => {
    const boss = await admin();
    const [ann] = await agents('ann');
    const customer = await api.user(Role.CUSTOMER, 'cora');
    const gone = await api.user(Role.AGENT, 'gus');
    await api.run(DeactivateUserDocument, { userId: `usr_${gone.userId}` }, boss);
    const result = await api.execute(CreateRoutingRuleDocument, {
      input: {
        name: ' ',
        words: ['!!!', 'ok'],
        pattern: '(a)\\1',
        agentIds: [ann!.id, `usr_${customer.userId}`, `usr_${gone.userId}`, 'usr_nope', ann!.id],
        position: 3,
      },
    }, boss);
    expect(result.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'name', message: 'must be 1-200 characters long (got 0)' },
        { field: 'words[0]', message: 'must hold a letter or digit' },
        { field: 'pattern', message: 'must not use back references (\\1 to \\9)' },
        { field: 'agentIds[1]', message: 'is a customer, not an agent: cora' },
        { field: 'agentIds[2]', message: 'is deactivated: gus' },
        { field: 'agentIds[3]', message: 'is not a user: usr_nope' },
        { field: 'agentIds[4]', message: 'names ann a second time' },
        { field: 'position', message: 'must be from 1 to 1' },
      ],
    });
    const invalid = await api.execute(CreateRoutingRuleDocument, { input: { name: 'Broken', pattern: 'printer(', agentIds: [ann!.id] } }, boss);
    expect(invalid.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'pattern', message: 'is not a valid regular expression: invalid regular expression: parentheses () not balanced' }],
    });
    const long = await api.execute(CreateRoutingRuleDocument, { input: { name: 'Long', pattern: 'a'.repeat(201), agentIds: [] } }, boss);
    expect(long.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'pattern', message: 'must be at most 200 characters' }, { field: 'agentIds', message: 'must name 1 to 50 agents' }],
    });
    expect((await api.run(RoutingRulesDocument, {}, boss)).routingRules).toEqual([]);
  });

  test('a classified ticket goes to the first matching rule by category, source, tags, words or pattern; history records ASSIGNED', async () => {
    const [ann, bob, carl, dora] = await agents('ann', 'bob', 'carl', 'dora');
    await rule({ name: 'Bugs by mail', categories: ['BUG_REPORT'], sources: ['EMAIL'], agentIds: [ann!.id] });
    await rule({ name: 'VIP', tags: ['vip'], agentIds: [bob!.id] });
    await rule({ name: 'Invoices', words: ['invoice', 'credit card'], agentIds: [carl!.id] });
    await rule({ name: 'Printers', pattern: 'print(er|ing)\\s+error', agentIds: [dora!.id] });

    const bugByMail = await create(classifiedInput({ category: 'BUG_REPORT', metadata: { source: 'EMAIL' }, tags: ['vip'] }));
    const bugByWeb = await create(classifiedInput({ category: 'BUG_REPORT', tags: ['vip'] }));
    const invoice = await create(classifiedInput({ subject: 'Wrong INVOICE total', description: 'The total on my last invoice is wrong.' }));
    const card = await create(classifiedInput({ subject: 'Card declined', description: 'My Credit  Card was declined at checkout today.' }));
    const printer = await create(classifiedInput({ subject: 'Office', description: 'The office shows a Printer   Error since Monday.' }));
    const nothing = await create(classifiedInput({ subject: 'Hello', description: 'I would like to know your opening hours.' }));
    // Both given by hand: nothing to classify, so nothing routes it.
    const unclassified = await create(ticketInput({ tags: ['vip'] }));
    expect([bugByMail, bugByWeb, invoice, card, printer, nothing, unclassified].map((t) => t.assignedTo)).toEqual(
      ['ann', 'bob', 'carl', 'carl', 'dora', null, null],
    );

    const { ticket } = await api.run(TicketHistoryDocument, { id: invoice.id });
    expect(ticket!.history.edges.map((e) => e.node.type)).toEqual(['CREATED', 'ASSIGNED']);
    expect(ticket!.history.edges[1]!.node).toMatchObject({
      actor: 'routing',
      changes: [{ field: 'assignedTo', oldValue: null, newValue: 'carl' }, { field: 'routingRule', oldValue: null, newValue: 'Invoices' }],
    });
  });

  test('classifyTicket and handing a ticket back to the classifier route it when it has no assignee', async () => {
    const [ann] = await agents('ann');
    const boss = await admin();
    const ticket = await create(ticketInput({ category: 'BILLING_QUESTION', priority: 'LOW' }));
    expect(ticket.assignedTo).toBeNull();
    await rule({ name: 'Everything', agentIds: [ann!.id] });
    const { classifyTicket } = await api.run(ClassifyTicketDocument, { id: ticket.id });
    expect(classifyTicket.ticket.assignedTo).toBe('ann');

    // Assigned by hand: classifying again leaves the assignee alone.
    await api.run(UpdateTicketDocument, { id: ticket.id, input: { assignedTo: 'zed' } });
    expect((await api.run(ClassifyTicketDocument, { id: ticket.id })).classifyTicket.ticket.assignedTo).toBe('zed');

    // Unassigned, then handed back to the classifier: routed again.
    const other = await create(ticketInput({ category: 'BILLING_QUESTION', priority: 'LOW' }));
    await api.run(UpdateTicketDocument, { id: other.id, input: { category: 'OTHER' } });
    const { updateTicket } = await api.run(UpdateTicketDocument, { id: other.id, input: { manualOverride: false } });
    expect(updateTicket.assignedTo).toBe('ann');
    const { ticket: history } = await api.run(TicketHistoryDocument, { id: other.id }, boss);
    expect(history!.history.edges.map((e) => e.node.type)).toEqual(['CREATED', 'UPDATED', 'UPDATED', 'CLASSIFIED', 'ASSIGNED']);
  });

  test('round-robin is fair under concurrency; deactivated agents drop out; a rule with no active agent leaves tickets unassigned', async () => {
    const boss = await admin();
    const [ann, bob, carl] = await agents('ann', 'bob', 'carl');
    const team = await rule({ name: 'Team', agentIds: [ann!.id, bob!.id, carl!.id] });
    await rule({ name: 'Never reached', agentIds: [carl!.id] });

    const parallel = await Promise.all(Array.from({ length: 30 }, () => create(classifiedInput())));
    const counts = (tickets: { assignedTo?: string | null }[]) => {
      const byAgent: Record<string, number> = {};
      for (const t of tickets) byAgent[String(t.assignedTo)] = (byAgent[String(t.assignedTo)] ?? 0) + 1;
      return byAgent;
    };
    expect(counts(parallel)).toEqual({ ann: 10, bob: 10, carl: 10 });

    await api.run(DeactivateUserDocument, { userId: bob!.id }, boss);
    const withoutBob = await Promise.all(Array.from({ length: 10 }, () => create(classifiedInput())));
    expect(counts(withoutBob)).toEqual({ ann: 5, carl: 5 });
    const { routingRules } = await api.run(RoutingRulesDocument, {}, boss);
    expect(routingRules[0]!.agents).toEqual([{ username: 'ann', isActive: true }, { username: 'bob', isActive: false }, { username: 'carl', isActive: true }]);

    // A demoted agent takes no tickets either; with nobody left, the rule assigns no one (the next rule is not tried).
    await api.run(DeactivateUserDocument, { userId: ann!.id }, boss);
    await api.run(SetUserRoleDocument, { userId: carl!.id, role: 'CUSTOMER' }, boss);
    const orphan = await create(classifiedInput());
    expect(orphan.assignedTo).toBeNull();
    const { ticket } = await api.run(TicketHistoryDocument, { id: orphan.id }, boss);
    expect(ticket!.history.edges.map((e) => e.node.type)).toEqual(['CREATED']);
    expect(team.position).toBe(1);
  });
});

// Protocol test: the assignment reaches ticketEvents subscribers over graphql-ws and a webhook receiver over HTTP.
describe('routing announces ASSIGNED', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let receiver: Receiver;
  let adminToken: string;

  beforeAll(async () => {
    receiver = await Receiver.start();
    server = await startTestServer({ RATE_LIMIT_USER_PER_MINUTE: '100000' });
    adminToken = (await register(server.url, 'admin')).accessToken;
  });
  afterAll(async () => {
    await server?.close();
    await receiver?.close();
  });

  test('over ticketEvents and to webhooks', async () => {
    const agent = await register(server.url, 'ann');
    await run(server.url, SetUserRoleDocument, { userId: agent.user.id, role: 'AGENT' }, adminToken);
    await run(server.url, CreateRoutingRuleDocument, { input: { name: 'Everything', agentIds: [agent.user.id] } }, adminToken);
    await run(server.url, CreateWebhookDocument, { input: { url: receiver.url(), events: ['ASSIGNED'] } }, adminToken);

    const client = wsClient(server.url, adminToken);
    const events = nextValues(client, TicketEventsDocument, {}, 2);
    await waitForListeners(server.deps.pubsub, 1);
    const { createTicket } = await run(server.url, CreateTicketDocument, { input: classifiedInput() }, adminToken);
    const [created, assigned] = await events.values;
    await client.dispose();
    expect(created!.ticketEvents.type).toBe('CREATED');
    expect(assigned!.ticketEvents).toMatchObject({
      type: 'ASSIGNED',
      ticketId: createTicket.id,
      actor: 'routing',
      changes: [{ field: 'assignedTo', oldValue: null, newValue: 'ann' }, { field: 'routingRule', oldValue: null, newValue: 'Everything' }],
    });

    const [delivery] = await waitFor(async () => receiver.received, (received) => received.length >= 1);
    const body = JSON.parse(delivery!.body) as { event: string; data: { type: string; ticket: { assignedTo: string } } };
    expect(body.event).toBe('ticket.assigned');
    expect(body.data).toMatchObject({ type: 'ASSIGNED', ticket: { assignedTo: 'ann' } });
  });

  test('a classification job routes the tickets it classifies, taking turns across the batch', async () => {
    const [cleo, dan] = await Promise.all(['cleo', 'dan'].map((name) => register(server.url, name)));
    for (const agent of [cleo!, dan!]) await run(server.url, SetUserRoleDocument, { userId: agent.user.id, role: 'AGENT' }, adminToken);
    await run(server.url, CreateRoutingRuleDocument, { input: { name: 'Imports', tags: ['imported'], agentIds: [cleo!.user.id, dan!.user.id], position: 1 } }, adminToken);
    const rows = [1, 2, 3, 4].map((i) => `j${i},j${i}@example.com,J,Imported ${i},The export button spins forever (${i}).,imported`);
    const imported = await upload(server.url, ImportTicketsDocument, { classify: true }, {
      name: 'routed.csv', content: `customer_id,customer_email,customer_name,subject,description,tags\n${rows.join('\n')}\n`,
    }, { token: adminToken });
    const jobId = imported.data!.importTickets.job!.id;
    await waitFor(
      async () => (await request(server.url, ClassificationJobDocument, { id: jobId }, adminToken)).data!.classificationJob!,
      (job) => job.status === 'COMPLETED',
    );
    const { tickets } = await run(server.url, TicketsDocument, { filter: { tags: ['imported'] }, first: 10 }, adminToken);
    const assignees = tickets.edges.map((e) => e.node.assignedTo).sort();
    expect(assignees).toEqual(['cleo', 'cleo', 'dan', 'dan']);
  });
});
