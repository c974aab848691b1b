/**
 * Smoke run of the API on whatever Node runs this script (CI: Node 24, from the npm package
 * `node`): starts it with `npm start`, on embedded defaults (its own PostgreSQL, in a
 * throw-away data folder), registers, subscribes to ticket events over graphql-ws, creates a
 * ticket over HTTP until its event arrives, then stops the API with SIGTERM and expects a clean exit.
 *
 *   npx -y -p node@24 node --import tsx scripts/smoke.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { npmRun } from '../test/helpers/npm-run';

const TIMEOUT_MS = 120_000;

async function graphql(url: string, query: string, variables: object, token?: string): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (response.status !== 200 || body.errors) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body)}`);
  return body.data;
}

async function smoke(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ticketgraph-smoke-'));
  // npm, and the `node` its script execs, are this script's Node.
  process.env.PATH = `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`;
  const api = npmRun('start', { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir });
  try {
    const base = await api.ready();
    const url = `${base}/graphql`;
    const { register } = await graphql(url, 'mutation Register($input: RegisterInput!) { register(input: $input) { accessToken } }', {
      input: { username: 'smoke', email: 'smoke@example.com', password: 'smoke-password-1' },
    });
    const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${register.accessToken}` }, retryAttempts: 0 });
    const events = client.iterate<{ ticketEvents: { type: string; ticket: { subject: string } } }>({ query: 'subscription { ticketEvents { type ticket { subject } } }' });
    const firstEvent = events.next();
    // The server takes the subscription a moment after it is sent, and says nothing when it has:
    // a ticket is created again until one's event arrives.
    let created: string[] = [];
    let event: Awaited<typeof firstEvent> | undefined;
    for (let attempt = 0; attempt < 10 && !event; attempt++) {
      const { createTicket } = await graphql(url, 'mutation Create($input: CreateTicketInput!) { createTicket(input: $input) { key } }', {
        input: {
          customer: { id: 'smoke-1', email: 'ann@example.com', name: 'Ann' }, subject: 'Smoke test ticket',
          description: 'Created by the smoke run to see one event arrive.', metadata: { source: 'API' },
        },
      }, register.accessToken);
      created = [...created, createTicket.key];
      event = await Promise.race([firstEvent, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 1000))]);
    }
    if (!event || event.done || event.value.data?.ticketEvents.type !== 'CREATED' || event.value.data.ticketEvents.ticket.subject !== 'Smoke test ticket') {
      throw new Error(`no CREATED event for ${created.join(', ')}: ${JSON.stringify(event)}`);
    }
    await events.return?.();
    await client.dispose();
    console.log(`smoke: Node ${process.version}: createTicket answered ${created.join(', ')}; the subscription received a CREATED event`);
  } finally {
    if (api.child.exitCode === null) process.kill(api.child.pid!, 'SIGTERM');
    const code = await api.exited();
    await rm(dataDir, { recursive: true, force: true });
    if (code !== 0) throw new Error(`the API exited with ${code} after SIGTERM:\n${api.output()}`);
    if (!api.output().includes('"msg":"stopped"')) throw new Error(`the API did not log its clean stop:\n${api.output()}`);
  }
  console.log('smoke: SIGTERM drained and stopped the API and its PostgreSQL');
}

const deadline = setTimeout(() => {
  console.error(`smoke: not done after ${TIMEOUT_MS / 1000} s`);
  process.exit(1);
}, TIMEOUT_MS);
smoke().then(
  () => clearTimeout(deadline),
  (error: unknown) => {
    console.error('smoke: FAILED', error);
    process.exit(1);
  },
);
